import { describe, expect, it } from 'vitest';
import {
  assertSourceOption,
  assertYearCovered,
  indexFlows,
  pairOf,
  pickFlow,
  pickPair,
} from '../../src/trade/flow-index.js';
import { tradeFlows } from '../../src/trade/index.js';

describe('the trade index', () => {
  it("holds the records of Korea's trade with Mexico under their pair", () => {
    expect(indexFlows(tradeFlows).pair('KOR|MEX')?.rows.length).toBe(262);
    const index = indexFlows(tradeFlows);
    expect(pairOf(index, 'KOR', 'MEX')).toBe(index.pair('KOR|MEX'));
  });

  it('accepts a source the flows have, and refuses a year outside the data', () => {
    expect(assertSourceOption(indexFlows(tradeFlows), 'imf-dots-2022')).toBe(undefined);
    expect(() => assertYearCovered(indexFlows(tradeFlows), ['KOR'], 1900)).toThrow(RangeError);
    expect(() => assertYearCovered(indexFlows(tradeFlows), ['KOR'], 1900)).toThrow(
      /^Year 1900 is outside the data reported by KOR/,
    );
  });

  it('picks a flow, and an export and import pair from the preferred source', () => {
    expect(pickFlow(pairOf(indexFlows(tradeFlows), 'KOR', 'MEX'), 2008, 'export')?.valueUsd).toEqual(
      expect.any(Number),
    );
    expect(pickPair(pairOf(indexFlows(tradeFlows), 'KOR', 'BRA'), 2010)?.[2]).toBe('kosis-kcs-trade');
  });
});
