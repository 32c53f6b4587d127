import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as challengesModule from '../src/challenges/index.js';
import * as claimsModule from '../src/claims/index.js';
import * as countriesModule from '../src/countries/index.js';
import * as pricesModule from '../src/prices/index.js';
import * as rankingsModule from '../src/rankings/index.js';
import * as schemas from '../src/schemas/index.js';
import * as sourcesModule from '../src/sources/index.js';
import * as timelineModule from '../src/timeline/index.js';
import * as tradeModule from '../src/trade/index.js';
import { evilValue, FUZZ_RUNS } from './helpers/arbitraries.js';

/** Messages a JavaScript engine writes when code crashes on bad input, as opposed to our documented errors. */
const CRASH =
  /Cannot read propert|Cannot destructure|is not a function|is not iterable|Cannot convert|undefined is not|null is not|Maximum call stack|Invalid time value|toISOString/;

let cases = 0;

/** Calls `fn`; the only allowed outcomes are a value with no NaN in it, or a RangeError/TypeError of ours. */
function outcome(fn: () => unknown): void {
  cases += 1;
  let result: unknown;
  try {
    result = fn();
  } catch (error) {
    expect(error instanceof RangeError || error instanceof TypeError, String(error)).toBe(true);
    expect((error as Error).message, String(error)).not.toMatch(CRASH);
    expect((error as Error).message.length).toBeGreaterThan(10);
    return;
  }
  const hasNaN = (value: unknown, depth = 0): boolean =>
    depth < 4 &&
    (Number.isNaN(value) ||
      (value !== null &&
        typeof value === 'object' &&
        Object.values(value as object).some((v) => hasNaN(v, depth + 1))));
  expect(hasNaN(result), `NaN in ${JSON.stringify(result)?.slice(0, 200)}`).toBe(false);
}

const { tradeFlows } = tradeModule;
const { partnerShares } = rankingsModule;
const { agreements, timelineEvents } = timelineModule;
const { challenges } = challengesModule;

