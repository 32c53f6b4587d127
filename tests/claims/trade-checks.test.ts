import { describe, expect, it } from 'vitest';
import type { ClaimDatasets } from '../../src/claims/index.js';
import { verifyClaims } from '../../src/claims/index.js';
import { type PartnerShare, partnerShares } from '../../src/rankings/index.js';
import { type TradeFlow, tradeFlows } from '../../src/trade/index.js';
import { withData } from '../helpers/shipped-datasets.js';

// Each test changes shipped rows and checks that the verdict and its explanation follow.
const checkOf = (id: string, data: Partial<ClaimDatasets>) =>
  verifyClaims(withData(data)).find((c) => c.id === id)?.check;
const isDotsYearRow = (s: PartnerShare, reporter: string, partner: string, year: number) =>
  s.reporter === reporter &&
  s.partner === partner &&
  s.period.from === year &&
  s.period.to === year &&
  s.basis === 'total' &&
  s.sources[0] === 'imf-dots-2022';

describe('trade with Korea outgrew trade with the United States', () => {
  it('is contradicted when trade with the United States grew faster', () => {
    const usaBoom = partnerShares.map((s) =>
      isDotsYearRow(s, 'MEX', 'USA', 2010) ? { ...s, valueUsd: (s.valueUsd as number) * 1000 } : s,
    );
    const check = checkOf('korea-trade-outgrew-us-europe', { partnerShares: usaBoom });
    expect(check?.verdict).toBe('contradicted');
    expect(check?.explanation).toMatch(/ with the United States: not faster\. The comparison with Europe /);
    expect(check?.computed[2]).toEqual({
      label: 'Growth of trade with Europe',
      value: null,
      unit: 'not in the shipped tables',
    });
  });

  it('cannot decide when one reporter lacks a value for either partner', () => {
    const noValue = partnerShares.map((s) => (isDotsYearRow(s, 'PER', 'KOR', 1990) ? { ...s, valueUsd: null } : s));
    expect(checkOf('korea-trade-outgrew-us-europe', { partnerShares: noValue })).toMatchObject({
      verdict: 'not-checkable',
      computed: [
        { label: 'Growth of trade with Korea, 1990–2010', value: null, unit: '% a year' },
        { label: 'Growth of trade with the United States, 1990–2010', value: expect.any(Number), unit: '% a year' },
        expect.anything(),
      ],
    });
    const noUsa = partnerShares.filter((s) => !isDotsYearRow(s, 'COL', 'USA', 2010));
    expect(checkOf('korea-trade-outgrew-us-europe', { partnerShares: noUsa })?.verdict).toBe('not-checkable');
  });
});

describe('trade is marginal for both sides', () => {
  it("is contradicted when Korea has 10% or more of one LAC economy's trade", () => {
    const big = partnerShares.map((s) => (isDotsYearRow(s, 'CHL', 'KOR', 2010) ? { ...s, sharePct: 10 } : s));
    const check = checkOf('korea-lac-trade-marginal', { partnerShares: big });
    expect(check?.verdict).toBe('contradicted');
    expect(check?.explanation).toMatch(/–10\.00% of the trade of Mexico, .*: not small on every side\.$/);
    const justUnder = partnerShares.map((s) => (isDotsYearRow(s, 'CHL', 'KOR', 2010) ? { ...s, sharePct: 9.99 } : s));
    expect(checkOf('korea-lac-trade-marginal', { partnerShares: justUnder })?.verdict).toBe('supported');
  });

  it("is contradicted when the region has 10% or more of Korea's trade", () => {
    // Shrink Korea's 2010 world totals until the LAC share passes 10%.
    const smallWorld = tradeFlows.map((f) =>
      f.reporter === 'KOR' && f.partner === 'WLD' && f.year === 2010
        ? ({ ...f, valueUsd: f.valueUsd / 4 } as TradeFlow)
        : f,
    );
    const check = checkOf('korea-lac-trade-marginal', { tradeFlows: smallWorld });
    expect(check?.verdict).toBe('contradicted');
    expect(check?.explanation).toMatch(/^In 2010 the 33 LAC countries took 20\.2\d% of Korea's trade/);
  });

  it('counts only IMF DOTS world totals, and skips economies without a table', () => {
    const otherSource = tradeFlows.map((f) =>
      f.reporter === 'KOR' && f.partner === 'WLD' && f.year === 2010
        ? ({ ...f, source: 'un-comtrade-plus', sources: ['un-comtrade-plus'] } as TradeFlow)
        : f,
    );
    expect(checkOf('korea-lac-trade-marginal', { tradeFlows: otherSource })).toMatchObject({
      verdict: 'not-checkable',
      explanation: 'World totals or regional totals are missing for 2010.',
    });
    const noColombia = partnerShares.filter((s) => !(s.reporter === 'COL' && s.period.from === 2010));
    const check = checkOf('korea-lac-trade-marginal', { partnerShares: noColombia });
    expect(check?.verdict).toBe('supported');
    expect(check?.computed.map((f) => f.label)).toEqual([
      "LAC's share of Korea's trade, 2010",
      "Korea's share of Mexico's trade, 2010",
      "Korea's share of Brazil's trade, 2010",
      "Korea's share of Chile's trade, 2010",
      "Korea's share of Argentina's trade, 2010",
      "Korea's share of Peru's trade, 2010",
    ]);
  });
});

describe("Mexico's deficit with Korea", () => {
  it("reports Korea's view beside Mexico's", () => {
    const check = checkOf('mexico-deficit-with-korea-grows', {});
    expect(check?.computed.map((f) => f.label)).toEqual([
      "Mexico's deficit with Korea, 2000 (Mexico reporting)",
      "Mexico's deficit with Korea, 2005 (Mexico reporting)",
      "Mexico's deficit with Korea, 2010 (Mexico reporting)",
      'Year of the largest deficit, 2000–2010',
      "Korea's surplus with Mexico, 2010 (Korea reporting)",
    ]);
    expect(check?.explanation).toMatch(
      /by Mexico's figures the deficit grows, and by Korea's the surplus grows too\.$/,
    );
  });

  it("says when Korea's surplus does not grow steadily", () => {
    const flat = tradeFlows.map((f) =>
      f.reporter === 'KOR' && f.partner === 'MEX' && f.year === 2005 && f.flow === 'export'
        ? ({ ...f, valueUsd: f.valueUsd * 10 } as TradeFlow)
        : f,
    );
    expect(checkOf('mexico-deficit-with-korea-grows', { tradeFlows: flat })?.explanation).toMatch(
      /and by Korea's the surplus does not grow steadily\.$/,
    );
  });
});
