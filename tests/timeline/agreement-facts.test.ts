import { describe, expect, it } from 'vitest';
import { shippedFactsOf } from '../../src/timeline/agreement-facts.js';
import { knownWindow, windowOf } from '../../src/timeline/dates.js';
import { agreements, inForceDetails, timelineEvents } from '../../src/timeline/index.js';
import { agreementFacts, shippedFactsFor } from '../../src/timeline/is-in-force.js';
import type { Agreement, DatePrecision } from '../../src/timeline/types.js';

const plainCopy = (agreement: Agreement): Agreement => JSON.parse(JSON.stringify(agreement)) as Agreement;

/** The ISO day before and after a day (UTC calendar). */
const shift = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('the facts written beside the shipped agreements', () => {
  it('are, for every agreement, what the checked path works out from its plain copy', () => {
    for (const shipped of agreements) {
      const fromCopy = shippedFactsFor(plainCopy(shipped));
      const facts = agreementFacts(shipped);
      expect(
        { asOf: facts.asOf, any: facts.any, earliestBeginning: facts.earliestBeginning, trusted: facts.trusted },
        shipped.id,
      ).toEqual(fromCopy);
    }
  });

  it('give the Korea–Chile FTA its entry into force (1 April 2004) and its first step (1999)', () => {
    const chile = agreements.find((a) => a.id === 'kor-chl-fta') as Agreement;
    const facts = shippedFactsOf(chile);
    expect(facts?.any?.entry).toEqual({ first: '2004-04-01', last: '2004-04-01' });
    expect(facts?.any?.end).toBe(null);
    expect(facts?.earliestBeginning).toBe('1999-01-01');
  });

  it('belong to the shipped records only: a plain copy has none, and each record keeps one', () => {
    for (const shipped of agreements) {
      expect(shippedFactsOf(shipped)).toBe(shippedFactsOf(shipped));
      expect(shippedFactsOf(plainCopy(shipped))).toBe(undefined);
    }
  });

  it('answer as the checked path does on the days around every window edge', () => {
    let compared = 0;
    for (const shipped of agreements) {
      const copy = plainCopy(shipped);
      const { any, earliestBeginning } = shippedFactsFor(copy);
      const edges = [any?.entry?.first, any?.entry?.last, any?.end?.first, any?.end?.last, earliestBeginning];
      for (const edge of edges) {
        if (edge === null || edge === undefined) continue;
        for (const day of [shift(edge, -1), edge, shift(edge, 1)]) {
          expect(inForceDetails(shipped, day), `${shipped.id} ${day}`).toEqual(inForceDetails(copy, day));
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe('reading a shipped date without its checks', () => {
  it('gives the window the checked reader gives, for every date in the shipped timeline', () => {
    const dated: { date: string; precision: DatePrecision }[] = [
      ...timelineEvents,
      ...agreements.flatMap((a) => a.milestones),
    ];
    const precisions = new Set(dated.map((d) => d.precision));
    expect([...precisions].sort()).toEqual(['day', 'decade', 'month', 'year']);
    for (const { date, precision } of dated) expect(knownWindow(date, precision)).toEqual(windowOf(date, precision));
  });

  it('ends a month on its last day, in leap years too', () => {
    expect(knownWindow('2004-02', 'month')).toEqual({ first: '2004-02-01', last: '2004-02-29' });
    expect(knownWindow('2003-02', 'month')).toEqual({ first: '2003-02-01', last: '2003-02-28' });
    expect(knownWindow('2019-12', 'month')).toEqual({ first: '2019-12-01', last: '2019-12-31' });
    expect(knownWindow('1995-09', 'month')).toEqual({ first: '1995-09-01', last: '1995-09-30' });
  });
});