/** Every public helper, called with one argument replaced by an arbitrary value. */
const targets: Record<string, (bad: unknown) => unknown> = {
  'tradeBalance(options)': (bad) => tradeModule.tradeBalance(tradeFlows, bad as never),
  'tradeBalance(flows)': (bad) => tradeModule.tradeBalance(bad as never, { partner: 'MEX', year: 2008 }),
  'tradeBalance(partner)': (bad) => tradeModule.tradeBalance(tradeFlows, { partner: bad as never, year: 2008 }),
  'tradeBalance(year)': (bad) => tradeModule.tradeBalance(tradeFlows, { partner: 'MEX', year: bad as never }),
  'balanceSeries(options)': (bad) => tradeModule.balanceSeries(tradeFlows, bad as never),
  'balanceSeries(from)': (bad) => tradeModule.balanceSeries(tradeFlows, { partner: 'MEX', from: bad as never }),
  'mirror(options)': (bad) => tradeModule.mirror(tradeFlows, bad as never),
  'mirror(year)': (bad) => tradeModule.mirror(tradeFlows, { partner: 'MEX', year: bad as never }),
  'aggregate(options)': (bad) => tradeModule.aggregate(tradeFlows, bad as never),
  'aggregate(flows)': (bad) => tradeModule.aggregate(bad as never, { by: 'year' }),
  'worldShare(options)': (bad) => tradeModule.worldShare(tradeFlows, bad as never),
  'worldShare(basis)': (bad) => tradeModule.worldShare(tradeFlows, { partner: 'MEX', year: 2008, basis: bad as never }),
  'tradeBalance(source)': (bad) =>
    tradeModule.tradeBalance(tradeFlows, { partner: 'MEX', year: 2008, source: bad as never }),
  'flowSeries(options)': (bad) => tradeModule.flowSeries(tradeFlows, bad as never),
  'flowSeries(flows)': (bad) => tradeModule.flowSeries(bad as never, { partner: 'MEX', flow: 'export' }),
  'flowSeries(flow)': (bad) => tradeModule.flowSeries(tradeFlows, { partner: 'MEX', flow: bad as never }),
  'preferredFlows(flows)': (bad) => tradeModule.preferredFlows(bad as never),
  'tradeRegionMembers(region)': (bad) => tradeModule.tradeRegionMembers(bad as never),
  'aggregate(region)': (bad) => tradeModule.aggregate(tradeFlows, { by: 'year', from: 2022, region: bad as never }),
  'toConstantUsd(options)': (bad) => pricesModule.toConstantUsd(pricesModule.usCpiAnnual, bad as never),
  'toConstantUsd(cpi)': (bad) => pricesModule.toConstantUsd(bad as never, { valueUsd: 1, year: 2008, base: 2020 }),
  'toConstantUsd(valueUsd)': (bad) =>
    pricesModule.toConstantUsd(pricesModule.usCpiAnnual, { valueUsd: bad as never, year: 2008, base: 2020 }),
  'toConstantUsdSeries(rows)': (bad) =>
    pricesModule.toConstantUsdSeries(pricesModule.usCpiAnnual, bad as never, { base: 2020 }),
  'toConstantUsdSeries(options)': (bad) =>
    pricesModule.toConstantUsdSeries(pricesModule.usCpiAnnual, [{ year: 2008, valueUsd: 1 }], bad as never),
  'cagr(series)': (bad) => tradeModule.cagr(bad as never, 2000, 2010),
  'cagr(from)': (bad) => tradeModule.cagr([{ year: 2000, value: 1 }], bad as never, 2010),
  'yearOverYear(series)': (bad) => tradeModule.yearOverYear(bad as never),
  'partnerRanking(query)': (bad) => rankingsModule.partnerRanking(partnerShares, bad as never),
  'partnerRanking(period)': (bad) =>
    rankingsModule.partnerRanking(partnerShares, { reporter: 'MEX', period: bad as never }),
  'partnerRanking(shares)': (bad) => rankingsModule.partnerRanking(bad as never, { reporter: 'MEX' }),
  'koreaRank(query)': (bad) => rankingsModule.koreaRank(partnerShares, bad as never),
  'rankAmongKoreaPartners(partner)': (bad) =>
    rankingsModule.rankAmongKoreaPartners(partnerShares, { partner: bad as never }),
  'rankPartners(rows)': (bad) => rankingsModule.rankPartners(bad as never, (x: unknown) => x as number),
  'rankPartners(options)': (bad) => rankingsModule.rankPartners([1, 2], (x) => x, bad as never),
  'toInterval(date)': (bad) => timelineModule.toInterval(bad as never, 'day'),
  'toInterval(precision)': (bad) => timelineModule.toInterval('2004', bad as never),
  'precisionOf(date)': (bad) => timelineModule.precisionOf(bad as never),
  'isInForce(on)': (bad) => timelineModule.isInForce(agreements[0]!, bad as never),
  'isInForce(agreement)': (bad) => timelineModule.isInForce(bad as never, '2004-04-01'),
  'isInForce(options)': (bad) => timelineModule.isInForce(agreements[3]!, '2020-01-01', bad as never),
  'durationToEntryIntoForce(options)': (bad) => timelineModule.durationToEntryIntoForce(agreements[3]!, bad as never),
  'eventsBetween(from)': (bad) => timelineModule.eventsBetween(timelineEvents, bad as never, '2010'),
  'eventsBetween(options)': (bad) => timelineModule.eventsBetween(timelineEvents, '2000', '2010', bad as never),
  'eventsFor(party)': (bad) => timelineModule.eventsFor(timelineEvents, bad as never),
  'agreementsFor(party)': (bad) => timelineModule.agreementsFor(agreements, bad as never),
  'groupEvents(by)': (bad) => timelineModule.groupEvents(timelineEvents, bad as never),
  'getAgreement(id)': (bad) => timelineModule.getAgreement(bad as never),
  'getSource(id)': (bad) => sourcesModule.getSource(bad as never),
  'cite(style)': (bad) => sourcesModule.cite('lopez-aymes-2012', bad as never),
  'getCountry(code)': (bad) => countriesModule.getCountry(bad as never),
  'countryName(locale)': (bad) => countriesModule.countryName('MEX', bad as never),
  'blocMembers(id)': (bad) => countriesModule.blocMembers(bad as never),
  'isLacCountry(code)': (bad) => countriesModule.isLacCountry(bad),
  'getChallenge(id)': (bad) => challengesModule.getChallenge(bad as never),
  'challengesByTheme(theme)': (bad) => challengesModule.challengesByTheme(challenges, bad as never),
  'allRecommendations(options)': (bad) => challengesModule.allRecommendations(challenges, bad as never),
  'verifyClaims(datasets)': (bad) => claimsModule.verifyClaims(bad as never),
};

describe('fuzzing: bad input never crashes and never lies', () => {
  for (const [name, target] of Object.entries(targets)) {
    it(name, () => {
      fc.assert(
        fc.property(evilValue, (bad) => outcome(() => target(bad))),
        { numRuns: name.startsWith('verifyClaims') ? 60 : FUZZ_RUNS },
      );
    });
  }

  const parsers = Object.entries(schemas).filter(([name]) => name.startsWith('parse'));
  for (const [name, parse] of parsers) {
    it(`${name} rejects arbitrary values with a ValidationError`, () => {
      fc.assert(
        fc.property(evilValue, (bad) => {
          cases += 1;
          try {
            (parse as (input: unknown) => unknown)(bad);
          } catch (error) {
            expect(error).toBeInstanceOf(schemas.ValidationError);
            expect((error as schemas.ValidationError).issues.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: FUZZ_RUNS },
      );
    });
  }

  afterAll(() => {
    console.log(`fuzz: ${cases} cases across ${Object.keys(targets).length} helpers and ${parsers.length} parsers`);
  });
});
