import { assertArray, assertOneOf, assertYear, checkRecords } from '../internal/assert.js';
import { describeValue } from '../internal/describe-value.js';
import { cachedForSettled } from '../internal/settled.js';
import type { SourceId } from '../sources/types.js';
import { tableRunsOf } from './table-runs.js';
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

export function readPeriod(period: number | YearPeriod): YearPeriod {
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

export const SHARE_FIELDS = {
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

/** One table: its rows sorted by rank, or where they lie in a decoded list (sorted on first use). */
interface TableSlot {
  rows: PartnerShare[] | undefined;
  readonly start: number;
  readonly end: number;
}

/** One reporter's tables on one basis: by period, then by source. */
interface ReporterTables {
  readonly byPeriod: Map<string, Map<SourceId, TableSlot>>;
  /** Every period label in order of first appearance, for the error message. */
  readonly labels: string[];
  latest: number | undefined;
}

interface TableIndex {
  readonly shares: readonly PartnerShare[];
  readonly groups: ReadonlyMap<string, ReporterTables>;
}

const cache = new WeakMap<readonly PartnerShare[], TableIndex>();

const byRank = (a: PartnerShare, b: PartnerShare): number => a.rank - b.rank || a.partner.localeCompare(b.partner);

/** The slot of one table, creating its group and period entries on the way. */
function slotFor(
  groups: Map<string, ReporterTables>,
  reporter: string,
  basis: string,
  period: YearPeriod,
  source: SourceId,
  make: () => TableSlot,
): TableSlot {
  const key = `${reporter}|${basis}`;
  let group = groups.get(key);
  if (group === undefined) {
    group = { byPeriod: new Map(), labels: [], latest: undefined };
    groups.set(key, group);
  }
  const { from, to } = period;
  const periodKey = `${from}|${to}`;
  let bySource = group.byPeriod.get(periodKey);
  if (bySource === undefined) {
    bySource = new Map();
    group.byPeriod.set(periodKey, bySource);
    group.labels.push(label(period));
    if (from === to && (group.latest === undefined || to > group.latest)) group.latest = to;
  }
  let slot = bySource.get(source);
  if (slot === undefined) {
    slot = make();
    bySource.set(source, slot);
  }
  return slot;
}

function buildTables(shares: readonly PartnerShare[]): TableIndex {
  const groups = new Map<string, ReporterTables>();
  const runs = tableRunsOf(shares);
  if (runs !== undefined) {
    // A decoded list: one entry per table, rows sorted when first asked for.
    for (const run of runs) {
      slotFor(groups, run.reporter, run.basis, run, run.source, () => ({
        rows: undefined,
        start: run.start,
        end: run.end,
      }));
    }
    return { shares, groups };
  }
  checkRecords(shares, 'shares', 'a partner share', SHARE_FIELDS);
  for (let i = 0; i < shares.length; i += 1) {
    const share = shares[i] as PartnerShare;
    const slot = slotFor(groups, share.reporter, share.basis, share.period, share.sources[0] as SourceId, () => ({
      rows: [],
      start: 0,
      end: 0,
    }));
    slot.rows?.push(share);
  }
  for (const group of groups.values()) {
    for (const bySource of group.byPeriod.values()) {
      for (const slot of bySource.values()) slot.rows?.sort(byRank);
    }
  }
  return { shares, groups };
}

/**
 * The rows of one table, sorted by rank: the index's own array, which the
 * caller must not change ({@link selectTable} returns a copy). Tables of a
 * settled `shares` array (the shipped data, or a parsed one) are grouped
 * once and cached; any other array is grouped on every call.
 *
 * @throws {RangeError} for an unknown reporter or basis, a malformed
 *   period, or a table that is not in `shares` (the message lists what is).
 * @throws {TypeError} when `shares` is not an array of partner shares or the query is not an object.
 * @example
 * ```ts
 * tableRows(partnerShares, { reporter: 'MEX', period: 2008 })[0]?.partner; // 'USA'
 * ```
 */
export function tableRows(shares: readonly PartnerShare[], query: TableQuery): readonly PartnerShare[] {
  assertArray(shares, 'shares');
  if (query === null || typeof query !== 'object' || Array.isArray(query))
    throw new TypeError(`Expected options to be an object, got ${describeValue(query)}.`);
  const { reporter, basis = 'total', source } = query;
  assertOneOf(reporter, RANKING_REPORTERS, 'ranking reporter');
  assertOneOf(basis, ['exports', 'imports', 'total'] as const, 'share basis');
  const index = cachedForSettled(cache, shares, buildTables, (s: PartnerShare) => s.period);
  const group = index.groups.get(`${reporter}|${basis}`);
  let period: YearPeriod;
  if (query.period === undefined) {
    if (group?.latest === undefined) throw new RangeError(`No ${basis} ranking for ${reporter} in these shares.`);
    period = { from: group.latest, to: group.latest };
  } else period = readPeriod(query.period);
  const bySource = group?.byPeriod.get(`${period.from}|${period.to}`);
  const chosen = source ?? (bySource?.has('imf-dots-2022') ? 'imf-dots-2022' : bySource?.keys().next().value);
  const slot = chosen === undefined ? undefined : bySource?.get(chosen);
  if (slot === undefined) {
    const available = group?.labels ?? [];
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
  slot.rows ??= index.shares.slice(slot.start, slot.end).sort(byRank);
  return slot.rows;
}

/**
 * The rows of one table, sorted by rank, as a new array.
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
export function selectTable(shares: readonly PartnerShare[], query: TableQuery): PartnerShare[] {
  return tableRows(shares, query).slice();
}
