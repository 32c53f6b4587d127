import type { SourceId } from '../sources/types.js';
import type { PartnerShare, RankingReporter, ShareBasis } from './types.js';

/**
 * Where one table landed in a decoded list: its rows are `shares[start]` to
 * `shares[end - 1]`, all with this reporter, basis, period and source.
 */
export interface TableRun {
  readonly reporter: RankingReporter;
  readonly basis: ShareBasis;
  readonly from: number;
  readonly to: number;
  readonly source: SourceId;
  readonly start: number;
  readonly end: number;
}

const runs = new WeakMap<readonly PartnerShare[], readonly TableRun[]>();

/**
 * Remembers the table layout of a list the decoder built, so the rankings
 * index can be made from its tables instead of every row.
 *
 * @example
 * ```ts
 * recordTableRuns(shares, [{ reporter: 'MEX', basis: 'total', from: 2008, to: 2008, source: 'imf-dots-2022', start: 0, end: 10 }]);
 * ```
 */
export function recordTableRuns(shares: readonly PartnerShare[], layout: readonly TableRun[]): void {
  runs.set(shares, layout);
}

/**
 * The table layout of a decoded list, or `undefined` for any other list.
 *
 * @example
 * ```ts
 * tableRunsOf(partnerShares)?.length; // number of tables
 * ```
 */
export function tableRunsOf(shares: readonly PartnerShare[]): readonly TableRun[] | undefined {
  return runs.get(shares);
}
