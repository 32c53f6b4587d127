import { memoForSettled } from '../internal/memo.js';
import { indexFlows } from './flow-index.js';
import { compareSources } from './source-preference.js';
import type { TradeFlow } from './types.js';

/**
 * One record per key (reporter, partner, year, flow): the one from the
 * reporter's preferred source ({@link tradeSourcePreference}). Use it before
 * summing or grouping, so a value that two sources report is counted once.
 * Records keep their order in `flows`; the shipped dataset's answer is
 * computed once and cached. The CSV copy has the same choice in its
 * `preferred` column.
 *
 * @param flows - The trade records to read: `tradeFlows`, or your own array of {@link TradeFlow} records (checked, never changed).
 * @throws TypeError when `flows` is not an array of trade flows.
 * @example
 * ```ts
 * import { tradeFlows, preferredFlows } from 'korea-latam/trade';
 * const once = preferredFlows(tradeFlows);
 * once.filter((f) => f.reporter === 'KOR' && f.partner === 'MEX' && f.year === 2008 && f.flow === 'export')
 *   .map((f) => f.source); // ['kosis-kcs-trade']
 * ```
 */
export function preferredFlows(flows: readonly TradeFlow[]): readonly TradeFlow[] {
  return preferredOf(flows).slice();
}

const preferredOf = /* @__PURE__ */ memoForSettled(function choosePreferred(
  flows: readonly TradeFlow[],
): readonly TradeFlow[] {
  const index = indexFlows(flows);
  const best = new Map<string, TradeFlow>();
  for (const key of index.pairKeys) {
    for (const row of index.pair(key)?.rows ?? []) {
      const key = `${row.reporter}|${row.partner}|${row.year}|${row.flow}`;
      const seen = best.get(key);
      if (seen === undefined || compareSources(row.reporter, row.source, seen.source) < 0) best.set(key, row);
    }
  }
  const chosen = new Set(best.values());
  return index.all.filter((row) => chosen.has(row));
});

const preferredSetOf = /* @__PURE__ */ memoForSettled(
  (flows: readonly TradeFlow[]): ReadonlySet<TradeFlow> => new Set(preferredOf(flows)),
);

/**
 * The records {@link preferredFlows} keeps, as a set for membership tests
 * (cached for a settled array, like the list).
 */
export function preferredFlowSet(flows: readonly TradeFlow[]): ReadonlySet<TradeFlow> {
  return preferredSetOf(flows);
}
