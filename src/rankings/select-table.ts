import { assertOneOf, assertYear, checkRecords } from '../internal/assert.js';
import { describeValue } from '../internal/describe-value.js';
import type { SourceId } from '../sources/types.js';
import type { PartnerShare, RankingReporter, ShareBasis, YearPeriod } from './types.js';

/** The reporters that have computed tables. */
export const RANKING_REPORTERS: readonly RankingReporter[] = Object.freeze([
  'KOR',
  'MEX',
  'BRA',
  'CHL',
  'ARG',
  'PER',
  'COL',
] as const);

/**
 * Which table to read: a reporter, a period (a single year or a span),
 * a basis, and optionally a source.
 *
 * @example
 * ```ts
 * const q: TableQuery = { reporter: 'MEX', period: { from: 2007, to: 2009 }, basis: 'total' };
 * ```
 */
export interface TableQuery {
  readonly reporter: RankingReporter;
  /** A year or `{ from, to }`; defaults to the latest single year in the data. */
  readonly period?: number | YearPeriod;
  /** Defaults to `'total'`. */
  readonly basis?: ShareBasis;
  /** Defaults to IMF DOTS where a computed table exists; `'lopez-aymes-2012'` selects the paper's table. */
  readonly source?: SourceId;
}

function readPeriod(period: number | YearPeriod): YearPeriod {
  if (typeof period === 'number') {
    assertYear(period, 'period');
    return { from: period, to: period };
  }
  if (period === null || typeof period !== 'object') {
    throw new RangeError(`Invalid period ${describeValue(period)}: expected a year or { from, to }.`);
  }
  assertYear(period.from, 'period.from');
  assertYear(period.to, 'period.to');
  if (period.from > period.to) throw new RangeError(`period.from (${period.from}) is after period.to (${period.to}).`);
  return period;
}

const samePeriod = (a: YearPeriod, b: YearPeriod): boolean => a.from === b.from && a.to === b.to;
const label = (p: YearPeriod): string => (p.from === p.to ? String(p.from) : `${p.from}–${p.to}`);

/**
 * The rows of one table, sorted by rank.
 *
 * @throws {RangeError} for an unknown reporter or basis, a malformed
 *   period, or a table that is not in `shares` (the message lists what is).
 * @throws {TypeError} when `shares` is not an array of partner shares (the message names the
 *   position and field) or the query is not an object.
 * @example
 * ```ts
 * selectTable(partnerShares, { reporter: 'MEX', period: 2008 })[0]?.partner; // 'USA'
 * ```
 */
const SHARE_FIELDS = {
  reporter: 'string',
  partner: 'string',
  period: '{ from, to } pair of whole-number years',
  basis: 'string',
  sharePct: 'finite number',
  rank: 'whole number',
  valueUsd: 'finite number or null',
  worldUsd: 'finite number or null',
  partnerCount: 'whole number or null',
  sources: 'array',
} as const;

export function selectTable(shares: readonly PartnerShare[], query: TableQuery): PartnerShare[] {
  checkRecords(shares, 'shares', 'a partner share', SHARE_FIELDS);
  if (query === null || typeof query !== 'object' || Array.isArray(query))
    throw new TypeError(`Expected options to be an object, got ${describeValue(query)}.`);
  const { reporter, basis = 'total', source } = query;
  assertOneOf(reporter, RANKING_REPORTERS, 'ranking reporter');
  assertOneOf(basis, ['exports', 'imports', 'total'] as const, 'share basis');
  const own = shares.filter((s) => s?.reporter === reporter && s.basis === basis);
  let period: YearPeriod;
  if (query.period === undefined) {
    const latest = Math.max(...own.filter((s) => s.period.from === s.period.to).map((s) => s.period.to));
    if (!Number.isFinite(latest)) throw new RangeError(`No ${basis} ranking for ${reporter} in these shares.`);
    period = { from: latest, to: latest };
  } else period = readPeriod(query.period);
  const inPeriod = own.filter((s) => samePeriod(s.period, period));
  const sources = [...new Set(inPeriod.map((s) => s.sources[0]))];
  const chosen = source ?? (sources.includes('imf-dots-2022') ? 'imf-dots-2022' : sources[0]);
  const rows = inPeriod.filter((s) => s.sources[0] === chosen);
  if (rows.length === 0) {
    const available = [...new Set(own.map((s) => label(s.period)))];
    const years = available.filter((p) => !p.includes('–'));
    const spans = available.filter((p) => p.includes('–'));
    const summary =
      years.length === 0
        ? 'none'
        : `${years.length === 1 ? `year ${years[0]}` : `years ${years[0]}–${years[years.length - 1]}`}${spans.length > 0 ? ` and periods ${spans.join(', ')}` : ''}`;
    throw new RangeError(
      `No ${basis} ranking for ${reporter} in ${label(period)}${source === undefined ? '' : ` from source "${source}"`}. Available: ${summary}.`,
    );
  }
  return rows.sort((a, b) => a.rank - b.rank || a.partner.localeCompare(b.partner));
}
