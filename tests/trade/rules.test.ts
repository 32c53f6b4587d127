import { describe, expect, it } from 'vitest';
import {
  aggregate,
  balanceSeries,
  cagr,
  mirror,
  type TradeFlow,
  tradeBalance,
  worldShare,
  yearOverYear,
} from '../../src/trade/index.js';
import { madeUpFlow } from '../helpers/made-up-flow.js';

// Made-up flows, so each rule can be checked on numbers small enough to work out by hand.
type FlowSpec = [reporter: string, partner: string, year: number, flow: 'export' | 'import', valueUsd: number];
const flows = (...specs: (FlowSpec | [...FlowSpec, { estimated?: boolean; source?: string }])[]): TradeFlow[] =>
  specs.map(([reporter, partner, year, flow, valueUsd, extra]) =>
    madeUpFlow({ reporter, partner, year, flow, valueUsd, ...extra }),
  );

describe('tradeBalance rules', () => {
  const data = flows(
    ['KOR', 'CHL', 2001, 'export', 300],
    ['KOR', 'CHL', 2001, 'import', 0],
    ['KOR', 'CHL', 2003, 'export', 100, { estimated: true }],
    ['KOR', 'CHL', 2003, 'import', 50],
    ['KOR', 'CHL', 2005, 'export', 100],
    ['KOR', 'CHL', 2005, 'import', 50, { estimated: true }],
  );

  it('has no coverage ratio when nothing is imported, and is estimated when either flow is', () => {
    expect(tradeBalance(data, { partner: 'CHL', year: 2001 })).toEqual({
      exportsUsd: 300,
      importsUsd: 0,
      balanceUsd: 300,
      totalUsd: 300,
      coverageRatio: null,
      source: 'imf-dots-2022',
      estimated: false,
    });
    expect(tradeBalance(data, { partner: 'CHL', year: 2003 })).toMatchObject({ coverageRatio: 2, estimated: true });
    expect(tradeBalance(data, { partner: 'CHL', year: 2005 })?.estimated).toBe(true);
    expect(tradeBalance(data, { partner: 'CHL', year: 2002 })).toBeUndefined();
  });

  it("answers undefined for a reporter with no data, and rejects years outside the reporter's data", () => {
    expect(tradeBalance(data, { reporter: 'CHL', partner: 'KOR', year: 2003 })).toBeUndefined();
    expect(() => tradeBalance(data, { partner: 'CHL', year: 2000 })).toThrow(
      'Year 2000 is outside the data reported by KOR in these flows (2001–2005).',
    );
    expect(() => tradeBalance(data, { partner: 'CHL', year: 2006 })).toThrow(/Year 2006 is outside/);
    expect(() => tradeBalance(data, { partner: 'CHL', year: 2003.5 })).toThrow(
      'Invalid year 2003.5 for "year": expected a whole number such as 2008.',
    );
    expect(() => tradeBalance(data, { reporter: 'USA' as never, partner: 'CHL', year: 2003 })).toThrow(
      /^Unknown reporter code "USA"\. Valid values: KOR, ARG, /,
    );
    expect(() => tradeBalance(data, { reporter: 'WLD' as never, partner: 'CHL', year: 2003 })).toThrow(
      /Unknown reporter code "WLD"/,
    );
    expect(() => tradeBalance(data, { partner: 'KOR', year: 2003 })).toThrow('Reporter and partner are both "KOR".');
  });

  it('prefers IMF DOTS, else the one source with both flows, else sources by name', () => {
    const mixed = flows(
      ['KOR', 'PER', 2010, 'export', 10, { source: 'un-comtrade-plus' }],
      ['KOR', 'PER', 2010, 'import', 5, { source: 'un-comtrade-plus' }],
      ['KOR', 'PER', 2010, 'export', 11],
      ['KOR', 'PER', 2011, 'export', 12],
      ['KOR', 'PER', 2011, 'import', 6, { source: 'un-comtrade-plus' }],
      ['KOR', 'PER', 2011, 'export', 13, { source: 'un-comtrade-plus' }],
    );
    // 2010: DOTS has only the export, so both values come from Comtrade — never one from each.
    expect(tradeBalance(mixed, { partner: 'PER', year: 2010 })).toMatchObject({
      exportsUsd: 10,
      importsUsd: 5,
      source: 'un-comtrade-plus',
    });
    expect(tradeBalance(mixed, { partner: 'PER', year: 2011 })).toMatchObject({ exportsUsd: 13, importsUsd: 6 });
    expect(tradeBalance(mixed, { partner: 'PER', year: 2010, source: 'imf-dots-2022' })).toBeUndefined();
    const unlisted = flows(
      ['KOR', 'PER', 2010, 'export', 1, { source: 'rt-2010-lee-mexico' }],
      ['KOR', 'PER', 2010, 'import', 1, { source: 'rt-2010-lee-mexico' }],
      ['KOR', 'PER', 2010, 'export', 2, { source: 'lopez-aymes-2012' }],
      ['KOR', 'PER', 2010, 'import', 2, { source: 'lopez-aymes-2012' }],
    );
    expect(tradeBalance(unlisted, { partner: 'PER', year: 2010 })?.source).toBe('lopez-aymes-2012');
    expect(tradeBalance([...unlisted].reverse(), { partner: 'PER', year: 2010 })?.source).toBe('lopez-aymes-2012');
    const listedAfterUnlisted = [
      ...unlisted,
      ...flows(['KOR', 'PER', 2010, 'export', 3], ['KOR', 'PER', 2010, 'import', 3]),
    ];
    expect(tradeBalance(listedAfterUnlisted, { partner: 'PER', year: 2010 })?.source).toBe('imf-dots-2022');
  });

  it('rejects rows that are not trade flows, naming the position', () => {
    expect(() => tradeBalance([...data, { reporter: 'KOR' } as never], { partner: 'CHL', year: 2003 })).toThrow(
      'flows[6].partner is undefined: expected a string.',
    );
    expect(() => tradeBalance([null as never], { partner: 'CHL', year: 2003 })).toThrow(
      'Expected flows[0] to be a trade flow, got null.',
    );
    const noSources = { ...data[0], sources: 'imf-dots-2022' };
    expect(() => tradeBalance([noSources as never], { partner: 'CHL', year: 2001 })).toThrow(/flows\[0\]/);
    const textYear = { ...data[0], year: '2001' };
    expect(() => tradeBalance([textYear as never], { partner: 'CHL', year: 2001 })).toThrow(/flows\[0\]/);
  });
});

