import { describe, expect, it } from 'vitest';
import { membershipOn } from '../../src/countries/membership.js';

describe('membershipOn', () => {
  it('counts a start known to the year from its last day, and a suspension known to the month from its last day', () => {
    const venezuela = {
      joined: '2012',
      joinedPrecision: 'year',
      suspensions: [{ from: '2016-12', fromPrecision: 'month' }],
    } as const;
    expect(membershipOn(venezuela, '2012-06-30')).toBe('none');
    expect(membershipOn(venezuela, '2013-12-31')).toBe('member');
    expect(membershipOn(venezuela, '2017-01-01')).toBe('suspended');
  });

  it('ends a suspension known to the day on that day', () => {
    const paraguay = {
      joined: '1991-03-26',
      joinedPrecision: 'day',
      suspensions: [{ from: '2012-06-29', fromPrecision: 'day', until: '2013-08-15', untilPrecision: 'day' }],
    } as const;
    expect(membershipOn(paraguay, '2013-01-01')).toBe('suspended');
    expect(membershipOn(paraguay, '2013-08-15')).toBe('member');
  });
});
