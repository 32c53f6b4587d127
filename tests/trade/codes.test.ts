import { describe, expect, it } from 'vitest';
import { assertPair, assertPartner, assertReporter } from '../../src/trade/codes.js';

describe('trade code checks', () => {
  it('pass a reporter, a partner and a pair the dataset can hold', () => {
    expect(assertReporter('KOR')).toBe(undefined);
    expect(assertPartner('WLD')).toBe(undefined);
    expect(assertPair('KOR', 'MEX')).toBe(undefined);
  });

  it('refuse trade between two LAC countries', () => {
    expect(() => assertPair('MEX', 'BRA')).toThrow(RangeError);
    expect(() => assertPair('MEX', 'BRA')).toThrow(/^There is no MEX–BRA trade in this dataset/);
  });
});