describe('balanceSeries rules', () => {
  const data = flows(
    ['KOR', 'CHL', 2003, 'export', 30],
    ['KOR', 'CHL', 2003, 'import', 10],
    ['KOR', 'CHL', 2001, 'export', 10],
    ['KOR', 'CHL', 2001, 'import', 20],
    ['KOR', 'CHL', 2002, 'export', 5],
  );

  it('lists the years with both flows in order, between optional bounds', () => {
    expect(balanceSeries(data, { partner: 'CHL' }).map((r) => [r.year, r.balanceUsd])).toEqual([
      [2001, -10],
      [2003, 20],
    ]);
    expect(balanceSeries(data, { partner: 'CHL', from: 2002 }).map((r) => r.year)).toEqual([2003]);
    expect(balanceSeries(data, { partner: 'CHL', to: 2002 }).map((r) => r.year)).toEqual([2001]);
    expect(balanceSeries(data, { partner: 'CHL', from: 2001, to: 2001 }).map((r) => r.year)).toEqual([2001]);
    expect(balanceSeries(data, { partner: 'MEX' })).toEqual([]);
  });

  it('names the bad bound', () => {
    expect(() => balanceSeries(data, { partner: 'CHL', from: 2003, to: 2001 })).toThrow(
      '"from" (2003) is after "to" (2001).',
    );
    expect(() => balanceSeries(data, { partner: 'CHL', from: 1.5 })).toThrow('Invalid year 1.5 for "from"');
    expect(() => balanceSeries(data, { partner: 'CHL', to: 'x' as never })).toThrow('Invalid year "x" for "to"');
  });
});

