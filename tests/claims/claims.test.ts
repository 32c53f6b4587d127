import { describe, expect, it } from 'vitest';
import { claimIds, claims, combineVerdicts, compareToPrinted, verifyClaims } from '../../src/claims/index.js';
import { partnerShares } from '../../src/rankings/index.js';
import { parseClaims } from '../../src/schemas/index.js';
import { tradeFlows } from '../../src/trade/index.js';
import { shipped, withData } from '../helpers/shipped-datasets.js';

const byId = (id: string) => claims.find((c) => c.id === id)!;
const computed = (id: string, label: string) => byId(id).check.computed.find((f) => f.label === label)?.value;

describe('claims (paper-notes §4f and §5)', () => {
  it('covers every quantitative and dated claim the notes list', () => {
    expect(claimIds).toEqual(
      expect.arrayContaining([
        'korea-sixth-partner-of-mexico', // §4f: 6th partner
        'korea-share-of-mexico-trade', // §4f: about 2%
        'partners-ahead-of-korea-in-mexico', // §4f: 65 / 6 / 3 / 2.8 / 2.7
        'mexico-outside-korea-top-partners', // §4f: not in Korea's top 15–20
        'mexico-imports-inputs-for-reexport', // §4f: about 70% inputs
        'korea-lac-trade-grew-steadily', // §4f: 20 years of growth
        'korea-trade-outgrew-us-europe', // §4f: faster than the U.S. and Europe
        'sixteen-challenges-condensed-to-six', // §4f: 16 → 6
        'three-roles-for-korea', // §4f: 3 roles
        'recognition-diplomacy-1950s-60s', // dated: 1950s–60s
        'agreements-signed-in-1990s', // dated: 1990s
        'korea-joined-architecture-mid-1990s', // dated: mid-1990s
        'korea-idb-member-2005', // dated: 2005
        'lee-visit-mexico-2010', // dated: 2010
        'korea-in-g20',
        'korea-in-oecd',
      ]),
    );
    expect(parseClaims(claims)).toHaveLength(claims.length);
    for (const c of claims) expect(c.sources).toContain('lopez-aymes-2012');
  });

  // Figures worked out by hand from data/rankings/*.csv (2007–2009 sums of exports + imports).
  it("pins the ranking checks to the raw CSV: Korea 6th in Mexico's trade with 2.46%, Mexico 18th for Korea", () => {
    expect(byId('korea-sixth-partner-of-mexico').check.verdict).toBe('supported');
    expect(computed('korea-sixth-partner-of-mexico', "Korea's rank in Mexico's trade")).toBe(6);
    expect(computed('korea-share-of-mexico-trade', "Korea's share of Mexico's trade")).toBe(2.46); // 41,029,299,780 / 1,667,188,990,100
    expect(byId('korea-share-of-mexico-trade').check.verdict).toBe('supported');
    expect(computed('mexico-outside-korea-top-partners', "Mexico's rank among Korea's partners")).toBe(18);
    expect(byId('mexico-outside-korea-top-partners').check.verdict).toBe('partly');
    expect(computed('partners-ahead-of-korea-in-mexico', 'Partners ahead of Korea, in order')).toBe(
      'USA, CHN, JPN, CAN, DEU',
    );
    expect(byId('partners-ahead-of-korea-in-mexico').check.verdict).toBe('partly');
  });

  it("pins the deficit check to Mexico's own figures in the raw CSV", () => {
    // MEX,KOR imports − exports: 2000: 3,911,796,440 − 179,205,000; 2010: 13,494,513,380 − 928,788,000.
    expect(computed('mexico-deficit-with-korea-grows', "Mexico's deficit with Korea, 2000 (Mexico reporting)")).toBe(
      3_911_796_440 - 179_205_000,
    );
    expect(computed('mexico-deficit-with-korea-grows', "Mexico's deficit with Korea, 2010 (Mexico reporting)")).toBe(
      13_494_513_380 - 928_788_000,
    );
    expect(byId('mexico-deficit-with-korea-grows').check.verdict).toBe('supported');
  });

  it('says not-checkable, and why, where the data cannot decide', () => {
    const notCheckable = claims.filter((c) => c.check.verdict === 'not-checkable').map((c) => c.id);
    expect(notCheckable).toEqual(
      expect.arrayContaining(['mexico-imports-inputs-for-reexport', 'sixteen-challenges-condensed-to-six']),
    );
    for (const c of claims.filter((x) => x.check.verdict === 'not-checkable'))
      expect(c.check.explanation.length).toBeGreaterThan(20);
    // The OECD and G20 claims are checked against timeline events now (Korea's OECD delegation; RT 2010).
    expect(byId('korea-in-oecd').check).toMatchObject({
      basis: 'data',
      verdict: 'supported',
      computed: [{ label: 'Korea joined the OECD', value: '1996-12-12', unit: 'date' }],
    });
    expect(byId('korea-in-g20').check).toMatchObject({ basis: 'data', verdict: 'supported' });
    expect(verifyClaims(withData({ timelineEvents: [] })).find((c) => c.id === 'korea-in-oecd')?.check.verdict).toBe(
      'not-checkable',
    );
  });

  it('verifyClaims reproduces the shipped results and moves when the data change', () => {
    expect(verifyClaims(shipped)).toEqual(claims);
    // Without Korea's row in Mexico's 2007–2009 table, the ranking claims cannot be checked.
    const withoutKorea = partnerShares.filter((s) => !(s.reporter === 'MEX' && s.partner === 'KOR'));
    const moved = verifyClaims(withData({ partnerShares: withoutKorea }));
    expect(moved.find((c) => c.id === 'korea-sixth-partner-of-mexico')?.check.verdict).toBe('not-checkable');
    // Data that stop in 2005 cannot show the 1990–2010 growth.
    const short = verifyClaims(withData({ tradeFlows: tradeFlows.filter((f) => f.year <= 2005) }));
    expect(short.find((c) => c.id === 'korea-lac-trade-grew-steadily')?.check.verdict).toBe('not-checkable');
    expect(() => verifyClaims({ nope: [] } as never)).toThrow(
      'Unknown dataset "nope". Valid names: "tradeFlows", "partnerShares", "agreements", "timelineEvents", "challenges", "roles".',
    );
    expect(() => verifyClaims(null as never)).toThrow('Expected datasets to be an object, got null.');
    expect(() => verifyClaims([] as never)).toThrow('Expected datasets to be an object, got [object Array].');
    expect(() => verifyClaims('x' as never)).toThrow(TypeError);
    expect(() => verifyClaims({ tradeFlows: 'x' } as never)).toThrow(/datasets.tradeFlows to be an array/);
    const { roles: _left, ...fiveOfSix } = shipped;
    expect(() => verifyClaims(fiveOfSix as never)).toThrow(
      'Missing datasets.roles: verifyClaims needs all six datasets (tradeFlows, partnerShares, agreements, timelineEvents, challenges, roles); pass the shipped ones for any you do not replace.',
    );
  });
});

