import { assertArray, assertOneOf, assertYear, checkRecords, readOwn } from '../internal/assert.js';
import { describeValue } from '../internal/describe-value.js';
import { memoForSettled } from '../internal/memo.js';
import type { SourceId } from '../sources/types.js';
import {
  byRank,
  decodedTablesOf,
  FIRST_LISTED_YEAR,
  periodLabel as label,
  newSlot,
  periodKey,
  RANKING_REPORTERS,
  type ReporterTables,
  slotFor,
  type TableIndex,
  type TableSlot,
  tableAt,
  YEARS_LISTED,
} from './table-index.js';
import type { PartnerShare, RankingReporter, ShareBasis, YearPeriod } from './types.js';

export { RANKING_REPORTERS };

/**
 * Which table to read: a reporter, a period (a single year or a span),
 * a basis, and optionally a source.
 *
 * @example
 * ```ts
 * import { TableQuery } from 'korea-latam/rankings';
 * const q: TableQuery = { reporter: 'MEX', period: { from: 2007, to: 2009 }, basis: 'total' };
 * ```
 * @expand
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

/**
 * A table's period as `{ from, to }`: a single year becomes a one-year period.
 *
 * @param period - A year or `{ from, to }`.
 * @throws RangeError for a period that is not a year or a `{ from, to }` pair of years in order.
 */
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

/** The fields of a partner share the rankings helpers read, and what each must hold. */
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

/** The table index of a settled array, made once. */
const tablesOf = /* @__PURE__ */ memoForSettled((shares: readonly PartnerShare[]) => buildTables(shares));

/** Any other array of shares: checked, then grouped row by row. */
function buildTables(shares: readonly PartnerShare[]): TableIndex {
  const tables: (ReporterTables | undefined)[] = [];
  const sources = new Set<SourceId>();
  checkRecords(shares, 'shares', 'a partner share', SHARE_FIELDS);
  for (let i = 0; i < shares.length; i += 1) {
    const share = shares[i] as PartnerShare;
    const source = share.sources[0] as SourceId;
    sources.add(source);
    // A row of a reporter or basis no query can name is in no table.
    const at = tableAt(share.reporter, share.basis);
    if (at >= 0) slotFor(tables, at, share.period, source, () => newSlot([], 0, 0)).rows?.push(share);
  }
  for (const group of tables) {
    for (const period of group?.byPeriod.values() ?? [])
      for (const slot of period.bySource.values()) slot.rows?.sort(byRank);
  }
  return { shares, tables, sources };
}

/**
 * The rows of one table, sorted by rank: the index's own array, which the
 * caller must not change ({@link selectTable} returns a copy). Tables of a
 * settled `shares` array (the shipped data, or a parsed one) are grouped
 * once and cached; any other array is grouped on every call.
 *
 * @throws RangeError for an unknown reporter or basis, a malformed
 *   period, or a table that is not in `shares` (the message lists what is).
 * @throws TypeError when `shares` is not an array of partner shares or the query is not an object.
 */
export function tableRows(shares: readonly PartnerShare[], query: TableQuery): readonly PartnerShare[] {
  return tableSlot(shares, query).rows ?? [];
}

/** The fields of a table query, each read once from an own property (`partner` for {@link rankAmongKoreaPartners}). */
export interface AskedTable {
  readonly reporter: unknown;
  readonly partner: unknown;
  readonly period: unknown;
  readonly basis: unknown;
  readonly source: unknown;
}

// The own-property test of each field is written out here, not called through `ownOption`: in a
// process that runs many helpers, that shared function is not always inlined into this reader,
// and the calls cost a ranking query about a seventh of its time (the bench's rankAmongKoreaPartners
// task). The test runs only when a value is there.
const readFields = (query: Partial<AskedTable>): AskedTable => {
  const { reporter, partner, period, basis, source } = query;
  return {
    reporter: reporter === undefined || Object.hasOwn(query, 'reporter') ? reporter : undefined,
    partner: partner === undefined || Object.hasOwn(query, 'partner') ? partner : undefined,
    period: period === undefined || Object.hasOwn(query, 'period') ? period : undefined,
    basis: basis === undefined || Object.hasOwn(query, 'basis') ? basis : undefined,
    source: source === undefined || Object.hasOwn(query, 'source') ? source : undefined,
  };
};

/**
 * A table query's fields, each read once from an own property; `null` or `undefined` as given
 * (the table helpers check their list of shares before they name a missing query).
 *
 * @param query - The query as given.
 * @param name - The parameter's name, for messages.
 * @throws TypeError when the query is not an object, a revoked Proxy, or has a getter that throws.
 */
export function readTableQuery(query: unknown, name = 'options'): AskedTable | null | undefined {
  return query === null || query === undefined ? query : readOwn(query, name, readFields);
}

function tableSlot(shares: readonly PartnerShare[], query: TableQuery, asReporter?: RankingReporter): TableSlot {
  return slotOf(shares, readTableQuery(query), asReporter);
}

/**
 * The slot of the table a query asks for, from its fields.
 *
 * @param shares - The partner-share rows.
 * @param asked - The query's fields, as {@link readTableQuery} read them.
 * @param asReporter - The reporter to use instead of the query's.
 * @throws RangeError for an unknown reporter or basis, a malformed period, or a table that is not in `shares`.
 * @throws TypeError when `shares` is not an array, the query is missing, or its source is not a string.
 */
