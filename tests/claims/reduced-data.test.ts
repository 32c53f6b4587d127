import { describe, expect, it } from 'vitest';
import type { ClaimDatasets } from '../../src/claims/index.js';
import { verifyClaims } from '../../src/claims/index.js';
import { parseClaims } from '../../src/schemas/index.js';
import type { TradeFlow } from '../../src/trade/index.js';
import { madeUpFlow } from '../helpers/made-up-flow.js';
import { withData } from '../helpers/shipped-datasets.js';

const none = { tradeFlows: [], partnerShares: [], agreements: [], timelineEvents: [], challenges: [], roles: [] };
const checkOf = (id: string, data: Partial<ClaimDatasets>) =>
  verifyClaims(withData(data)).find((c) => c.id === id)?.check;

describe('claims on data that cannot decide them', () => {
  it('says for each claim what is missing instead of failing or guessing', () => {
    const checks = Object.fromEntries(verifyClaims(none).map((c) => [c.id, [c.check.verdict, c.check.explanation]]));
    expect(checks).toMatchObject({
      'korea-sixth-partner-of-mexico': ['not-checkable', 'Korea is not in the computed table for Mexico, 2007–2009.'],
      'korea-share-of-mexico-trade': ['not-checkable', 'Korea is not in the computed table.'],
      'partners-ahead-of-korea-in-mexico': [
        'not-checkable',
        'Korea is not in the computed table for Mexico, 2007–2009.',
      ],
      'mexico-outside-korea-top-partners': ['not-checkable', 'Mexico is not in the computed table for Korea.'],
      'korea-lac-trade-grew-steadily': ['not-checkable', 'The data lack a total for 1990 or 2010.'],
      'korea-trade-outgrew-us-europe': ['not-checkable', 'A Korea or United States row is missing for 1990 or 2010.'],
      'korea-lac-trade-marginal': ['not-checkable', 'World totals or regional totals are missing for 2010.'],
      'mexico-deficit-with-korea-grows': [
        'not-checkable',
        'A Mexico-reported balance is missing for 2000, 2005 or 2010.',
      ],
      'korea-idb-member-2005': ['not-checkable', 'The IDB membership event is not in the data.'],
      'korea-oas-permanent-observer': ['not-checkable', 'The data do not settle it.'],
      'korea-joined-architecture-mid-1990s': [
        'not-checkable',
        'The data do not say when Korea became an OAS observer.',
      ],
      'agreements-signed-in-1990s': ['not-checkable', 'The data hold no signature of a trade or investment agreement.'],
      'recognition-diplomacy-1950s-60s': ['not-checkable', 'No establishment of diplomatic relations is in the data.'],
      'lee-visit-mexico-2010': ['not-checkable', 'The visit is not in the data.'],
    });
  });

  it('leaves every computed figure empty and still cites a source, so the result validates', () => {
    const claims = verifyClaims(none);
    expect(parseClaims(claims)).toHaveLength(claims.length);
    const figure = (id: string, label: string) =>
      claims.find((c) => c.id === id)?.check.computed.find((f) => f.label === label)?.value;
    expect(figure('korea-sixth-partner-of-mexico', "Korea's rank in Mexico's trade")).toBeNull();
    expect(figure('korea-lac-trade-grew-steadily', 'Korea–LAC trade, 1990')).toBeNull();
    expect(figure('korea-lac-trade-grew-steadily', 'Compound annual growth, 1990–2010')).toBeNull();
    expect(figure('korea-trade-outgrew-us-europe', 'Growth of trade with Korea, 1990–2010')).toBeNull();
    expect(figure('korea-trade-outgrew-us-europe', 'Growth of trade with the United States, 1990–2010')).toBeNull();
    expect(figure('korea-lac-trade-marginal', "LAC's share of Korea's trade, 2010")).toBeNull();
    expect(figure('mexico-deficit-with-korea-grows', 'Year of the largest deficit, 2000–2010')).toBeNull();
    expect(figure('mexico-outside-korea-top-partners', "Korea's largest LAC partner in the same table")).toBeNull();
    expect(figure('lee-visit-mexico-2010', 'Visit date')).toBeNull();
    expect(figure('korea-oas-permanent-observer', 'Observer in March 2012')).toBe('unknown');
    for (const id of ['agreements-signed-in-1990s', 'recognition-diplomacy-1950s-60s', 'lee-visit-mexico-2010']) {
      expect(claims.find((c) => c.id === id)?.check.sources).toEqual(['lopez-aymes-2012']);
    }
  });
});

describe('the steady-growth check on made-up series', () => {
  // Korea's exports to Argentina only, so the regional total is exactly these values.
  const series = (values: Record<number, number>): TradeFlow[] =>
    Object.entries(values).map(([year, valueUsd]) =>
      madeUpFlow({ partner: 'ARG', year: Number(year), flow: 'export', valueUsd }),
    );
  const steady = (values: Record<number, number>) =>
    checkOf('korea-lac-trade-grew-steadily', { tradeFlows: series(values) });

  it('supports growth without a falling year', () => {
    // (4 / 1)^(1/20) − 1 = 7.18% a year.
    expect(steady({ 1990: 1e9, 2000: 3e9, 2010: 4e9 })).toMatchObject({
      verdict: 'supported',
      explanation: expect.stringMatching(
        /^Trade rose from US\$ 1\.00 bn to US\$ 4\.00 bn, 7\.2% a year, without a year of decline: strong growth, and steady\./,
      ),
      computed: [
        { label: 'Korea–LAC trade, 1990', value: 1e9, unit: 'USD' },
        { label: 'Korea–LAC trade, 2010', value: 4e9, unit: 'USD' },
        { label: 'Compound annual growth, 1990–2010', value: 7.18, unit: '% a year' },
        { label: 'Years with a decline', value: '', unit: 'years' },
      ],
    });
  });

  it('calls growth with a falling year partly right, and a flat or lower end contradicted', () => {
    // A change is measured against the year before, so the falling year needs its predecessor.
    expect(steady({ 1990: 1e9, 2009: 5e9, 2010: 4e9 })).toMatchObject({
      verdict: 'partly',
      explanation: expect.stringMatching(/, but fell in 1 of the 20 years \(2010\): strong growth, not steady\./),
    });
    expect(steady({ 1990: 4e9, 2010: 1e9 })).toMatchObject({
      verdict: 'contradicted',
      explanation: 'Trade did not grow: it went from US$ 4.00 bn to US$ 1.00 bn, -6.7% a year.',
    });
    expect(steady({ 1990: 2e9, 2010: 2e9 })?.verdict).toBe('contradicted');
    // An unchanged year is not a decline.
    expect(steady({ 1990: 1e9, 1991: 1e9, 2010: 2e9 })?.verdict).toBe('supported');
  });

  it('cannot decide without both end years', () => {
    expect(steady({ 1991: 1e9, 2010: 4e9 })?.verdict).toBe('not-checkable');
    expect(steady({ 1990: 1e9, 2009: 4e9 })?.verdict).toBe('not-checkable');
  });
});
