import { countryCodes } from '../countries/country-codes.generated.js';
import type { CountryCode } from '../countries/types.js';
import { assertArray, assertOneOf, checkRecords, ownOption, readOwn, rejectUnknownFields } from '../internal/assert.js';
import { groupBy } from '../internal/group-by.js';
import { memoForSettled } from '../internal/memo.js';
import { plainArray } from '../internal/plain-array.js';
import { unknownValueError } from '../internal/unknown-value-error.js';
import type { SourceId } from '../sources/types.js';
import { RANKING_REPORTERS, readPeriod, SHARE_FIELDS } from './select-table.js';
import { decodedTablesOf } from './table-index.js';
import type { PartnerShare, RankingReporter, ShareBasis, YearPeriod } from './types.js';

/**
 * Which partner-table rows {@link sharesWhere} returns. Every field is
 * optional; the rows returned match all the fields given.
 *
 * @example
 * ```ts
 * import { ShareQuery } from 'korea-latam/rankings';
 * const q: ShareQuery = { reporter: 'BRA', partner: 'KOR', basis: 'total' };
 * ```
 * @expand
 */
export interface ShareQuery {
  /** Whose table: `'KOR'` or one of the six LAC reporters. */
  readonly reporter?: RankingReporter;
  /** The partner in the row (any country code). */
  readonly partner?: CountryCode;
  /** `'exports'`, `'imports'` or `'total'`. */
  readonly basis?: ShareBasis;
  /** The table's period exactly: a year (a one-year table) or `{ from, to }`. */
  readonly period?: number | YearPeriod;
  /** Only tables from this publisher (the first of a row's `sources`). */
  readonly source?: SourceId;
}

const QUERY_KEYS: readonly string[] = ['reporter', 'partner', 'basis', 'period', 'source'];

/** The query's fields, each read once from an own property, after its keys are checked. */
function readShareQuery(q: Partial<Record<keyof ShareQuery, unknown>>): Partial<ShareQuery> {
  rejectUnknownFields(q, QUERY_KEYS);
  return {
    reporter: ownOption(q, 'reporter', q.reporter),
    partner: ownOption(q, 'partner', q.partner),
    basis: ownOption(q, 'basis', q.basis),
    period: ownOption(q, 'period', q.period),
    source: ownOption(q, 'source', q.source),
  } as Partial<ShareQuery>;
}

/** The rows, their sources, and lists by reporter, partner and pair, each made the first time a query needs it. */
interface ShareLists {
  readonly all: readonly PartnerShare[];
  readonly sources: ReadonlySet<string>;
  readonly byReporter: (reporter: string) => readonly PartnerShare[];
  readonly byPair: (reporter: string, partner: string) => readonly PartnerShare[];
  readonly byPartner: (partner: string) => readonly PartnerShare[];
}

/** The lists of a settled array, made once. */
const listsOf = /* @__PURE__ */ memoForSettled((shares: readonly PartnerShare[]) => buildLists(shares));

function buildLists(shares: readonly PartnerShare[]): ShareLists {
  const decoded = decodedTablesOf(shares);
  const sources = new Set<string>();
  let reporterRows: (reporter: string) => readonly PartnerShare[];
  if (decoded?.runs !== undefined) {
    // A decoded list: a reporter's rows are the slices of its tables.
    const { runs } = decoded;
    for (const source of decoded.sources) sources.add(source);
    const made = new Map<string, PartnerShare[]>();
    reporterRows = (reporter) => {
      let rows = made.get(reporter);
      if (rows === undefined) {
        rows = [];
        for (const run of runs)
          if (run.reporter === reporter)
            for (let i = run.start; i < run.end; i += 1) rows.push(shares[i] as PartnerShare);
        made.set(reporter, rows);
      }
      return rows;
    };
  } else {
    checkRecords(shares, 'shares', 'a partner share', SHARE_FIELDS);
    for (const share of shares) sources.add(share.sources[0] as string);
    let byReporter: Map<string, PartnerShare[]> | undefined;
    reporterRows = (reporter) => {
      byReporter ??= groupBy(shares, (s) => s.reporter);
      return byReporter.get(reporter) ?? NONE;
    };
  }
  const all = plainArray(shares);
  const pairs = new Map<string, Map<string, PartnerShare[]>>();
  let partners: Map<string, PartnerShare[]> | undefined;
  return {
    all,
    sources,
    byReporter: reporterRows,
    byPair: (reporter, partner) => {
      let map = pairs.get(reporter);
      if (map === undefined) {
        map = groupBy(reporterRows(reporter), (s) => s.partner);
        pairs.set(reporter, map);
      }
      return map.get(partner) ?? NONE;
    },
    byPartner: (partner) => {
      partners ??= groupBy(all, (s) => s.partner);
      return partners.get(partner) ?? NONE;
    },
  };
}

const NONE: readonly PartnerShare[] = /* @__PURE__ */ Object.freeze([]);

/**
 * The partner-table rows that match a query, read from an index instead of a
 * scan: use it wherever you would write `partnerShares.filter(…)`. Rows keep
 * their order in `shares`; the array returned is new and yours to change.
 * For one whole table sorted by rank, use `partnerRanking`.
 *
 * A settled `shares` array (the shipped dataset, or anything
 * `parsePartnerShares` returns) is indexed once; any other array on every call.
 *
 * @param shares - The partner-share rows to read: `partnerShares`, or your own array of {@link PartnerShare} rows.
 * @param query - The fields to match (`reporter`, `partner`, `basis`, `period`, `source`); see {@link ShareQuery}.
 * @throws TypeError when `shares` is not an array of partner shares, the query is not an object,
 *   or it has a field this function does not know.
 * @throws RangeError for an unknown reporter, partner, basis or source, or a malformed period.
 * @example
 * ```ts
 * import { partnerShares, sharesWhere } from 'korea-latam/rankings';
 * sharesWhere(partnerShares, { reporter: 'MEX', partner: 'KOR', basis: 'total', period: { from: 2007, to: 2009 } })
 *   .map((s) => [s.sources[0], s.rank]); // [['lopez-aymes-2012', 6], ['imf-dots-2022', 6]]
 * sharesWhere(partnerShares, { reporter: 'MEX', partner: 'XXX' as never }); // throws RangeError: Unknown partner code "XXX"
 * ```
 */
export function sharesWhere(shares: readonly PartnerShare[], query: ShareQuery): PartnerShare[] {
  assertArray(shares, 'shares');
  const q = readOwn(query, 'query', readShareQuery);
  const { reporter, partner, basis, source } = q;
  if (reporter !== undefined) assertOneOf(reporter, RANKING_REPORTERS, 'ranking reporter');
  if (partner !== undefined) assertOneOf(partner, countryCodes, 'partner code');
  if (basis !== undefined) assertOneOf(basis, ['exports', 'imports', 'total'] as const, 'share basis');
  const period = q.period === undefined ? undefined : readPeriod(q.period);
  const lists = listsOf(shares);
  if (source !== undefined && lists.sources.size > 0 && !lists.sources.has(source)) {
    throw unknownValueError('source', source, [...lists.sources].sort());
  }
  const candidates =
    reporter !== undefined && partner !== undefined
      ? lists.byPair(reporter, partner)
      : reporter !== undefined
        ? lists.byReporter(reporter)
        : partner !== undefined
          ? lists.byPartner(partner)
          : lists.all;
  // The lists hold exact matches of reporter and partner: nothing left to test.
  if (basis === undefined && period === undefined && source === undefined) return candidates.slice();
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
