import { factsAbout } from '../internal/memo.js';
import type { SourceId } from '../sources/types.js';
import type { TradeFlow, TradePartner, TradeReporter } from './types.js';

/**
 * Where one encoded series landed in a decoded list: its records are
 * `flows[start]` to `flows[end - 1]`, all with this reporter, partner and
 * source, in ascending years from `firstYear` to `lastYear`.
 */
export interface FlowRun {
  readonly reporter: TradeReporter;
  readonly partner: TradePartner;
  readonly source: SourceId;
  readonly start: number;
  readonly end: number;
  readonly firstYear: number;
  readonly lastYear: number;
}

/** The layouts the decoder recorded. */
const layouts = /* @__PURE__ */ factsAbout<readonly TradeFlow[], readonly FlowRun[]>();

/**
 * Remembers the series layout of a list the decoder built, so the index can
 * be made from a few hundred runs instead of every record.
 */
export function recordFlowRuns(flows: readonly TradeFlow[], layout: readonly FlowRun[]): void {
  layouts.record(flows, layout);
}

/** The series layout of a decoded list, or `undefined` for any other list. */
export function flowRunsOf(flows: readonly TradeFlow[]): readonly FlowRun[] | undefined {
  return layouts.of(flows);
}
