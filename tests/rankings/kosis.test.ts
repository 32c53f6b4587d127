import { describe, expect, it } from 'vitest';
import { partnerRanking, partnerShares, rankAmongKoreaPartners, rankingsMeta } from '../../src/rankings/index.js';
import { rawRows } from '../helpers/raw.js';

// Korea's partner tables from Korea Customs (KOSIS), checked against a ranking worked out
// here from the raw file: every partner's exports + imports, KOSIS columns only.
const raw = rawRows('data/trade/kor_all_partners_kosis_kdiplo.csv');

function totalsFor(year: number): Map<string, number> {
  const totals = new Map<string, number>();
  for (const r of raw) {
    if (Number(r.year) !== year) continue;
    const value =
      (r.export_kosis === 'NA' ? 0 : Number(r.export_kosis)) + (r.import_kosis === 'NA' ? 0 : Number(r.import_kosis));
    if (r.export_kosis !== 'NA' || r.import_kosis !== 'NA') totals.set(r.iso3c!, value);
  }
  return totals;
}

describe("Korea's partner tables from Korea Customs (KOSIS)", () => {
  it('ranks Mexico among Korea’s partners in 2022 as the raw file does', () => {
    const totals = totalsFor(2022);
    const mexico = totals.get('MEX')!;
    expect(mexico).toBe(12_654_212_000 + 8_577_372_000);
    const ahead = [...totals.values()].filter((v) => v > mexico).length;
    const row = rankAmongKoreaPartners(partnerShares, { partner: 'MEX', period: 2022 });
    expect(row).toMatchObject({
      rank: ahead + 1,
      valueUsd: mexico,
      worldUsd: 683_584_760_000 + 731_369_657_000,
      sources: ['kosis-kcs-trade', 'kdiplo'],
    });
    expect(row?.sharePct).toBeCloseTo((mexico / (683_584_760_000 + 731_369_657_000)) * 100, 10);
  });

  it('gives the top partner of 2023 and reaches 2021–2023 only from KOSIS', () => {
    const totals = totalsFor(2023);
    const [top] = [...totals.entries()].sort((a, b) => b[1] - a[1]);
    const table = partnerRanking(partnerShares, { reporter: 'KOR', period: 2023 });
    expect(table[0]).toMatchObject({ partner: top![0], rank: 1, valueUsd: top![1] });
    expect(table.every((r) => r.sources[0] === 'kosis-kcs-trade')).toBe(true);
    expect(rankingsMeta.years).toEqual({ from: 1990, to: 2023 });
  });

  it('keeps IMF DOTS as the default where both exist, and reaches KOSIS with the source option', () => {
    const dots = rankAmongKoreaPartners(partnerShares, { partner: 'MEX', period: { from: 2007, to: 2009 } });
    expect(dots).toMatchObject({ rank: 18, sources: ['imf-dots-2022'] });
    const kosis = rankAmongKoreaPartners(partnerShares, { partner: 'MEX', period: 2010, source: 'kosis-kcs-trade' });
    const totals = totalsFor(2010);
    expect(kosis?.valueUsd).toBe(totals.get('MEX'));
    expect(kosis?.rank).toBe([...totals.values()].filter((v) => v > totals.get('MEX')!).length + 1);
  });

  it('lists the years where KOSIS partner values sum above its own world total', () => {
    expect(rankingsMeta.gaps.some((g) => g.startsWith('KOSIS, KOR 1997 imports'))).toBe(true);
  });
});
