import { describe, expect, it } from 'vitest';
import {
  type Agreement,
  agreementsFor,
  durationToEntryIntoForce,
  eventsBetween,
  eventsFor,
  groupEvents,
  inForceDetails,
  inForceStatus,
  isInForce,
  type Milestone,
  type PartyCode,
  toInterval,
} from '../../src/timeline/index.js';

// A made-up agreement, so each rule can be tested on its own.
const milestone = (event: Milestone['event'], date: string, precision: Milestone['precision'], parties: string[]) =>
  ({ eventId: `${event}-${date}`, event, date, precision, parties }) as Milestone;
const agreement = (over: Partial<Agreement>): Agreement =>
  ({
    id: 'kor-chl-fta',
    kind: 'fta',
    title: 'A made-up agreement',
    parties: ['KOR', 'PER', 'COL'],
    milestones: [],
    status: 'signed',
    statusAsOf: '2020-12-31',
    entryIntoForce: 'not-in-force',
    sources: ['lopez-aymes-2012'],
    ...over,
  }) as Agreement;

describe('isInForce rules', () => {
  const talks = agreement({ milestones: [milestone('launched', '2005-03', 'month', ['PER', 'COL'])] });

  it('is false before the first step and while known not in force, carried forward after the status date', () => {
    expect(inForceStatus(talks, '2005-02-28')).toBe('not-in-force');
    expect(inForceStatus(talks, '2010-01-01')).toBe('not-in-force');
    expect(inForceDetails(talks, '2020-12-31')).toEqual({
      status: 'not-in-force',
      basis: 'recorded',
      confirmedOn: '2020-12-31',
    });
    expect(inForceDetails(talks, '2021-01-01')).toEqual({
      status: 'not-in-force',
      basis: 'carried-forward',
      confirmedOn: '2020-12-31',
    });
  });

  it('ends at a recorded termination, before or after the status date, and is unknown inside its partial date', () => {
    const ended = agreement({
      milestones: [
        milestone('in-force', '2001-06-01', 'day', ['PER', 'COL']),
        milestone('terminated', '2015-03', 'month', ['PER', 'COL']),
      ],
      entryIntoForce: 'recorded',
    });
    expect(inForceStatus(ended, '2015-02-28')).toBe('in-force');
    expect(inForceStatus(ended, '2015-03-01')).toBe('unknown');
    expect(inForceStatus(ended, '2015-03-30')).toBe('unknown');
    expect(inForceStatus(ended, '2015-03-31')).toBe('not-in-force');
    expect(inForceStatus(ended, '2030-01-01')).toBe('not-in-force');
    // A termination recorded for one party ends it for that party only.
    const onePartyLeft = agreement({
      milestones: [
        milestone('in-force', '2001-06-01', 'day', ['PER', 'COL']),
        milestone('terminated', '2015-03-10', 'day', ['PER']),
      ],
      entryIntoForce: 'recorded',
    });
    expect(inForceStatus(onePartyLeft, '2016-01-01', { party: 'PER' })).toBe('not-in-force');
    expect(inForceStatus(onePartyLeft, '2016-01-01', { party: 'COL' })).toBe('in-force');
    expect(inForceStatus(onePartyLeft, '2016-01-01')).toBe('in-force');
    // Known ended without an entry-into-force date: in force or not before the end is not known.
    const endOnly = agreement({
      milestones: [
        milestone('signed', '1999-01-01', 'day', ['PER', 'COL']),
        milestone('terminated', '2020-01-01', 'day', ['PER', 'COL']),
      ],
      entryIntoForce: 'unknown',
    });
    expect(inForceStatus(endOnly, '2019-12-31')).toBe('unknown');
    expect(inForceStatus(endOnly, '2020-01-01')).toBe('not-in-force');
    expect(inForceStatus(endOnly, '1998-12-31')).toBe('not-in-force');
  });

  it('only launch, conclusion, signature and other steps open the window', () => {
    const visitFirst = agreement({
      milestones: [milestone('visit', '2001-01-01', 'day', ['PER']), milestone('concluded', '2006', 'year', ['PER'])],
      entryIntoForce: 'unknown',
    });
    // Before the conclusion (2006) the agreement cannot be in force; the earlier visit does not count.
    expect(inForceStatus(visitFirst, '2005-12-31')).toBe('not-in-force');
    expect(inForceStatus(visitFirst, '2006-01-01')).toBe('unknown');
    for (const event of ['signed', 'launched', 'other'] as const) {
      const single = agreement({ milestones: [milestone(event, '2006', 'year', ['PER'])], entryIntoForce: 'unknown' });
      expect(inForceStatus(single, '2005-12-31'), event).toBe('not-in-force');
      expect(inForceStatus(single, '2006-06-01'), event).toBe('unknown');
    }
  });

  it('without any entry-into-force information it answers unknown, not false', () => {
    expect(inForceStatus(agreement({ milestones: [], entryIntoForce: 'unknown' }), '2010-01-01')).toBe('unknown');
  });

  it('takes the earliest entry into force, whatever the order of the milestones', () => {
    const staggered = agreement({
      milestones: [milestone('in-force', '2012', 'year', ['PER']), milestone('in-force', '2010-05-01', 'day', ['COL'])],
      entryIntoForce: 'recorded',
    });
    expect(inForceStatus(staggered, '2010-04-30')).toBe('not-in-force');
    expect(inForceStatus(staggered, '2010-05-01')).toBe('in-force');
    expect(inForceStatus(staggered, '2011-01-01', { party: 'PER' })).toBe('not-in-force');
    expect(inForceStatus(staggered, '2012-06-01', { party: 'PER' })).toBe('unknown');
    expect(inForceStatus(staggered, '2012-12-31', { party: 'PER' })).toBe('in-force');
    expect(inForceStatus(staggered, '2011-01-01', { party: 'COL' })).toBe('in-force');
    expect(inForceDetails(staggered, '2021-01-01', { party: 'COL' })).toEqual({
      status: 'in-force',
      basis: 'carried-forward',
      confirmedOn: '2020-12-31',
    });
    expect(durationToEntryIntoForce(staggered)).toBeUndefined();
  });

  it('answers per party from notInForceFor', () => {
    const partial = agreement({
      milestones: [
        milestone('signed', '2008-01-10', 'day', ['PER', 'COL']),
        milestone('in-force', '2009-01-01', 'day', ['COL']),
      ],
      entryIntoForce: 'recorded',
      notInForceFor: ['PER'],
    });
    expect(inForceStatus(partial, '2015-01-01', { party: 'PER' })).toBe('not-in-force');
    expect(inForceStatus(partial, '2015-01-01', { party: 'COL' })).toBe('in-force');
    expect(inForceStatus(partial, '2015-01-01')).toBe('in-force');
    const { notInForceFor: _, ...withoutList } = partial;
    const silent = agreement(withoutList);
    expect(inForceStatus(silent, '2015-01-01', { party: 'PER' })).toBe('unknown');
    expect(durationToEntryIntoForce(partial)).toBe(357);
    expect(durationToEntryIntoForce(partial, { party: 'COL' })).toBe(357);
    expect(durationToEntryIntoForce(partial, { party: 'PER' })).toBeUndefined();
  });

  it('needs day-precision signature and entry for a duration, and a signature for that party', () => {
    const monthly = agreement({
      milestones: [
        milestone('signed', '2008-01', 'month', ['COL']),
        milestone('in-force', '2009-01-01', 'day', ['COL']),
      ],
      entryIntoForce: 'recorded',
    });
    expect(durationToEntryIntoForce(monthly)).toBeUndefined();
    const otherParty = agreement({
      milestones: [
        milestone('signed', '2008-01-10', 'day', ['PER']),
        milestone('in-force', '2009-01-01', 'day', ['COL']),
      ],
      entryIntoForce: 'recorded',
    });
    expect(durationToEntryIntoForce(otherParty, { party: 'COL' })).toBeUndefined();
    const joinedOnly = agreement({
      milestones: [
        milestone('signed', '2008-01-10', 'day', ['COL']),
        milestone('joined', '2009-01-01', 'day', ['COL']),
      ],
      entryIntoForce: 'recorded',
    });
    expect(durationToEntryIntoForce(joinedOnly)).toBeUndefined();
  });

  it('rejects what is not an agreement and parties that are not in it', () => {
    for (const bad of [null, 'kor-chl-fta', 5, { milestones: [] }, { parties: [] }]) {
      expect(() => isInForce(bad as never, '2010-01-01')).toThrow(TypeError);
    }
    expect(() => isInForce(null as never, '2010-01-01')).toThrow(
      'Expected agreements[0] to be an agreement, got null.',
    );
    expect(() => isInForce(talks, '2010-01-01', { party: 'KOR' })).toThrow(
      'Unknown party "KOR" for kor-chl-fta. Its parties besides Korea: "PER", "COL".',
    );
    expect(() => isInForce(talks, '2010-01-01', { party: 7 as never })).toThrow(/^Unknown party 7 for/);
    expect(() => durationToEntryIntoForce(talks, { party: 'MEX' })).toThrow(RangeError);
  });
});

