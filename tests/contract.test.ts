import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as challengesModule from '../src/challenges/index.js';
import * as claimsModule from '../src/claims/index.js';
import * as countriesModule from '../src/countries/index.js';
import * as pricesModule from '../src/prices/index.js';
import * as rankingsModule from '../src/rankings/index.js';
import * as sourcesModule from '../src/sources/index.js';
import * as timelineModule from '../src/timeline/index.js';
import * as tradeModule from '../src/trade/index.js';
import { cli } from './helpers/cli.js';
import { repoRoot } from './helpers/raw.js';
import { shipped } from './helpers/shipped-datasets.js';

// The input contract of docs/errors.md, one test per reproduction of the outside review.
const { tradeFlows, tradeBalance, worldShare, balanceSeries, mirror, aggregate, yearOverYear, cagr } = tradeModule;
const { timelineEvents, agreements, sortByDate, durationToEntryIntoForce, eventsFor, isInForce, toInterval } =
  timelineModule;
const { challenges, challengesByTheme, allRecommendations } = challengesModule;

function isDeepFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== 'object' || seen.has(value)) return true;
  seen.add(value);
  return Object.isFrozen(value) && Object.values(value).every((child) => isDeepFrozen(child, seen));
}

function isDeepUnfrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== 'object' || seen.has(value)) return true;
  seen.add(value);
  return !Object.isFrozen(value) && Object.values(value).every((child) => isDeepUnfrozen(child, seen));
}

const modules = {
  challenges: challengesModule,
  claims: claimsModule,
  countries: countriesModule,
  prices: pricesModule,
  rankings: rankingsModule,
  sources: sourcesModule,
  timeline: timelineModule,
  trade: tradeModule,
};

