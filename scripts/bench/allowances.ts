/**
 * Helpers held to an explicit budget above the 1 KB gzip target, in bytes
 * (measured size + about 3%, rounded up to 10 bytes). They share the input
 * validation that names bad values and lists the valid ones, the trade-flow
 * index with source preference, or precision-aware date parsing; those cost
 * 300–600 bytes that a smaller helper cannot avoid without giving up the
 * error messages the other issues require. docs/performance.md lists them.
 * The numbers may only go down.
 */
export const HELPER_ALLOWANCES: Readonly<Record<string, number>> = {
  aggregate: 1760,
  balanceSeries: 1540,
  tradeBalance: 1540,
  mirror: 1460,
  worldShare: 1430,
  rankAmongKoreaPartners: 1390,
  koreaRank: 1310,
  partnerRanking: 1230,
  durationToEntryIntoForce: 1370,
  isInForce: 1330,
  eventsBetween: 1310,
  groupEvents: 1180,
};
