import { describe, expect, it } from 'vitest';
import { datedEvents } from '../../src/timeline/events.js';

describe('datedEvents', () => {
  it('gives a date known to the year the interval of that year', () => {
    expect(datedEvents([{ date: '2004', precision: 'year' }])[0]?.interval.first).toBe('2004-01-01');
  });
});
