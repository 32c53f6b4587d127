import { describe, expect, it } from 'vitest';
import { challenges, challengeThemes } from '../../src/challenges/index.js';
import { printedDecimals } from '../../src/claims/verdict-rules.js';
import { blocMembers, countryName, getCountry } from '../../src/countries/index.js';
import { assertArray, assertOneOf, assertYear, readOptions } from '../../src/internal/assert.js';
import { deepFreeze, frozenConcat } from '../../src/internal/deep-freeze.js';
import { describeValue } from '../../src/internal/describe-value.js';
import { lazyIndex } from '../../src/internal/lazy-index.js';
import { didYouMean, unknownValueError } from '../../src/internal/unknown-value-error.js';
import { partnerRanking, partnerShares } from '../../src/rankings/index.js';
import { cite } from '../../src/sources/index.js';
import {
  agreements,
  eventsBetween,
  getAgreement,
  groupEvents,
  inForceDetails,
  inForceStatus,
  isInForce,
  sortByDate,
  timelineEvents,
} from '../../src/timeline/index.js';
import {
  aggregate,
  mirror,
  type TradeFlow,
  tradeFlows,
  tradePartnerCodes,
  tradeReporterCodes,
  worldShare,
  yearOverYear,
} from '../../src/trade/index.js';
import { type MadeUpFields, madeUpFlow } from '../helpers/made-up-flow.js';

const flow = (over: Partial<MadeUpFields>): TradeFlow =>
  madeUpFlow({ partner: 'MEX', year: 2000, flow: 'export', valueUsd: 100, ...over });

describe('internal utilities', () => {
  it('describes values without printing objects', () => {
    expect(describeValue('x'.repeat(80))).toBe(JSON.stringify('x'.repeat(60)));
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(12)).toBe('12');
    expect(describeValue([1])).toBe('[object Array]');
    expect(describeValue(() => 1)).toBe('[object Function]');
    expect(describeValue(Object.create(null))).toBe('[object Object]');
    expect(describeValue(Symbol('s'))).toBe('Symbol(s)');
  });

  it('builds one clear error for unknown values', () => {
    const codes = ['ARG', 'MEX', 'MEA', 'MEB', 'MEC'];
    expect(unknownValueError('code', 'MEXX', codes).message).toBe(
      'Unknown code "MEXX". Valid values: ARG, MEX, MEA, MEB, MEC.',
    );
    expect(unknownValueError('code', 'MEXX', codes, didYouMean('MEXX', codes)).message).toBe(
      'Unknown code "MEXX". Did you mean MEX or MEA or MEB? Valid values: ARG, MEX, MEA, MEB, MEC.',
    );
    expect(didYouMean('me', codes)).toBe(' Did you mean MEX or MEA or MEB?');
    expect(didYouMean('mEC', codes)).toBe(' Did you mean MEX or MEA or MEB?');
    expect(didYouMean('AR', codes)).toBe(' Did you mean ARG?');
    expect(didYouMean('M', codes)).toBe('');
    expect(didYouMean('ZZZ', codes)).toBe('');
    expect(didYouMean(42, codes)).toBe('');
    expect(unknownValueError('code', 'Z', ['ARG']).message).toBe('Unknown code "Z". Valid values: ARG.');
    expect(unknownValueError('code', 5, ['ARG']).message).toBe('Unknown code 5. Valid values: ARG.');
    const many = Array.from({ length: 45 }, (_, i) => `C${String(i).padStart(2, '0')}`);
    expect(unknownValueError('code', 'x', many).message).toMatch(/C39, …\.$/);
    expect(unknownValueError('code', 'x', many).message).not.toContain('C40');
  });

  it('checks years, arrays, options and enumerations', () => {
    expect(() => assertYear(999, 'y')).toThrow('Invalid year 999 for "y": expected a whole number such as 2008.');
    expect(() => assertYear(10000, 'y')).toThrow(RangeError);
    expect(() => assertYear('2000', 'y')).toThrow(/Invalid year "2000"/);
    expect(() => assertYear(1000, 'y')).not.toThrow();
    expect(() => assertYear(9999, 'y')).not.toThrow();
    expect(() => assertArray({}, 'rows')).toThrow('Expected "rows" to be an array, got [object Object].');
    expect(readOptions(null as never)).toEqual({});
    expect(readOptions({ a: 1 })).toEqual({ a: 1 });
    expect(() => assertOneOf(1, ['a'], 'thing')).toThrow('Unknown thing 1. Valid values: a.');
    expect(() => assertOneOf('a', ['a'], 'thing')).not.toThrow();
  });

  it('freezes data deeply, stops at cycles and leaves functions and primitives alone', () => {
    expect(deepFreeze(null)).toBeNull();
    expect(deepFreeze('abc')).toBe('abc');
    const cyclic: { self?: unknown; list: number[] } = { list: [1] };
    cyclic.self = cyclic;
    expect(deepFreeze(cyclic)).toBe(cyclic);
    expect(Object.isFrozen(cyclic.list)).toBe(true);
    const format = () => 'x';
    expect(Object.isFrozen(deepFreeze({ format }))).toBe(true);
    expect(Object.isFrozen(format)).toBe(false);
  });

  it('freezes deeply, concatenates frozen, and indexes lazily', () => {
    const value = deepFreeze({ a: { b: [1] } });
    expect(Object.isFrozen(value.a.b)).toBe(true);
    expect(deepFreeze(5)).toBe(5);
    const joined = frozenConcat([1], [2, 3]);
    expect(joined).toEqual([1, 2, 3]);
    expect(Object.isFrozen(joined)).toBe(true);
    let reads = 0;
    const index = lazyIndex([{ id: 'a' }], (x) => {
      reads += 1;
      return x.id;
    });
    expect(reads).toBe(0);
    expect(index().get('a')).toEqual({ id: 'a' });
    index();
    expect(reads).toBe(1);
  });
});

