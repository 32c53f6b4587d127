import { describe, expect, it } from 'vitest';
import { flowRunsOf, recordFlowRuns } from '../../src/trade/flow-runs.js';
import { type TradeFlow, tradeFlows } from '../../src/trade/index.js';

describe('flow runs', () => {
  it('reads back the layout recorded for a list', () => {
    const flows: TradeFlow[] = [];
    recordFlowRuns(flows, []);
    expect(flowRunsOf(flows)).toEqual([]);
  });

  it('knows the series of the shipped data', () => {
    expect(flowRunsOf(tradeFlows)?.length).toBe(377);
  });
});
