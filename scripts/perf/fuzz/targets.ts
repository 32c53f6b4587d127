/**
 * A valid call of every exported function, by name. The package fuzzer
 * (scripts/perf/fuzz-package.ts) enumerates the exports of the built package and
 * fails when a function has no entry here, so a new export cannot go unfuzzed.
 * Each entry builds its arguments from the module under test (ESM or CJS), so
 * the data come from the same build. Data arguments are small slices of the
 * shipped datasets: the fuzzer copies and changes them, and unfrozen copies
 * are re-indexed on every call.
 */

/** Every export of every subpath of one build, merged (names are unique across subpaths). */
export type PackageModule = Record<string, unknown>;

type Args = (m: PackageModule) => unknown[];

const slice = <T>(list: unknown, keep: (item: T) => boolean, max = 40): T[] =>
  (list as readonly T[]).filter(keep).slice(0, max);

interface FlowLike {
  readonly reporter: string;
  readonly partner: string;
  readonly year: number;
}
interface ShareLike {
  readonly reporter: string;
  readonly period: { readonly from: number; readonly to: number };
}
interface EventLike {
  readonly parties: readonly string[];
  readonly date: string;
}

const flows = (m: PackageModule) =>
  slice<FlowLike>(
    m.tradeFlows,
    (f) => (f.partner === 'MEX' || f.reporter === 'MEX' || f.partner === 'WLD') && f.year >= 2007 && f.year <= 2009,
    200,
  );
const shares = (m: PackageModule) =>
  slice<ShareLike>(
    m.partnerShares,
    (s) => s.period.from === 2008 && s.period.to === 2008 && (s.reporter === 'MEX' || s.reporter === 'KOR'),
    80,
  );
const events = (m: PackageModule) =>
  slice<EventLike>(m.timelineEvents, (e) => e.parties.includes('CHL') || e.date < '1970', 20);
const agreement = (m: PackageModule, id = 'kor-chl-fta') =>
  (m.agreements as readonly { id: string }[]).find((a) => a.id === id);
const series = [
  { year: 2005, value: 100 },
  { year: 2006, value: 120 },
  { year: 2007, value: 90 },
  { year: 2008, value: 0 },
  { year: 2009, value: 30 },
];
const cpi = (m: PackageModule) => slice<{ year: number }>(m.usCpiAnnual, (r) => r.year >= 2000 && r.year <= 2020);
const first = (list: unknown) => (list as readonly unknown[])[0];

