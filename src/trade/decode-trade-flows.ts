import { trustDecoded } from '../internal/settled.js';
import type { SourceId } from '../sources/types.js';
import { type FlowRun, recordFlowRuns } from './flow-runs.js';
import type { TradeFlow, TradeFlowKind, TradePartner, TradeReporter, Valuation } from './types.js';

/**
 * The compact form the generator writes: flat lists of numbers, which load
 * much faster than one array per series. {@link decodeTradeFlows} expands it.
 */
export interface EncodedTradeFlows {
  readonly codes: readonly (TradeReporter | TradePartner)[];
  /** Each entry is one record's `sources`: the publisher first, then any carrier. */
  readonly sources: readonly (readonly SourceId[])[];
  /**
   * Eight numbers per series (one reporter, partner, flow, valuation and
   * source over consecutive years): reporter and partner (indexes into
   * `codes`), flow (export, import), valuation (FOB, CIF, not stated),
   * sources (index into `sources`), first year, number of years, and how
   * many of its years are estimates (listed in `estimated`).
   */
  readonly series: readonly number[];
  /** The yearly values of every series one after another, in US$; -1 where the source has none (no record is made). */
  readonly values: readonly number[];
  /** The estimated years of every series one after another. */
  readonly estimated: readonly number[];
}

const FLOWS: readonly TradeFlowKind[] = ['export', 'import'];
const VALUATIONS: readonly Valuation[] = ['FOB', 'CIF', 'not-stated'];

/**
 * Expands the compact encoding into frozen {@link TradeFlow} records, in
 * series order and ascending year. The public type is the same as if every
 * record had been written out; the encoding only makes the bundle smaller
 * and the import faster. The list remembers where each series lies, so the
 * trade helpers index it by series rather than by record.
 */
export function decodeTradeFlows(encoded: EncodedTradeFlows): readonly TradeFlow[] {
  const sourceLists = encoded.sources.map((list) => Object.freeze([...list]));
  const { codes, series, values, estimated } = encoded;
  const flows: TradeFlow[] = [];
  const runs: FlowRun[] = [];
  let at = 0;
  let estimatedAt = 0;
  for (let s = 0; s < series.length; s += 8) {
    const reporter = codes[series[s] as number] as TradeReporter;
    const partner = codes[series[s + 1] as number] as TradePartner;
    const flow = FLOWS[series[s + 2] as number] as TradeFlowKind;
    const valuation = VALUATIONS[series[s + 3] as number] as Valuation;
    const sources = sourceLists[series[s + 4] as number] as readonly SourceId[];
    const source = sources[0] as SourceId;
    const firstYear = series[s + 5] as number;
    const length = series[s + 6] as number;
    const estimatedEnd = estimatedAt + (series[s + 7] as number);
    const start = flows.length;
    let first = 0;
    let last = 0;
    for (let offset = 0; offset < length; offset += 1, at += 1) {
      const valueUsd = values[at] as number;
      if (valueUsd < 0) continue;
      const year = firstYear + offset;
      if (flows.length === start) first = year;
      last = year;
      let isEstimate = false;
      for (let e = estimatedAt; e < estimatedEnd; e += 1) if (estimated[e] === year) isEstimate = true;
      // Frozen one by one as they are made: no second pass over the records.
      flows.push(
        Object.freeze({
          reporter,
          partner,
          year,
          flow,
          valueUsd,
          valuation,
          estimated: isEstimate,
          source,
          sources,
        }),
      );
    }
    estimatedAt = estimatedEnd;
    if (flows.length > start) {
      runs.push({ reporter, partner, source, start, end: flows.length, firstYear: first, lastYear: last });
    }
  }
  Object.freeze(flows);
  recordFlowRuns(flows, runs);
  return trustDecoded(flows);
}
