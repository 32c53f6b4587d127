import { describe, expect, it } from 'vitest';
import { challenges, motives, partnershipAreas, policyPhases, roles } from '../../src/challenges/index.js';
import { claims } from '../../src/claims/index.js';
import { blocs, countries } from '../../src/countries/index.js';
import { partnerShares } from '../../src/rankings/index.js';
import {
  parseAgreement,
  parseBlocs,
  parseChallenge,
  parseChallenges,
  parseClaim,
  parseClaims,
  parseCountries,
  parseCountry,
  parseMotives,
  parsePartnerShare,
  parsePartnerShares,
  parsePartnershipAreas,
  parsePolicyPhases,
  parseRoles,
  parseSource,
  parseSources,
  parseTimelineEvent,
  parseTradeFlow,
  parseTradeFlows,
  ValidationError,
  type ValidationIssue,
} from '../../src/schemas/index.js';
import { sourceIds, sources } from '../../src/sources/index.js';
import { agreements, getAgreement, timelineEvents } from '../../src/timeline/index.js';
import { tradeFlows } from '../../src/trade/index.js';
import { rejection } from '../helpers/rejection.js';

const issuesOf = (call: () => unknown): readonly ValidationIssue[] => rejection(call).issues;

describe('every single-record parser', () => {
  it('returns a valid record and names its record kind in the error', () => {
    const cases: [(input: unknown) => unknown, unknown, string][] = [
      [parseChallenge, challenges[0], 'challenge'],
      [parseClaim, claims[0], 'claim'],
      [parseCountry, countries[0], 'country'],
      [parsePartnerShare, partnerShares[0], 'partner share'],
      [parseSource, sources[0], 'source'],
      [parseTimelineEvent, timelineEvents[0], 'timeline event'],
      [parseTradeFlow, tradeFlows[0], 'trade flow'],
      [parseAgreement, agreements[0], 'agreement'],
    ];
    for (const [parse, good, what] of cases) {
      expect(parse(good)).toEqual(good);
      expect(rejection(() => parse(42)).message).toBe(
        `Invalid ${what}: 1 problem\n  - (root): Invalid input: expected object, received number`,
      );
    }
  });

  it('names every list kind and reports a duplicate id with both positions', () => {
    const cases: [(input: unknown) => unknown, readonly object[], string, string][] = [
      [parseRoles, roles, 'roles', 'id'],
      [parseMotives, motives, 'motives', 'id'],
      [parsePolicyPhases, policyPhases, 'policy phases', 'id'],
      [parsePartnershipAreas, partnershipAreas, 'partnership areas', 'id'],
      [parseClaims, claims, 'claims', 'id'],
      [parseCountries, countries, 'countries', 'code'],
      [parseBlocs, blocs, 'blocs', 'id'],
      [parseSources, sources, 'sources', 'id'],
    ];
    for (const [parse, list, what, key] of cases) {
      expect(parse(list)).toHaveLength(list.length);
      const first = list[0] as Record<string, unknown>;
      const error = rejection(() => parse([first, list[1], first]));
      expect(error.issues).toEqual([
        { path: `[2].${key}`, message: `duplicate ${key} ${JSON.stringify(first[key])} (first at [0])` },
      ]);
      expect(error.message.startsWith(`Invalid ${what}: 1 problem\n  - [2].${key}: duplicate`)).toBe(true);
    }
  });
});

