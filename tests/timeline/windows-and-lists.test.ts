import { describe, expect, it } from 'vitest';
import {
  type Agreement,
  agreements,
  agreementsFor,
  eventsFor,
  getAgreement,
  groupEvents,
  inForceDetails,
  inForceStatus,
  isInForce,
  organizationCodes,
  sortByDate,
  timelineEvents,
} from '../../src/timeline/index.js';

describe('an entry into force known only to the year or month', () => {
  // Korea became an observer of the Association of Caribbean States in 1998 (year precision), and the
  // record's status was last checked on 2025-12-15 (data/timeline/agreements.json).
  const acs = getAgreement('kor-acs-observer');

  it('is unknown inside that year, in force from its last day, and carried forward after the status date', () => {
    expect(inForceStatus(acs, '1997-12-31')).toBe('not-in-force');
    expect(inForceStatus(acs, '1998-01-01')).toBe('unknown');
    expect(inForceStatus(acs, '1998-12-30')).toBe('unknown');
    expect(inForceStatus(acs, '1998-12-31')).toBe('in-force');
    expect(inForceDetails(acs, acs.statusAsOf)).toEqual({
      status: 'in-force',
      basis: 'recorded',
      confirmedOn: acs.statusAsOf,
    });
    expect(inForceDetails(acs, '9999-01-01')).toEqual({
      status: 'in-force',
      basis: 'carried-forward',
      confirmedOn: acs.statusAsOf,
    });
  });

  it('a copy that is not frozen is read afresh on every call', () => {
    const copy = structuredClone(acs) as { -readonly [K in keyof Agreement]: Agreement[K] };
    expect(inForceDetails(copy, '2099-06-01').basis).toBe('carried-forward');
    copy.statusAsOf = '2099-12-31';
    expect(inForceDetails(copy, '2099-06-01').basis).toBe('recorded');
    copy.milestones = copy.milestones.map((m) => (m.event === 'joined' ? { ...m, date: '2000' } : m));
    expect(inForceStatus(copy, '1999-06-01')).toBe('not-in-force');
  });

  it('per party, an answer for one party is not the answer for another', () => {
    // Korea–Central America FTA: in force for Nicaragua from 2019-10-01, for El Salvador from 2020-01-01.
    const ca = getAgreement('kor-ca-fta');
    expect(isInForce(ca, '2019-12-01')).toBe(true);
    expect(isInForce(ca, '2019-12-01', { party: 'SLV' })).toBe(false);
    expect(isInForce(ca, '2019-12-01', { party: 'NIC' })).toBe(true);
    expect(isInForce(ca, '2019-12-01')).toBe(true);
    expect(() => isInForce(ca, '2019-12-01', { party: 5 as never })).toThrow(/^Unknown party 5 for kor-ca-fta\./);
  });
});

describe('lists by party', () => {
  it('names the list and the unknown code', () => {
    expect(() => eventsFor([null as never], 'CHL')).toThrow(
      new TypeError('Expected events[0] to be a timeline event, got null.'),
    );
    expect(() => agreementsFor([null as never], 'CHL')).toThrow(
      new TypeError('Expected agreements[0] to be an agreement, got null.'),
    );
    expect(() => eventsFor(timelineEvents, 'XXX' as never)).toThrow(
      new RangeError(`Unknown party code "XXX": expected a country code or ${organizationCodes.join(', ')}.`),
    );
  });

  it('lists a record that names a party twice once', () => {
    const twice = [{ id: 'x', parties: ['CHL', 'CHL'], date: '2004', precision: 'year' }] as const;
    expect(eventsFor(twice, 'CHL')).toHaveLength(1);
    expect(agreementsFor([{ parties: ['CHL', 'CHL'] }] as const, 'CHL')).toHaveLength(1);
  });

  it('hands out a new array each time', () => {
    const first = eventsFor(timelineEvents, 'COL');
    const count = first.length;
    first.length = 0;
    expect(eventsFor(timelineEvents, 'COL')).toHaveLength(count);
    const chile = agreementsFor(agreements, 'CHL');
    chile.pop();
    expect(agreementsFor(agreements, 'CHL').map((a) => a.id)).toEqual(['kor-chl-fta', 'kor-chl-bit']);
  });
});

describe('dates at different precisions', () => {
  it('on the same first day, a coarser date sorts first', () => {
    const day = { id: 'day', date: '2000-01-01', precision: 'day' } as const;
    const month = { id: 'month', date: '2000-01', precision: 'month' } as const;
    const year = { id: 'year', date: '2000', precision: 'year' } as const;
    const decade = { id: 'decade', date: '2000', precision: 'decade' } as const;
    expect(sortByDate([day, month, year, decade]).map((e) => e.id)).toEqual(['decade', 'year', 'month', 'day']);
  });

  it('groups a decade-only date under its decade, starting on its first day, and hands out new groups', () => {
    const events = [
      { id: 'nineties', date: '1990', precision: 'decade' },
      { id: 'day', date: '1995-03-01', precision: 'day' },
    ] as const;
    expect(groupEvents(events, 'year').map((g) => [g.key, g.start, g.events.map((e) => e.id)])).toEqual([
      ['1990s', '1990-01-01', ['nineties']],
      ['1995', '1995-01-01', ['day']],
    ]);
    const groups = groupEvents(timelineEvents, 'decade');
    const sizes = groups.map((g) => g.events.length);
    (groups[0]?.events as unknown[]).length = 0;
    expect(groupEvents(timelineEvents, 'decade').map((g) => g.events.length)).toEqual(sizes);
  });
});
