import { describe, expect, it } from 'vitest';
import { blocs, lacCountries } from '../../src/countries/index.js';
import {
  aggregate,
  balanceSeries,
  cagr,
  mirror,
  tradeBalance,
  tradeFlows,
  worldShare,
  yearOverYear,
} from '../../src/trade/index.js';
import { rawRows } from '../helpers/raw.js';

// Expected values below are read from data/trade/kor_lac_trade_imf_dots.csv (IMF DOTS), so the
// calls ask for that source; Korea's default source (KOSIS) is tested in trade-kosis.test.ts.
describe('tradeBalance', () => {
  it("gives Korea's 2008 trade with Mexico as Korea reports it", () => {
    const b = tradeBalance(tradeFlows, { partner: 'MEX', year: 2008, source: 'imf-dots-2022' });
    expect(b).toEqual({
      exportsUsd: 9_089_949_001,
      importsUsd: 1_049_283_999,
      balanceUsd: 9_089_949_001 - 1_049_283_999,
      totalUsd: 9_089_949_001 + 1_049_283_999,
      coverageRatio: 9_089_949_001 / 1_049_283_999,
      source: 'imf-dots-2022',
      estimated: false,
    });
  });

  it("gives Mexico's side when Mexico is the reporter", () => {
    const b = tradeBalance(tradeFlows, { reporter: 'MEX', partner: 'KOR', year: 2008 });
    expect(b?.exportsUsd).toBe(537_599_000);
    expect(b?.importsUsd).toBe(14_338_916_800);
    expect(b?.balanceUsd).toBeLessThan(0); // Mexico's deficit with Korea
  });

  it('shows a Korean deficit with Chile in 2010', () => {
    const b = tradeBalance(tradeFlows, { partner: 'CHL', year: 2010, source: 'imf-dots-2022' });
    expect(b?.balanceUsd).toBe(2_947_053_672 - 4_221_394_948);
    expect(b?.coverageRatio).toBeLessThan(1);
  });

  it('returns undefined for a year with a missing flow, never zero', () => {
    // Korea reports no exports to Cuba before 2003.
    expect(tradeBalance(tradeFlows, { partner: 'CUB', year: 2002, source: 'imf-dots-2022' })).toBeUndefined();
  });

  it('uses the page figures for 2023–2024 and says so', () => {
    expect(tradeBalance(tradeFlows, { partner: 'BRA', year: 2023, source: 'page-daum-enc-kor-bra' })).toMatchObject({
      exportsUsd: 3_334_100_000,
      importsUsd: 3_800_580_000,
      source: 'page-daum-enc-kor-bra',
    });
    expect(tradeBalance(tradeFlows, { reporter: 'MEX', partner: 'KOR', year: 2024 })?.importsUsd).toBe(23_000_000_000);
  });

  it('rejects bad input with a RangeError that names the value', () => {
    expect(() => tradeBalance(tradeFlows, { partner: 'MEXX' as never, year: 2008 })).toThrow(
      /Unknown partner code "MEXX". Valid values: KOR, ARG, ATG, .*, ABW, AIA, .*…\./,
    );
    expect(() => tradeBalance(tradeFlows, { partner: 'MEX', year: 1900 })).toThrow(/Year 1900 is outside.*1949–2023/);
    expect(() => tradeBalance(tradeFlows, { partner: 'MEX', year: Number.NaN })).toThrow(/Invalid year NaN/);
    expect(() => tradeBalance(tradeFlows, { partner: 'MEX', year: 2008.5 })).toThrow(RangeError);
    expect(() => tradeBalance(tradeFlows, { reporter: 'KOR', partner: 'KOR', year: 2008 })).toThrow(
      /Reporter and partner are both "KOR"/,
    );
    expect(() => tradeBalance('nope' as never, { partner: 'MEX', year: 2008 })).toThrow(TypeError);
    expect(() => tradeBalance([{ nope: 1 }] as never, { partner: 'MEX', year: 2008 })).toThrow(
      /flows\[0\]\.reporter is undefined/,
    );
  });
});

describe('balanceSeries', () => {
  it('has one row per year with both flows, in order', () => {
    const rows = balanceSeries(tradeFlows, { partner: 'BRA', from: 2012, to: 2013, source: 'imf-dots-2022' });
    expect(rows.map((r) => [r.year, r.exportsUsd, r.importsUsd])).toEqual([
      [2012, 10_286_064_899, 6_085_364_049],
      [2013, 9_688_236_019, 5_573_117_081],
    ]);
  });

  it('skips years with a gap and rejects a reversed range', () => {
    const years = balanceSeries(tradeFlows, { partner: 'CUB', from: 1995, to: 2005, source: 'imf-dots-2022' }).map(
      (r) => r.year,
    );
    expect(years).not.toContain(2002);
    expect(() => balanceSeries(tradeFlows, { partner: 'MEX', from: 2010, to: 2000 })).toThrow(
      /"from" \(2010\) is after "to" \(2000\)/,
    );
  });
});