describe('verdict rules', () => {
  it('compares at the precision the paper prints', () => {
    expect(compareToPrinted(2, 2.46)).toBe('supported');
    expect(compareToPrinted(2, 2.51)).toBe('partly');
    expect(compareToPrinted(2.8, 2.84)).toBe('supported');
    expect(compareToPrinted(2.7, 2.88)).toBe('contradicted');
    expect(compareToPrinted(65, 64.13)).toBe('partly');
    expect(combineVerdicts(['supported', 'supported'])).toBe('supported');
    expect(combineVerdicts(['contradicted', 'contradicted'])).toBe('contradicted');
    expect(combineVerdicts(['supported', 'contradicted'])).toBe('partly');
    expect(combineVerdicts(['partly'])).toBe('partly');
    expect(() => combineVerdicts([])).toThrow('combineVerdicts needs at least one verdict, got an empty list.');
    expect(() => combineVerdicts('supported' as never)).toThrow(TypeError);
    expect(() => combineVerdicts(['bogus'] as never)).toThrow(
      'Unknown verdict "bogus". Valid values: supported, partly, contradicted.',
    );
    // A computed value exactly half a printed unit away still rounds to the printed figure.
    expect(compareToPrinted(2, 2.5)).toBe('supported');
    expect(compareToPrinted(2, 1.5)).toBe('supported');
    expect(compareToPrinted(2, 3.5)).toBe('partly');
    expect(compareToPrinted(2, 3.5001)).toBe('contradicted');
    expect(compareToPrinted(2.8, 2.85)).toBe('supported');
  });
});

describe('explanations name things, never codes or ids', () => {
  // Display text is read by people: a country is named (Mexico, not MEX), a status is words
  // (under negotiation), and a month is written out (November 2010 cannot be read as a period).
  const codeWords =
    /\b(?:[A-Z]{3}(?:, [A-Z]{3})+|MEX|BRA|CHL|ARG|PER|COL|USA|CHN|JPN|DEU)\b|\b[a-z]+-[a-z]+-[a-z0-9-]+\b|\b\d{4}-(?:0[1-9]|1[0-2])\)/;
  it.each(claims.map((c) => [c.id, c] as const))('%s', (_, claim) => {
    const texts = [claim.check.explanation, ...claim.check.computed.map((f) => f.label)];
    for (const text of texts) expect(text).not.toMatch(codeWords);
  });
  it('the G20 summit month is written out', () => {
    expect(byId('korea-in-g20').check.explanation).toContain('(November 2010)');
    expect(byId('lee-visit-mexico-2010').check.explanation).toContain('(status: under negotiation)');
    expect(byId('partners-ahead-of-korea-in-mexico').check.explanation).toContain(
      'in the order United States, China, Japan, Canada, Germany.',
    );
  });
});
