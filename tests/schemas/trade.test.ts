import { describe, expect, it } from 'vitest';
import { isValidTradeFlow } from '../../src/schemas/trade.js';
import { tradeFlows } from '../../src/trade/index.js';

describe('isValidTradeFlow', () => {
  it('accepts a shipped record', () => {
    expect(isValidTradeFlow(tradeFlows[0])).toBe(true);
  });
});
