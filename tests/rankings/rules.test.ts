import { describe, expect, it } from 'vitest';
import { koreaRank, type PartnerShare, partnerRanking, rankAmongKoreaPartners } from '../../src/rankings/index.js';

// A made-up set of tables, so each rule can be checked on its own.
const share = (
  reporter: string,
  partner: string,
  period: [number, number],
  rank: number,
  sharePct: number,
  source = 'imf-dots-2022',
): PartnerShare =>
  ({
    reporter,
    partner,
    period: { from: period[0], to: period[1] },
    basis: 'total',
    sharePct,
    rank,
    valueUsd: null,
    worldUsd: null,
    partnerCount: null,
    sources: [source],
  }) as PartnerShare;

const shares = [
  share('MEX', 'USA', [2001, 2001], 1, 70),
  share('MEX', 'KOR', [2001, 2001], 2, 5),
  share('MEX', 'USA', [2003, 2003], 1, 60),
  share('MEX', 'CHN', [2003, 2003], 2, 10),
  share('MEX', 'USA', [2007, 2009], 1, 65, 'lopez-aymes-2012'),
  share('KOR', 'CHN', [2003, 2003], 1, 20),
  share('KOR', 'MEX', [2003, 2003], 2, 1),
];

describe('choosing a table', () => {
  it('defaults to the latest single year and reads a year as a one-year period', () => {
    expect(partnerRanking(shares, { reporter: 'MEX' }).map((r) => r.partner)).toEqual(['USA', 'CHN']);
    expect(partnerRanking(shares, { reporter: 'MEX', period: 2001 }).map((r) => r.partner)).toEqual(['USA', 'KOR']);
    expect(partnerRanking(shares, { reporter: 'MEX', period: { from: 2007, to: 2009 } })[0]?.sharePct).toBe(65);
    // Multi-year periods are never the default, even when they end later.
    expect(
      partnerRanking([shares[4] as PartnerShare, shares[0] as PartnerShare], { reporter: 'MEX' })[0]?.sharePct,
    ).toBe(70);
  });

  it('says which tables exist when the one asked for does not', () => {
    expect(() => partnerRanking(shares, { reporter: 'MEX', period: 2002 })).toThrow(
      'No total ranking for MEX in 2002. Available: years 2001–2003 and periods 2007–2009.',
    );
    expect(() => partnerRanking(shares, { reporter: 'KOR', period: 2001 })).toThrow(
      'No total ranking for KOR in 2001. Available: year 2003.',
    );
    expect(() => partnerRanking(shares, { reporter: 'MEX', period: 2003, source: 'un-comtrade-plus' })).toThrow(
      'No total ranking for MEX in 2003 from source "un-comtrade-plus". Available: years 2001–2003 and periods 2007–2009.',
    );
    expect(() => partnerRanking(shares, { reporter: 'BRA', period: 2003 })).toThrow(
      'No total ranking for BRA in 2003. Available: none.',
    );
    expect(() => partnerRanking(shares, { reporter: 'BRA' })).toThrow('No total ranking for BRA in these shares.');
    expect(() =>
      partnerRanking([shares[4] as PartnerShare], { reporter: 'MEX', basis: 'exports', period: 2003 }),
    ).toThrow('No exports ranking for MEX in 2003. Available: none.');
  });

  it('names malformed options', () => {
    expect(() => partnerRanking(shares, 5 as never)).toThrow('Expected options to be an object, got 5.');
    expect(() => partnerRanking(shares, null as never)).toThrow(TypeError);
    expect(() => partnerRanking(shares, { reporter: 'MEX', period: 20.5 })).toThrow('Invalid year 20.5 for "period"');
    expect(() => partnerRanking(shares, { reporter: 'MEX', period: { from: 2001, to: 'x' as never } })).toThrow(
      'Invalid year "x" for "period.to"',
    );
    expect(() => partnerRanking(shares, { reporter: 'MEX', period: { from: 1.5, to: 2001 } })).toThrow(
      'for "period.from"',
    );
    expect(() => partnerRanking(shares, { reporter: 'MEX', period: { from: 2003, to: 2001 } })).toThrow(
      'period.from (2003) is after period.to (2001).',
    );
    expect(partnerRanking(shares, { reporter: 'MEX', period: { from: 2003, to: 2003 } })).toHaveLength(2);
    expect(() => partnerRanking(shares, { reporter: 'MEX', period: 'x' as never })).toThrow(
      'Invalid period "x": expected a year or { from, to }.',
    );
    expect(() => partnerRanking(shares, { reporter: 'MEX', basis: 'sum' as never })).toThrow(
      /^Unknown share basis "sum"/,
    );
    expect(() => partnerRanking({} as never, { reporter: 'MEX' })).toThrow('Expected "shares" to be an array');
    // A record that is not a partner share is an error naming its position, never skipped.
    expect(() => partnerRanking([null as never, ...shares], { reporter: 'MEX' })).toThrow(
      'Expected shares[0] to be a partner share, got null.',
    );
    expect(() => partnerRanking([{ ...shares[0], sharePct: '5' } as never], { reporter: 'MEX' })).toThrow(
      'shares[0].sharePct is "5": expected a finite number.',
    );
  });

  it("finds Korea in a LAC table and a LAC country in Korea's", () => {
    expect(koreaRank(shares, { reporter: 'MEX', period: 2001 })?.rank).toBe(2);
    expect(koreaRank(shares, { reporter: 'MEX', period: 2003 })).toBeUndefined();
    expect(() => koreaRank(shares, { reporter: 'KOR' })).toThrow(/^koreaRank needs a LAC reporter/);
    expect(() => koreaRank(shares, undefined as never)).toThrow(TypeError);
    expect(rankAmongKoreaPartners(shares, { partner: 'MEX', period: 2003 })?.rank).toBe(2);
    expect(rankAmongKoreaPartners(shares, { partner: 'BRA', period: 2003 })).toBeUndefined();
    expect(() => rankAmongKoreaPartners(shares, undefined as never)).toThrow(/^Unknown LAC partner code undefined/);
  });
});
