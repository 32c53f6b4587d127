/**
 * Partner rankings: who trades with whom, with shares and ranks — the
 * paper's Mexico table as printed, and tables computed from IMF DOTS for
 * Korea and six LAC economies (1990–2020, and 2007–2009 as in the paper).
 *
 * @example
 * ```ts
 * import { partnerShares, koreaRank, rankAmongKoreaPartners } from 'korea-latam/rankings';
 * koreaRank(partnerShares, { reporter: 'MEX', period: { from: 2007, to: 2009 } })?.rank; // 6
 * rankAmongKoreaPartners(partnerShares, { partner: 'MEX', period: { from: 2007, to: 2009 } })?.rank; // 18
 * ```
 * @module korea-latam/rankings
 */
export { koreaRank, rankAmongKoreaPartners } from './korea-rank.js';
export { partnerRanking } from './partner-ranking.js';
export { paperMexicoTable, partnerShares, rankingsMeta } from './partner-shares.generated.js';
export type { Ranked, RankOptions, TieRule } from './rank-partners.js';
export { rankPartners } from './rank-partners.js';
export type { TableQuery } from './select-table.js';
export type { ShareQuery } from './shares-where.js';
export { sharesWhere } from './shares-where.js';
export type { PartnerShare, RankingReporter, RankingsMeta, ShareBasis, YearPeriod } from './types.js';