describe('mirror rules', () => {
  const data = flows(
    ['PER', 'KOR', 2002, 'import', 120, { estimated: true }],
    ['KOR', 'PER', 2001, 'export', 100],
    ['PER', 'KOR', 2001, 'import', 110],
    ['PER', 'KOR', 2001, 'export', 40],
    ['KOR', 'PER', 2003, 'import', 30],
  );

  it('pairs what each side reports, leaving a missing side empty', () => {
    expect(mirror(data, { partner: 'PER' })).toEqual([
      {
        year: 2001,
        direction: 'korea-to-partner',
        koreaReportedUsd: 100,
        partnerReportedUsd: 110,
        gapUsd: 10,
        gapPct: 10,
        koreaSource: 'imf-dots-2022',
        partnerSource: 'imf-dots-2022',
        estimated: false,
      },
      {
        year: 2001,
        direction: 'partner-to-korea',
        koreaReportedUsd: null,
        partnerReportedUsd: 40,
        gapUsd: null,
        gapPct: null,
        koreaSource: null,
        partnerSource: 'imf-dots-2022',
        estimated: false,
      },
      {
        year: 2002,
        direction: 'korea-to-partner',
        koreaReportedUsd: null,
        partnerReportedUsd: 120,
        gapUsd: null,
        gapPct: null,
        koreaSource: null,
        partnerSource: 'imf-dots-2022',
        estimated: true,
      },
      {
        year: 2003,
        direction: 'partner-to-korea',
        koreaReportedUsd: 30,
        partnerReportedUsd: null,
        gapUsd: null,
        gapPct: null,
        koreaSource: 'imf-dots-2022',
        partnerSource: null,
        estimated: false,
      },
    ]);
  });

  it('can be asked for one year, and checks it', () => {
    expect(mirror(data, { partner: 'PER', year: 2003 }).map((r) => r.direction)).toEqual(['partner-to-korea']);
    expect(() => mirror(data, { partner: 'PER', year: 1999 })).toThrow(
      /Year 1999 is outside the data reported by KOR and PER/,
    );
    expect(() => mirror(data, { partner: 'PER', year: 20.5 })).toThrow('Invalid year 20.5 for "year"');
    expect(() => mirror(data, { partner: 'KOR' as never })).toThrow(/^Unknown LAC partner code "KOR"/);
    // A source none of the flows has is an error, never an empty answer.
    expect(() => mirror(data, { partner: 'PER', source: 'un-comtrade-plus' })).toThrow(
      'Unknown source "un-comtrade-plus". Valid values: imf-dots-2022.',
    );
  });
});

describe('worldShare rules', () => {
  const data = flows(
    ['KOR', 'CHL', 2001, 'export', 10],
    ['KOR', 'CHL', 2001, 'import', 30],
    ['KOR', 'WLD', 2001, 'export', 100],
    ['KOR', 'WLD', 2001, 'import', 100],
    ['KOR', 'CHL', 2002, 'export', 10],
    ['KOR', 'WLD', 2002, 'import', 100],
  );

  it('divides by the world total of the same flows', () => {
    expect(worldShare(data, { partner: 'CHL', year: 2001 })).toBe(20);
    expect(worldShare(data, { partner: 'CHL', year: 2001, basis: 'exports' })).toBe(10);
    expect(worldShare(data, { partner: 'CHL', year: 2001, basis: 'imports' })).toBe(30);
    // 2002: the partner's export has no world export beside it, and there is no partner import.
    expect(worldShare(data, { partner: 'CHL', year: 2002, basis: 'exports' })).toBeUndefined();
    expect(worldShare(data, { partner: 'CHL', year: 2002, basis: 'imports' })).toBeUndefined();
    expect(() => worldShare(data, { partner: 'CHL', year: 2001, source: 'un-comtrade-plus' })).toThrow(
      'Unknown source "un-comtrade-plus". Valid values: imf-dots-2022.',
    );
  });

  it('names bad options', () => {
    expect(() => worldShare(data, { partner: 'CHL', year: 2001, basis: 'all' as never })).toThrow(
      'Unknown share basis "all". Valid values: exports, imports, total.',
    );
    expect(() => worldShare(data, { partner: 'CHL', year: 1e4 })).toThrow('Invalid year 10000 for "year"');
    expect(() => worldShare(data, { partner: 'WLD' as never, year: 2001 })).toThrow(
      'Invalid partner "WLD" for reporter "KOR": choose another economy than the reporter or the world.',
    );
  });
});

