import { describe, expect, it } from 'vitest';
import { compareSources, sourceRank } from '../../src/trade/source-preference.js';

describe('source preference', () => {
  it("puts each reporter's own preferred source first", () => {
    expect(sourceRank('KOR', 'kosis-kcs-trade')).toBe(0);
    expect(sourceRank('MEX', 'imf-dots-2022')).toBe(0);
    expect(compareSources('KOR', 'kosis-kcs-trade', 'imf-dots-2022') < 0).toBe(true);
  });
});
