import { cachedForSettled } from '../internal/settled.js';
import { indexFlows } from './flow-index.js';
import { compareSources } from './source-preference.js';
import type { TradeFlow } from './types.js';

const cache = new WeakMap<readonly TradeFlow[], readonly TradeFlow[]>();

/**
 * One record per key (reporter, partner, year, flow): the one from the
 * reporter's preferred source ({@link tradeSourcePreference}). Use it before
 * summing or grouping, so a value that two sources report is counted once.
 * Records keep their order in `flows`; the shipped dataset's answer is
 * computed once and cached. The CSV copy has the same choice in its
 * `preferred` column.
 *
 * @throws {TypeError} when `flows` is not an array of trade flows.
 * @example
 * ```ts
 * import { tradeFlows, preferredFlows } from 'korea-latam/trade';
 * const once = preferredFlows(tradeFlows);
 * once.filter((f) => f.reporter === 'KOR' && f.partner === 'MEX' && f.year === 2008 && f.flow === 'export')
 *   .map((f) => f.source); // ['kosis-kcs-trade']
 * ```
 */
export function preferredFlows(flows: readonly TradeFlow[]): readonly TradeFlow[] {
  return cachedForSettled(cache, flows, choosePreferred).slice();
}

function choosePreferred(flows: readonly TradeFlow[]): readonly TradeFlow[] {
  const index = indexFlows(flows);
  const best = new Map<string, TradeFlow>();
  for (const pair of index.pairs.values()) {
    for (const row of pair.rows) {
      const key = `${row.reporter}|${row.partner}|${row.year}|${row.flow}`;
      const seen = best.get(key);
      if (seen === undefined || compareSources(row.reporter, row.source, seen.source) < 0) best.set(key, row);
    }
  }
  const chosen = new Set(best.values());
  return index.all.filter((row) => chosen.has(row));
}
