import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../src/schemas/common.js';

describe('isCalendarDate', () => {
  it('accepts a day that exists and refuses one that does not', () => {
    expect(isCalendarDate('2015-02-28', 'day')).toBe(true);
    expect(isCalendarDate('2015-02-30', 'day')).toBe(false);
  });
});
