import { describe, expect, it } from 'vitest';
import type { ClaimDatasets } from '../../src/claims/index.js';
import { verifyClaims } from '../../src/claims/index.js';
import { partnerShares } from '../../src/rankings/index.js';
import { agreements, timelineEvents } from '../../src/timeline/index.js';
import { tradeFlows } from '../../src/trade/index.js';
import { shipped, withData } from '../helpers/shipped-datasets.js';

const verdictOf = (id: string, data: Partial<ClaimDatasets>) =>
  verifyClaims(withData(data)).find((c) => c.id === id)?.check;
const isMexKorea0709 = (s: (typeof partnerShares)[number], partner: string, reporter = 'MEX') =>
  s.reporter === reporter &&
  s.partner === partner &&
  s.period.from === 2007 &&
  s.period.to === 2009 &&
  s.basis === 'total' &&
  s.sources[0] === 'imf-dots-2022';

describe('verdict rules move with the data', () => {
  it('ranking claims: another rank contradicts, a share far from 2% contradicts', () => {
    const shifted = partnerShares.map((s) => (isMexKorea0709(s, 'KOR') ? { ...s, rank: 7 } : s));
    expect(verdictOf('korea-sixth-partner-of-mexico', { partnerShares: shifted })).toMatchObject({
      verdict: 'contradicted',
      explanation: expect.stringMatching(/at rank 7, not sixth/),
    });
    const close = partnerShares.map((s) => (isMexKorea0709(s, 'KOR') ? { ...s, sharePct: 3 } : s));
    expect(verdictOf('korea-share-of-mexico-trade', { partnerShares: close })?.verdict).toBe('partly');
    const far = partnerShares.map((s) => (isMexKorea0709(s, 'KOR') ? { ...s, sharePct: 4 } : s));
    expect(verdictOf('korea-share-of-mexico-trade', { partnerShares: far })).toMatchObject({
      verdict: 'contradicted',
      explanation: expect.stringMatching(/does not round to the 2%/),
    });
  });

  it("Mexico's place among Korea's partners: outside the top 20 supports, inside the top 15 contradicts", () => {
    const at = (rank: number) => partnerShares.map((s) => (isMexKorea0709(s, 'MEX', 'KOR') ? { ...s, rank } : s));
    expect(verdictOf('mexico-outside-korea-top-partners', { partnerShares: at(25) })?.verdict).toBe('supported');
    expect(verdictOf('mexico-outside-korea-top-partners', { partnerShares: at(12) })?.verdict).toBe('contradicted');
    expect(verdictOf('mexico-outside-korea-top-partners', { partnerShares: at(16) })?.verdict).toBe('partly');
    const without = partnerShares.filter((s) => !isMexKorea0709(s, 'MEX', 'KOR'));
    expect(verdictOf('mexico-outside-korea-top-partners', { partnerShares: without })?.verdict).toBe('not-checkable');
  });

  it('the partners-ahead claim is supported only with the same order and shares', () => {
    const swapped = partnerShares.map((s) => {
      if (isMexKorea0709(s, 'CAN')) return { ...s, rank: 5, sharePct: 2.7 };
      if (isMexKorea0709(s, 'DEU')) return { ...s, rank: 4, sharePct: 2.8 };
      if (isMexKorea0709(s, 'USA')) return { ...s, sharePct: 65 };
      if (isMexKorea0709(s, 'CHN')) return { ...s, sharePct: 6 };
      if (isMexKorea0709(s, 'JPN')) return { ...s, sharePct: 3 };
      return s;
    });
    expect(verdictOf('partners-ahead-of-korea-in-mexico', { partnerShares: swapped })?.verdict).toBe('supported');
  });

  it('trade and timeline claims become not-checkable or contradicted when their data change', () => {
    const noMexicoImports2010 = tradeFlows.filter(
      (f) => !(f.reporter === 'MEX' && f.partner === 'KOR' && f.year === 2010),
    );
    expect(verdictOf('mexico-deficit-with-korea-grows', { tradeFlows: noMexicoImports2010 })?.verdict).toBe(
      'not-checkable',
    );
    const shrinking = tradeFlows.map((f) =>
      f.reporter === 'MEX' && f.partner === 'KOR' && f.year === 2010 && f.flow === 'import' ? { ...f, valueUsd: 1 } : f,
    );
    expect(verdictOf('mexico-deficit-with-korea-grows', { tradeFlows: shrinking })?.verdict).toBe('contradicted');
    const idb2006 = timelineEvents.map((e) => (e.id === 'kor-idb-member' ? { ...e, date: '2006-03-16' } : e));
    expect(verdictOf('korea-idb-member-2005', { timelineEvents: idb2006 })?.verdict).toBe('contradicted');
    const noIdb = timelineEvents.filter((e) => e.id !== 'kor-idb-member');
    expect(verdictOf('korea-idb-member-2005', { timelineEvents: noIdb })?.verdict).toBe('not-checkable');
    const noOas = agreements.filter((a) => a.id !== 'kor-oas-observer');
    expect(verdictOf('korea-oas-permanent-observer', { agreements: noOas })?.verdict).toBe('not-checkable');
    expect(verdictOf('korea-joined-architecture-mid-1990s', { agreements: noOas })?.verdict).toBe('not-checkable');
    const noVisit = timelineEvents.filter((e) => e.id !== 'lee-2010-mexico');
    expect(verdictOf('lee-visit-mexico-2010', { timelineEvents: noVisit })?.verdict).toBe('not-checkable');
    const noBits = timelineEvents.filter((e) => e.kind !== 'bit');
    expect(verdictOf('agreements-signed-in-1990s', { timelineEvents: noBits })?.verdict).toBe('contradicted');
    expect(verdictOf('trade-marginal-placeholder', {})).toBeUndefined();
  });

  it('explains the supported checks with the computed numbers', () => {
    const claims = verifyClaims(shipped);
    const text = (id: string) => claims.find((c) => c.id === id)?.check.explanation ?? '';
    expect(text('korea-lac-trade-grew-steadily')).toMatch(
      /rose from US\$ 3\.70 bn to US\$ 45\.16 bn, 13\.3% a year, but fell in 5 of the 20 years \(1993, 1997, 1998, 2002, 2009\)/,
    );
    expect(text('korea-trade-outgrew-us-europe')).toMatch(
      /trade with Korea grew 17\.5% a year against 10\.8% with the United States/,
    );
    expect(text('korea-lac-trade-marginal')).toMatch(/took 5\.06% of Korea's trade, and Korea 1\.37%–5\.90%/);
    expect(text('mexico-deficit-with-korea-grows')).toMatch(/peaking at US\$ 13\.80 bn in 2008/);
    expect(text('recognition-diplomacy-1950s-60s')).toMatch(/^21 of the 33 .* \(15 in 1962 alone\)/);
    expect(text('agreements-signed-in-1990s')).toMatch(
      /^6 investment treaties .* Korea–Chile Free Trade Agreement, on 2003-02-15\)/,
    );
    expect(text('lee-visit-mexico-2010')).toMatch(
      /began on 2010-06-30.*next step in the talks was on 2012-06-17.*under negotiation\)/,
    );
  });
});
