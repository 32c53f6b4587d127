import { describe, expect, it } from 'vitest';
import {
  koreaRank,
  paperMexicoTable,
  partnerRanking,
  partnerShares,
  rankAmongKoreaPartners,
  rankingsMeta,
  rankPartners,
} from '../../src/rankings/index.js';
import { rawRows } from '../helpers/raw.js';

const PAPER_PERIOD = { from: 2007, to: 2009 };

describe("the paper's Mexico table", () => {
  it('is shipped exactly as printed, with the paper as its source', () => {
    expect(paperMexicoTable.map((r) => [r.partner, r.rank, r.sharePct])).toEqual([
      ['USA', 1, 65],
      ['CHN', 2, 6],
      ['JPN', 3, 3],
      ['DEU', 4, 2.8],
      ['CAN', 5, 2.7],
      ['KOR', 6, 2],
    ]);
    for (const row of paperMexicoTable) {
      expect(row).toMatchObject({
        reporter: 'MEX',
        period: PAPER_PERIOD,
        sources: ['lopez-aymes-2012'],
        valueUsd: null,
      });
    }
    const viaHelper = partnerRanking(partnerShares, {
      reporter: 'MEX',
      period: PAPER_PERIOD,
      source: 'lopez-aymes-2012',
    });
    expect(viaHelper.map((r) => r.partner)).toEqual(['USA', 'CHN', 'JPN', 'DEU', 'CAN', 'KOR']);
  });
});

describe('computed tables (IMF DOTS)', () => {
  // Worked out from data/rankings/lac6_all_partners_imf_dots.csv: Mexico's exports + imports
  // summed over 2007–2009, each partner ÷ the WLD row.
  const raw = rawRows('data/rankings/lac6_all_partners_imf_dots.csv').filter(
    (r) => r.reporter_iso3 === 'MEX' && Number(r.year) >= 2007 && Number(r.year) <= 2009,
  );
  const sumFor = (partner: string) =>
    raw.filter((r) => r.partner_iso3 === partner).reduce((s, r) => s + Number(r.value_usd), 0);

  it('puts Korea sixth for Mexico in 2007–2009, with Canada ahead of Germany (unlike the paper)', () => {
    const table = partnerRanking(partnerShares, { reporter: 'MEX', period: PAPER_PERIOD });
    expect(table.slice(0, 6).map((r) => r.partner)).toEqual(['USA', 'CHN', 'JPN', 'CAN', 'DEU', 'KOR']);
    const korea = koreaRank(partnerShares, { reporter: 'MEX', period: PAPER_PERIOD });
    expect(korea?.rank).toBe(6);
    expect(korea?.valueUsd).toBe(41_029_299_780);
    expect(korea?.worldUsd).toBe(1_667_188_990_100);
    expect(korea?.valueUsd).toBe(sumFor('KOR'));
    expect(korea?.sharePct).toBeCloseTo((sumFor('KOR') / sumFor('WLD')) * 100, 12);
    expect(korea?.sharePct).toBeCloseTo(2.461, 3);
  });

  it("ranks Mexico 18th and Brazil 22nd among Korea's partners in 2007–2009", () => {
    const mexico = rankAmongKoreaPartners(partnerShares, { partner: 'MEX', period: PAPER_PERIOD });
    expect(mexico?.rank).toBe(18);
    expect(mexico?.sharePct).toBeCloseTo(1.1774, 4);
    expect(rankAmongKoreaPartners(partnerShares, { partner: 'BRA', period: PAPER_PERIOD })?.rank).toBe(22);
  });

  it('defaults to the latest year and total trade, and explains a missing table', () => {
    const latest = partnerRanking(partnerShares, { reporter: 'BRA' });
    expect(latest[0]?.period).toEqual({ from: 2020, to: 2020 });
    expect(latest[0]?.basis).toBe('total');
    expect(() => partnerRanking(partnerShares, { reporter: 'MEX', period: 1985 })).toThrow(
      'No total ranking for MEX in 1985. Available: years 1990–2020 and periods 2007–2009.',
    );
    expect(() => partnerRanking(partnerShares, { reporter: 'URY' as never })).toThrow(/Unknown ranking reporter "URY"/);
    expect(() => koreaRank(partnerShares, { reporter: 'KOR' })).toThrow(/rankAmongKoreaPartners/);
    expect(() => partnerRanking(partnerShares, { reporter: 'MEX', period: { from: 2009, to: 2007 } })).toThrow(
      /after period.to/,
    );
  });

  it('keeps shares in [0, 100], each table summing to at most 100, ranks consistent with shares', () => {
    const tables = new Map<string, typeof partnerShares>();
    for (const row of partnerShares) {
      const key = `${row.reporter}|${row.period.from}|${row.period.to}|${row.basis}|${row.sources[0]}`;
      tables.set(key, [...(tables.get(key) ?? []), row]);
      expect(row.sharePct).toBeGreaterThanOrEqual(0);
      expect(row.sharePct).toBeLessThanOrEqual(100);
    }
    // The paper's table; IMF DOTS: 7 reporters × (31 years + 2007–2009) × 3 bases;
    // KOSIS: Korea × (1990–2023 + 2007–2009) × 3 bases.
    expect(tables.size).toBe(1 + 7 * 32 * 3 + 35 * 3);
    for (const rows of tables.values()) {
      // Kept rows are the top 10 plus LAC partners; even where KOSIS partners sum above its world total, they stay under 100.
      expect(rows.reduce((s, r) => s + r.sharePct, 0)).toBeLessThanOrEqual(100);
      const sorted = [...rows].sort((a, b) => a.rank - b.rank);
      for (let i = 1; i < sorted.length; i += 1)
        expect(sorted[i]!.sharePct).toBeLessThanOrEqual(sorted[i - 1]!.sharePct);
    }
    expect(rankingsMeta.records).toBe(partnerShares.length);
  });
});

