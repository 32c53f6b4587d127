import { assertYear, readOptions } from '../internal/assert.js';
import type { SourceId } from '../sources/types.js';
import { assertPair, assertPartner, assertReporter } from './codes.js';
import { assertSourceOption, indexFlows, pairOf, pickPair } from './flow-index.js';
import { balanceOf } from './trade-balance.js';
import type { BalanceRow, TradeFlow, TradePartner, TradeReporter } from './types.js';

/**
 * Options of {@link balanceSeries}.
 *
 * @example
 * ```ts
 * const options: BalanceSeriesOptions = { partner: 'BRA', from: 2000, to: 2010 };
 * ```
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
 * @throws {RangeError} for unknown codes, a pair the dataset cannot hold (such as a reporter equal to the
 *   partner, or two LAC countries), a `source` no record has, non-integer years, or `from` > `to`.
 * @throws {TypeError} when `flows` is not an array of trade flows (naming the bad record) or `options` not an object.
 * @example
 * ```ts
 * import { tradeFlows, balanceSeries } from 'korea-latam/trade';
 * const rows = balanceSeries(tradeFlows, { partner: 'MEX', from: 2006, to: 2010 });
 * rows.map((r) => r.year); // [2006, 2007, 2008, 2009, 2010]
 * ```
 */
export function balanceSeries(flows: readonly TradeFlow[], options: BalanceSeriesOptions): BalanceRow[] {
  const { reporter = 'KOR', partner, from, to, source } = readOptions(options);
  assertReporter(reporter);
  assertPartner(partner);
  assertPair(reporter, partner);
  if (from !== undefined) assertYear(from, 'from');
  if (to !== undefined) assertYear(to, 'to');
  if (from !== undefined && to !== undefined && from > to) {
    throw new RangeError(`"from" (${from}) is after "to" (${to}).`);
  }
  const index = indexFlows(flows);
  assertSourceOption(index, source);
  const rows = pairOf(index, reporter, partner);
  const years = [...new Set(rows.map((row) => row.year))]
    .filter((year) => (from === undefined || year >= from) && (to === undefined || year <= to))
    .sort((a, b) => a - b);
  const series: BalanceRow[] = [];
  for (const year of years) {
    const pair = pickPair(rows, year, source);
    if (pair !== undefined) series.push({ year, ...balanceOf(...pair) });
  }
  return series;
}
