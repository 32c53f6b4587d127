import { describe, expect, it } from 'vitest';
import {
  aggregate,
  balanceSeries,
  caribbeanTerritoryCodes,
  flowSeries,
  mirror,
  preferredFlows,
  tradeBalance,
  tradeFlows,
  tradeMeta,
  tradeRegionMembers,
  tradeSourcePreference,
  worldShare,
} from '../../src/trade/index.js';
import { rawRows } from '../helpers/raw.js';

// Expected values are read by hand from data/trade/kor_all_partners_kosis_kdiplo.csv
// (Korea Customs Service via KOSIS, US$) and data/trade/lac_exports_to_kor_uncomtrade.csv.
const KOSIS = 'data/trade/kor_all_partners_kosis_kdiplo.csv';
const LAC =
  'ATG ARG BHS BRB BLZ BOL BRA CHL COL CRI CUB DMA DOM ECU SLV GRD GTM GUY HTI HND JAM MEX NIC PAN PRY PER KNA LCA VCT SUR TTO URY VEN'.split(
    ' ',
  );
const TERRITORIES = 'CYM VGB BMU PRI ABW CUW BES TCA VIR AIA MSR GLP MTQ GUF SXM'.split(' ');

describe("Korea's own customs figures (KOSIS), the default for Korea", () => {
  it('gives Korea–Mexico 2022 and 2023 as Korea Customs publishes them', () => {
    expect(tradeBalance(tradeFlows, { partner: 'MEX', year: 2022 })).toMatchObject({
      exportsUsd: 12_654_212_000,
      importsUsd: 8_577_372_000,
      source: 'kosis-kcs-trade',
    });
    expect(
      balanceSeries(tradeFlows, { partner: 'MEX', from: 2023 }).map((r) => [r.year, r.exportsUsd, r.importsUsd]),
    ).toEqual([[2023, 12_221_993_000, 7_630_719_000]]);
  });

  it("gives Korea's 2022 imports from Chile and its share of Korea's world trade", () => {
    expect(tradeBalance(tradeFlows, { partner: 'CHL', year: 2022 })?.importsUsd).toBe(6_801_722_000);
    expect(worldShare(tradeFlows, { partner: 'CHL', year: 2022, basis: 'imports' })).toBeCloseTo(
      (6_801_722_000 / 731_369_657_000) * 100,
      10,
    );
  });

  it('sums the CELAC 33 for 2021 and Korea Customs’ Central and South America for 2022', () => {
    const [celac] = aggregate(tradeFlows, { by: 'year', from: 2021, to: 2021 });
    expect(celac).toMatchObject({ group: 'celac', totalUsd: 52_638_930_000, exportCount: 33, importCount: 33 });
    const [region] = aggregate(tradeFlows, { by: 'year', region: 'central-and-south-america', from: 2022, to: 2022 });
    expect(region?.group).toBe('central-and-south-america');
    expect(region?.totalUsd).toBe(59_325_923_000);
    expect(tradeRegionMembers('central-and-south-america')).toHaveLength(48);
    expect(() => aggregate(tradeFlows, { by: 'year', region: 'asia' as never })).toThrow(/Unknown trade region "asia"/);
  });

  it('keeps a published zero as zero, never as a gap', () => {
    // Anguilla 1997: export_kosis = 0; Antigua and Barbuda 1990: import_kosis = 0.
    const aia = tradeFlows.filter((f) => f.partner === 'AIA' && f.year === 1997 && f.source === 'kosis-kcs-trade');
    expect(aia.map((f) => [f.flow, f.valueUsd])).toEqual([['export', 0]]);
    expect(tradeBalance(tradeFlows, { partner: 'ATG', year: 1990 })).toMatchObject({
      exportsUsd: 174_000,
      importsUsd: 0,
      coverageRatio: null,
    });
  });

  it('still reaches IMF DOTS through the source option, and says which source it used', () => {
    expect(tradeBalance(tradeFlows, { partner: 'MEX', year: 2010 })?.exportsUsd).toBe(8_845_549_000);
    expect(tradeBalance(tradeFlows, { partner: 'MEX', year: 2010, source: 'imf-dots-2022' })?.source).toBe(
      'imf-dots-2022',
    );
    expect(tradeSourcePreference.korea.slice(0, 3)).toEqual([
      'kosis-kcs-trade',
      'imf-dots-2022',
      'cow-bilateral-trade',
    ]);
    expect(tradeSourcePreference.partners[0]).toBe('imf-dots-2022');
  });

  it("mirrors Korea's customs figures against the partner's own, naming both sources", () => {
    const [toMexico] = mirror(tradeFlows, { partner: 'MEX', year: 2008 });
    expect(toMexico).toMatchObject({
      koreaReportedUsd: 9_089_949_000,
      koreaSource: 'kosis-kcs-trade',
      partnerReportedUsd: 14_338_916_800,
      partnerSource: 'imf-dots-2022',
    });
    const chile2022 = mirror(tradeFlows, { partner: 'CHL', year: 2022 });
    expect(chile2022.find((r) => r.direction === 'partner-to-korea')).toMatchObject({
      koreaReportedUsd: 6_801_722_000,
      partnerReportedUsd: 6_377_141_723.465,
      partnerSource: 'un-comtrade-plus',
    });
  });
});

