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
  const cached = cache.get(flows);
  if (cached !== undefined) return cached.slice();
  const best = new Map<string, TradeFlow>();
  for (const rows of indexFlows(flows).pairs.values()) {
    for (const row of rows) {
      const key = `${row.year}|${row.flow}`;
      const seen = best.get(`${row.reporter}|${row.partner}|${key}`);
      if (seen === undefined || compareSources(row.reporter, row.source, seen.source) < 0) {
        best.set(`${row.reporter}|${row.partner}|${key}`, row);
      }
    }
  }
  const chosen = new Set(best.values());
  const result = flows.filter((row) => chosen.has(row));
  if (Object.isFrozen(flows)) cache.set(flows, Object.freeze(result));
  return result.slice();
}
