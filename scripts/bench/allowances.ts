/**
 * Helpers held to an explicit budget above the 1 KB gzip target, in bytes
 * (measured size + about 3%, rounded up to 10 bytes). They share the input
 * validation that names bad values and lists the valid ones (suggestions of
 * look-alike values are left to the lookups, which ship their data anyway), the trade-flow
 * index with source preference, or precision-aware date parsing; those cost
 * 300–600 bytes that a smaller helper cannot avoid without giving up the
 * error messages the other issues require. docs/performance.md lists them.
 * The numbers may only go down.
 */
export const HELPER_ALLOWANCES: Readonly<Record<string, number>> = {
  aggregate: 1680,
  balanceSeries: 1460,
  tradeBalance: 1450,
  mirror: 1370,
  worldShare: 1340,
  rankAmongKoreaPartners: 1310,
  koreaRank: 1230,
  partnerRanking: 1150,
  durationToEntryIntoForce: 1370,
  isInForce: 1330,
  eventsBetween: 1230,
  groupEvents: 1110,
};
