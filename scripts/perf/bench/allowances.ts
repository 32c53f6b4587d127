/**
 * Helpers held to an explicit budget above the 1024-byte gzip target, in bytes
 * (measured size + about 3%, rounded up to 10 bytes). They share the input
 * validation that names bad values and lists the valid ones (suggestions of
 * look-alike values are left to the lookups, which ship their data anyway), the trade-flow
 * index with source preference, or precision-aware date parsing; those cost
 * 300–600 bytes that a smaller helper cannot avoid without giving up the
 * error messages the other issues require. docs/performance.md lists them.
 * The numbers may only go down, except where a feature adds bytes on
 * purpose: KOSIS data to 2023 raised the trade helpers by 100–240 bytes for
 * the per-reporter source preference, the error for a source no record has,
 * and the 15 Caribbean territory codes a partner may now be; the input
 * contract (docs/errors.md) raised most helpers by 300–550 bytes for
 * checking every record of the data they are given (naming its position and
 * field), the pair and year checks, and, for eventsFor/agreementsFor, the
 * country code list a party is checked against; dated bloc membership (the
 * timeline issue) raised aggregate by about 200 bytes, and inForceStatus is
 * isInForce's named-status twin. The speed issue raised every data helper
 * by 300–650 bytes: the index a helper builds from a decoded dataset's
 * series or tables (and the record-by-record one for any other array), the
 * per-pair, per-table and per-agreement caches, the settled-array rule that
 * decides what may be cached, and the hand-written day reader; cagr,
 * yearOverYear and the challenge helpers crossed 1 KB by 50–150 bytes of
 * the faster record check they share. flowsWhere and sharesWhere are the
 * query helpers that issue asked for (sharesWhere carries the country code
 * list a partner is checked against). The hostile-input contract raised
 * every data helper by 30–220 bytes: options read as an own-property
 * snapshot with no prototype, "settled" meaning frozen at every depth with
 * no getter (an iterative, cycle-safe walk), and capped lists in messages;
 * the in-force helpers grew by about 380 bytes for the carried-forward rule
 * and recorded terminations, and inForceDetails is their details twin;
 * toConstantUsd, toConstantUsdSeries, rankPartners and
 * challengesWithoutRecommendations crossed 1 KB for the CPI rows read once,
 * the named failure of a ranking function and the getter check of records.
 * The one cache layer (one memo module instead of a WeakMap per module)
 * added a few bytes to preferredFlows and koreaRank, and the one day reader
 * added about 55 bytes to the date-taking timeline helpers for telling a
 * real Date from an object that only inherits from Date.prototype.
 * label, labelDetails and translateText carry SHA-256 (about 600 bytes), so
 * that no text can be forged to take a shipped text's translation key.
 * They also carry the message formatter (about 1,100 bytes): the reader of
 * the values inside an English text (days checked by the library's one day
 * reader, so 2023-02-30 is never shown as 2 March) and their Intl formatting per language,
 * so that a translation shows 2,46 % or 37억 달러 rather than the English form.
 * The files-per-entry speed work raised seven query helpers by about 100–250 bytes:
 * options read straight from the object (an own-property test per field, and
 * the fall-back to the snapshot that names a bad value), a scan for the first
 * question about a shipped list, code checks that build their Set on the
 * tenth call, and the one shared file Rollup writes for all entries.
 * The first-call work raised thirteen helpers by 5–155 bytes: the slow paths of the
 * record check, the options reader and the day reader moved into functions of their own
 * (a first call over the shipped data compiles only the short path), the facts the data
 * build writes beside the shipped agreements and their reader (durationToEntryIntoForce),
 * shipped dates read without checks at every precision, ranking tables reached by reporter
 * and basis position with the preferred source kept, and the first question about a table
 * answered by a scan; challengesByTheme and challengesWithoutRecommendations answer the
 * first question about the shipped list with a scan too.
 * The shipped events' date order (written by the data build and recorded beside the list, so
 * sortByDate, eventsFor and the date index need no sort of them) raised eventsFor and
 * groupEvents by about 50 bytes.
 * The short path for a single-year table of the shipped shares (a first call compiles only it; any
 * other question goes through the checked path, unchanged) raised koreaRank and partnerRanking by
 * about 50 bytes.
 * Finding a single year by an array read (each reporter's tables list their single years by year),
 * one shape for every table slot, and Korea's row kept on the table once koreaRank has found it
 * raised koreaRank by about 90 bytes and partnerRanking and rankAmongKoreaPartners by about 40.
 * rankAmongKoreaPartners checks its partner with the library's shared code check (a search for
 * the first nine questions, then a Set), about 50 bytes more than a Set of its own.
 */
export const HELPER_ALLOWANCES: Readonly<Record<string, number>> = {
  aggregate: 3890,
  balanceSeries: 3250,
  tradeBalance: 3290,
  flowSeries: 3100,
  mirror: 3070,
  worldShare: 3300,
  rankAmongKoreaPartners: 3190,
  koreaRank: 3060,
  partnerRanking: 2890,
  durationToEntryIntoForce: 2790,
  isInForce: 3180,
  inForceStatus: 3170,
  eventsBetween: 2630,
  groupEvents: 2330,
  preferredFlows: 2000,
  agreementsFor: 2130,
  eventsFor: 3270,
  sortByDate: 1930,
  allRecommendations: 1440,
  challengesByTheme: 1410,
  cagr: 1350,
  flowsWhere: 3340,
  yearOverYear: 1360,
  rankPartners: 1070,
  toConstantUsd: 1390,
  toConstantUsdSeries: 1420,
  inForceDetails: 3160,
  challengesWithoutRecommendations: 1070,
  label: 2600,
  labelDetails: 2600,
  translateText: 2510,
  sharesWhere: 3180,
};