describe('aggregate rules', () => {
  const data = flows(['KOR', 'CHL', 2001, 'export', 10], ['KOR', 'ZZZ' as never, 2001, 'export', 99]);

  it('needs its lookup table and skips partners it cannot place', () => {
    expect(() => aggregate(data, { by: 'bloc' } as never)).toThrow(
      'aggregate by "bloc" needs the bloc table: pass { blocs }.',
    );
    expect(() => aggregate(data, { by: 'subregion' } as never)).toThrow(
      'aggregate by "subregion" needs the country table: pass { countries: lacCountries }.',
    );
    expect(aggregate(data, { by: 'subregion', countries: [] })).toEqual([]);
    expect(aggregate(data, { by: 'subregion', countries: [{ code: 'CHL', subregion: 'South America' }] })).toEqual([
      {
        group: 'South America',
        year: 2001,
        exportsUsd: 10,
        importsUsd: 0,
        balanceUsd: 10,
        totalUsd: 10,
        exportCount: 1,
        importCount: 0,
        estimatedCount: 0,
      },
    ]);
    expect(() => aggregate(data, { by: 'year', reporter: 'CHL' as never })).toThrow(
      'Unknown aggregate reporter "CHL". Valid values: KOR, partners.',
    );
    expect(() => aggregate(data, { by: 'month' as never })).toThrow(
      'Unknown aggregate grouping "month". Valid values: year, partner, subregion, bloc.',
    );
  });
});

describe('growth rules', () => {
  it('checks each row, naming its position', () => {
    expect(() => yearOverYear([{ year: 2000, value: 1 }, { value: 2 } as never])).toThrow(
      'series[1].year is undefined: expected a whole number.',
    );
    expect(() => yearOverYear([null as never])).toThrow('Expected series[0] to be a row with a year, got null.');
    expect(() => yearOverYear([{ year: 2000, value: Number.NaN }])).toThrow(
      'series[0] (year 2000) has no finite value: got NaN.',
    );
    expect(() => yearOverYear([{ year: 2000, value: '1' as never }])).toThrow(/got "1"/);
    expect(() => yearOverYear({} as never)).toThrow('Expected "series" to be an array');
  });

  it('computes compound growth only between positive starts and non-negative ends', () => {
    const series = [
      { year: 2000, value: 100 },
      { year: 2002, value: 121 },
      { year: 2003, value: 0 },
      { year: 2004, value: -5 },
    ];
    expect(cagr(series, 2000, 2002)).toBeCloseTo(10, 10);
    expect(cagr(series, 2000, 2003)).toBe(-100);
    expect(cagr(series, 2000, 2004)).toBeUndefined();
    expect(cagr(series, 2003, 2004)).toBeUndefined();
    expect(cagr(series, 2001, 2002)).toBeUndefined();
    expect(() => cagr(series, 2002, 2002)).toThrow('"from" (2002) must be before "to" (2002).');
    expect(() => cagr(series, 20.5, 2002)).toThrow('for "from"');
    expect(() => cagr(series, 2000, 'x' as never)).toThrow('for "to"');
  });
});
