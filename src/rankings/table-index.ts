import { compareText } from '../internal/compare-text.js';
import { entryOf } from '../internal/group-by.js';
import { factsAbout } from '../internal/memo.js';
import type { SourceId } from '../sources/types.js';
import type { PartnerShare, RankingReporter, ShareBasis, YearPeriod } from './types.js';

/**
 * Where one table landed in a decoded list: its rows are `shares[start]` to
 * `shares[end - 1]`, all with this reporter, basis, period and source.
 */
export interface TableRun {
  readonly reporter: RankingReporter;
  readonly basis: ShareBasis;
  readonly from: number;
  readonly to: number;
  readonly source: SourceId;
  readonly start: number;
  readonly end: number;
}

/** One table: its rows sorted by rank, or where they lie (in rank order) in a decoded list. */
export interface TableSlot {
  rows: PartnerShare[] | undefined;
  readonly start: number;
  readonly end: number;
  /** Whether one partner's row has been asked for (the first question scans the rows). */
  asked: boolean;
  /** The rows by partner, made the second time one partner's row is asked for. */
  byPartner: Map<string, PartnerShare> | undefined;
  /** Korea's row (`null` when Korea is not in the table), kept the first time `koreaRank` asks. */
  korea: PartnerShare | null | undefined;
}

/**
 * A new table slot. Every slot is made here with all its fields, so that all slots share one
 * object shape and the engine reads a field of any slot the same way (fields added later
 * would give slots several shapes, and make each read test which one it has).
 *
 * @param rows - The rows, or `undefined` for a decoded list's table (read from `start` to `end` when first asked).
 * @param start - Where a decoded list's table starts in the list.
 * @param end - Where it ends (the first row after it).
 */
export function newSlot(rows: PartnerShare[] | undefined, start: number, end: number): TableSlot {
  return { rows, start, end, asked: false, byPartner: undefined, korea: undefined };
}

/** One period's tables: by source, and the one a query without a source reads. */
export interface PeriodTables {
  /** IMF DOTS where a computed table exists, else the period's first table. */
  preferred: TableSlot | undefined;
  readonly bySource: Map<SourceId, TableSlot>;
}

/** One reporter's tables on one basis: by period, then by source. */
export interface ReporterTables {
  /** By {@link periodKey}. */
  readonly byPeriod: Map<number | string, PeriodTables>;
  /** The single-year periods again, at `year - ` {@link FIRST_LISTED_YEAR}: a warm query finds its year with an array read, not a `Map` lookup. */
  readonly byYear: (PeriodTables | undefined)[];
  /** Every period label in order of first appearance, for the error message. */
  readonly labels: string[];
  latest: number | undefined;
}

/** The tables of one list of shares. */
export interface TableIndex {
  readonly shares: readonly PartnerShare[];
  /** Each reporter's tables on each basis, at {@link tableAt} (an array, so a query makes no lookup to reach them). */
  readonly tables: readonly (ReporterTables | undefined)[];
  /** The sources of the first of each row's `sources`. */
  readonly sources: ReadonlySet<SourceId>;
  /** For a decoded list: its tables in order, each with where its rows lie. */
  readonly runs?: readonly TableRun[];
}

/** The reporters that have computed tables. */
export const RANKING_REPORTERS: readonly RankingReporter[] = /* @__PURE__ */ Object.freeze([
  'KOR',
  'MEX',
  'BRA',
  'CHL',
  'ARG',
  'PER',
  'COL',
] as const);

/** The first year {@link ReporterTables.byYear} lists; a year before it or {@link YEARS_LISTED} after it is found by `byPeriod` alone. */
export const FIRST_LISTED_YEAR = 1900;
/** How many years from {@link FIRST_LISTED_YEAR} {@link ReporterTables.byYear} can list. */
export const YEARS_LISTED = 300;

/** The source a query without one reads, where it has a table for the period. */
const PREFERRED_SOURCE: SourceId = 'imf-dots-2022';

/**
 * Where a reporter's tables on a basis are in {@link TableIndex.tables}: `-1` for a value that is
 * not one of {@link RANKING_REPORTERS} or not a basis (so this is also the check of both).
 *
 * @param reporter - The reporter as given.
 * @param basis - The basis as given.
 */
export function tableAt(reporter: unknown, basis: unknown): number {
  const row = (RANKING_REPORTERS as readonly unknown[]).indexOf(reporter);
  const column = basis === 'total' ? 0 : basis === 'exports' ? 1 : basis === 'imports' ? 2 : -1;
  return row < 0 || column < 0 ? -1 : row * 3 + column;
}

/** `2008` for a year, `2007–2009` for a span. */
export const periodLabel = (p: YearPeriod): string => (p.from === p.to ? String(p.from) : `${p.from}–${p.to}`);

/** Rows by rank, then partner code. */
export const byRank = (a: PartnerShare, b: PartnerShare): number =>
  a.rank - b.rank || compareText(a.partner, b.partner);

/**
 * A period as one number (`from * 100000 + to`), which a `Map` finds faster
 * than a string it would have to build and hash; any period outside
 * plausible years falls back to a string key.
 */
export function periodKey(from: number, to: number): number | string {
  return from >= 0 && from < 10_000 && to >= 0 && to < 100_000 ? from * 100_000 + to : `${from}|${to}`;
}

/** The slot of one table, creating its group and period entries on the way. */
export function slotFor(
  tables: (ReporterTables | undefined)[],
  at: number,
  period: YearPeriod,
  source: SourceId,
  make: () => TableSlot,
): TableSlot {
  tables[at] ??= { byPeriod: new Map(), byYear: [], labels: [], latest: undefined };
  const group = tables[at];
  const { from, to } = period;
  const periodTables = entryOf(group.byPeriod, periodKey(from, to), (): PeriodTables => {
    group.labels.push(periodLabel(period));
    if (from === to && (group.latest === undefined || to > group.latest)) group.latest = to;
    const made: PeriodTables = { preferred: undefined, bySource: new Map() };
    const listedAt = from - FIRST_LISTED_YEAR;
    if (from === to && listedAt >= 0 && listedAt < YEARS_LISTED) group.byYear[listedAt] = made;
    return made;
  });
  let slot = periodTables.bySource.get(source);
  if (slot === undefined) {
    slot = make();
    periodTables.bySource.set(source, slot);
    if (periodTables.preferred === undefined || source === PREFERRED_SOURCE) periodTables.preferred = slot;
  }
  return slot;
}

/** The table indexes of the lists the decoder built. */
const decoded = /* @__PURE__ */ factsAbout<readonly PartnerShare[], TableIndex>();

/**
 * Groups the tables of a list the decoder built, from its table layout
 * (under eight hundred tables, not fourteen thousand rows), and remembers the index for
 * the rankings helpers. Each table's rows lie in rank order, as the data build writes them.
 */
export function recordTables(shares: readonly PartnerShare[], runs: readonly TableRun[]): void {
  const tables: (ReporterTables | undefined)[] = [];
  const sources = new Set<SourceId>();
  for (const run of runs) {
    sources.add(run.source);
    slotFor(tables, tableAt(run.reporter, run.basis), run, run.source, () => newSlot(undefined, run.start, run.end));
  }
  decoded.record(shares, { shares, tables, sources, runs });
}

/** The index of a decoded list, or `undefined` for any other list. */
export function decodedTablesOf(shares: readonly PartnerShare[]): TableIndex | undefined {
  return decoded.of(shares);
}
