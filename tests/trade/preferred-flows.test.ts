import { describe, expect, it } from 'vitest';
import { preferredFlows, tradeFlows } from '../../src/trade/index.js';
import { preferredFlowSet } from '../../src/trade/preferred-flows.js';

describe('preferredFlowSet', () => {
  it('holds the records preferredFlows keeps', () => {
    expect(preferredFlowSet(tradeFlows).size === preferredFlows(tradeFlows).length).toBe(true);
  });
});
