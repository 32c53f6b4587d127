import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lacCountryCodes } from '../../src/countries/index.js';
import { koreaRank, partnerRanking, partnerShares, rankAmongKoreaPartners } from '../../src/rankings/index.js';
import type { SourceId } from '../../src/sources/index.js';
import {
  agreements,
  agreementsFor,
  durationToEntryIntoForce,
  eventsBetween,
  eventsFor,
  groupEvents,
  precisionOf,
  type TimelineEvent,
  timelineEvents,
  toInterval,
} from '../../src/timeline/index.js';
import { mirror, type TradeFlow, tradeFlows, tradeSourcePreference, worldShare } from '../../src/trade/index.js';
import { PROPERTY_RUNS, partialDateArb, tradeFlowsArb } from '../helpers/arbitraries.js';

const runs = { numRuns: PROPERTY_RUNS };
const lac = fc.constantFrom(...lacCountryCodes);

describe('more trade properties', () => {
  it('mirror: the gap is partner-reported minus Korea-reported, years ascend, and a row needs one side', () => {
    fc.assert(
      fc.property(tradeFlowsArb, lac, (flows, partner) => {
        const rows = mirror(flows, { partner });
        rows.forEach((row, i) => {
          if (i > 0) expect(row.year).toBeGreaterThanOrEqual(rows[i - 1]!.year);
          expect(row.koreaReportedUsd !== null || row.partnerReportedUsd !== null).toBe(true);
          if (row.koreaReportedUsd === null || row.partnerReportedUsd === null) {
            expect(row.gapUsd).toBeNull();
            expect(row.gapPct).toBeNull();
          } else {
            expect(row.gapUsd).toBe(row.partnerReportedUsd - row.koreaReportedUsd);
            expect(row.gapPct).toBe(
              row.koreaReportedUsd === 0 ? null : ((row.gapUsd as number) / row.koreaReportedUsd) * 100,
            );
          }
          const koreaKind = row.direction === 'korea-to-partner' ? 'export' : 'import';
          // By default Korea's side comes from Korea's most preferred source that has the value.
          const rank = (f: TradeFlow) => tradeSourcePreference.korea.indexOf(f.source);
          const [korea] = flows
            .filter((f) => f.reporter === 'KOR' && f.partner === partner && f.year === row.year && f.flow === koreaKind)
            .sort((a, b) => rank(a) - rank(b));
          expect(row.koreaReportedUsd).toBe(korea?.valueUsd ?? null);
          expect(row.koreaSource).toBe(korea?.source ?? null);
        });
      }),
      runs,
    );
  });

  it('worldShare is unchanged when every value is scaled, and lies in [0, 100) for the shipped data', () => {
    const years = fc.integer({ min: 1990, max: 2020 });
    const basis = fc.constantFrom('exports' as const, 'imports' as const, 'total' as const);
    fc.assert(
      fc.property(lac, years, basis, fc.integer({ min: 2, max: 1000 }), (partner, year, shareBasis, k) => {
        const share = worldShare(tradeFlows, { partner, year, basis: shareBasis });
        const scaled = tradeFlows
          .filter((f) => f.reporter === 'KOR' && f.year === year)
          .map((f) => ({ ...f, valueUsd: f.valueUsd * k }) as TradeFlow);
        const again = worldShare(scaled, { partner, year, basis: shareBasis });
        if (share === undefined) expect(again).toBeUndefined();
        else {
          expect(again).toBeCloseTo(share, 9);
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThan(100);
        }
      }),
      runs,
    );
  });
});

describe('more ranking properties', () => {
  const tables = [
    ...new Map(
      partnerShares.map((s) => [`${s.reporter}|${s.period.from}|${s.period.to}|${s.basis}|${s.sources[0]}`, s]),
    ).values(),
  ];

  it('partnerRanking: ranks never decrease and shares never grow down the table; Korea and LAC rows are its rows', () => {
    fc.assert(
      fc.property(fc.constantFrom(...tables), lac, (s, partner) => {
        const query = { reporter: s.reporter, period: s.period, basis: s.basis, source: s.sources[0] as SourceId };
        const rows = partnerRanking(partnerShares, query);
        expect(rows.length).toBeGreaterThan(0);
        rows.forEach((row, i) => {
          expect(row.reporter).toBe(s.reporter);
          if (i === 0) return;
          const prev = rows[i - 1] as (typeof rows)[number];
          expect(row.rank).toBeGreaterThanOrEqual(prev.rank);
          if (row.rank > prev.rank) expect(row.sharePct).toBeLessThanOrEqual(prev.sharePct);
        });
        if (s.reporter === 'KOR') {
          expect(rankAmongKoreaPartners(partnerShares, { ...query, partner })).toBe(
            rows.find((r) => r.partner === partner),
          );
        } else {
          expect(koreaRank(partnerShares, query)).toBe(rows.find((r) => r.partner === 'KOR'));
        }
      }),
      runs,
    );
  });
});

describe('more timeline properties', () => {
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