export function slotOf(
  shares: readonly PartnerShare[],
  asked: AskedTable | null | undefined,
  asReporter?: RankingReporter,
): TableSlot {
  // The common question (the shipped data, a known reporter and basis, a single year, no source)
  // in a few lines; everything else in functions a first call of that kind never compiles.
  const decoded = decodedTablesOf(shares);
  if (decoded === undefined || asked === null || asked === undefined) return otherSlot(shares, asked, asReporter);
  const at = tableAt(asReporter ?? asked.reporter, asked.basis ?? 'total');
  const period = asked.period;
  const listedAt = typeof period === 'number' ? period - FIRST_LISTED_YEAR : -1;
  // A whole year among the listed ones, tested with `| 0` (which V8 keeps inline) rather than a call.
  if (
    at < 0 ||
    asked.source !== undefined ||
    !(listedAt >= 0 && listedAt < YEARS_LISTED && (listedAt | 0) === listedAt)
  ) {
    return otherSlot(shares, asked, asReporter);
  }
  const slot = decoded.tables[at]?.byYear[listedAt]?.preferred;
  if (slot === undefined) return otherSlot(shares, asked, asReporter);
  // A decoded table's rows lie in rank order (the data build writes them so; a test checks every table).
  slot.rows ??= decoded.shares.slice(slot.start, slot.end);
  return slot;
}

/** {@link slotOf} for any other list or query: checks each field, and names the first bad one. */
function otherSlot(
  shares: readonly PartnerShare[],
  asked: AskedTable | null | undefined,
  asReporter: RankingReporter | undefined,
): TableSlot {
  // A decoded list (the shipped data) is an array: only any other list needs the check.
  const decoded = decodedTablesOf(shares);
  if (decoded === undefined) assertArray(shares, 'shares');
  if (asked === null || asked === undefined)
    throw new TypeError(`Expected options to be an object, got ${describeValue(asked)}.`);
  const reporter = asReporter ?? asked.reporter;
  const basis = asked.basis ?? 'total';
  const source = asked.source;
  if (source !== undefined && typeof source !== 'string') {
    throw new TypeError(`Expected source to be a source id such as 'imf-dots-2022', got ${describeValue(source)}.`);
  }
  const at = tableAt(reporter, basis);
  if (at < 0) {
    assertOneOf(reporter, RANKING_REPORTERS, 'ranking reporter');
    assertOneOf(basis, ['exports', 'imports', 'total'] as const, 'share basis');
  }
  const index = decoded ?? tablesOf(shares);
  const group = index.tables[at];
  let from: number;
  let to: number;
  const period = asked.period;
  if (period === undefined) {
    if (group?.latest === undefined) throw new RangeError(`No ${basis} ranking for ${reporter} in these shares.`);
    from = to = group.latest;
  } else if (typeof period === 'number') {
    assertYear(period, 'period');
    from = to = period;
  } else ({ from, to } = readPeriod(period as YearPeriod));
  const tables = group?.byPeriod.get(periodKey(from, to));
  // IMF DOTS where a computed table exists, else the period's one table.
  const slot = source !== undefined ? tables?.bySource.get(source as SourceId) : tables?.preferred;
  if (slot === undefined) throw noTable(group, basis, reporter, from, to, source);
  // A decoded table's rows lie in rank order (the data build writes them so; a test checks every table).
  slot.rows ??= index.shares.slice(slot.start, slot.end);
  return slot;
}

/** The error for a table that is not in the shares: what was asked, and which periods there are. */
function noTable(
  group: ReporterTables | undefined,
  basis: unknown,
  reporter: unknown,
  from: number,
  to: number,
  source: unknown,
): RangeError {
  const available = group?.labels ?? [];
  const years = available.filter((p) => !p.includes('–'));
  const spans = available.filter((p) => p.includes('–'));
  const summary =
    years.length === 0
      ? 'none'
      : `${years.length === 1 ? `year ${years[0]}` : `years ${years[0]}–${years[years.length - 1]}`}${spans.length > 0 ? ` and periods ${spans.join(', ')}` : ''}`;
  return new RangeError(
    `No ${basis} ranking for ${reporter} in ${label({ from, to })}${source === undefined ? '' : ` from source "${source}"`}. Available: ${summary}.`,
  );
}

/**
 * One partner's row in a table's slot: the first question about a table scans its rows, and the
 * rows by partner are made the second time one is asked for.
 */
export function rowOf(slot: TableSlot, partner: unknown): PartnerShare | undefined {
  if (slot.byPartner !== undefined) return slot.byPartner.get(partner as string);
  const rows = slot.rows ?? [];
  if (slot.asked !== true) {
    slot.asked = true;
    for (let i = 0; i < rows.length; i += 1) if ((rows[i] as PartnerShare).partner === partner) return rows[i];
    return undefined;
  }
  slot.byPartner = new Map();
  for (const row of rows) if (!slot.byPartner.has(row.partner)) slot.byPartner.set(row.partner, row);
  return slot.byPartner.get(partner as string);
}

/**
 * The rows of one table, sorted by rank, as a new array.
 *
 * @throws RangeError for an unknown reporter or basis, a malformed
 *   period, or a table that is not in `shares` (the message lists what is).
 * @throws TypeError when `shares` is not an array of partner shares (the message names the
 *   position and field) or the query is not an object.
 */
export function selectTable(shares: readonly PartnerShare[], query: TableQuery): PartnerShare[] {
  return tableRows(shares, query).slice();
}
