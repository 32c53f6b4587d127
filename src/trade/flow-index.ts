import { assertArray, checkRecords } from '../internal/assert.js';
import { describeValue } from '../internal/describe-value.js';
import { unknownValueError } from '../internal/unknown-value-error.js';
import type { SourceId } from '../sources/types.js';
import { compareSources } from './source-preference.js';
import type { TradeFlow, TradeFlowKind, TradePartner, TradeReporter } from './types.js';

/** Flows grouped by reporter and partner, and each reporter's first and last year. */
export interface FlowIndex {
  readonly pairs: ReadonlyMap<string, readonly TradeFlow[]>;
  readonly years: ReadonlyMap<string, readonly [number, number]>;
  /** Every source that has at least one record. */
  readonly sources: ReadonlySet<SourceId>;
}

const cache = new WeakMap<readonly TradeFlow[], FlowIndex>();

const FLOW_FIELDS = {
  reporter: 'string',
  partner: 'string',
  year: 'whole number',
  flow: 'string',
  valueUsd: 'finite number',
  estimated: 'boolean',
  source: 'string',
  sources: 'array',
} as const;

function buildIndex(flows: readonly TradeFlow[]): FlowIndex {
  checkRecords(flows, 'flows', 'a trade flow', FLOW_FIELDS);
  const pairs = new Map<string, TradeFlow[]>();
  const years = new Map<string, [number, number]>();
  const sources = new Set<SourceId>();
  flows.forEach((flow, position) => {
    if ((flow.flow !== 'export' && flow.flow !== 'import') || flow.valueUsd < 0) {
      throw new TypeError(
        `flows[${position}] is not a trade flow: flow ${describeValue(flow.flow)}, valueUsd ${flow.valueUsd} (expected export or import, and a value of at least 0).`,
      );
    }
    sources.add(flow.source);
    const key = `${flow.reporter}|${flow.partner}`;
    const list = pairs.get(key);
    if (list) list.push(flow);
    else pairs.set(key, [flow]);
    const [first, last] = years.get(flow.reporter) ?? [flow.year, flow.year];
    years.set(flow.reporter, [Math.min(first, flow.year), Math.max(last, flow.year)]);
  });
  return { pairs, years, sources };
}

/**
 * Throws a `RangeError` when a `source` option names no source of the
 * flows: an unknown or misspelt source is an error, never an empty answer.
 * Empty flows have no sources to check against; every answer is then a gap.
 *
 * @example
 * ```ts
 * assertSourceOption(indexFlows(tradeFlows), 'imf-dots-2022'); // ok
 * ```
 */
export function assertSourceOption(index: FlowIndex, source: unknown): void {
  if (source !== undefined && index.sources.size > 0 && !index.sources.has(source as SourceId)) {
    throw unknownValueError('source', source, [...index.sources].sort());
  }
}

/**
 * Indexes `flows` for the helpers. Frozen arrays (the shipped dataset) are
 * indexed once and cached; arrays a user may still change are indexed on
 * every call, so results never go stale.
 *
 * @throws {TypeError} when `flows` is not an array of trade flows.
 * @example
 * ```ts
 * indexFlows(tradeFlows).pairs.get('KOR|MEX')?.length; // number of records
 * ```
 */
export function indexFlows(flows: readonly TradeFlow[]): FlowIndex {
  assertArray(flows, 'flows');
  let index = cache.get(flows);
  if (index === undefined) {
    index = buildIndex(flows);
    if (Object.isFrozen(flows)) cache.set(flows, index);
  }
  return index;
}

/**
 * Throws a `RangeError` when `year` lies outside every year that the given
 * reporters have in the flows (a year past the data is an error, not a gap);
 * does nothing when none of them has any data.
 *
 * @example
 * ```ts
 * assertYearCovered(indexFlows(tradeFlows), ['KOR'], 1900); // RangeError: Year 1900 is outside …
 * ```
 */
export function assertYearCovered(index: FlowIndex, reporters: readonly string[], year: number): void {
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

/**
 * The flows of one reporter–partner pair.
 *
 * @example
 * ```ts
 * pairOf(indexFlows(tradeFlows), 'KOR', 'MEX');
 * ```
 */
export function pairOf(index: FlowIndex, reporter: TradeReporter, partner: TradePartner): readonly TradeFlow[] {
  return index.pairs.get(`${reporter}|${partner}`) ?? [];
}

/**
 * The value of one flow in one year: from the given source, else from the
 * most preferred source that has it.
 *
 * @example
 * ```ts
 * pickFlow(pairOf(indexFlows(tradeFlows), 'KOR', 'MEX'), 2008, 'export')?.valueUsd;
 * ```
 */
export function pickFlow(
  rows: readonly TradeFlow[],
  year: number,
  kind: TradeFlowKind,
  source?: SourceId,
): TradeFlow | undefined {
  let best: TradeFlow | undefined;
  for (const row of rows) {
    if (row.year !== year || row.flow !== kind || (source !== undefined && row.source !== source)) continue;
    if (best === undefined || compareSources(row.reporter, row.source, best.source) < 0) best = row;
  }
  return best;
}

/**
 * The export and the import of one year from the same source: the given
 * source, else the most preferred source that has both.
 *
 * @example
 * ```ts
 * pickPair(pairOf(indexFlows(tradeFlows), 'KOR', 'BRA'), 2010)?.[2]; // 'imf-dots-2022'
 * ```
 */
export function pickPair(
  rows: readonly TradeFlow[],
  year: number,
  source?: SourceId,
): readonly [exportFlow: TradeFlow, importFlow: TradeFlow, source: SourceId] | undefined {
  let best: [TradeFlow, TradeFlow, SourceId] | undefined;
  for (const row of rows) {
    const id = row.source;
    if (row.year !== year || row.flow !== 'export' || (source !== undefined && id !== source)) continue;
    const importFlow = pickFlow(rows, year, 'import', id);
    if (importFlow && (best === undefined || compareSources(row.reporter, id, best[2]) < 0)) {
      best = [row, importFlow, id];
    }
  }
  return best;
}
