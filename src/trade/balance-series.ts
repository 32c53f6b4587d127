import { readOptions } from '../internal/assert.js';
import type { SourceId } from '../sources/types.js';
import { pickPair } from './flow-index.js';
import { seriesRows } from './series-query.js';
import { balanceOf } from './trade-balance.js';
import type { BalanceRow, TradeFlow, TradePartner, TradeReporter } from './types.js';

/**
 * Options of {@link balanceSeries}.
 *
 * @example
 * ```ts
 * import { BalanceSeriesOptions } from 'korea-latam/trade';
 * const options: BalanceSeriesOptions = { partner: 'BRA', from: 2000, to: 2010 };
 * ```
 * @expand
 */
export interface BalanceSeriesOptions {
  /** Whose statistics to use; defaults to `'KOR'`. */
  readonly reporter?: TradeReporter;
  readonly partner: TradePartner;
  /** First year to include (inclusive). */
  readonly from?: number;
  /** Last year to include (inclusive). */
  readonly to?: number;
  /** Use only this source; by default each year uses the preferred source that has both flows. */
  readonly source?: SourceId;
}

/**
 * The trade balance between a reporter and a partner, one row per year that
 * has both flows, in ascending year order. Years with a missing flow are left
 * out rather than filled.
 *
 * @param flows - The trade records to read: `tradeFlows`, or your own array of {@link TradeFlow} records (checked, never changed).
 * @param options - The reporter (default `'KOR'`), the partner, the years (`from`, `to`) and an optional single source; see {@link BalanceSeriesOptions}.
 * @throws RangeError for unknown codes, a pair the dataset cannot hold (such as a reporter equal to the
 *   partner, or two LAC countries), a `source` no record has, non-integer years, or `from` > `to`.
 * @throws TypeError when `flows` is not an array of trade flows (naming the bad record) or `options` not an object.
 * @example
 * ```ts
 * import { tradeFlows, balanceSeries } from 'korea-latam/trade';
 * const rows = balanceSeries(tradeFlows, { partner: 'MEX', from: 2006, to: 2010 });
 * rows.map((r) => r.year); // [2006, 2007, 2008, 2009, 2010]
 * ```
 */
export function balanceSeries(flows: readonly TradeFlow[], options: BalanceSeriesOptions): BalanceRow[] {
  const query = readOptions(options) as BalanceSeriesOptions;
  const { pair: rows, years } = seriesRows(flows, query);
  const { source } = query;
  const series: BalanceRow[] = [];
  for (const year of years) {
    const pair = pickPair(rows, year, source);
    if (pair !== undefined) series.push({ year, ...balanceOf(...pair) });
  }
  return series;
}
