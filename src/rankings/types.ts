import type { CountryCode } from '../countries/types.js';
import type { SourceFreshness, SourceId } from '../sources/types.js';
import type { ShareBasis, TradeReporter } from '../trade/types.js';

export type { ShareBasis } from '../trade/types.js';

/** Reporters with computed rankings: Korea and six LAC economies. */
export type RankingReporter = Extract<TradeReporter, 'KOR' | 'MEX' | 'BRA' | 'CHL' | 'ARG' | 'PER' | 'COL'>;

/**
 * A span of whole years, both ends included (`{ from: 2007, to: 2009 }`).
 *
 * @example
 * ```ts
 * import { YearPeriod } from 'korea-latam/rankings';
 * const paperPeriod: YearPeriod = { from: 2007, to: 2009 };
 * ```
 */
export interface YearPeriod {
  readonly from: number;
  readonly to: number;
}

/**
 * One row of a partner table: a partner's share of a reporter's trade with
 * the world, and its rank among all the reporter's partners.
 *
 * Computed rows come from IMF DOTS: shares are the partner's value ÷ the
 * reporter's world total for the same flow, summed over the period (never an
 * average of yearly shares). The paper's own table is shipped as printed,
 * with `valueUsd` and `worldUsd` `null`.
 *
 * @example
 * ```ts
 * import { partnerShares, koreaRank, PartnerShare } from 'korea-latam/rankings';
 * const row: PartnerShare | undefined = partnerShares.find((s) => s.reporter === 'MEX' && s.partner === 'KOR');
 * ```
 */
export interface PartnerShare {
  readonly reporter: RankingReporter;
  readonly partner: CountryCode;
  readonly period: YearPeriod;
  readonly basis: ShareBasis;
  /** Percentage of the reporter's trade with the world, 0–100. */
  readonly sharePct: number;
  /** 1 for the largest partner; equal values share a rank (competition ranking). */
  readonly rank: number;
  /** The partner's value over the period in current US dollars; `null` for the paper's table. */
  readonly valueUsd: number | null;
  /** The reporter's world total over the period; `null` for the paper's table. */
  readonly worldUsd: number | null;
  /** How many partners the table ranks; `null` for the paper's table. */
  readonly partnerCount: number | null;
  readonly sources: readonly SourceId[];
  readonly note?: string;
}

/**
 * Metadata of the rankings dataset.
 *
 * @example
 * ```ts
 * import { rankingsMeta } from 'korea-latam/rankings';
 * rankingsMeta.topN; // 10
 * ```
 */
export interface RankingsMeta {
  readonly title: string;
  readonly description: string;
  readonly sources: readonly SourceId[];
  readonly unit: "percent of the reporter's trade with the world";
  readonly records: number;
  readonly reporters: readonly RankingReporter[];
  readonly years: YearPeriod;
  readonly periods: readonly YearPeriod[];
  /** How many top partners each computed table keeps. */
  readonly topN: number;
  readonly retrieved: string;
  /** Per source, the first and last year covered and when it was retrieved. */
  readonly freshness: readonly SourceFreshness[];
  readonly license: string;
  readonly attribution: string;
  /** Known problems in the source tables, such as partner values that sum above the world total. */
  readonly gaps: readonly string[];
}
