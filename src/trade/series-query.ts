import { assertYear } from '../internal/assert.js';
import type { SourceId } from '../sources/types.js';
import { assertPair, assertPartner, assertReporter } from './codes.js';
import { assertSourceOption, indexFlows, type PairRows, pairOf } from './flow-index.js';
import type { TradeFlow, TradePartner, TradeReporter } from './types.js';

/**
 * The options a year-by-year series of one reporter–partner pair shares.
 *
 * @expand
 */
export interface SeriesQuery {
  readonly reporter?: TradeReporter;
  readonly partner: TradePartner;
  readonly from?: number;
  readonly to?: number;
  readonly source?: SourceId;
}

/**
 * Checks a series query (codes, pair, years, range, source) and returns the
 * pair's records with the years, ascending, that have any record in range.
 * Shared by {@link balanceSeries} and {@link flowSeries}, so both read their
 * options by one rule.
 *
 * @throws RangeError for unknown codes, a pair the data cannot hold, a bad year, `from` after `to`,
 *   or a `source` no record has.
 * @throws TypeError when `flows` is not an array of trade flows.
 */
export function seriesRows(
  flows: readonly TradeFlow[],
  { reporter = 'KOR', partner, from, to, source }: SeriesQuery,
): { pair: PairRows; years: number[] } {
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
  const pair = pairOf(index, reporter, partner);
  const years = pair.years.filter((year) => (from === undefined || year >= from) && (to === undefined || year <= to));
  return { pair, years };
}
