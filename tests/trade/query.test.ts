import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lacCountryCodes } from '../../src/countries/index.js';
import { isSettled } from '../../src/internal/settled.js';
import { partnerRanking, partnerShares, sharesWhere } from '../../src/rankings/index.js';
import { eventsFor, timelineEvents } from '../../src/timeline/index.js';
import { flowsWhere, type TradeFlow, tradeBalance, tradeFlows } from '../../src/trade/index.js';
import { PROPERTY_RUNS } from '../helpers/arbitraries.js';

const plain = tradeFlows.slice();

describe('flowsWhere', () => {
  it("finds both publishers' values of one cell, as the raw files give them", () => {
    // IMF DOTS (kor_lac_trade_imf_dots.csv) and KOSIS (kor_all_partners_kosis_kdiplo.csv), Korea's 2008 exports to Mexico.
    const rows = flowsWhere(tradeFlows, { reporter: 'KOR', partner: 'MEX', year: 2008, flow: 'export' });
    expect(rows.map((f) => [f.source, f.valueUsd])).toEqual([
      ['imf-dots-2022', 9089949001],
      ['kosis-kcs-trade', 9089949000],
    ]);
    // Korea's statistics prefer Korea Customs (KOSIS).
    expect(
      flowsWhere(tradeFlows, { reporter: 'KOR', partner: 'MEX', year: 2008, flow: 'export', preferred: true }),
    ).toEqual([rows[1]]);
  });

  it('returns exactly what a filter over the data returns, in the same order, for any query', () => {
    const years = fc.option(fc.integer({ min: 1960, max: 2024 }), { nil: undefined });
    fc.assert(
      fc.property(
        fc.record({
          reporter: fc.option(fc.constantFrom('KOR' as const, ...lacCountryCodes), { nil: undefined }),
          partner: fc.option(fc.constantFrom('KOR' as const, 'WLD' as const, ...lacCountryCodes), { nil: undefined }),
          year: years,
          from: years,
          to: years,
          flow: fc.option(fc.constantFrom('export' as const, 'import' as const), { nil: undefined }),
          source: fc.option(fc.constantFrom('imf-dots-2022' as const, 'kosis-kcs-trade' as const), { nil: undefined }),
        }),
        (q) => {
          fc.pre(q.from === undefined || q.to === undefined || q.from <= q.to);
          const query = Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined));
          const expected = plain.filter(
            (f) =>
              (q.reporter === undefined || f.reporter === q.reporter) &&
              (q.partner === undefined || f.partner === q.partner) &&
              (q.year === undefined || f.year === q.year) &&
              (q.from === undefined || f.year >= q.from) &&
              (q.to === undefined || f.year <= q.to) &&
              (q.flow === undefined || f.flow === q.flow) &&
              (q.source === undefined || f.source === q.source),
          );
          expect(flowsWhere(tradeFlows, query)).toEqual(expected);
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('gives a new array each time, so changing it changes nothing shared', () => {
    const first = flowsWhere(tradeFlows, { reporter: 'KOR', partner: 'BRA' });
    first.length = 0;
    expect(flowsWhere(tradeFlows, { reporter: 'KOR', partner: 'BRA' }).length).toBeGreaterThan(0);
  });

  it('applies every field given, also next to a reporter and a partner', () => {
    const base = { reporter: 'KOR', partner: 'BRA' } as const;
    const all = plain.filter((f) => f.reporter === 'KOR' && f.partner === 'BRA');
    expect(flowsWhere(tradeFlows, { ...base, from: 2015 })).toEqual(all.filter((f) => f.year >= 2015));
    expect(flowsWhere(tradeFlows, { ...base, to: 1970 })).toEqual(all.filter((f) => f.year <= 1970));
    expect(flowsWhere(tradeFlows, { ...base, flow: 'import' })).toEqual(all.filter((f) => f.flow === 'import'));
    expect(flowsWhere(tradeFlows, { ...base, source: 'imf-dots-2022' })).toEqual(
      all.filter((f) => f.source === 'imf-dots-2022'),
    );
    expect(flowsWhere(tradeFlows, { partner: 'BRA', year: 2010 })).toEqual(
      plain.filter((f) => f.partner === 'BRA' && f.year === 2010),
    );
    expect(flowsWhere(tradeFlows, { reporter: 'BRA' })).toEqual(plain.filter((f) => f.reporter === 'BRA'));
    expect(flowsWhere(tradeFlows, {})).toEqual(plain);
  });

  it('names each bad value and the field it came in', () => {
    expect(() => flowsWhere(tradeFlows, { reporter: 'XXX' as never })).toThrow(/Unknown reporter code "XXX"/);
    expect(() => flowsWhere(tradeFlows, { year: 208 })).toThrow('Invalid year 208 for "year"');
    expect(() => flowsWhere(tradeFlows, { from: 1.5 })).toThrow('Invalid year 1.5 for "from"');
    expect(() => flowsWhere(tradeFlows, { to: '2010' as never })).toThrow('Invalid year "2010" for "to"');
    expect(() => flowsWhere(tradeFlows, { flow: 'exports' as never })).toThrow(/Unknown flow "exports"/);
    expect(() => flowsWhere(tradeFlows, { preferred: 1 as never })).toThrow(
      'Expected "preferred" to be true or false, got 1.',
    );
    expect(() => flowsWhere(tradeFlows, 'KOR' as never)).toThrow('Expected query to be an object, got "KOR".');
    expect(flowsWhere(tradeFlows, { from: 2000 }).every((f) => f.year >= 2000)).toBe(true);
    expect(flowsWhere(tradeFlows, { to: 1960 }).every((f) => f.year <= 1960)).toBe(true);
  });

  it('names a misspelt field or a bad value instead of ignoring it', () => {
    expect(() => flowsWhere(tradeFlows, { partnr: 'MEX' } as never)).toThrow(
      'Unknown query field "partnr". Valid fields: reporter, partner, year, from, to, flow, source, preferred.',
    );
    expect(() => flowsWhere(tradeFlows, { partner: 'XXX' as never })).toThrow(/Unknown partner code "XXX"/);
    expect(() => flowsWhere(tradeFlows, { source: 'bogus' as never })).toThrow(/Unknown source "bogus"/);
    expect(() => flowsWhere(tradeFlows, { from: 2010, to: 2000 })).toThrow('"from" (2010) is after "to" (2000).');
    expect(() => flowsWhere(tradeFlows, { preferred: 'yes' as never })).toThrow(TypeError);
    expect(() => flowsWhere(tradeFlows, null as never)).not.toThrow();
  });
});

describe('sharesWhere', () => {
  it("finds Korea's place in Mexico's 2007–2009 table, printed and computed", () => {
    // The paper's table puts Korea sixth; the table computed from IMF DOTS agrees (docs/claims.md).
    const rows = sharesWhere(partnerShares, {
      reporter: 'MEX',
      partner: 'KOR',
      basis: 'total',
      period: { from: 2007, to: 2009 },
    });
    expect(rows.map((s) => [s.sources[0], s.rank])).toEqual([
      ['lopez-aymes-2012', 6],
      ['imf-dots-2022', 6],
    ]);
  });

  it('returns what a filter returns', () => {
    const expected = partnerShares.filter(
      (s) => s.reporter === 'BRA' && s.period.from === 2015 && s.period.to === 2015,
    );
    expect(sharesWhere(partnerShares, { reporter: 'BRA', period: 2015 })).toEqual(expected);
  });

  it('names bad fields and values', () => {
    expect(() => sharesWhere(partnerShares, { year: 2008 } as never)).toThrow(/Unknown query field "year"/);
    expect(() => sharesWhere(partnerShares, { reporter: 'XXX' as never })).toThrow(/Unknown ranking reporter "XXX"/);
    expect(() => sharesWhere(partnerShares, { source: 'bogus' as never })).toThrow(/Unknown source "bogus"/);
  });
});

describe('caching follows the settled rule', () => {
  it('the shipped datasets are settled', () => {
    expect(isSettled(tradeFlows)).toBe(true);
    expect(isSettled(partnerShares)).toBe(true);
  });

  it('sees a change to an unfrozen array on the next call', () => {
    const mine: TradeFlow[] = flowsWhere(tradeFlows, { reporter: 'KOR', partner: 'MEX', year: 2008 });
    const before = tradeBalance(mine, { partner: 'MEX', year: 2008, source: 'kosis-kcs-trade' })?.exportsUsd;
    expect(before).toBe(9089949000);
    const at = mine.findIndex((f) => f.source === 'kosis-kcs-trade' && f.flow === 'export');
    mine[at] = { ...(mine[at] as TradeFlow), valueUsd: 1 };
    expect(tradeBalance(mine, { partner: 'MEX', year: 2008, source: 'kosis-kcs-trade' })?.exportsUsd).toBe(1);
  });

  it('sees a change to a record of a frozen array whose records are not frozen', () => {
    const records = flowsWhere(tradeFlows, { reporter: 'KOR', partner: 'MEX', year: 2008 }).map((f) => ({ ...f }));
    const list = Object.freeze(records);
    expect(flowsWhere(list, { source: 'kosis-kcs-trade', flow: 'export' })[0]?.valueUsd).toBe(9089949000);
    const kosisExport = records.find((f) => f.source === 'kosis-kcs-trade' && f.flow === 'export') as TradeFlow;
    (kosisExport as { year: number }).year = 2009;
    expect(flowsWhere(list, { year: 2008, source: 'kosis-kcs-trade', flow: 'export' })).toEqual([]);
  });

  it('sees a change to a party list inside frozen events', () => {
    const events = Object.freeze(
      timelineEvents.slice(0, 20).map((e) => Object.freeze({ ...e, parties: [...e.parties] })),
    );
    const first = eventsFor(events, 'KOR').length;
    (events[0]?.parties as string[]).length = 0;
    expect(eventsFor(events, 'KOR').length).toBe(first - 1);
  });

  it('answers a ranking query on a changed, unfrozen copy from the copy', () => {
    const copy = partnerShares.map((s) => ({ ...s }));
    const row = copy.find(
      (s) =>
        s.reporter === 'MEX' &&
        s.partner === 'KOR' &&
        s.basis === 'total' &&
        s.sources[0] === 'imf-dots-2022' &&
        s.period.from === 2008 &&
        s.period.to === 2008,
    ) as { rank: number };
    const query = { reporter: 'MEX', period: 2008 } as const;
    const rank = partnerRanking(copy, query).find((s) => s.partner === 'KOR')?.rank;
    row.rank = 99;
    expect(partnerRanking(copy, query).find((s) => s.partner === 'KOR')?.rank).toBe(99);
    expect(rank).not.toBe(99);
  });
});
