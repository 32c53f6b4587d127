import { selectTable, type TableQuery } from './select-table.js';
import type { PartnerShare } from './types.js';

/**
 * One ranked partner table — who a reporter trades with, by share — sorted
 * by rank. Computed tables keep the top partners plus Korea (for LAC
 * reporters) or every LAC country (for Korea), so ranks can have gaps.
 *
 * @param shares - The partner-share rows to read: `partnerShares`, or your own array of {@link PartnerShare} rows.
 * @param query - The reporter, the period, and optionally the basis and the source of the table; see {@link TableQuery}.
 * @throws RangeError for an unknown reporter, basis or period (see {@link TableQuery}).
 * @throws TypeError for a malformed share record or query.
 * @example
 * ```ts
 * import { partnerShares, partnerRanking } from 'korea-latam/rankings';
 * partnerRanking(partnerShares, { reporter: 'MEX', period: { from: 2007, to: 2009 } })
 *   .slice(0, 6).map((r) => r.partner); // ['USA', 'CHN', 'JPN', 'CAN', 'DEU', 'KOR']
 * partnerRanking(partnerShares, { reporter: 'MEX', period: { from: 2007, to: 2009 }, source: 'lopez-aymes-2012' })
 *   .map((r) => r.partner); // ['USA', 'CHN', 'JPN', 'DEU', 'CAN', 'KOR'] (the paper's table)
 * ```
 */
export function partnerRanking(shares: readonly PartnerShare[], query: TableQuery): PartnerShare[] {
  return selectTable(shares, query);
}
