import type { SourceId } from '../sources/types.js';
import type { TradeReporter } from './types.js';

/**
 * The order in which helpers prefer sources when several report the same
 * flow, written down once for each kind of reporter:
 *
 * - Korea as reporter: Korea Customs via KOSIS (the national source IMF DOTS
 *   draws on, and the only one past 2020), then IMF DOTS, then Correlates of
 *   War, then UN Comtrade.
 * - A LAC country as reporter: IMF DOTS, then UN Comtrade.
 *
 * A source not listed (the page figures) comes after the listed ones, by id. Every helper's
 * `source` option overrides the preference and uses that source alone.
 *
 * @example
 * ```ts
 * import { tradeSourcePreference } from 'korea-latam/trade';
 * tradeSourcePreference.korea[0]; // 'kosis-kcs-trade'
 * tradeSourcePreference.partners[0]; // 'imf-dots-2022'
 * ```
 */
export const tradeSourcePreference: {
  readonly korea: readonly SourceId[];
  readonly partners: readonly SourceId[];
} = /* @__PURE__ */ Object.freeze({
  korea: /* @__PURE__ */ Object.freeze([
    'kosis-kcs-trade',
    'imf-dots-2022',
    'cow-bilateral-trade',
    'un-comtrade-plus',
  ] as const),
  partners: /* @__PURE__ */ Object.freeze(['imf-dots-2022', 'un-comtrade-plus'] as const),
});

/**
 * The position of `source` in the preference of `reporter` (lower is
 * preferred); sources outside the list come last.
 */
export function sourceRank(reporter: TradeReporter, source: SourceId): number {
  const list: readonly SourceId[] = reporter === 'KOR' ? tradeSourcePreference.korea : tradeSourcePreference.partners;
  const i = list.indexOf(source);
  return i === -1 ? list.length : i;
}

/**
 * Compares two sources for one reporter: preferred first, then by id, so the
 * choice never depends on record order.
 */
export function compareSources(reporter: TradeReporter, a: SourceId, b: SourceId): number {
  return sourceRank(reporter, a) - sourceRank(reporter, b) || (a < b ? -1 : a > b ? 1 : 0);
}
