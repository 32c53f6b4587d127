import { describe, expect, it } from 'vitest';
import { dayParts, daysInMonth, dayWindow, readDay } from '../../src/internal/iso-day.js';

describe('reading days', () => {
  it('splits a real calendar day into year, month and day, and refuses one that does not exist', () => {
    expect(dayParts('2024-02-29')).toEqual([2024, 2, 29]);
    expect(dayParts('2023-02-29')).toBe(undefined);
    // Days 29 to 31 need the month's length; earlier days exist in every month.
    expect(dayParts('2023-02-28')).toEqual([2023, 2, 28]);
    expect(dayParts('2023-04-30')).toEqual([2023, 4, 30]);
    expect(dayParts('2023-04-31')).toBe(undefined);
    expect(dayParts('2023-05-31')).toEqual([2023, 5, 31]);
    expect(dayParts('2023-05-32')).toBe(undefined);
    expect(dayParts('2023-05-00')).toBe(undefined);
  });

  it('counts the days of February in a leap year', () => {
    expect(daysInMonth(2004, 2)).toBe(29);
  });

  it('gives the first and last day a decade covers', () => {
    expect(dayWindow('1990', 'decade')).toEqual({ first: '1990-01-01', last: '1999-12-31' });
  });

  it('reads a Date by its UTC day and an ISO day as itself', () => {
    expect(readDay(new Date('2004-04-01T12:00:00Z'), 'on')).toBe('2004-04-01');
    expect(readDay('2013-06-30', 'on')).toBe('2013-06-30');
  });

  it('names the value and the argument when a string or a Date is not a day', () => {
    expect(() => readDay('2013-06-31', 'on')).toThrow('Invalid date "2013-06-31" for "on"');
    expect(() => readDay(new Date(Number.NaN), 'on')).toThrow('Invalid date an invalid Date for "on"');
    expect(() => readDay(20130630, 'on')).toThrow('Invalid date 20130630 for "on"');
  });
});