describe('trade edges', () => {
  it('lists reporter and partner codes', () => {
    expect(tradeReporterCodes()).toHaveLength(34);
    expect(tradeReporterCodes()[0]).toBe('KOR');
    expect(tradePartnerCodes()).toHaveLength(50); // KOR, 33 LAC, 15 territories, WLD
    expect(tradePartnerCodes().at(-1)).toBe('WLD');
  });

  it('yearOverYear leaves changes empty without a previous year, and percentages empty after a zero', () => {
    expect(
      yearOverYear([
        { year: 2001, value: 5 },
        { year: 2000, value: 0 },
      ]),
    ).toEqual([
      { year: 2000, value: 0, previous: null, change: null, changePct: null },
      { year: 2001, value: 5, previous: 0, change: 5, changePct: null },
    ]);
    expect(() =>
      yearOverYear([
        { year: 2000, value: 1 },
        { year: 2000, value: 2 },
      ]),
    ).toThrow('series has two rows for year 2000.');
  });

  it('mirror flags estimates and leaves the percentage empty when Korea reports zero', () => {
    const flows = [
      flow({ valueUsd: 0 }),
      flow({ reporter: 'MEX', partner: 'KOR', flow: 'import', valuation: 'CIF', valueUsd: 50, estimated: true }),
    ];
    expect(mirror(flows, { partner: 'MEX' })).toEqual([
      {
        year: 2000,
        direction: 'korea-to-partner',
        koreaReportedUsd: 0,
        partnerReportedUsd: 50,
        gapUsd: 50,
        gapPct: null,
        koreaSource: 'imf-dots-2022',
        partnerSource: 'imf-dots-2022',
        estimated: true,
      },
    ]);
    // A year outside the data is an error, as in tradeBalance.
    expect(() => mirror(flows, { partner: 'MEX', year: 2001 })).toThrow(
      'Year 2001 is outside the data reported by KOR and MEX in these flows (2000–2000).',
    );
  });

  it('aggregate filters years, counts estimates and can include suspended bloc members', () => {
    const flows = [
      flow({ partner: 'VEN', valueUsd: 10, estimated: true }),
      flow({ partner: 'ARG', valueUsd: 20 }),
      flow({ partner: 'ARG', year: 2001, valueUsd: 30 }),
      flow({ partner: 'ARG', flow: 'import', valuation: 'CIF', valueUsd: 5 }),
    ];
    const blocs = [
      {
        id: 'MERCOSUR' as const,
        members: [
          {
            country: 'ARG' as const,
            status: 'member' as const,
            joined: '1991-03-26',
            joinedPrecision: 'day' as const,
            suspensions: [],
            sources: [],
          },
          {
            country: 'VEN' as const,
            status: 'suspended' as const,
            joined: '1999',
            joinedPrecision: 'year' as const,
            suspensions: [{ from: '2000-06', fromPrecision: 'month' as const, sources: [] }],
            sources: [],
          },
        ],
      },
    ];
    expect(aggregate(flows, { by: 'bloc', blocs, to: 2000 })).toEqual([
      {
        group: 'MERCOSUR',
        year: 2000,
        exportsUsd: 20,
        importsUsd: 5,
        balanceUsd: 15,
        totalUsd: 25,
        exportCount: 1,
        importCount: 1,
        estimatedCount: 0,
      },
    ]);
    expect(aggregate(flows, { by: 'bloc', blocs, includeSuspended: true, from: 2000, to: 2000 })[0]).toMatchObject({
      exportsUsd: 30,
      exportCount: 2,
      estimatedCount: 1,
    });
    expect(aggregate(flows, { by: 'year', from: 2001 })).toEqual([
      {
        group: 'celac',
        year: 2001,
        exportsUsd: 30,
        importsUsd: 0,
        balanceUsd: 30,
        totalUsd: 30,
        exportCount: 1,
        importCount: 0,
        estimatedCount: 0,
      },
    ]);
    expect(() => aggregate(flows, { by: 'partner', source: 'un-comtrade-plus' })).toThrow(/Unknown source/);
    expect(aggregate([], { by: 'partner', source: 'un-comtrade-plus' })).toEqual([]);
  });

  it('worldShare uses the same source for partner and world, per basis', () => {
    const flows = [
      flow({ valueUsd: 10 }),
      flow({ partner: 'WLD', valueUsd: 100 }),
      flow({ flow: 'import', valuation: 'CIF', valueUsd: 30 }),
      flow({ partner: 'WLD', flow: 'import', valuation: 'CIF', valueUsd: 100 }),
    ];
    expect(worldShare(flows, { partner: 'MEX', year: 2000, basis: 'exports' })).toBe(10);
    expect(worldShare(flows, { partner: 'MEX', year: 2000, basis: 'imports' })).toBe(30);
    expect(worldShare(flows, { partner: 'MEX', year: 2000 })).toBe(20);
    expect(() => worldShare(flows, { partner: 'MEX', year: 2000, source: 'un-comtrade-plus' })).toThrow(
      /Unknown source "un-comtrade-plus"/,
    );
    expect(
      worldShare([flow({}), flow({ partner: 'WLD', valueUsd: 0 })], { partner: 'MEX', year: 2000, basis: 'exports' }),
    ).toBeUndefined();
    expect(() => worldShare(tradeFlows, { reporter: 'MEX', partner: 'KOR', year: 1800 })).toThrow(
      'Year 1800 is outside the data reported by MEX in these flows (1960–2024).',
    );
    expect(() => worldShare(tradeFlows, { partner: 'KOR' as never, year: 2000 })).toThrow(
      /Reporter and partner are both "KOR"/,
    );
  });
});

