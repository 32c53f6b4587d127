import { describe, expect, it } from 'vitest';
import { trustedData } from '../../src/internal/settled.js';
import { toConstantUsd, usCpiAnnual } from '../../src/prices/index.js';
import type { CpiAnnualAverage } from '../../src/prices/types.js';

describe('a year found by its position in the shipped CPI series', () => {
  it('gives the same value as the index over a plain copy, for every year against 2020', () => {
    const copy = JSON.parse(JSON.stringify(usCpiAnnual)) as CpiAnnualAverage[];
    for (const { year } of usCpiAnnual) {
      const query = { valueUsd: 1e9, year, base: 2020 };
      expect(toConstantUsd(usCpiAnnual, query), String(year)).toBe(toConstantUsd(copy, query));
    }
    // 2008 dollars in 2020 dollars, from the BLS averages 215.303 and 258.811.
    expect(toConstantUsd(usCpiAnnual, { valueUsd: 1000, year: 2008, base: 2020 })).toBeCloseTo(
      (1000 * 258.811) / 215.303,
      9,
    );
  });

  it('falls back to the index when a trusted series has a gap, and names a missing year', () => {
    const sources = ['bls-cpi-u'] as const;
    const gappy = trustedData([
      { year: 1990, index: 100, sources },
      { year: 1992, index: 110, sources },
    ]) as readonly CpiAnnualAverage[];
    expect(toConstantUsd(gappy, { valueUsd: 100, year: 1990, base: 1992 })).toBeCloseTo(110, 9);
    expect(() => toConstantUsd(gappy, { valueUsd: 100, year: 1991, base: 1992 })).toThrow(
      'No annual CPI average for year 1991 (averages exist for 1990–1992, complete years only).',
    );
    expect(() => toConstantUsd(usCpiAnnual, { valueUsd: 100, year: 1900, base: 2020 })).toThrow(
      'No annual CPI average for year 1900 (averages exist for 1913–2024',
    );
  });
});

describe('the message for a year with no average', () => {
  it('names the first and last years of a list given in any order', () => {
    const sources = ['bls-cpi-u'] as const;
    const unordered: CpiAnnualAverage[] = [
      { year: 2000, index: 172.2, sources },
      { year: 1990, index: 130.658, sources },
      { year: 1995, index: 152.383, sources },
    ];
    expect(() => toConstantUsd(unordered, { valueUsd: 1, year: 1991, base: 2000 })).toThrow(
      'No annual CPI average for year 1991 (averages exist for 1990–2000, complete years only).',
    );
  });
});
