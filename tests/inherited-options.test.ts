import { afterEach, describe, expect, it } from 'vitest';
import { blocMembers } from '../src/countries/index.js';
import { readOptions } from '../src/internal/assert.js';
import {
  koreaRank,
  partnerRanking,
  partnerShares,
  rankAmongKoreaPartners,
  rankPartners,
  sharesWhere,
} from '../src/rankings/index.js';
import { durationToEntryIntoForce, getAgreement, inForceStatus } from '../src/timeline/index.js';
import { flowsWhere, tradeBalance, tradeFlows } from '../src/trade/index.js';

// Option names a polluted prototype could inject into every options bag.
const POLLUTION: Record<string, unknown> = {
  party: 'GTM',
  includeSuspended: true,
  source: 'imf-dots-2022',
  reporter: 'MEX',
  order: 'asc',
  ties: 'dense',
  on: '1800-01-01',
  preferred: true,
  period: 1995,
  basis: 'exports',
};
const proto = Object.prototype as Record<string, unknown>;

afterEach(() => {
  for (const key of Object.keys(POLLUTION)) delete proto[key];
});

/** The answers of the helpers the outside review found changed by an inherited option, with and without `{}`. */
function answers() {
  const ca = getAgreement('kor-ca-fta');
  return {
    inForceStatus: [inForceStatus(ca, '2025-01-01'), inForceStatus(ca, '2025-01-01', {})],
    blocMembers: [blocMembers('MERCOSUR'), blocMembers('MERCOSUR', {})],
    flowsWhere: flowsWhere(tradeFlows, { partner: 'MEX', year: 2008 }).map((f) => f.source),
    durationToEntryIntoForce: [durationToEntryIntoForce(ca), durationToEntryIntoForce(ca, {})],
    rankPartners: rankPartners([{ v: 3 }, { v: 1 }, { v: 3 }], (r) => r.v).map((r) => r.rank),
    tradeBalance: [tradeBalance(tradeFlows, { partner: 'MEX', year: 2008 })?.source],
    sharesWhere: sharesWhere(partnerShares, { reporter: 'KOR', partner: 'MEX', period: 2008 }).length,
    // The table queries read each field from an own property too (their reader is written out, not shared).
    rankAmongKoreaPartners: rankAmongKoreaPartners(partnerShares, { partner: 'MEX' }),
    koreaRank: koreaRank(partnerShares, { reporter: 'BRA' }),
    partnerRanking: partnerRanking(partnerShares, { reporter: 'CHL' }).length,
  };
}

describe('options are read from own properties only', () => {
  it('gives the same answers after Object.prototype is polluted', () => {
    const clean = answers();
    Object.assign(proto, POLLUTION);
    expect(answers()).toEqual(clean);
  });

  it('names a missing reporter or partner the same when the prototype offers one', () => {
    // Without an own reporter or partner, the table queries fail; an inherited one must not answer.
    const missing = () =>
      [
        () => koreaRank(partnerShares, {} as never),
        () => partnerRanking(partnerShares, {} as never),
        () => rankAmongKoreaPartners(partnerShares, {} as never),
      ].map((ask) => {
        try {
          return `answered ${JSON.stringify(ask())}`;
        } catch (error) {
          return `${(error as Error).name}: ${(error as Error).message}`;
        }
      });
    const clean = missing();
    expect(clean.every((m) => m.startsWith('RangeError'))).toBe(true);
    Object.assign(proto, { reporter: 'MEX', partner: 'ARG', period: 2008 });
    try {
      expect(missing()).toEqual(clean);
    } finally {
      delete proto.partner;
    }
  });

  it('reads each option once, into a snapshot with no prototype', () => {
    let reads = 0;
    const options = {
      get party() {
        reads += 1;
        return reads === 1 ? 'SLV' : 'GTM';
      },
    };
    const snapshot = readOptions(options);
    expect(snapshot.party).toBe('SLV');
    expect(snapshot.party).toBe('SLV');
    expect(reads).toBe(1);
    expect(Object.getPrototypeOf(snapshot)).toBeNull();
    expect(Object.getPrototypeOf(readOptions(undefined))).toBeNull();
    // An inherited option is not an option.
    expect(readOptions(Object.create({ party: 'GTM' }))).toEqual({});
  });

  it('names a revoked Proxy or a throwing getter with a TypeError, never an engine error', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => blocMembers('MERCOSUR', proxy as never)).toThrow(
      new TypeError('Expected options to be an object, got an unreadable object.'),
    );
    const throwing = {
      get on(): string {
        throw new Error('boom');
      },
    };
    expect(() => blocMembers('MERCOSUR', throwing)).toThrow(
      new TypeError('options.on cannot be read: its getter threw.'),
    );
  });
});

describe('hostile values named, never an engine error', () => {
  it('a source that is not a string, in the ranking helpers', async () => {
    const { koreaRank, partnerRanking, rankAmongKoreaPartners } = await import('../src/rankings/index.js');
    for (const source of [Symbol('imf'), Object.create(null)]) {
      expect(() => partnerRanking(partnerShares, { reporter: 'MEX', period: 2008, source })).toThrow(TypeError);
      expect(() => koreaRank(partnerShares, { reporter: 'MEX', period: 2008, source })).toThrow(
        /Expected source to be a source id such as 'imf-dots-2022', got/,
      );
      expect(() => rankAmongKoreaPartners(partnerShares, { partner: 'MEX', period: 2008, source })).toThrow(TypeError);
    }
  });

  it('a CPI list that is empty or very long', async () => {
    const { toConstantUsd, usCpiAnnual } = await import('../src/prices/index.js');
    expect(() => toConstantUsd([], { valueUsd: 1, year: 2008, base: 2020 })).toThrow(
      new RangeError('No annual CPI average for base year 2020 (the CPI list is empty).'),
    );
    // 200,000 made-up years after the real ones: the message still names the span, without a stack overflow.
    const long = [
      ...usCpiAnnual,
      ...Array.from({ length: 200_000 }, (_, i) => ({ ...usCpiAnnual[0]!, year: 3000 + i })),
    ];
    expect(() => toConstantUsd(long, { valueUsd: 1, year: 1900, base: 2020 })).toThrow(
      /No annual CPI average for year 1900 \(averages exist for 1913–202999/,
    );
  });
});