describe('rankings edges', () => {
  it('prefers IMF DOTS, honours an explicit source, and reads a single year as a period', () => {
    const paper = partnerRanking(partnerShares, {
      reporter: 'MEX',
      period: { from: 2007, to: 2009 },
      source: 'lopez-aymes-2012',
    });
    expect(paper.every((r) => r.sources[0] === 'lopez-aymes-2012')).toBe(true);
    const dots = partnerRanking(partnerShares, { reporter: 'MEX', period: { from: 2007, to: 2009 } });
    expect(dots.every((r) => r.sources[0] === 'imf-dots-2022')).toBe(true);
    expect(partnerRanking(partnerShares, { reporter: 'MEX', period: 2008 })[0]?.period).toEqual({
      from: 2008,
      to: 2008,
    });
    expect(partnerRanking(partnerShares, { reporter: 'MEX', period: 2008, basis: 'imports' })[0]?.basis).toBe(
      'imports',
    );
    expect(() => partnerRanking(partnerShares, { reporter: 'MEX', period: 'x' as never })).toThrow(
      'Invalid period "x": expected a year or { from, to }.',
    );
    expect(() => partnerRanking(partnerShares, { reporter: 'MEX', period: 2008, source: 'lopez-aymes-2012' })).toThrow(
      /No total ranking for MEX in 2008 from source "lopez-aymes-2012"/,
    );
    expect(() => partnerRanking([], { reporter: 'MEX' })).toThrow('No total ranking for MEX in these shares.');
    expect(() => partnerRanking(partnerShares, null as never)).toThrow(TypeError);
  });
});

