import { assertOneOf, readOptions } from '../internal/assert.js';
import type { SourceId } from '../sources/types.js';
import { pickFlow } from './flow-index.js';
import { seriesRows } from './series-query.js';
import type { TradeFlow, TradeFlowKind, TradePartner, TradeReporter } from './types.js';

/**
 * Options of {@link flowSeries}.
 *
 * @example
 * ```ts
 * import { FlowSeriesOptions } from 'korea-latam/trade';
 * const options: FlowSeriesOptions = { reporter: 'CHL', partner: 'KOR', flow: 'export', from: 2021 };
 * ```
 * @expand
 */
export interface FlowSeriesOptions {
  /** Whose statistics to use; defaults to `'KOR'`. */
  readonly reporter?: TradeReporter;
  readonly partner: TradePartner;
  /** `'export'`: the reporter's exports to the partner; `'import'`: its imports from it. */
  readonly flow: TradeFlowKind;
  /** First and last year to include (inclusive). */
  readonly from?: number;
  readonly to?: number;
  /** Use only this source; by default each year uses the reporter's preferred source that has it. */
  readonly source?: SourceId;
}

/**
 * One year of a {@link flowSeries}.
 *
 * @example
 * ```ts
 * import { tradeFlows, flowSeries, FlowSeriesRow } from 'korea-latam/trade';
 * const rows: FlowSeriesRow[] = flowSeries(tradeFlows, { partner: 'MEX', flow: 'export' });
 * ```
 */
export interface FlowSeriesRow {
  readonly year: number;
  /** Current US dollars. */
  readonly valueUsd: number;
  /** Where this year's value comes from. */
  readonly source: SourceId;
  readonly estimated: boolean;
}

/**
 * One flow in one direction, year by year: a row for every year with a
 * value, each naming its source. Unlike {@link balanceSeries} it needs only
 * one flow, so it reaches series that have no matching flow the other way,
 * such as UN Comtrade's LAC exports to Korea up to 2024.
 *
 * @param flows - The trade records to read: `tradeFlows`, or your own array of {@link TradeFlow} records (checked, never changed).
 * @param options - The reporter, the partner, the flow, optionally the years (`from`, `to`) and one source; see {@link FlowSeriesOptions}.
 * @throws RangeError for an unknown reporter, partner, flow or source, a pair
 *   the dataset cannot hold, a bad year, or `from` after `to`.
 * @throws TypeError when `flows` is not an array of trade flows or `options` not an object.
 * @example
 * ```ts
 * import { tradeFlows, flowSeries } from 'korea-latam/trade';
 * flowSeries(tradeFlows, { reporter: 'CHL', partner: 'KOR', flow: 'export', from: 2024 })[0]?.source; // 'un-comtrade-plus'
 * flowSeries(tradeFlows, { partner: 'MEX', flow: 'export', from: 2023 })[0]?.valueUsd; // 12221993000
 * ```
 */
export function flowSeries(flows: readonly TradeFlow[], options: FlowSeriesOptions): FlowSeriesRow[] {
  const query = readOptions(options);
  assertOneOf(query.flow, ['export', 'import'] as const, 'flow');
  const { pair: rows, years } = seriesRows(flows, query as FlowSeriesOptions);
  const { flow, source } = query;
  const series: FlowSeriesRow[] = [];
  for (const year of years) {
    const row = pickFlow(rows, year, flow as TradeFlowKind, source);
    if (row !== undefined) {
      series.push({ year, valueUsd: row.valueUsd, source: row.source, estimated: row.estimated });
    }
  }
  return series;
}
