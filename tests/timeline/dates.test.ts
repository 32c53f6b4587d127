import { describe, expect, it } from 'vitest';
import { daysBetween, toDay } from '../../src/timeline/dates.js';

describe('date arguments', () => {
  it('reads a Date by its UTC day, and a year as its last day for the end of a range', () => {
    expect(toDay(new Date('2004-04-01T12:00:00Z'), 'on')).toBe('2004-04-01');
    expect(toDay('2004', 'to', 'to')).toBe('2004-12-31');
  });

  it('counts whole days between two days', () => {
    expect(daysBetween('2003-02-15', '2004-04-01')).toBe(411);
  });
});
