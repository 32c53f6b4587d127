import { describe, expect, it } from 'vitest';
import { blocs } from '../src/countries/index.js';
import { parseAgreement, parseTimelineEvents, parseTradeFlows } from '../src/schemas/index.js';
import { MAX_ISSUES } from '../src/schemas/parse-with.js';
import { getAgreement, inForceStatus } from '../src/timeline/index.js';
import { aggregate, flowsWhere, tradeFlows } from '../src/trade/index.js';
import { rejection } from './helpers/rejection.js';

// The reproductions of the outside adversarial review, each bounded now.
describe('hostile input: bounded work', () => {
  it('stops after a fixed number of problems on a million empty records, and says so', () => {
    const error = rejection(() => parseTradeFlows(JSON.parse(`[${Array(1e6).fill('{}').join(',')}]`)));
    expect(error.issues).toHaveLength(MAX_ISSUES + 1);
    expect(error.issues.at(-1)?.message).toMatch(
      /^stopped after 100 problems \(at \[\d+\] of 1000000\); there may be more$/,
    );
    // Each message is short: a long list of valid codes is summarised, not copied into every issue.
    expect(Math.max(...error.issues.map((i) => i.message.length))).toBeLessThan(200);
  });

  it('stops on a holey array of ten million slots without reading them all', () => {
    const error = rejection(() => parseTradeFlows(new Array(1e7)));
    expect(error.issues[0]).toEqual({ path: '[0]', message: 'Invalid input: expected object, received undefined' });
    expect(error.issues).toHaveLength(MAX_ISSUES + 1);
  });

  it('rejects a party listed twice, in linear time, with a bounded list of problems', () => {
    const chile = getAgreement('kor-chl-fta');
    const many = Array(5_000).fill('CHL');
    const error = rejection(() =>
      parseAgreement({ ...chile, parties: [...chile.parties, ...many], notInForceFor: many }),
    );
    expect(error.issues[0]).toEqual({ path: 'parties[2]', message: 'party CHL is listed twice' });
    expect(error.issues.length).toBeLessThanOrEqual(MAX_ISSUES + 1);
    expect(rejection(() => parseAgreement({ ...chile, parties: ['KOR', 'CHL', 'CHL'] })).issues).toEqual([
      { path: 'parties[2]', message: 'party CHL is listed twice' },
    ]);
    // A list inside a record of 100,000 items is not read at all: one problem, named where it is.
    const huge = Array(100_000).fill('CHL');
    expect(rejection(() => parseAgreement({ ...chile, notInForceFor: huge })).issues).toEqual([
      { path: 'notInForceFor', message: 'a list of 100000 items, where at most 10000 are read' },
    ]);
    expect(rejection(() => parseTradeFlows([{ ...tradeFlows[0], sources: new Array(1e7) }])).issues).toEqual([
      { path: '[0].sources', message: 'a list of 10000000 items, where at most 10000 are read' },
    ]);
  });

  it('reports a ten-megabyte id at its own path', () => {
    const error = rejection(() => parseTimelineEvents([{ id: 'a'.repeat(1e7) }]));
    expect(error.issues.every((i) => i.path.startsWith('[0]'))).toBe(true);
    expect(error.message.length).toBeLessThan(2000);
  });
});

describe('hostile input: each field read once', () => {
  it('returns the value it checked when a getter changes its answer', () => {
    let reads = 0;
    const record: Record<string, unknown> = { ...tradeFlows[0], sources: [...(tradeFlows[0]?.sources ?? [])] };
    Object.defineProperty(record, 'valueUsd', {
      enumerable: true,
      get: () => (reads++ === 0 ? 5 : Number.NaN),
    });
    const [flow] = parseTradeFlows([record]);
    expect(flow?.valueUsd).toBe(5);
    expect(reads).toBe(1);
  });
});

describe('hostile input: messages stay short, duplicates never double-count', () => {
  it('caps every echoed caller value', () => {
    // A list of flows whose only source id is ten megabytes long, asked for another source.
    const huge = 'x'.repeat(1e7);
    const flows = [{ ...tradeFlows[0], source: huge, sources: [huge] }] as never;
    expect(() => flowsWhere(flows, { source: 'imf-dots-2022' })).toThrow(RangeError);
    try {
      flowsWhere(flows, { source: 'imf-dots-2022' });
    } catch (error) {
      expect((error as Error).message.length).toBeLessThan(500);
    }
    // An agreement of your own with 100,000 parties: the unknown-party message lists 40.
    const ca = getAgreement('kor-ca-fta');
    const crowded = { ...ca, parties: ['KOR', ...Array.from({ length: 100_000 }, (_, i) => `P${i}`)] } as never;
    try {
      inForceStatus(crowded, '2020-01-01', { party: 'MEX' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message.length).toBeLessThan(1000);
      expect((error as Error).message).toMatch(/"P39", …\.$/);
    }
    // A query field with a huge name.
    expect(() => flowsWhere(tradeFlows, { [huge]: 1 } as never)).toThrow(/^Unknown query field "x{60}"\. Valid fields/);
  });

  it('rejects a bloc listed twice instead of counting its trade twice', () => {
    const mercosur = blocs.find((b) => b.id === 'MERCOSUR');
    expect(() => aggregate(tradeFlows, { by: 'bloc', blocs: [...blocs, mercosur!] })).toThrow(
      new RangeError('blocs[5] repeats the bloc "MERCOSUR".'),
    );
  });

  it('names a revoked Proxy passed as data', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(() => flowsWhere(proxy as never, { partner: 'MEX' })).toThrow(
      new TypeError('Expected "flows" to be an array, got an unreadable object.'),
    );
  });
});

