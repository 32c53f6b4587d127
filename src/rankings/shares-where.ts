import { countryCodes } from '../countries/country-codes.generated.js';
import { assertArray, assertOneOf, checkRecords, readOptions } from '../internal/assert.js';
import { cachedForSettled } from '../internal/settled.js';
import { unknownValueError } from '../internal/unknown-value-error.js';
import type { SourceId } from '../sources/types.js';
import { RANKING_REPORTERS, readPeriod, SHARE_FIELDS } from './select-table.js';
import { tableRunsOf } from './table-runs.js';
import type { PartnerShare, RankingReporter, ShareBasis, YearPeriod } from './types.js';

/**
 * Which partner-table rows {@link sharesWhere} returns. Every field is
 * optional; the rows returned match all the fields given.
 *
 * @example
 * ```ts
 * const q: ShareQuery = { reporter: 'BRA', partner: 'KOR', basis: 'total' };
 * ```
 */
export interface ShareQuery {
  /** Whose table: `'KOR'` or one of the six LAC reporters. */
  readonly reporter?: RankingReporter;
  /** The partner in the row (any country code). */
  readonly partner?: string;
  /** `'exports'`, `'imports'` or `'total'`. */
  readonly basis?: ShareBasis;
  /** The table's period exactly: a year (a one-year table) or `{ from, to }`. */
  readonly period?: number | YearPeriod;
  /** Only tables from this publisher (the first of a row's `sources`). */
  readonly source?: SourceId;
}

const QUERY_KEYS: readonly string[] = ['reporter', 'partner', 'basis', 'period', 'source'];

/** The rows in order, the sources, and lists by field that are built the first time a query needs them. */
interface ShareLists {
  readonly all: readonly PartnerShare[];
  readonly sources: ReadonlySet<string>;
  readonly by: Map<'reporter' | 'partner' | 'pair', Map<string, PartnerShare[]>>;
}

const cache = new WeakMap<readonly PartnerShare[], ShareLists>();

function buildLists(shares: readonly PartnerShare[]): ShareLists {
  checkRecords(shares, 'shares', 'a partner share', SHARE_FIELDS);
  const runs = tableRunsOf(shares);
  const sources = new Set<string>();
  if (runs !== undefined) for (const run of runs) sources.add(run.source);
  else for (const share of shares) sources.add(share.sources[0] as string);
  return { all: shares.slice(), sources, by: new Map() };
}

const KEYS = {
  reporter: (s: PartnerShare) => s.reporter,
  partner: (s: PartnerShare) => s.partner,
  pair: (s: PartnerShare) => `${s.reporter}|${s.partner}`,
} as const;

function listBy(lists: ShareLists, field: keyof typeof KEYS, key: string): readonly PartnerShare[] {
  let map = lists.by.get(field);
  if (map === undefined) {
    map = new Map();
    const keyOf = KEYS[field];
    for (const share of lists.all) {
      const k = keyOf(share);
      const list = map.get(k);
      if (list === undefined) map.set(k, [share]);
      else list.push(share);
    }
    lists.by.set(field, map);
  }
  return map.get(key) ?? NONE;
}

const NONE: readonly PartnerShare[] = Object.freeze([]);

/**
 * The partner-table rows that match a query, read from an index instead of a
 * scan: use it wherever you would write `partnerShares.filter(…)`. Rows keep
 * their order in `shares`; the array returned is new and yours to change.
 * For one whole table sorted by rank, use `partnerRanking`.
 *
 * A settled `shares` array (the shipped dataset, or anything
 * `parsePartnerShares` returns) is indexed once; any other array on every call.
 *
 * @throws {TypeError} when `shares` is not an array of partner shares, the query is not an object,
 *   or it has a field this function does not know.
 * @throws {RangeError} for an unknown reporter, partner, basis or source, or a malformed period.
 * @example
 * ```ts
 * import { partnerShares, sharesWhere } from 'korea-latam/rankings';
 * sharesWhere(partnerShares, { reporter: 'MEX', partner: 'KOR', basis: 'total', period: { from: 2007, to: 2009 } })
 *   .map((s) => [s.sources[0], s.rank]); // [['lopez-aymes-2012', 6], ['imf-dots-2022', 6]]
 * sharesWhere(partnerShares, { reporter: 'MEX', partner: 'XXX' }); // RangeError: Unknown partner code "XXX" …
 * ```
 */
export function sharesWhere(shares: readonly PartnerShare[], query: ShareQuery): PartnerShare[] {
  assertArray(shares, 'shares');
  const q = readOptions(query, 'query');
  for (const key of Object.keys(q)) {
    if (!QUERY_KEYS.includes(key)) {
      throw new TypeError(`Unknown query field ${JSON.stringify(key)}. Valid fields: ${QUERY_KEYS.join(', ')}.`);
    }
  }
  const { reporter, partner, basis, source } = q;
  if (reporter !== undefined) assertOneOf(reporter, RANKING_REPORTERS, 'ranking reporter');
  if (partner !== undefined) assertOneOf(partner, countryCodes, 'partner code');
  if (basis !== undefined) assertOneOf(basis, ['exports', 'imports', 'total'] as const, 'share basis');
  const period = q.period === undefined ? undefined : readPeriod(q.period);
  const lists = cachedForSettled(cache, shares, buildLists, (s: PartnerShare) => s.period);
  if (source !== undefined && lists.sources.size > 0 && !lists.sources.has(source)) {
    throw unknownValueError('source', source, [...lists.sources].sort());
  }
  const candidates =
    reporter !== undefined && partner !== undefined
      ? listBy(lists, 'pair', `${reporter}|${partner}`)
      : reporter !== undefined
        ? listBy(lists, 'reporter', reporter)
        : partner !== undefined
          ? listBy(lists, 'partner', partner)
          : lists.all;
  const result: PartnerShare[] = [];
  for (const row of candidates) {
    if (
      (reporter === undefined || row.reporter === reporter) &&
      (partner === undefined || row.partner === partner) &&
      (basis === undefined || row.basis === basis) &&
      (period === undefined || (row.period.from === period.from && row.period.to === period.to)) &&
      (source === undefined || row.sources[0] === source)
    ) {
      result.push(row);
    }
  }
  return result;
}
