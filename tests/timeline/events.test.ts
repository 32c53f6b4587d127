import { describe, expect, it } from 'vitest';
import { trustedData } from '../../src/internal/settled.js';
import { agreementsFor, datedEvents, eventsBetween, eventsFor, sortByDate } from '../../src/timeline/events.js';
import { agreements, timelineEvents } from '../../src/timeline/index.js';
import { inDateOrder, isInDateOrder } from '../../src/timeline/shipped-order.js';
import type { PartyCode } from '../../src/timeline/types.js';

describe('datedEvents', () => {
  it('gives a date known to the year the interval of that year', () => {
    expect(datedEvents([{ date: '2004', precision: 'year' }])[0]?.interval.first).toBe('2004-01-01');
  });
});

describe('the first question about a shipped list (a scan) and later ones (the index)', () => {
  // A fresh trusted copy per party, so that each first call takes the scan and the second the index.
  const shippedCopy = <T extends object>(list: readonly T[]): readonly T[] =>
    trustedData(JSON.parse(JSON.stringify(list)) as T[]);
  const partiesOf = (list: readonly { parties: readonly string[] }[]) => [
    ...new Set(list.flatMap((record) => record.parties)),
  ];

  it('eventsFor gives the same events in the same order both ways, for every party in the data', () => {
    const parties = partiesOf(timelineEvents);
    expect(parties.length).toBeGreaterThan(40);
    for (const party of parties) {
      const list = shippedCopy(timelineEvents);
      const scanned = eventsFor(list, party as PartyCode).map((e) => e.id);
      const indexed = eventsFor(list, party as PartyCode).map((e) => e.id);
      expect(scanned, party).toEqual(indexed);
      expect(scanned.length, party).toBeGreaterThan(0);
    }
    // And the same as a filter in the order sortByDate gives.
    const mex = sortByDate(timelineEvents)
      .filter((e) => e.parties.includes('MEX'))
      .map((e) => e.id);
    expect(eventsFor(shippedCopy(timelineEvents), 'MEX').map((e) => e.id)).toEqual(mex);
  });

  it('agreementsFor gives the same agreements in list order both ways, for every party in the data', () => {
    for (const party of partiesOf(agreements)) {
      const list = shippedCopy(agreements);
      const scanned = agreementsFor(list, party as PartyCode).map((a) => a.id);
      expect(
        agreementsFor(list, party as PartyCode).map((a) => a.id),
        party,
      ).toEqual(scanned);
      expect(scanned, party).toEqual(agreements.filter((a) => a.parties.includes(party as PartyCode)).map((a) => a.id));
    }
  });

  it('a party code that is not one is refused on the first question too', () => {
    expect(() => eventsFor(shippedCopy(timelineEvents), 'XXX' as PartyCode)).toThrow(RangeError);
    expect(() => agreementsFor(shippedCopy(agreements), 'mex' as PartyCode)).toThrow(RangeError);
  });
});

describe('the shipped events are in date order, and the helpers that rely on it', () => {
  const plainCopy = <T>(list: readonly T[]): T[] => JSON.parse(JSON.stringify(list)) as T[];
  const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

  it('the shipped list is marked, and sortByDate over a plain copy gives its order', () => {
    expect(isInDateOrder(timelineEvents)).toBe(true);
    expect(isInDateOrder(plainCopy(timelineEvents))).toBe(false);
    // The copy is sorted by the comparator, not trusted to be in order.
    expect(ids(sortByDate(plainCopy(timelineEvents)))).toEqual(ids(timelineEvents));
    // The decade 1950 event comes before every event of the 1950s and later.
    expect(timelineEvents[0]?.id).toBe('paper-recognition-diplomacy');
  });

  it('sortByDate, eventsFor and eventsBetween answer a marked list as they answer the same list unmarked', () => {
    for (const party of ['MEX', 'CHL', 'GTM', 'SICA', 'MERCOSUR'] as const) {
      const marked = inDateOrder(trustedData(plainCopy(timelineEvents)));
      const unmarked = trustedData(plainCopy(timelineEvents));
      // Asked twice: the first question about a list scans it, the second reads its index.
      expect(ids(eventsFor(marked, party)), party).toEqual(ids(eventsFor(unmarked, party)));
      expect(ids(eventsFor(marked, party)), party).toEqual(ids(eventsFor(unmarked, party)));
    }
    const marked = inDateOrder(trustedData(plainCopy(timelineEvents)));
    const unmarked = trustedData(plainCopy(timelineEvents));
    expect(ids(sortByDate(marked))).toEqual(ids(sortByDate(unmarked)));
    expect(ids(eventsBetween(marked, '1962', '1965'))).toEqual(ids(eventsBetween(unmarked, '1962', '1965')));
  });

  it('sortByDate of the shipped list is a new array that may be changed', () => {
    const sorted = sortByDate(timelineEvents);
    expect(sorted).not.toBe(timelineEvents);
    expect(Object.isFrozen(sorted)).toBe(false);
    sorted.reverse();
    expect(ids(sortByDate(timelineEvents))).toEqual(ids(timelineEvents));
  });
});

describe('answers from the index are copies', () => {
  it('a caller changing an answer changes no later answer (eventsFor, agreementsFor)', () => {
    const events = trustedData(JSON.parse(JSON.stringify(timelineEvents)) as typeof timelineEvents);
    eventsFor(events, 'MEX'); // the first question: a scan
    const first = eventsFor(events, 'MEX'); // from the index
    const length = first.length;
    first.length = 0;
    expect(eventsFor(events, 'MEX')).toHaveLength(length);
    const list = trustedData(JSON.parse(JSON.stringify(agreements)) as typeof agreements);
    agreementsFor(list, 'CHL');
    const chile = agreementsFor(list, 'CHL');
    const count = chile.length;
    chile.pop();
    expect(agreementsFor(list, 'CHL')).toHaveLength(count);
    expect(count).toBeGreaterThan(1);
  });
});