describe('frozen means frozen', () => {
  it('freezes every exported array and object of every data subpath, code lists included, at every depth', () => {
    let checked = 0;
    for (const [subpath, module] of Object.entries(modules)) {
      for (const [name, value] of Object.entries(module)) {
        if (typeof value === 'function') continue;
        checked += 1;
        expect(isDeepFrozen(value), `${subpath}: ${name}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('keeps the code lists the helpers rely on intact', () => {
    expect(() => {
      (countriesModule.lacCountryCodes as unknown as unknown[]).length = 0;
    }).toThrow(TypeError);
    expect(tradeBalance(tradeFlows, { partner: 'MEX', year: 2008 })?.exportsUsd).toBe(9_089_949_000);
    for (const list of [
      countriesModule.countryCodes,
      countriesModule.blocIds,
      sourcesModule.sourceIds,
      timelineModule.agreementIds,
      claimsModule.claimIds,
      timelineModule.organizationCodes,
    ]) {
      expect(Object.isFrozen(list)).toBe(true);
    }
  });

  it("never freezes or changes the caller's data (verifyClaims on a copy of the timeline)", () => {
    const copy = structuredClone(timelineEvents) as typeof timelineEvents;
    claimsModule.verifyClaims({ ...shipped, timelineEvents: copy });
    expect(isDeepUnfrozen(copy)).toBe(true);
    expect(copy).toEqual(timelineEvents);
  });
});

describe('bad input always gets a named error, never an engine error', () => {
  const ours = (call: () => unknown, message: RegExp) => {
    let thrown: unknown;
    try {
      call();
    } catch (error) {
      thrown = error;
    }
    expect(thrown instanceof TypeError || thrown instanceof RangeError, String(thrown)).toBe(true);
    expect(String((thrown as Error).message)).toMatch(message);
    expect(String((thrown as Error).message)).not.toMatch(/Cannot read propert|is not a function|is not iterable/);
  };

  it('names the bad argument or record of each helper the review broke', () => {
    ours(() => sortByDate(null as never), /Expected "events" to be an array, got null/);
    ours(() => challengesByTheme(null as never, 'competition'), /Expected "challenges" to be an array, got null/);
    ours(() => allRecommendations(null as never), /Expected "challenges" to be an array/);
    ours(() => durationToEntryIntoForce(null as never), /Expected agreements\[0\] to be an agreement, got null/);
    ours(() => countriesModule.blocMembers('MERCOSUR', 5 as never), /Expected options to be an object, got 5/);
    expect(countriesModule.blocMembers('MERCOSUR', null as never)).toEqual(countriesModule.blocMembers('MERCOSUR'));
    ours(() => eventsFor([{ date: '2000', precision: 'year' }] as never, 'MEX'), /events\[0\]\.parties is undefined/);
    ours(
      () => aggregate(tradeFlows, { by: 'bloc', blocs: [{ id: 'x' }] as never }),
      /blocs\[0\]\.members is undefined: expected an array/,
    );
    ours(
      () => rankingsModule.koreaRank([{ reporter: 'MEX', basis: 'total' }] as never, { reporter: 'MEX' }),
      /shares\[0\]\.partner is undefined/,
    );
    const series = [
      { year: 2005, value: 1 },
      { year: 2008, value: 2 },
    ];
    ours(() => cagr(series, 2005, 2008, null as never), /Expected getValue to be a function, got null/);
    ours(() => timelineModule.eventsBetween(timelineEvents, '2000', '2010', 'within' as never), /Expected options/);
  });

  it('rejects wrong values instead of computing with them', () => {
    const flow = tradeFlows.find((f) => f.source === 'imf-dots-2022' && f.reporter === 'KOR' && f.partner === 'CHL')!;
    const text = [
      { ...flow, flow: 'export', valueUsd: '5' },
      { ...flow, flow: 'import', valuation: 'CIF', valueUsd: '3' },
    ];
    ours(() => tradeBalance(text as never, { partner: 'CHL', year: flow.year }), /flows\[0\]\.valueUsd is "5"/);
    const nan = text.map((f) => ({ ...f, valueUsd: Number.NaN }));
    ours(() => tradeBalance(nan as never, { partner: 'CHL', year: flow.year }), /valueUsd is NaN/);
    ours(
      () =>
        yearOverYear([
          { year: 2000, value: -1e308 },
          { year: 2001, value: 1e308 },
        ]),
      /too far apart for a finite result/,
    );
    ours(
      () =>
        cagr(
          [
            { year: 2000, value: 1e-300 },
            { year: 2001, value: 1e300 },
          ],
          2000,
          2001,
        ),
      /too far apart/,
    );
    const chile = agreements.find((a) => a.id === 'kor-chl-fta')!;
    const badDay = { ...chile, milestones: chile.milestones.map((m) => ({ ...m, date: '2015-02-30' })) };
    ours(() => durationToEntryIntoForce(badDay), /agreement\.milestones\[0\] has no valid date/);
  });

  it('treats an unknown source, code, year or range as an error, as the siblings do', () => {
    for (const call of [
      () => tradeBalance(tradeFlows, { partner: 'MEX', year: 2008, source: 'bogus' as never }),
      () => worldShare(tradeFlows, { partner: 'MEX', year: 2008, source: 'bogus' as never }),
      () => balanceSeries(tradeFlows, { partner: 'MEX', source: 'bogus' as never }),
      () => mirror(tradeFlows, { partner: 'MEX', source: 'bogus' as never }),
      () => aggregate(tradeFlows, { by: 'year', source: 'bogus' as never }),
    ]) {
      ours(call, /Unknown source "bogus"/);
    }
    ours(() => mirror(tradeFlows, { partner: 'MEX', year: 1900 }), /Year 1900 is outside/);
    ours(() => aggregate(tradeFlows, { by: 'year', from: 2010, to: 2000 }), /"from" \(2010\) is after "to" \(2000\)/);
    ours(() => eventsFor(timelineEvents, 'XXX' as never), /Unknown party code "XXX"/);
    ours(() => allRecommendations(challenges, { actor: 'x' as never }), /Unknown actor "x"/);
    ours(() => claimsModule.combineVerdicts(['bogus'] as never), /Unknown verdict "bogus"/);
    ours(() => claimsModule.compareToPrinted(Number.NaN, 1), /"printed" to be a finite number, got NaN/);
  });

  it('keeps dates in the calendar and in the years 1–9999', () => {
    const chile = agreements.find((a) => a.id === 'kor-chl-fta')!;
    ours(() => isInForce(chile, new Date('+010000-01-01')), /year 10000 is outside 1–9999/);
    ours(() => toInterval('0000-01-01', 'day'), /Invalid date "0000-01-01"/);
    expect(toInterval('0099-03-01', 'day').start.getUTCFullYear()).toBe(99);
    ours(() => toInterval('2015-02-30', 'day'), /Invalid date "2015-02-30"/);
    ours(() => toInterval('2015-13', 'month'), /Invalid date "2015-13"/);
  });
});

describe('the command line keeps the contract', () => {
  it('treats inherited names as unknown commands', () => {
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(cli(name)).toMatchObject({ code: 2, err: expect.stringMatching(/^korea-latam: Unknown command/) });
    }
  });

  it('exits 2 with one line for every usage error', () => {
    for (const args of [
      ['balance', 'MEX', '--reporter', 'MEX'],
      ['balance', 'MEX', 'BRA'],
      ['balance', 'BRA', '--reporter', 'MEX'],
      ['export', 'trade-flows', 'extra'],
      ['list', 'extra'],
    ]) {
      const { code, out, err } = cli(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('never echoes a huge argument whole', () => {
    const huge = 'X'.repeat(100_000);
    for (const args of [[huge], ['export', huge], ['balance', huge], ['export', 'trade-flows', '--filter', huge]]) {
      const { code, err } = cli(...args);
      expect(code).toBe(2);
      expect(err.length).toBeLessThan(600);
    }
  });

  it('prints the version', () => {
    const { version } = JSON.parse(
      spawnSync(process.execPath, ['-p', 'JSON.stringify(require("./package.json"))'], {
        cwd: repoRoot,
        encoding: 'utf8',
      }).stdout,
    ) as { version: string };
    expect(cli('--version')).toEqual({ code: 0, out: `${version}\n`, err: '' });
  });

  it('ends quietly when the reader closes the pipe early', () => {
    const tsx = join(repoRoot, 'node_modules/.bin/tsx');
    const result = spawnSync(
      'bash',
      ['-c', `set -o pipefail; "${tsx}" src/cli/bin.ts export trade-flows | head -1; echo "status $?" >&2`],
      { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.stdout).toBe('reporter,partner,year,flow,value_usd,valuation,estimated,source,preferred\n');
    expect(result.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(result.stderr).toMatch(/status 0/);
  });
});