describe('hostile input: caches never stale', () => {
  it('re-reads a frozen CPI list whose records can still change', async () => {
    const { toConstantUsd, usCpiAnnual } = await import('../src/prices/index.js');
    const rows = usCpiAnnual.map((r) => ({ ...r }));
    const list = Object.freeze(rows);
    const before = toConstantUsd(list, { valueUsd: 100, year: 2008, base: 2020 });
    const row2008 = rows.find((r) => r.year === 2008) as { index: number };
    row2008.index *= 2;
    expect(toConstantUsd(list, { valueUsd: 100, year: 2008, base: 2020 })).toBeCloseTo(before / 2, 9);
  });

  it('re-reads a frozen list of shares whose lists of sources can still change', async () => {
    const { sharesWhere } = await import('../src/rankings/index.js');
    const { partnerShares } = await import('../src/rankings/index.js');
    const mine = partnerShares
      .filter((s) => s.reporter === 'MEX' && s.period.from === 2008 && s.period.to === 2008)
      .map((s) => Object.freeze({ ...s, sources: [...s.sources] }));
    const list = Object.freeze(mine);
    const dots = sharesWhere(list, { source: 'imf-dots-2022' }).length;
    expect(dots).toBeGreaterThan(0);
    for (const s of mine) (s.sources as string[])[0] = 'kosis-kcs-trade';
    expect(() => sharesWhere(list, { source: 'imf-dots-2022' })).toThrow(/Unknown source "imf-dots-2022"/);
  });
});

describe('hostile input: the last reproductions', () => {
  it('verifyClaims names a milestone that is null', async () => {
    const { verifyClaims } = await import('../src/claims/index.js');
    const { challenges, roles } = await import('../src/challenges/index.js');
    const { agreements, timelineEvents } = await import('../src/timeline/index.js');
    const { partnerShares } = await import('../src/rankings/index.js');
    const broken = agreements.map((a) => ({ ...a, milestones: [null, ...a.milestones.slice(1)] }));
    expect(() =>
      verifyClaims({ tradeFlows, partnerShares, agreements: broken as never, timelineEvents, challenges, roles }),
    ).toThrow(new TypeError('Expected datasets.agreements[0].milestones[0] to be a milestone, got null.'));
  });

  it('label takes a table by its own fields, never inherited ones', async () => {
    const { label } = await import('../src/i18n/index.js');
    const proto = Object.prototype as Record<string, unknown>;
    proto.locale = 'es';
    proto.texts = {};
    try {
      expect(() => label({ title: 'Korea' }, 'title', {} as never)).toThrow(TypeError);
    } finally {
      delete proto.locale;
      delete proto.texts;
    }
  });
});

describe('hostile input: array subclasses and missing rows', () => {
  class SpeciesThrows<T> extends Array<T> {
    static override get [Symbol.species](): never {
      throw new Error('the caller’s Symbol.species constructor ran');
    }
  }
  const subclassOf = <T>(items: readonly T[]) => {
    const out = new SpeciesThrows<T>();
    for (const item of items) out.push(item);
    return out;
  };

  it('never calls the methods of a caller’s array subclass', async () => {
    const { eventsBetween, eventsFor, groupEvents, sortByDate, timelineEvents } = await import(
      '../src/timeline/index.js'
    );
    const { partnerShares, sharesWhere } = await import('../src/rankings/index.js');
    const events = subclassOf(timelineEvents);
    expect(eventsFor(events, 'CHL').length).toBe(eventsFor(timelineEvents, 'CHL').length);
    expect(sortByDate(events).map((e) => e.id)).toEqual(sortByDate(timelineEvents).map((e) => e.id));
    expect(eventsBetween(events, '2000', '2010').length).toBe(eventsBetween(timelineEvents, '2000', '2010').length);
    expect(groupEvents(events, 'decade').length).toBe(groupEvents(timelineEvents, 'decade').length);
    const shares = subclassOf(partnerShares.slice(0, 200));
    expect(sharesWhere(shares, { reporter: 'MEX' }).length).toBe(
      sharesWhere(partnerShares.slice(0, 200), { reporter: 'MEX' }).length,
    );
  });

  it('rankPartners names a null or missing row its value function fails on', async () => {
    const { rankPartners } = await import('../src/rankings/index.js');
    expect(() => rankPartners([null] as never, (r: { v: number }) => r.v)).toThrow(
      new TypeError('valueFor threw on rows[0] (null); the error is the cause.'),
    );
    // biome-ignore lint/suspicious/noSparseArray: a hole is the case under test.
    expect(() => rankPartners([, { v: 1 }] as never, (r: { v: number }) => r.v)).toThrow(
      new TypeError('valueFor threw on rows[0] (undefined); the error is the cause.'),
    );
  });
});