describe('one-way series', () => {
  it("reaches UN Comtrade's LAC exports to Korea to 2024", () => {
    expect(flowSeries(tradeFlows, { reporter: 'CHL', partner: 'KOR', flow: 'export', from: 2021 })).toEqual([
      { year: 2021, valueUsd: 4_826_182_327.101, source: 'un-comtrade-plus', estimated: false },
      { year: 2022, valueUsd: 6_377_141_723.465, source: 'un-comtrade-plus', estimated: false },
      { year: 2023, valueUsd: 5_697_212_692.17, source: 'un-comtrade-plus', estimated: false },
      { year: 2024, valueUsd: 4_553_020_073.235, source: 'un-comtrade-plus', estimated: false },
    ]);
  });

  it("gives Korea's exports to Mexico by the preference, or from one source", () => {
    const rows = flowSeries(tradeFlows, { partner: 'MEX', flow: 'export', from: 2019, to: 2023 });
    expect(rows.map((r) => [r.year, r.valueUsd, r.source])).toEqual([
      [2019, 10_927_016_000, 'kosis-kcs-trade'],
      [2020, 8_241_006_000, 'kosis-kcs-trade'],
      [2021, 11_290_248_000, 'kosis-kcs-trade'],
      [2022, 12_654_212_000, 'kosis-kcs-trade'],
      [2023, 12_221_993_000, 'kosis-kcs-trade'],
    ]);
    expect(
      flowSeries(tradeFlows, { partner: 'MEX', flow: 'export', from: 2008, to: 2008, source: 'imf-dots-2022' }),
    ).toEqual([{ year: 2008, valueUsd: 9_089_949_001, source: 'imf-dots-2022', estimated: false }]);
  });

  it('rejects bad options with the value named', () => {
    expect(() => flowSeries(tradeFlows, { partner: 'MEX', flow: 'exports' as never })).toThrow(
      /Unknown flow "exports"/,
    );
    expect(() => flowSeries(tradeFlows, { partner: 'MEX', flow: 'export', from: 2010, to: 2000 })).toThrow(
      /"from" \(2010\) is after "to" \(2000\)/,
    );
    expect(() => flowSeries(tradeFlows, { reporter: 'MEX', partner: 'MEX', flow: 'export' })).toThrow(
      /Reporter and partner are both "MEX"/,
    );
  });
});