describe('mirror', () => {
  it('puts Korea-reported and Mexico-reported values side by side (the Mexico asymmetry)', () => {
    const [toMexico, toKorea] = mirror(tradeFlows, { partner: 'MEX', year: 2008, source: 'imf-dots-2022' });
    expect(toMexico).toMatchObject({
      direction: 'korea-to-partner',
      koreaReportedUsd: 9_089_949_001,
      partnerReportedUsd: 14_338_916_800,
      gapUsd: 14_338_916_800 - 9_089_949_001,
    });
    expect(toKorea).toMatchObject({
      direction: 'partner-to-korea',
      koreaReportedUsd: 1_049_283_999,
      partnerReportedUsd: 537_599_000,
    });
    expect(toMexico?.gapPct).toBeCloseTo(((14_338_916_800 - 9_089_949_001) / 9_089_949_001) * 100, 10);
  });

  it('can compare UN Comtrade values, and rejects non-LAC partners', () => {
    const rows = mirror(tradeFlows, { partner: 'MEX', year: 2019, source: 'un-comtrade-plus' });
    expect(rows).toEqual([
      expect.objectContaining({
        direction: 'partner-to-korea',
        partnerReportedUsd: 2_212_121_981,
        koreaReportedUsd: null,
        gapUsd: null,
      }),
    ]);
    expect(() => mirror(tradeFlows, { partner: 'USA' as never })).toThrow(/Unknown LAC partner code "USA"/);
  });
});

describe('aggregate', () => {
  const raw = rawRows('data/trade/kor_lac_trade_imf_dots.csv');
  const sumRaw = (reporter: (r: Record<string, string>) => boolean, flow: string, year: string) =>
    raw
      .filter((r) => reporter(r) && r.flow === flow && r.year === year && r.partner_iso3 !== 'WLD')
      .reduce((sum, r) => sum + Number(r.value_usd), 0);

  it("sums Korea's trade with the whole region as in the raw CSV", () => {
    const [row] = aggregate(tradeFlows, { by: 'year', from: 2008, to: 2008, source: 'imf-dots-2022' });
    expect(row?.exportsUsd).toBe(sumRaw((r) => r.reporter_iso3 === 'KOR', 'export', '2008'));
    expect(row?.importsUsd).toBe(sumRaw((r) => r.reporter_iso3 === 'KOR', 'import', '2008'));
    expect(row?.exportCount).toBe(33);
  });

  it('groups by subregion and bloc, and the groups add up', () => {
    const bySub = aggregate(tradeFlows, {
      by: 'subregion',
      countries: lacCountries,
      from: 2015,
      to: 2015,
      source: 'imf-dots-2022',
    });
    const [total] = aggregate(tradeFlows, { by: 'year', from: 2015, to: 2015, source: 'imf-dots-2022' });
    expect(bySub.map((r) => r.group)).toEqual(['Caribbean', 'Central America', 'South America']);
    expect(bySub.reduce((s, r) => s + r.totalUsd, 0)).toBe(total?.totalUsd);
    const pa = aggregate(tradeFlows, { by: 'bloc', blocs, from: 2015, to: 2015, source: 'imf-dots-2022' }).find(
      (r) => r.group === 'PA',
    );
    const paRaw = ['CHL', 'COL', 'MEX', 'PER'].reduce(
      (s, code) => s + sumRaw((r) => r.reporter_iso3 === 'KOR' && r.partner_iso3 === code, 'export', '2015'),
      0,
    );
    expect(pa?.exportsUsd).toBe(paRaw);
  });

  it('sums what the partners report, and needs the tables it groups by', () => {
    const [row] = aggregate(tradeFlows, { by: 'year', reporter: 'partners', from: 2008, to: 2008 });
    expect(row?.importsUsd).toBe(sumRaw((r) => r.partner_iso3 === 'KOR', 'import', '2008'));
    expect(() => aggregate(tradeFlows, { by: 'subregion' } as never)).toThrow(/pass \{ countries: lacCountries \}/);
    expect(() => aggregate(tradeFlows, { by: 'continent' } as never)).toThrow(/Unknown aggregate grouping "continent"/);
    expect(() => aggregate(tradeFlows, { by: 'year', from: '2000' as never })).toThrow(
      /Invalid year "2000" for "from"/,
    );
  });
});

describe('growth and shares', () => {
  it('computes year-over-year change and CAGR', () => {
    const series = [
      { year: 2000, value: 100 },
      { year: 2001, value: 110 },
      { year: 2003, value: 121 },
    ];
    expect(yearOverYear(series).map((r) => r.changePct)).toEqual([null, expect.closeTo(10, 10), null]);
    expect(cagr(series, 2000, 2003)).toBeCloseTo((1.21 ** (1 / 3) - 1) * 100, 10);
    expect(cagr(series, 2000, 2002)).toBeUndefined();
    expect(
      cagr(
        [
          { year: 2000, value: 0 },
          { year: 2001, value: 5 },
        ],
        2000,
        2001,
      ),
    ).toBeUndefined();
    expect(() => cagr(series, 2003, 2000)).toThrow(/"from" \(2003\) must be before "to" \(2000\)/);
    expect(() => yearOverYear([{ year: 2000, value: Number.NaN }])).toThrow(/no finite value: got NaN/);
  });

  it("gives Korea's share of Mexico's imports from the raw values", () => {
    // MEX imports from KOR 2008 ÷ MEX imports from WLD 2008.
    expect(worldShare(tradeFlows, { reporter: 'MEX', partner: 'KOR', year: 2008, basis: 'imports' })).toBeCloseTo(
      (14_338_916_800 / 327_079_530_700) * 100,
      10,
    );
    expect(
      worldShare(tradeFlows, { partner: 'MEX', year: 2008, basis: 'exports', source: 'imf-dots-2022' }),
    ).toBeCloseTo((9_089_949_001 / 421_778_189_008) * 100, 10);
    expect(() => worldShare(tradeFlows, { partner: 'WLD' as never, year: 2008 })).toThrow(/Invalid partner "WLD"/);
  });
});
