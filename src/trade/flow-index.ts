import { assertArray, checkRecords } from '../internal/assert.js';
import { describeValue } from '../internal/describe-value.js';
import { pushTo } from '../internal/group-by.js';
import { memoForSettled } from '../internal/memo.js';
import { unknownValueError } from '../internal/unknown-value-error.js';
import type { SourceId } from '../sources/types.js';
import { type FlowRun, flowRunsOf } from './flow-runs.js';
import { compareSources } from './source-preference.js';
import type { TradeFlow, TradeFlowKind, TradePartner, TradeReporter } from './types.js';

/** One reporter–partner pair's flows: all of them, by year, and its years in order. */
export interface PairRows {
  readonly rows: readonly TradeFlow[];
  readonly byYear: ReadonlyMap<number, readonly TradeFlow[]>;
  /** Every year with at least one record, ascending. */
  readonly years: readonly number[];
  /** {@link pickPair}'s answer per year when no source is asked for, filled on first use. */
  readonly preferredPairs: Map<number, PickedPair | null>;
  /** {@link pickFlow}'s answer per year and flow (`year * 2`, `+ 1` for imports) when no source is asked for. */
  readonly preferredFlows: Map<number, TradeFlow | null>;
}

/** An export and an import of one year from the same source, and that source. */
export type PickedPair = readonly [exportFlow: TradeFlow, importFlow: TradeFlow, source: SourceId];

/** Flows grouped by reporter and partner, and each reporter's first and last year. */
export interface FlowIndex {
  /** A plain (unfrozen) copy of the flows: iterating it is several times faster than a frozen array. */
  readonly all: readonly TradeFlow[];
  /** `reporter|partner` of every pair with at least one record, in data order. */
  readonly pairKeys: readonly string[];
  /** One pair's flows by its key `reporter|partner`. */
  pair(key: string): PairRows | undefined;
  readonly years: ReadonlyMap<string, readonly [number, number]>;
  /** Every source that has at least one record. */
  readonly sources: ReadonlySet<SourceId>;
}

export const FLOW_FIELDS = {
  reporter: 'string',
  partner: 'string',
  year: 'whole number',
  flow: 'string',
  valueUsd: 'finite number',
  estimated: 'boolean',
  source: 'string',
  sources: 'array',
} as const;

const EMPTY_PAIR: PairRows = /* @__PURE__ */ Object.freeze({
  rows: [],
  byYear: new Map(),
  years: [],
  preferredPairs: new Map(),
  preferredFlows: new Map(),
});

function emptyPair(): {
  rows: TradeFlow[];
  byYear: Map<number, TradeFlow[]>;
  years: number[];
  preferredPairs: Map<number, PickedPair | null>;
  preferredFlows: Map<number, TradeFlow | null>;
} {
  return { rows: [], byYear: new Map(), years: [], preferredPairs: new Map(), preferredFlows: new Map() };
}

function addToPair(pair: ReturnType<typeof emptyPair>, flow: TradeFlow): void {
  pair.rows.push(flow);
  if (!pair.byYear.has(flow.year)) pair.years.push(flow.year);
  pushTo(pair.byYear, flow.year, flow);
}

/** Any array of flows: checked, then grouped record by record. */
function buildIndex(flows: readonly TradeFlow[]): FlowIndex {
  checkRecords(flows, 'flows', 'a trade flow', FLOW_FIELDS);
  const all: TradeFlow[] = new Array(flows.length);
  const pairs = new Map<string, ReturnType<typeof emptyPair>>();
  const years = new Map<string, [number, number]>();
  const sources = new Set<SourceId>();
  for (let position = 0; position < flows.length; position += 1) {
    const flow = flows[position] as TradeFlow;
    if ((flow.flow !== 'export' && flow.flow !== 'import') || flow.valueUsd < 0) {
      throw new TypeError(
        `flows[${position}] is not a trade flow: flow ${describeValue(flow.flow)}, valueUsd ${flow.valueUsd} (expected export or import, and a value of at least 0).`,
      );
    }
    all[position] = flow;
    sources.add(flow.source);
    const key = `${flow.reporter}|${flow.partner}`;
    let pair = pairs.get(key);
    if (pair === undefined) {
      pair = emptyPair();
      pairs.set(key, pair);
    }
    addToPair(pair, flow);
    const range = years.get(flow.reporter);
    if (range === undefined) years.set(flow.reporter, [flow.year, flow.year]);
    else if (flow.year < range[0]) range[0] = flow.year;
    else if (flow.year > range[1]) range[1] = flow.year;
  }
  for (const pair of pairs.values()) pair.years.sort((a, b) => a - b);
  return { all, pairKeys: [...pairs.keys()], pair: (key) => pairs.get(key), years, sources };
}

/**
 * A list the decoder built: grouped from its few hundred series runs, each
 * pair's rows made only when a helper first asks for that pair.
 */
