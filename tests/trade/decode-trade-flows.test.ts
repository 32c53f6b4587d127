import { describe, expect, it } from 'vitest';
import { decodeTradeFlows } from '../../src/trade/decode-trade-flows.js';

describe('decodeTradeFlows', () => {
  it('expands a series into records with their values', () => {
    expect(
      decodeTradeFlows({
        codes: ['KOR', 'MEX'],
        sources: [['imf-dots-2022']],
        series: [0, 1, 0, 0, 0, 2008, 1, 0],
        values: [9089949001],
        estimated: [],
      })[0]?.valueUsd,
    ).toBe(9089949001);
  });
});
