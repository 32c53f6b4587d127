import { describe, expect, it } from 'vitest';
import { isLacCountry } from '../../src/countries/index.js';
import { isSourceId } from '../../src/sources/index.js';
import { caribbeanTerritoryCodes, tradeFlows, tradeMeta } from '../../src/trade/index.js';
import { rawRows } from '../helpers/raw.js';

describe('trade data integrity', () => {
  it('keeps every raw row, value and estimated flag', () => {
    const files = ['kor_lac_trade_imf_dots.csv', 'lac_exports_to_kor_uncomtrade.csv', 'kor_lac_trade_2021_2024.csv'];
    const raw = files.flatMap((f) => rawRows(`data/trade/${f}`));
    // The KOSIS file's records are counted cell by cell in trade-kosis.test.ts.
    const fromKosisFile = tradeFlows.filter((f) => f.sources.includes('kdiplo'));
    expect(tradeFlows.length - fromKosisFile.length).toBe(raw.length);
    expect(tradeMeta.records).toBe(tradeFlows.length);
    const key = (r: { reporter: string; partner: string; year: number; flow: string }) =>
      `${r.reporter}|${r.partner}|${r.year}|${r.flow}`;
    const shipped = new Map(tradeFlows.filter((f) => f.source === 'imf-dots-2022').map((f) => [key(f), f]));
    const dots = rawRows('data/trade/kor_lac_trade_imf_dots.csv');
    for (const r of dots) {
      const f = shipped.get(
        key({ reporter: r.reporter_iso3!, partner: r.partner_iso3!, year: Number(r.year), flow: r.flow! }),
      );
      expect(f?.valueUsd).toBe(Number(r.value_usd));
      expect(f?.estimated).toBe(r.estimated === 'true');
    }
    expect(tradeFlows.filter((f) => f.estimated)).toHaveLength(130);
  });

  it('has no duplicate keys, known codes and sources, and non-negative values', () => {
    const keys = new Set<string>();
    for (const f of tradeFlows) {
      const k = `${f.reporter}|${f.partner}|${f.year}|${f.flow}|${f.source}`;
      expect(keys.has(k)).toBe(false);
      keys.add(k);
      expect(f.sources[0]).toBe(f.source);
      expect(f.reporter === 'KOR' || isLacCountry(f.reporter)).toBe(true);
      const territory = (caribbeanTerritoryCodes as readonly string[]).includes(f.partner);
      expect(
        f.partner === 'KOR' || f.partner === 'WLD' || isLacCountry(f.partner) || (territory && f.reporter === 'KOR'),
      ).toBe(true);
      expect(f.valueUsd).toBeGreaterThanOrEqual(0);
      expect(f.sources.every(isSourceId)).toBe(true);
    }
  });

  it("keeps each reporter's partner sum at or below its world total", () => {
    const partnerSums = new Map<string, number>();
    const world = new Map<string, number>();
    for (const f of tradeFlows) {
      const k = `${f.reporter}|${f.year}|${f.flow}|${f.source}`;
      if (f.partner === 'WLD') world.set(k, f.valueUsd);
      else partnerSums.set(k, (partnerSums.get(k) ?? 0) + f.valueUsd);
    }
    let compared = 0;
    for (const [k, sum] of partnerSums) {
      const total = world.get(k);
      if (total === undefined) continue;
      compared += 1;
      expect(sum, k).toBeLessThanOrEqual(total);
    }
    expect(compared).toBeGreaterThan(1500); // Korea's and each LAC reporter's years with a world total
  });

  it('describes its coverage', () => {
    const korea = tradeMeta.coverage.find((c) => c.reporter === 'KOR' && c.source === 'imf-dots-2022');
    expect(korea).toMatchObject({ firstYear: 1960, lastYear: 2020 });
    expect(korea?.partners).toHaveLength(33);
  });
});
