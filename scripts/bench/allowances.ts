/**
 * Helpers held to an explicit budget above the 1 KB gzip target, in bytes
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
 * list a partner is checked against).
 */
export const HELPER_ALLOWANCES: Readonly<Record<string, number>> = {
  aggregate: 3400,
  balanceSeries: 2900,
  tradeBalance: 2940,
  flowSeries: 2760,
  mirror: 2720,
  worldShare: 2940,
  rankAmongKoreaPartners: 2360,
  koreaRank: 2280,
  partnerRanking: 2130,
  durationToEntryIntoForce: 2270,
  isInForce: 2560,
  inForceStatus: 2550,
  eventsBetween: 2230,
  groupEvents: 2030,
  preferredFlows: 1800,
  agreementsFor: 1840,
  eventsFor: 2810,
  sortByDate: 1710,
  allRecommendations: 1170,
  challengesByTheme: 1130,
  cagr: 1210,
  flowsWhere: 2940,
  yearOverYear: 1210,
  sharesWhere: 2700,
};
