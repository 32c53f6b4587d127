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
 * isInForce's named-status twin.
 */
export const HELPER_ALLOWANCES: Readonly<Record<string, number>> = {
  aggregate: 2720,
  balanceSeries: 2180,
  tradeBalance: 2200,
  flowSeries: 2060,
  mirror: 2050,
  worldShare: 2220,
  rankAmongKoreaPartners: 1750,
  koreaRank: 1670,
  partnerRanking: 1550,
  durationToEntryIntoForce: 2010,
  isInForce: 1920,
  inForceStatus: 1920,
  eventsBetween: 1720,
  groupEvents: 1540,
  preferredFlows: 1230,
  agreementsFor: 1520,
  eventsFor: 2240,
  sortByDate: 1270,
};