describe('event helpers', () => {
  const event = (id: string, date: string, precision: Milestone['precision'], parties: string[] = ['KOR']) => ({
    id,
    date,
    precision,
    parties: parties as PartyCode[],
  });
  const events = [
    event('d1960', '1960', 'decade'),
    event('y1962', '1962', 'year', ['KOR', 'CHL']),
    event('m1962', '1962-05', 'month'),
    event('d1962', '1962-05-03', 'day', ['KOR', 'MERCOSUR']),
    event('y1970', '1970', 'year'),
  ];

  it("'within' needs the whole span inside the range, inclusive at both ends", () => {
    const ids = (from: string, to: string, match?: 'within' | 'overlaps') =>
      eventsBetween(events, from, to, match ? { match } : undefined).map((e) => e.id);
    expect(ids('1962-01-01', '1962-12-31', 'within')).toEqual(['y1962', 'm1962', 'd1962']);
    expect(ids('1962-01-02', '1962-12-31', 'within')).toEqual(['m1962', 'd1962']);
    expect(ids('1962-01-01', '1962-12-30', 'within')).toEqual(['m1962', 'd1962']);
    expect(ids('1962-05-03', '1962-05-03')).toEqual(['d1960', 'y1962', 'm1962', 'd1962']);
    expect(ids('1962-05-03', '1962-05-03', 'within')).toEqual(['d1962']);
    expect(() => eventsBetween(events, '1962', '1961')).toThrow('"from" (1962-01-01) is after "to" (1961-12-31).');
    expect(() => eventsBetween('x' as never, '1962', '1963')).toThrow('Expected "events" to be an array');
    expect(() => eventsBetween(events, 'x', '1963')).toThrow(/for "from"/);
    expect(() => eventsBetween(events, '1962', 'x')).toThrow(/for "to"/);
  });

  it('sorts by first day, the coarser precision first', () => {
    expect(eventsFor(events, 'KOR').map((e) => e.id)).toEqual(['d1960', 'y1962', 'm1962', 'd1962', 'y1970']);
    expect(eventsFor([...events].reverse(), 'KOR').map((e) => e.id)).toEqual([
      'd1960',
      'y1962',
      'm1962',
      'd1962',
      'y1970',
    ]);
  });

  it('finds events and agreements by a known country or organization code', () => {
    expect(eventsFor(events, 'MERCOSUR').map((e) => e.id)).toEqual(['d1962']);
    // The Pacific Alliance's code has two letters.
    expect(eventsFor([event('pa', '2013', 'year', ['KOR', 'PA'])], 'PA')).toHaveLength(1);
    expect(agreementsFor([agreement({})], 'COL')).toHaveLength(1);
    expect(agreementsFor([agreement({})], 'MEX')).toHaveLength(0);
    for (const bad of ['chl', 'C', 'CH1', 'CHL ', ' CHL', 'MERCOSURX', 'XXX', 5]) {
      expect(() => eventsFor(events, bad as never), String(bad)).toThrow(/^Unknown party code/);
    }
    expect(() => agreementsFor([agreement({})], 'XXX' as never)).toThrow(RangeError);
    // A record without a parties list is named, not skipped.
    expect(() => eventsFor([{ date: '2000', precision: 'year' }] as never, 'MEX')).toThrow(
      'events[0].parties is undefined: expected an array.',
    );
    expect(() => agreementsFor('x' as never, 'CHL')).toThrow('Expected "agreements" to be an array');
    expect(() => eventsFor('x' as never, 'CHL')).toThrow('Expected "events" to be an array');
  });

  it('groups by year, keeping decade-precision events in their decade, decades first', () => {
    expect(groupEvents(events, 'year').map((g) => [g.key, g.start, g.events.map((e) => e.id)])).toEqual([
      ['1960s', '1960-01-01', ['d1960']],
      ['1962', '1962-01-01', ['y1962', 'm1962', 'd1962']],
      ['1970', '1970-01-01', ['y1970']],
    ]);
    const sameStart = [event('y1960', '1960', 'year'), event('d1960', '1960', 'decade')];
    expect(groupEvents(sameStart, 'year').map((g) => g.key)).toEqual(['1960s', '1960']);
    expect(groupEvents([...sameStart].reverse(), 'year').map((g) => g.key)).toEqual(['1960s', '1960']);
    expect(groupEvents(events, 'decade').map((g) => [g.key, g.start, g.events.length])).toEqual([
      ['1960s', '1960-01-01', 4],
      ['1970s', '1970-01-01', 1],
    ]);
    expect(() => groupEvents('x' as never, 'year')).toThrow('Expected "events" to be an array');
  });
});

describe('toInterval messages', () => {
  it('names the precision and the expected form', () => {
    expect(() => toInterval('2003-13', 'month')).toThrow(
      'Invalid date "2003-13": expected a real date written at month precision (YYYY-MM).',
    );
    expect(() => toInterval('03', 'year')).toThrow('(YYYY).');
    expect(() => toInterval('1995', 'decade')).toThrow('(YYY0).');
    expect(() => toInterval('2003-02-29', 'day')).toThrow('(YYYY-MM-DD).');
    expect(() => toInterval(2003 as never, 'year')).toThrow('Invalid date 2003:');
    expect(() => toInterval('2003', 'week' as never)).toThrow(
      'Unknown date precision "week". Valid values: day, month, year, decade.',
    );
    expect(toInterval('0800', 'year').first).toBe('0800-01-01');
  });
});