function indexFromRuns(flows: readonly TradeFlow[], runs: readonly FlowRun[]): FlowIndex {
  const all = flows.slice();
  const runsByPair = new Map<string, FlowRun[]>();
  const years = new Map<string, [number, number]>();
  const sources = new Set<SourceId>();
  for (const run of runs) {
    sources.add(run.source);
    pushTo(runsByPair, `${run.reporter}|${run.partner}`, run);
    const range = years.get(run.reporter);
    if (range === undefined) years.set(run.reporter, [run.firstYear, run.lastYear]);
    else {
      if (run.firstYear < range[0]) range[0] = run.firstYear;
      if (run.lastYear > range[1]) range[1] = run.lastYear;
    }
  }
  const made = new Map<string, PairRows>();
  const pair = (key: string): PairRows | undefined => {
    let rows = made.get(key);
    if (rows === undefined) {
      const pairRuns = runsByPair.get(key);
      if (pairRuns === undefined) return undefined;
      const built = emptyPair();
      for (const run of pairRuns) for (let i = run.start; i < run.end; i += 1) addToPair(built, all[i] as TradeFlow);
      built.years.sort((a, b) => a - b);
      rows = built;
      made.set(key, rows);
    }
    return rows;
  };
  return { all, pairKeys: [...runsByPair.keys()], pair, years, sources };
}

/**
 * Throws a `RangeError` when a `source` option names no source of the
 * flows: an unknown or misspelt source is an error, never an empty answer.
 * Empty flows have no sources to check against; every answer is then a gap.
 */
export function assertSourceOption(index: FlowIndex, source: unknown): void {
  if (source !== undefined && index.sources.size > 0 && !index.sources.has(source as SourceId)) {
    throw unknownValueError('source', source, [...index.sources].sort());
  }
}

/**
 * Indexes `flows` for the helpers. A settled array (frozen, with frozen
 * records: the shipped dataset, or anything `parseTradeFlows` returns) is
 * indexed once and cached; any other array is indexed on every call, so
 * results never go stale when you change it.
 *
 * @throws TypeError when `flows` is not an array of trade flows.
 */
export function indexFlows(flows: readonly TradeFlow[]): FlowIndex {
  assertArray(flows, 'flows');
  return indexOf(flows);
}

/** The index of a settled list, made once (from the decoder's layout for the shipped list). */
const indexOf = /* @__PURE__ */ memoForSettled((flows: readonly TradeFlow[]): FlowIndex => {
  const runs = flowRunsOf(flows);
  return runs === undefined ? buildIndex(flows) : indexFromRuns(flows, runs);
});

/**
 * Throws a `RangeError` when `year` lies outside every year that the given
 * reporters have in the flows (a year past the data is an error, not a gap);
 * does nothing when none of them has any data.
 *
 * @throws RangeError when the year is outside the years every reporter covers.
 */
export function assertYearCovered(index: FlowIndex, reporters: readonly string[], year: number): void {
  if (reporters.length === 1) {
    // The common case, without building arrays.
    const range = index.years.get(reporters[0] as string);
    if (range === undefined || (year >= range[0] && year <= range[1])) return;
  }
  const ranges = reporters.map((r) => index.years.get(r)).filter((r) => r !== undefined);
  if (ranges.length === 0) return;
  const first = Math.min(...ranges.map((r) => r[0]));
  const last = Math.max(...ranges.map((r) => r[1]));
  if (year < first || year > last) {
    throw new RangeError(
      `Year ${year} is outside the data reported by ${reporters.join(' and ')} in these flows (${first}–${last}).`,
    );
  }
}

/** The flows of one reporter–partner pair (empty when the pair has none). */
export function pairOf(index: FlowIndex, reporter: TradeReporter, partner: TradePartner): PairRows {
  return index.pair(`${reporter}|${partner}`) ?? EMPTY_PAIR;
}

/**
 * The value of one flow in one year: from the given source, else from the
 * most preferred source that has it.
 */
export function pickFlow(pair: PairRows, year: number, kind: TradeFlowKind, source?: SourceId): TradeFlow | undefined {
  const key = kind === 'export' ? year * 2 : year * 2 + 1;
  if (source === undefined) {
    const known = pair.preferredFlows.get(key);
    if (known !== undefined) return known ?? undefined;
  }
  const rows = pair.byYear.get(year);
  if (rows === undefined) return undefined;
  let best: TradeFlow | undefined;
  for (const row of rows) {
    if (row.flow !== kind || (source !== undefined && row.source !== source)) continue;
    if (best === undefined || compareSources(row.reporter, row.source, best.source) < 0) best = row;
  }
  if (source === undefined) pair.preferredFlows.set(key, best ?? null);
  return best;
}

/**
 * The export and the import of one year from the same source: the given
 * source, else the most preferred source that has both.
 */
export function pickPair(pair: PairRows, year: number, source?: SourceId): PickedPair | undefined {
  if (source === undefined) {
    const known = pair.preferredPairs.get(year);
    if (known !== undefined) return known ?? undefined;
  }
  const rows = pair.byYear.get(year);
  if (rows === undefined) return undefined;
  let best: PickedPair | undefined;
  for (const row of rows) {
    const id = row.source;
    if (row.flow !== 'export' || (source !== undefined && id !== source)) continue;
    const importFlow = pickFlow(pair, year, 'import', id);
    if (importFlow && (best === undefined || compareSources(row.reporter, id, best[2]) < 0)) {
      best = [row, importFlow, id];
    }
  }
  if (source === undefined) pair.preferredPairs.set(year, best ?? null);
  return best;
}