/** How to call each exported function with valid arguments. */
export const TARGETS: Readonly<Record<string, Args>> = {
  // sources
  cite: () => ['lopez-aymes-2012', 'short'],
  getSource: () => ['imf-dots-2022'],
  isSourceId: () => ['lopez-aymes-2012'],
  // countries
  blocMembers: () => ['MERCOSUR', { includeSuspended: true }],
  countryName: () => ['MEX', 'es'],
  getBloc: () => ['CARICOM'],
  getCountry: () => ['MEX'],
  isCountryCode: () => ['MEX'],
  isLacCountry: () => ['CHL'],
  // challenges
  allRecommendations: (m) => [m.challenges, { actor: 'korea' }],
  challengesByTheme: (m) => [m.challenges, 'competition'],
  challengesWithoutRecommendations: (m) => [m.challenges],
  getChallenge: () => ['china-competition'],
  // trade
  aggregate: (m) => [flows(m), { by: 'year', from: 2007, to: 2009 }],
  balanceSeries: (m) => [flows(m), { partner: 'MEX', from: 2007, to: 2009 }],
  cagr: () => [series, 2005, 2007, (r?: { value: number }) => r?.value],
  flowSeries: (m) => [flows(m), { partner: 'MEX', flow: 'export' }],
  mirror: (m) => [flows(m), { partner: 'MEX', year: 2008 }],
  preferredFlows: (m) => [flows(m)],
  tradeBalance: (m) => [flows(m), { partner: 'MEX', year: 2008 }],
  flowsWhere: (m) => [flows(m), { reporter: 'KOR', partner: 'MEX', from: 2005, to: 2010, flow: 'export' }],
  tradePartnerCodes: () => [],
  tradeRegionMembers: () => ['central-and-south-america'],
  tradeReporterCodes: () => [],
  worldShare: (m) => [flows(m), { partner: 'MEX', year: 2008, basis: 'total' }],
  yearOverYear: () => [series, (r?: { value: number }) => r?.value],
  // rankings
  koreaRank: (m) => [shares(m), { reporter: 'MEX', period: 2008 }],
  partnerRanking: (m) => [shares(m), { reporter: 'MEX', period: 2008, basis: 'total' }],
  sharesWhere: (m) => [shares(m), { reporter: 'MEX', partner: 'KOR', basis: 'total', period: 2008 }],
  rankAmongKoreaPartners: (m) => [shares(m), { partner: 'MEX', period: 2008 }],
  rankPartners: () => [series, (r?: { value: number }) => r?.value, { order: 'desc', ties: 'dense' }],
  // prices
  toConstantUsd: (m) => [cpi(m), { valueUsd: 1000, year: 2008, base: 2020 }],
  toConstantUsdSeries: (m) => [cpi(m), [{ year: 2008, valueUsd: 1000 }], { base: 2020 }],
  // timeline
  agreementsFor: (m) => [m.agreements, 'CHL'],
  durationToEntryIntoForce: (m) => [agreement(m), {}],
  eventsBetween: (m) => [events(m), '1960', '2010', { mode: 'within' }],
  eventsFor: (m) => [events(m), 'CHL'],
  getAgreement: () => ['kor-chl-fta'],
  groupEvents: (m) => [events(m), 'decade'],
  isInForce: (m) => [agreement(m), '2005-01-01', {}],
  inForceStatus: (m) => [agreement(m), '2005-01-01', { party: 'CHL' }],
  // A day after the status date: the carried-forward path, per party.
  inForceDetails: (m) => [agreement(m, 'kor-ca-fta'), '2099-06-01', { party: 'GTM' }],
  precisionOf: () => ['2003-02'],
  sortByDate: (m) => [events(m)],
  toInterval: () => ['2003-02', 'month'],
  // i18n
  label: (m) => [first(m.roles), 'label', m.es],
  labelDetails: (m) => [first(m.blocs), 'name', m.pt],
  translateText: (m) => ['South America', m.ko],
  // claims
  combineVerdicts: () => [['supported', 'partly']],
  compareToPrinted: () => [2, 2.46],
  verifyClaims: (m) => [
    {
      tradeFlows: m.tradeFlows,
      partnerShares: m.partnerShares,
      agreements: m.agreements,
      timelineEvents: m.timelineEvents,
      challenges: m.challenges,
      roles: m.roles,
    },
  ],
  // schemas
  parseAgreement: (m) => [agreement(m)],
  parseAgreements: (m) => [[agreement(m)]],
  parseBlocs: (m) => [m.blocs],
  parseChallenge: (m) => [first(m.challenges)],
  parseChallenges: (m) => [m.challenges],
  parseClaim: (m) => [first(m.claims)],
  parseClaims: (m) => [[first(m.claims)]],
  parseCountries: (m) => [[m.korea]],
  parseCountry: (m) => [m.korea],
  parseCpiAnnualAverages: (m) => [cpi(m)],
  parseTranslations: (m) => [m.pt],
  parseDiplomaticTies: (m) => [(m.diplomaticTies as readonly unknown[]).slice(0, 10)],
  parseMotives: (m) => [m.motives],
  parsePartnerShare: (m) => [first(m.partnerShares)],
  parsePartnerShares: (m) => [shares(m)],
  parsePartnershipAreas: (m) => [m.partnershipAreas],
  parsePolicyPhases: (m) => [m.policyPhases],
  parseRoles: (m) => [m.roles],
  parseSource: (m) => [first(m.sources)],
  parseSources: (m) => [(m.sources as readonly unknown[]).slice(0, 5)],
  parseTimelineEvent: (m) => [first(m.timelineEvents)],
  parseTimelineEvents: (m) => [events(m)],
  parseTradeFlow: (m) => [first(m.tradeFlows)],
  parseTradeFlows: (m) => [flows(m).slice(0, 20)],
  uniqueBy: () => ['id'],
  ValidationError: () => ['trade flow', [{ path: 'year', message: 'expected a number' }]],
};

/** Exports called with `new`. */
export const CONSTRUCTORS: ReadonlySet<string> = new Set(['ValidationError']);

/** Functions whose calls are slow (they re-run every claim check): fewer runs. */
export const SLOW: ReadonlySet<string> = new Set(['verifyClaims']);