describe('cross-field rules', () => {
  it('requires a reason when a challenge has no recommendations', () => {
    const bare = challenges.find((c) => c.recommendations.length === 0);
    const withSome = challenges.find((c) => c.recommendations.length > 0);
    expect(bare?.recommendationsNote).toBeDefined();
    const { recommendationsNote: _, ...noNote } = bare as NonNullable<typeof bare>;
    expect(issuesOf(() => parseChallenge(noNote))).toEqual([
      {
        path: 'recommendationsNote',
        message: 'a challenge without recommendations needs a recommendationsNote saying why',
      },
    ]);
    expect(parseChallenge(withSome)).toEqual(withSome);
  });

  it('numbers challenges 1…n in list order', () => {
    const swapped = [challenges[1], challenges[0], ...challenges.slice(2)];
    expect(issuesOf(() => parseChallenges(swapped))).toEqual([
      { path: '[0].order', message: 'expected order 1, got 2' },
      { path: '[1].order', message: 'expected order 2, got 1' },
    ]);
  });

  it("writes a decade bound as the decade's first year", () => {
    const phase = policyPhases[0] as (typeof policyPhases)[number];
    const start = { date: '1955', precision: 'decade' } as const;
    expect(issuesOf(() => parsePolicyPhases([{ ...phase, period: { ...phase.period, start } }]))).toEqual([
      { path: '[0].period.start', message: "a decade bound is written as the decade's first year" },
    ]);
    const asYear = { ...phase, period: { ...phase.period, start: { date: '1955', precision: 'year' } } };
    expect(parsePolicyPhases([asYear])[0]?.period.start?.date).toBe('1955');
  });

  it('lets only a not-checkable claim go without data or an external source', () => {
    const checked = claims.find((c) => c.check.verdict === 'supported') as (typeof claims)[number];
    const unchecked = claims.find((c) => c.check.verdict === 'not-checkable') as (typeof claims)[number];
    expect(issuesOf(() => parseClaim({ ...checked, check: { ...checked.check, basis: 'none' } }))).toEqual([
      { path: 'check.verdict', message: 'a verdict other than not-checkable needs data or an external source' },
    ]);
    expect(parseClaim({ ...unchecked, check: { ...unchecked.check, basis: 'none' } }).check.basis).toBe('none');
    const dated = claims.find((c) => c.period !== null) as (typeof claims)[number];
    expect(issuesOf(() => parseClaim({ ...dated, period: { from: 2011, to: 2010 } }))).toEqual([
      { path: 'period', message: 'period.from is after period.to' },
    ]);
    expect(parseClaim({ ...dated, period: { from: 2010, to: 2010 } }).period).toEqual({ from: 2010, to: 2010 });
    expect(issuesOf(() => parseClaim({ ...dated, sources: ['imf-dots-2022'] }))).toEqual([
      { path: 'sources', message: 'a claim cites the paper' },
    ]);
  });

  it('checks a share row against its own period, partner, rank and values', () => {
    const row = partnerShares.find(
      (s) => s.valueUsd !== null && s.partnerCount !== null,
    ) as (typeof partnerShares)[number];
    expect(issuesOf(() => parsePartnerShare({ ...row, period: { from: 2010, to: 2009 } }))).toEqual([
      { path: 'period', message: 'period.from is after period.to' },
    ]);
    expect(issuesOf(() => parsePartnerShare({ ...row, partner: row.reporter }))).toEqual([
      { path: 'partner', message: 'reporter and partner must differ' },
    ]);
    expect(issuesOf(() => parsePartnerShare({ ...row, rank: (row.partnerCount as number) + 1 }))).toEqual([
      { path: 'rank', message: 'rank exceeds partnerCount' },
    ]);
    expect(parsePartnerShare({ ...row, rank: row.partnerCount as number }).rank).toBe(row.partnerCount);
    expect(issuesOf(() => parsePartnerShare({ ...row, sharePct: row.sharePct + 0.01 }))).toEqual([
      { path: 'sharePct', message: 'sharePct must equal valueUsd / worldUsd × 100' },
    ]);
    // Without both values the share is taken as published.
    expect(parsePartnerShare({ ...row, valueUsd: null, sharePct: 1 }).sharePct).toBe(1);
    expect(parsePartnerShare({ ...row, worldUsd: null, sharePct: 1 }).sharePct).toBe(1);
  });

  it('checks each share table: unique partners, shares up to 100, ranks that follow shares', () => {
    const base = {
      reporter: 'MEX',
      period: { from: 2000, to: 2000 },
      basis: 'total',
      valueUsd: null,
      worldUsd: null,
      partnerCount: null,
      sources: ['imf-dots-2022'],
    } as const;
    const row = (partner: string, rank: number, sharePct: number) => ({ ...base, partner, rank, sharePct });
    expect(parsePartnerShares([row('USA', 1, 60), row('KOR', 2, 40)])).toHaveLength(2);
    expect(issuesOf(() => parsePartnerShares([row('USA', 1, 60), row('KOR', 2, 40), row('CHN', 3, 0.5)]))).toEqual([
      { path: '[0]', message: 'shares of table MEX|2000-2000|total|imf-dots-2022 sum to 100.5 (over 100)' },
    ]);
    expect(issuesOf(() => parsePartnerShares([row('USA', 1, 30), row('USA', 2, 20)]))).toEqual([
      { path: '[1].partner', message: 'duplicate partner USA in table MEX|2000-2000|total|imf-dots-2022' },
    ]);
    expect(issuesOf(() => parsePartnerShares([row('USA', 2, 30), row('KOR', 1, 20)]))).toEqual([
      {
        path: '[1].rank',
        message: "rank 1 is better than a larger share's rank 2 in table MEX|2000-2000|total|imf-dots-2022",
      },
    ]);
    // Equal shares may share or split ranks; a smaller share may share a rank.
    expect(parsePartnerShares([row('USA', 1, 20), row('KOR', 2, 20), row('CHN', 2, 10)])).toHaveLength(3);
    // Tables are kept apart by reporter, period, basis and source.
    const otherYear = { ...row('USA', 1, 60), period: { from: 2001, to: 2001 } };
    expect(parsePartnerShares([row('USA', 1, 60), otherYear, row('KOR', 2, 40)])).toHaveLength(3);
  });

  it('keeps trade flows unique and valued as their sources value them', () => {
    const good = tradeFlows.find((f) => f.flow === 'export' && f.valuation === 'FOB') as (typeof tradeFlows)[number];
    expect(issuesOf(() => parseTradeFlow({ ...good, partner: good.reporter }))).toEqual([
      { path: 'partner', message: 'reporter and partner must differ' },
    ]);
    expect(issuesOf(() => parseTradeFlow({ ...good, valuation: 'CIF' }))).toEqual([
      { path: 'valuation', message: 'exports are valued FOB and imports CIF in these sources' },
    ]);
    expect(parseTradeFlow({ ...good, valuation: 'not-stated' }).valuation).toBe('not-stated');
    const key = `${good.reporter}|${good.partner}|${good.year}|${good.flow}|${good.source}`;
    expect(issuesOf(() => parseTradeFlows([good, tradeFlows[1], good]))).toEqual([
      { path: '[2]', message: `duplicate flow ${key} (first at [0])` },
    ]);
    // The same flow from another source is not a duplicate; a carrier in sources does not change the key.
    expect(
      parseTradeFlows([good, { ...good, source: 'un-comtrade-plus', sources: ['un-comtrade-plus'] }]),
    ).toHaveLength(2);
    expect(issuesOf(() => parseTradeFlows([good, { ...good, sources: [good.source, 'kdiplo'] }]))).toEqual([
      { path: '[1]', message: `duplicate flow ${key} (first at [0])` },
    ]);
    expect(issuesOf(() => parseTradeFlow({ ...good, sources: ['kdiplo', good.source] }))).toEqual([
      { path: 'sources', message: 'sources must start with the source the value comes from' },
    ]);
    expect(issuesOf(() => parseTradeFlow({ ...good, reporter: 'MEX', partner: 'PRI' }))).toEqual([
      { path: 'partner', message: 'only Korea reports trade with the Caribbean territories' },
    ]);
  });

  it('checks an agreement against its parties and milestones', () => {
    const chile = getAgreement('kor-chl-fta');
    expect(issuesOf(() => parseAgreement({ ...chile, parties: ['CHL', 'PER'] }))).toEqual([
      { path: 'parties', message: 'Korea must be a party' },
    ]);
    expect(issuesOf(() => parseAgreement({ ...chile, notInForceFor: ['PER'] }))).toEqual([
      { path: 'notInForceFor[0]', message: 'notInForceFor lists a code that is not a party' },
    ]);
    expect(parseAgreement({ ...chile, notInForceFor: ['CHL'] }).notInForceFor).toEqual(['CHL']);
    expect(issuesOf(() => parseAgreement({ ...chile, entryIntoForce: 'unknown' }))).toEqual([
      {
        path: 'entryIntoForce',
        message: 'entryIntoForce is "recorded" exactly when a milestone records entry into force or joining',
      },
    ]);
    const [first, ...rest] = chile.milestones;
    const badDay = { ...first, date: '2003-02-30', precision: 'day' };
    expect(issuesOf(() => parseAgreement({ ...chile, milestones: [badDay, ...rest] }))).toEqual([
      { path: 'milestones[0].date', message: 'date must be a valid ISO date written at its precision' },
    ]);
  });

  it('accepts a date only when it is real and written at its precision', () => {
    const event = timelineEvents.find((e) => e.precision === 'day') as (typeof timelineEvents)[number];
    const dated = (date: string, precision: string) => () => parseTimelineEvent({ ...event, date, precision });
    const bad = [{ path: 'date', message: 'date must be a valid ISO date written at its precision' }];
    for (const [date, precision] of [
      ['2003-02-29', 'day'],
      ['2003-13', 'month'],
      ['2003-00', 'month'],
      ['2003-02', 'day'],
      ['2003', 'month'],
      ['1995', 'decade'],
      ['2003-1-05', 'day'],
    ] as const) {
      expect(issuesOf(dated(date, precision)), `${date} at ${precision}`).toEqual(bad);
    }
    for (const [date, precision] of [
      ['2004-02-29', 'day'],
      ['2003-12', 'month'],
      ['0999', 'year'],
      ['1990', 'decade'],
    ] as const) {
      expect(parseTimelineEvent({ ...event, date, precision }).date).toBe(date);
    }
  });
});

