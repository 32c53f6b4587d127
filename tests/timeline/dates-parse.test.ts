import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toInterval } from '../../src/timeline/index.js';
import { PROPERTY_RUNS } from '../helpers/arbitraries.js';

// The calendar as JavaScript's Date keeps it (proleptic Gregorian, years 1–9999).
const isRealDay = (y: number, m: number, d: number): boolean => {
  const probe = new Date(0);
  probe.setUTCFullYear(y, m - 1, d);
  return y >= 1 && probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
};
const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('reading an ISO day', () => {
  it('accepts exactly the days the calendar has, and no other text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const day = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          if (isRealDay(y, m, d)) expect(toInterval(day, 'day').first).toBe(day);
          else expect(() => toInterval(day, 'day')).toThrow(RangeError);
        },
      ),
      { numRuns: PROPERTY_RUNS * 10 },
    );
  });

  it('knows the leap years of the Gregorian calendar', () => {
    expect(toInterval('2000-02-29', 'day').last).toBe('2000-02-29');
    expect(toInterval('2024-02-29', 'day').last).toBe('2024-02-29');
    expect(() => toInterval('1900-02-29', 'day')).toThrow(RangeError);
    expect(() => toInterval('2023-02-29', 'day')).toThrow(RangeError);
    for (const bad of ['2004-4-01', '2004-04-1', '2004/04/01', '２００４-04-01', '2004-04-01 ', '+2004-04-01']) {
      expect(() => toInterval(bad, 'day')).toThrow(RangeError);
    }
  });
});