describe('preferred flows', () => {
  it('keeps one row per key, by the preference, so sums count a value once', () => {
    const preferred = preferredFlows(tradeFlows);
    const keys = new Set<string>();
    for (const f of preferred) {
      const key = `${f.reporter}|${f.partner}|${f.year}|${f.flow}`;
      expect(keys.has(key), key).toBe(false);
      keys.add(key);
    }
    const allKeys = new Set(tradeFlows.map((f) => `${f.reporter}|${f.partner}|${f.year}|${f.flow}`));
    expect(keys.size).toBe(allKeys.size);
    expect(preferred.length).toBeLessThan(tradeFlows.length);
    const mex2008 = preferred.filter((f) => f.reporter === 'KOR' && f.partner === 'MEX' && f.year === 2008);
    expect(mex2008.map((f) => f.source)).toEqual(['kosis-kcs-trade', 'kosis-kcs-trade']);
    // LAC reporters: IMF DOTS before UN Comtrade.
    const chl2010 = preferred.find((f) => f.reporter === 'CHL' && f.year === 2010 && f.flow === 'export');
    expect(chl2010?.source).toBe('imf-dots-2022');
    // A sum over preferred rows equals the helper's total.
    const byHand = preferred
      .filter((f) => f.reporter === 'KOR' && f.year === 2021 && LAC.includes(f.partner))
      .reduce((s, f) => s + f.valueUsd, 0);
    expect(byHand).toBe(52_638_930_000);
  });

  it('returns a new array each call and agrees with the CSV column', () => {
    expect(preferredFlows(tradeFlows)).not.toBe(preferredFlows(tradeFlows));
    const csv = rawRows('datasets/trade-flows.csv');
    const preferredCsv = csv.filter((r) => r.preferred === 'true').length;
    expect(preferredCsv).toBe(preferredFlows(tradeFlows).length);
    expect(csv.filter((r) => r.preferred !== 'true' && r.preferred !== 'false')).toEqual([]);
  });
});

describe('KOSIS integrity', () => {
  const raw = rawRows(KOSIS);
  const region = new Set([...LAC, ...TERRITORIES]);

  it('ships every KOSIS and COW cell of the region and the world, each equal to the raw cell and naming its source', () => {
    const shipped = new Map(
      tradeFlows
        .filter((f) => f.source === 'kosis-kcs-trade' || f.source === 'cow-bilateral-trade')
        .map((f) => [`${f.partner}|${f.year}|${f.flow}|${f.source}`, f]),
    );
    let expected = 0;
    const worldYears = new Set<string>();
    for (const r of raw) {
      if (r.total_export !== 'NA' && !worldYears.has(r.year!)) {
        worldYears.add(r.year!);
        for (const flow of ['export', 'import']) {
          expected += 1;
          expect(shipped.get(`WLD|${r.year}|${flow}|kosis-kcs-trade`)?.valueUsd).toBe(Number(r[`total_${flow}`]));
        }
      }
      if (!region.has(r.iso3c!)) continue;
      for (const flow of ['export', 'import']) {
        const kosis = r[`${flow}_kosis`];
        const cow = r[`${flow}_cow`];
        const [source, cell] = kosis !== 'NA' ? ['kosis-kcs-trade', kosis] : ['cow-bilateral-trade', cow];
        if (cell === 'NA') continue;
        expected += 1;
        const f = shipped.get(`${r.iso3c}|${r.year}|${flow}|${source}`);
        expect(f?.valueUsd, `${r.iso3c} ${r.year} ${flow}`).toBe(Number(cell));
        expect(f?.sources).toEqual([source, 'kdiplo']);
        expect(f?.valuation).toBe(flow === 'export' ? 'FOB' : 'CIF');
      }
    }
    expect(shipped.size).toBe(expected);
    expect(tradeMeta.coverage.find((c) => c.source === 'kosis-kcs-trade')).toMatchObject({
      reporter: 'KOR',
      firstYear: 1965,
      lastYear: 2023,
    });
    expect(caribbeanTerritoryCodes).toEqual([...TERRITORIES].sort());
  });

  it('never ships the carrier’s constant-2015-dollar columns', () => {
    // A constant-dollar cell that differs from its nominal cell (in 2015 the two are equal by definition).
    const cons = new Set<number>();
    for (const r of raw) {
      for (const c of ['export', 'import', 'total_export', 'total_import']) {
        const value = r[`${c}_cons_2015`];
        if (value !== 'NA' && Number(value) !== Number(r[c])) cons.add(Number(value));
      }
    }
    expect(cons.size).toBeGreaterThan(10_000);
    const leaked = tradeFlows.filter((f) => f.reporter === 'KOR' && cons.has(f.valueUsd));
    expect(leaked).toEqual([]);
  });
});