describe('error reports', () => {
  it('write paths with brackets for positions and dots for keys, and count the problems', () => {
    const error = rejection(() => parseTradeFlows([tradeFlows[0], { ...tradeFlows[0], year: 'x', valueUsd: -1 }]));
    expect(error.issues.map((i) => i.path)).toEqual(['[1].year', '[1].valueUsd']);
    expect(error.message).toMatch(
      /^Invalid trade flows: 2 problems\n {2}- \[1\]\.year: .+\n {2}- \[1\]\.valueUsd: .+$/,
    );
    expect(error.name).toBe('ValidationError');
    expect(error).toBeInstanceOf(TypeError);
  });

  it('lists at most 10 problems in the message, each cut short, and keeps them all in issues', () => {
    const error = rejection(() => parseTradeFlows(Array.from({ length: 13 }, () => 0)));
    expect(error.issues).toHaveLength(13);
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('Invalid trade flows: 13 problems');
    expect(lines).toHaveLength(12);
    expect(lines[10]).toBe('  - [9]: Invalid input: expected object, received number');
    expect(lines[11]).toBe('  … and 3 more');
    expect(rejection(() => parseTradeFlows(Array.from({ length: 10 }, () => 0))).message).not.toContain('more');
    // An unknown source names five of the 200-odd valid ids and their count, not the whole list.
    const long = rejection(() => parseTradeFlow({ ...tradeFlows[0], source: 'bogus' }));
    expect(long.issues[0]?.message).toMatch(
      new RegExp(
        `^Invalid option: expected one of "lopez-aymes-2012"\\|.*\\|… \\(${sourceIds.length} values\\), received "bogus"$`,
      ),
    );
    expect(long.issues[0]?.message.length).toBeLessThan(200);
    expect(long.message.length).toBeLessThan(300);
    expect(() => new ValidationError(5 as never, [])).toThrow(TypeError);
    expect(() => new ValidationError('x', [{ path: 1 }] as never)).toThrow(/list of \{ path, message \} issues/);
  });

  it('never freezes or changes what it is given, even when it rejects it', () => {
    const typed = new Float64Array(2);
    const map = new Map();
    const record = { ...tradeFlows[0], year: 'x' };
    for (const input of [typed, map, [record]]) rejection(() => parseTradeFlows(input));
    expect(Object.isFrozen(map) || Object.isFrozen(record)).toBe(false);
    expect(record.year).toBe('x');
    // A valid record comes back as a frozen copy; the input itself stays as it was.
    const copy = { ...tradeFlows[0] };
    const parsed = parseTradeFlow(copy);
    expect(parsed).not.toBe(copy);
    expect(Object.isFrozen(parsed) && !Object.isFrozen(copy)).toBe(true);
  });

  it('reports input that cannot be read as one problem at the root', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    const error = rejection(() => parseTradeFlows(proxy));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.path).toBe('');
    expect(error.issues[0]?.message).toMatch(/^input could not be read: \S/);
    expect(error.message).toMatch(/^Invalid trade flows: 1 problem\n {2}- \(root\): input could not be read: /);
  });
});