describe('timeline edges', () => {
  it('sorts by first possible day, coarser precision first on the same day', () => {
    const sorted = sortByDate([
      { date: '1990-01-01', precision: 'day' as const },
      { date: '1990', precision: 'decade' as const },
      { date: '1990', precision: 'year' as const },
      { date: '1989-12', precision: 'month' as const },
    ]);
    expect(sorted.map((e) => e.precision)).toEqual(['month', 'decade', 'year', 'day']);
  });

  it('matches range bounds inclusively at both ends', () => {
    const events = [{ id: 'a', date: '2004-04-01', precision: 'day' as const }];
    expect(eventsBetween(events, '2004-04-01', '2004-04-01')).toHaveLength(1);
    expect(eventsBetween(events, '2004-04-02', '2004-12-31')).toHaveLength(0);
    expect(eventsBetween(events, '2004-01-01', '2004-03-31')).toHaveLength(0);
    expect(eventsBetween(events, new Date('2004-04-01T23:00:00Z'), '2004-04')).toHaveLength(1);
    expect(() => eventsBetween(events, '2004', '2005', { match: 'near' as never })).toThrow(
      /Unknown match mode "near"/,
    );
  });

  it('groups with keys and start days for charts', () => {
    const groups = groupEvents(
      [
        { date: '1962-03-10', precision: 'day' as const },
        { date: '1960', precision: 'decade' as const },
        { date: '1962', precision: 'year' as const },
      ],
      'year',
    );
    expect(groups.map((g) => [g.key, g.start, g.events.length])).toEqual([
      ['1960s', '1960-01-01', 1],
      ['1962', '1962-01-01', 2],
    ]);
    expect(groupEvents(timelineEvents, 'decade')[0]).toMatchObject({ key: '1950s', start: '1950-01-01' });
    expect(() => groupEvents(timelineEvents, 'week' as never)).toThrow(/Unknown grouping unit "week"/);
  });

  it('carries the last confirmed state past the status date, and answers unknown without entry-into-force information', () => {
    expect(inForceStatus(getAgreement('kor-idb-membership'), '2005-03-15')).toBe('not-in-force');
    expect(inForceStatus(getAgreement('kor-idb-membership'), '2005-03-16')).toBe('in-force');
    expect(inForceStatus(getAgreement('kor-idb-membership'), '2025-12-15')).toBe('in-force');
    const idb = getAgreement('kor-idb-membership');
    expect(inForceStatus(idb, '2026-12-02')).toBe('in-force');
    expect(inForceDetails(idb, '2026-12-02')).toEqual({
      status: 'in-force',
      basis: 'carried-forward',
      confirmedOn: idb.statusAsOf,
    });
    expect(inForceStatus(getAgreement('kor-mercosur-ta'), '2025-01-01')).toBe('not-in-force');
    expect(inForceStatus(getAgreement('kor-mercosur-ta'), '2099-01-01')).toBe('not-in-force');
    expect(inForceStatus(getAgreement('kor-mex-bit'), '2010-01-01')).toBe('unknown');
    expect(inForceStatus(getAgreement('kor-mex-bit'), '2000-08-15')).toBe('not-in-force');
    expect(() => isInForce({} as never, '2000-01-01')).toThrow('agreements[0].id is undefined: expected a string.');
    expect(agreements.filter((a) => isInForce(a, '2025-06-01') === true).length).toBeGreaterThan(10);
  });
});

describe('other modules', () => {
  it('cites with publisher, DOI or URL, and the unverified marker', () => {
    expect(cite('lopez-aymes-2011')).toBe(
      'Juan Felipe López Aymes (2011). Comercio e inversión coreana en México: el TLC bilateral como víctima de respuestas divergentes a la crisis. México y la Cuenca del Pacífico 14(41). https://doi.org/10.32870/mycp.v14i41.366',
    );
    expect(cite('imf-dots-2022')).toBe(
      'International Monetary Fund (2022). Direction of Trade Statistics (DOTS), early-2022 vintage. https://github.com/SamLeBlanc/Direction-of-Trade-Map',
    );
    expect(cite('kwak-mortimore-2007')).toMatch(
      /^Jae Sung Kwak and Michael Mortimore \(2007\)\. .* \[not verified: known only through the paper\]$/,
    );
    expect(cite('estevadeordal-et-al-2015', 'attribution')).toBe(
      'Source: Antoni Estevadeordal et al., Korea and Latin America and the Caribbean: Striving for a Diverse and Dynamic Relationship.',
    );
    expect(cite('globaledge-caricom', 'short')).toBe('globalEDGE, Michigan State University (n.d.)');
    // A source with no author is cited by its publisher once, not twice.
    expect(cite('page-daum-enc-kor-bra')).toBe(
      'Daum (n.d.). Daum encyclopedia entry on Brazil–Korea relations. https://100.daum.net/encyclopedia/view/b10b2076b007',
    );
    expect(cite('page-mbn-mex-kor-2025', 'attribution')).toBe(
      'Source: Mexico Business News, Mexico-South Korea: Six Decades of Trade, Investment, Tech.',
    );
  });

  it('names former economies and lists suspended bloc members on request', () => {
    expect(countryName('SUN', 'es')).toBe('USSR (Union of Soviet Socialist Republics)');
    expect(getCountry('VEN').blocs).toEqual(['MERCOSUR']);
    expect(blocMembers('MERCOSUR', { includeSuspended: true })).toEqual(['ARG', 'BRA', 'PRY', 'URY', 'VEN', 'BOL']);
    expect(blocMembers('MERCOSUR', {})).not.toContain('VEN');
  });

  it('counts printed decimals and lists every theme once', () => {
    expect(printedDecimals(65)).toBe(0);
    expect(printedDecimals(2.8)).toBe(1);
    expect(printedDecimals(2.75)).toBe(2);
    expect([...new Set(challenges.map((c) => c.theme))].sort()).toEqual([...challengeThemes].sort());
  });
});