describe('rankPartners', () => {
  const rows = [
    { p: 'A', v: 5 },
    { p: 'B', v: 9 },
    { p: 'C', v: 5 },
    { p: 'D', v: 1 },
  ];

  it('gives equal values the same rank (competition and dense)', () => {
    expect(rankPartners(rows, (r) => r.v).map((r) => `${r.item.p}${r.rank}`)).toEqual(['B1', 'A2', 'C2', 'D4']);
    expect(rankPartners(rows, (r) => r.v, { ties: 'dense' }).map((r) => r.rank)).toEqual([1, 2, 2, 3]);
    expect(rankPartners(rows, (r) => r.v, { order: 'asc' }).map((r) => r.item.p)).toEqual(['D', 'A', 'C', 'B']);
    expect(rankPartners([], (r: number) => r)).toEqual([]);
  });

  it('keeps the input order among ties, in either direction', () => {
    expect(rankPartners(rows, (r) => r.v, { order: 'asc' }).map((r) => `${r.item.p}${r.rank}`)).toEqual([
      'D1',
      'A2',
      'C2',
      'B4',
    ]);
    expect(rankPartners(rows, (r) => r.v, { order: 'asc', ties: 'dense' }).map((r) => r.rank)).toEqual([1, 2, 2, 3]);
    expect(rankPartners([...rows].reverse(), (r) => r.v).map((r) => r.item.p)).toEqual(['B', 'C', 'A', 'D']);
  });

  it('names a bad ranking value or option', () => {
    expect(() => rankPartners(rows, 'v' as never)).toThrow('Expected "valueFor" to be a function, got "v".');
    expect(() => rankPartners(rows, () => Number.NaN)).toThrow('rows[0] has no finite value to rank by: got NaN.');
    expect(() => rankPartners(rows, () => '1' as never)).toThrow('got "1"');
    expect(() => rankPartners(rows, (r) => r.v, { order: 'up' as never })).toThrow(
      'Unknown rank order "up". Valid values: desc, asc.',
    );
    expect(() => rankPartners('x' as never, (r) => r as number)).toThrow('Expected "rows" to be an array');
  });

  it('does not change its input and rejects values it cannot rank', () => {
    const copy = JSON.parse(JSON.stringify(rows));
    rankPartners(rows, (r) => r.v);
    expect(rows).toEqual(copy);
    expect(() => rankPartners([{ v: Number.NaN }], (r) => r.v)).toThrow(
      /rows\[0\] has no finite value to rank by: got NaN/,
    );
    expect(() => rankPartners(rows, (r) => r.v, { ties: 'olympic' as never })).toThrow(/Unknown tie rule "olympic"/);
  });
});
