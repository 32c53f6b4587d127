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

/** One table: its rows sorted by rank, or where they lie in a decoded list (sorted on first use). */
export interface TableSlot {
  rows: PartnerShare[] | undefined;
  readonly start: number;
  readonly end: number;
  /** The rows by partner, made the first time one partner's row is asked for. */
  byPartner?: Map<string, PartnerShare>;
}

/** One reporter's tables on one basis: by period, then by source. */
export interface ReporterTables {
  /** By {@link periodKey}. */
  readonly byPeriod: Map<number | string, Map<SourceId, TableSlot>>;
  /** Every period label in order of first appearance, for the error message. */
  readonly labels: string[];
  latest: number | undefined;
}

/** The tables of one list of shares, by `reporter|basis`. */
export interface TableIndex {
  readonly shares: readonly PartnerShare[];
  /** By reporter, then basis. */
  readonly groups: ReadonlyMap<string, ReadonlyMap<string, ReporterTables>>;
  /** The sources of the first of each row's `sources`. */
  readonly sources: ReadonlySet<SourceId>;
  /** For a decoded list: its tables in order, each with where its rows lie. */
  readonly runs?: readonly TableRun[];
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
  groups: Map<string, Map<string, ReporterTables>>,
  reporter: string,
  basis: string,
  period: YearPeriod,
  source: SourceId,
  make: () => TableSlot,
): TableSlot {
  const bases = entryOf(groups, reporter, () => new Map<string, ReporterTables>());
  const group = entryOf(bases, basis, (): ReporterTables => ({ byPeriod: new Map(), labels: [], latest: undefined }));
  const { from, to } = period;
  const bySource = entryOf(group.byPeriod, periodKey(from, to), () => {
    group.labels.push(periodLabel(period));
    if (from === to && (group.latest === undefined || to > group.latest)) group.latest = to;
    return new Map<SourceId, TableSlot>();
  });
  return entryOf(bySource, source, make);
}

/** The table indexes of the lists the decoder built. */
const decoded = /* @__PURE__ */ factsAbout<readonly PartnerShare[], TableIndex>();

/**
 * Groups the tables of a list the decoder built, from its table layout
 * (under eight hundred tables, not fourteen thousand rows), and remembers the index for
 * the rankings helpers. Rows are sorted the first time a table is asked for.
 */
export function recordTables(shares: readonly PartnerShare[], runs: readonly TableRun[]): void {
  const groups = new Map<string, Map<string, ReporterTables>>();
  const sources = new Set<SourceId>();
  for (const run of runs) {
    sources.add(run.source);
    slotFor(groups, run.reporter, run.basis, run, run.source, () => ({
      rows: undefined,
      start: run.start,
      end: run.end,
    }));
  }
  decoded.record(shares, { shares, groups, sources, runs });
}

/** The index of a decoded list, or `undefined` for any other list. */
export function decodedTablesOf(shares: readonly PartnerShare[]): TableIndex | undefined {
  return decoded.of(shares);
}
