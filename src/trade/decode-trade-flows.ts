import { trustDecoded } from '../internal/settled.js';
import type { SourceId } from '../sources/types.js';
import { type FlowRun, recordFlowRuns } from './flow-runs.js';
import type { TradeFlow, TradeFlowKind, TradePartner, TradeReporter, Valuation } from './types.js';

/**
 * One series of the compact trade encoding: every year of one reporter,
 * partner, flow, valuation and source. `values[i]` is the value for
 * `firstYear + i`, or `null` where the source has none (no record is made).
 */
export type EncodedTradeSeries = readonly [
  reporter: number,
  partner: number,
  flow: number,
  valuation: number,
  source: number,
  firstYear: number,
  values: readonly (number | null)[],
  estimatedYears?: readonly number[],
];

/** The compact form the generator writes; {@link decodeTradeFlows} expands it. */
export interface EncodedTradeFlows {
  readonly codes: readonly (TradeReporter | TradePartner)[];
  /** Each entry is one record's `sources`: the publisher first, then any carrier. */
  readonly sources: readonly (readonly SourceId[])[];
  readonly series: readonly EncodedTradeSeries[];
}

const FLOWS: readonly TradeFlowKind[] = ['export', 'import'];
const VALUATIONS: readonly Valuation[] = ['FOB', 'CIF', 'not-stated'];

/**
 * Expands the compact encoding into frozen {@link TradeFlow} records, in
 * series order and ascending year. The public type is the same as if every
 * record had been written out; the encoding only makes the bundle smaller.
 *
 * @example
 * ```ts
 * decodeTradeFlows({ codes: ['KOR', 'MEX'], sources: [['imf-dots-2022']],
 *   series: [[0, 1, 0, 0, 0, 2008, [9089949001]]] })[0]?.valueUsd; // 9089949001
 * ```
 */
export function decodeTradeFlows(encoded: EncodedTradeFlows): readonly TradeFlow[] {
  const sourceLists = encoded.sources.map((list) => Object.freeze([...list]));
  const flows: TradeFlow[] = [];
  const runs: FlowRun[] = [];
  for (const [
    reporterAt,
    partnerAt,
    flowAt,
    valuationAt,
    sourceAt,
    firstYear,
    values,
    estimatedYears,
  ] of encoded.series) {
    const reporter = encoded.codes[reporterAt] as TradeReporter;
    const partner = encoded.codes[partnerAt] as TradePartner;
    const flow = FLOWS[flowAt] as TradeFlowKind;
    const valuation = VALUATIONS[valuationAt] as Valuation;
    const source = encoded.sources[sourceAt]?.[0] as SourceId;
    const sources = sourceLists[sourceAt] as readonly SourceId[];
    const start = flows.length;
    let first = 0;
    let last = 0;
    for (let offset = 0; offset < values.length; offset += 1) {
      const valueUsd = values[offset];
      if (valueUsd === null || valueUsd === undefined) continue;
      const year = firstYear + offset;
      if (flows.length === start) first = year;
      last = year;
      // Frozen one by one as they are made: no second pass over the records.
      flows.push(
        Object.freeze({
          reporter,
          partner,
          year,
          flow,
          valueUsd,
          valuation,
          estimated: estimatedYears?.includes(year) ?? false,
          source,
          sources,
        }),
      );
    }
    if (flows.length > start) {
      runs.push({ reporter, partner, source, start, end: flows.length, firstYear: first, lastYear: last });
    }
  }
  Object.freeze(flows);
  recordFlowRuns(flows, runs);
  return trustDecoded(flows);
}
