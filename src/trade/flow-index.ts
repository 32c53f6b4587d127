import { assertArray } from '../internal/assert.js';
import { describeValue } from '../internal/describe-value.js';
import type { SourceId } from '../sources/types.js';
import type { TradeFlow, TradeFlowKind, TradePartner, TradeReporter } from './types.js';

/** Sources in the order helpers prefer them when several report the same flow. */
export const SOURCE_PREFERENCE: readonly SourceId[] = Object.freeze([
  'imf-dots-2022',
  'un-comtrade-plus',
  'page-daum-enc-kor-bra',
  'page-mbn-mex-kor-2025',
] as const);

/** Flows grouped by reporter, partner and year. */
export interface FlowIndex {
  /** Every flow of a reporter–partner pair, any year. */
  readonly pair: (reporter: TradeReporter, partner: TradePartner) => readonly TradeFlow[];
  /** First and last year with any flow reported by `reporter`, or `undefined`. */
  readonly yearRange: (reporter: TradeReporter) => readonly [number, number] | undefined;
}

const cache = new WeakMap<readonly TradeFlow[], FlowIndex>();

function checkFlow(flow: unknown, position: number): asserts flow is TradeFlow {
  const f = flow as Partial<TradeFlow> | null;
  if (
    f === null ||
    typeof f !== 'object' ||
    typeof f.reporter !== 'string' ||
    typeof f.partner !== 'string' ||
    typeof f.year !== 'number' ||
    (f.flow !== 'export' && f.flow !== 'import') ||
    typeof f.valueUsd !== 'number' ||
    !Number.isFinite(f.valueUsd) ||
    !Array.isArray(f.sources)
  ) {
    throw new TypeError(
      `flows[${position}] is not a trade flow (got ${describeValue(flow)}); expected { reporter, partner, year, flow, valueUsd, sources, … }. Use parseTradeFlows() from korea-latam/schemas to see every problem.`,
    );
  }
}

function buildIndex(flows: readonly TradeFlow[]): FlowIndex {
  const byPair = new Map<string, TradeFlow[]>();
  const ranges = new Map<string, [number, number]>();
  flows.forEach((flow, position) => {
    checkFlow(flow, position);
    const key = `${flow.reporter}|${flow.partner}`;
    const list = byPair.get(key);
    if (list === undefined) byPair.set(key, [flow]);
    else list.push(flow);
    const range = ranges.get(flow.reporter);
    if (range === undefined) ranges.set(flow.reporter, [flow.year, flow.year]);
    else {
      if (flow.year < range[0]) range[0] = flow.year;
      if (flow.year > range[1]) range[1] = flow.year;
    }
  });
  return {
    pair: (reporter, partner) => byPair.get(`${reporter}|${partner}`) ?? [],
    yearRange: (reporter) => ranges.get(reporter),
  };
}

/**
 * Indexes `flows` for the helpers. Frozen arrays (the shipped dataset) are
 * indexed once and cached; arrays a user may still change are indexed on
 * every call, so results never go stale.
 *
 * @throws {TypeError} when `flows` is not an array of trade flows.
 * @example
 * ```ts
 * indexFlows(tradeFlows).pair('KOR', 'MEX').length > 0; // true
 * ```
 */
export function indexFlows(flows: readonly TradeFlow[]): FlowIndex {
  assertArray(flows, 'flows');
  if (!Object.isFrozen(flows)) return buildIndex(flows);
  let index = cache.get(flows);
  if (index === undefined) {
    index = buildIndex(flows);
    cache.set(flows, index);
  }
  return index;
}

/**
 * Orders source ids by {@link SOURCE_PREFERENCE}, unknown ones last (by name).
 *
 * @example
 * ```ts
 * bySourcePreference('un-comtrade-plus', 'imf-dots-2022') > 0; // true
 * ```
 */
export function bySourcePreference(a: SourceId, b: SourceId): number {
  const rank = (id: SourceId): number => {
    const i = SOURCE_PREFERENCE.indexOf(id);
    return i === -1 ? SOURCE_PREFERENCE.length : i;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}

/**
 * The value of one flow in one year from one source, preferring the given
 * source, else the first source in {@link SOURCE_PREFERENCE} that has it.
 *
 * @example
 * ```ts
 * pickFlow(indexFlows(tradeFlows).pair('KOR', 'MEX'), 2008, 'export');
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
    if (row.year !== year || row.flow !== kind) continue;
    const rowSource = row.sources[0];
    if (rowSource === undefined) continue;
    if (source !== undefined) {
      if (row.sources.includes(source)) return row;
      continue;
    }
    const bestSource = best?.sources[0];
    if (best === undefined || bestSource === undefined || bySourcePreference(rowSource, bestSource) < 0) best = row;
  }
  return best;
}

/**
 * The export and the import of one year that come from the same source:
 * the given source, else the most preferred source that has both.
 *
 * @example
 * ```ts
 * pickPair(indexFlows(tradeFlows).pair('KOR', 'BRA'), 2010)?.source; // 'imf-dots-2022'
 * ```
 */
export function pickPair(
  rows: readonly TradeFlow[],
  year: number,
  source?: SourceId,
): { readonly exportFlow: TradeFlow; readonly importFlow: TradeFlow; readonly source: SourceId } | undefined {
  const bySource = new Map<SourceId, { exportFlow?: TradeFlow; importFlow?: TradeFlow }>();
  for (const row of rows) {
    if (row.year !== year) continue;
    for (const id of row.sources) {
      const entry = bySource.get(id) ?? {};
      if (row.flow === 'export') entry.exportFlow = row;
      else entry.importFlow = row;
      bySource.set(id, entry);
    }
  }
  const candidates = [...bySource.keys()]
    .filter((id) => source === undefined || id === source)
    .sort(bySourcePreference);
  for (const id of candidates) {
    const entry = bySource.get(id);
    if (entry?.exportFlow !== undefined && entry.importFlow !== undefined) {
      return { exportFlow: entry.exportFlow, importFlow: entry.importFlow, source: id };
    }
  }
  return undefined;
}
