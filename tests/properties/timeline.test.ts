import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agreements,
  agreementsFor,
  durationToEntryIntoForce,
  eventsBetween,
  eventsFor,
  groupEvents,
  isInForce,
  precisionOf,
  type TimelineEvent,
  timelineEvents,
  toInterval,
} from '../../src/timeline/index.js';
import { PROPERTY_RUNS, partialDateArb } from '../helpers/arbitraries.js';

const runs = { numRuns: PROPERTY_RUNS };

describe('date properties', () => {
  it('toInterval always contains its own date', () => {
    fc.assert(
      fc.property(partialDateArb, ({ date, precision }) => {
        const interval = toInterval(date, precision);
        expect(interval.start.getTime()).toBeLessThanOrEqual(interval.end.getTime());
        expect(interval.first <= interval.last).toBe(true);
        expect(interval.first.startsWith(date.slice(0, precision === 'decade' ? 3 : date.length))).toBe(true);
        expect(interval.start.toISOString().slice(0, 10)).toBe(interval.first);
        expect(interval.end.toISOString().slice(0, 10)).toBe(interval.last);
      }),
      runs,
    );
  });

  it('isInForce is monotone after entry into force, up to the status date (no agreement records a suspension of force)', () => {
    const days = fc.date({
      min: new Date('1975-01-01T00:00:00Z'),
      max: new Date('2025-12-15T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(fc.constantFrom(...agreements), days, days, (agreement, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        if (isInForce(agreement, early) === true) expect(isInForce(agreement, late)).toBe(true);
        if (isInForce(agreement, late) === false) expect(isInForce(agreement, early)).toBe(false);
      }),
      runs,
    );
  });
});

describe('timeline properties', () => {
  const dayArb = fc
    .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('eventsBetween returns exactly the events whose span meets the range, sorted; within ⊆ overlaps', () => {
    fc.assert(
      fc.property(dayArb, dayArb, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const overlaps = eventsBetween(timelineEvents, from, to);
        const within = eventsBetween(timelineEvents, from, to, { match: 'within' });
        const meets = (e: TimelineEvent) => {
          const span = toInterval(e.date, e.precision);
          return span.last >= from && span.first <= to;
        };
        expect(new Set(overlaps)).toEqual(new Set(timelineEvents.filter(meets)));
        for (const e of within) expect(overlaps).toContain(e);
        for (const e of within) {
          const span = toInterval(e.date, e.precision);
          expect(span.first >= from && span.last <= to).toBe(true);
        }
        overlaps.forEach((e, i) => {
          if (i > 0) {
            const prev = overlaps[i - 1] as TimelineEvent;
            expect(toInterval(e.date, e.precision).first >= toInterval(prev.date, prev.precision).first).toBe(true);
          }
        });
      }),
      runs,
    );
  });

  const parties = [...new Set(timelineEvents.flatMap((e) => e.parties))];

  it('eventsFor and agreementsFor keep exactly the records naming the party', () => {
    fc.assert(
      fc.property(fc.constantFrom(...parties), (party) => {
        const events = eventsFor(timelineEvents, party);
        expect(events).toHaveLength(timelineEvents.filter((e) => e.parties.includes(party)).length);
        for (const e of events) expect(e.parties).toContain(party);
        const list = agreementsFor(agreements, party);
        expect(list).toEqual(agreements.filter((a) => a.parties.includes(party)));
      }),
      runs,
    );
  });

  it('groupEvents partitions the events into groups with unique keys, in order of their start', () => {
    fc.assert(
      fc.property(
        fc.subarray([...timelineEvents]),
        fc.constantFrom('year' as const, 'decade' as const),
        (events, by) => {
          const groups = groupEvents(events, by);
          expect(groups.flatMap((g) => g.events)).toHaveLength(events.length);
          expect(new Set(groups.flatMap((g) => g.events))).toEqual(new Set(events));
          expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
          groups.forEach((g, i) => {
            if (i > 0) expect(g.start >= (groups[i - 1] as (typeof groups)[number]).start).toBe(true);
            for (const e of g.events) expect(e.date.slice(0, 3)).toBe(g.key.slice(0, 3));
          });
        },
      ),
      runs,
    );
  });

  it('precisionOf reads back the precision of any valid year, month or day', () => {
    fc.assert(
      fc.property(partialDateArb, ({ date, precision }) => {
        if (precision === 'decade') expect(precisionOf(date)).toBe('year');
        else expect(precisionOf(date)).toBe(precision);
        expect(precisionOf(toInterval(date, precision).last)).toBe('day');
      }),
      runs,
    );
  });

  it('durationToEntryIntoForce counts the days between two day-precision milestones of the same party', () => {
    const dates = fc.tuple(dayArb, dayArb).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [string, string]);
    fc.assert(
      fc.property(fc.constantFrom(...agreements), dates, (agreement, [signed, inForce]) => {
        const made = {
          ...agreement,
          parties: ['KOR', 'CHL'],
          milestones: [
            { eventId: 's', event: 'signed', date: signed, precision: 'day', parties: ['CHL'] },
            { eventId: 'f', event: 'in-force', date: inForce, precision: 'day', parties: ['CHL'] },
          ],
        } as never;
        const days = (Date.parse(inForce) - Date.parse(signed)) / 86_400_000;
        expect(durationToEntryIntoForce(made)).toBe(days);
        expect(durationToEntryIntoForce(made, { party: 'CHL' })).toBe(days);
      }),
      runs,
    );
  });
});
