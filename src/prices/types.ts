import type { SourceFreshness, SourceId } from '../sources/types.js';

/**
 * The annual average of the US consumer price index (CPI-U, U.S. city
 * average, all items, 1982–84 = 100) for one calendar year: the mean of its
 * twelve monthly values, to three decimals as BLS publishes annual averages.
 *
 * @example
 * ```ts
 * import { usCpiAnnual, CpiAnnualAverage } from 'korea-latam/prices';
 * const y2020: CpiAnnualAverage | undefined = usCpiAnnual.find((r) => r.year === 2020);
 * y2020?.index; // 258.811
 * ```
 */
export interface CpiAnnualAverage {
  readonly year: number;
  /** Index points, 1982–84 = 100. */
  readonly index: number;
  readonly sources: readonly SourceId[];
}

/**
 * What the price dataset is, where it comes from, its coverage and gaps.
 *
 * @example
 * ```ts
 * import { usCpiMeta, CpiMeta } from 'korea-latam/prices';
 * const meta: CpiMeta = usCpiMeta;
 * meta.years; // { from: 1913, to: 2024 }
 * ```
 */
export interface CpiMeta {
  readonly title: string;
  readonly description: string;
  readonly sources: readonly SourceId[];
  readonly unit: 'index, 1982-84 = 100';
  readonly records: number;
  /** First and last year with an annual average. */
  readonly years: { readonly from: number; readonly to: number };
  readonly retrieved: string;
  /** Per source, the first and last year covered and when it was retrieved. */
  readonly freshness: readonly SourceFreshness[];
  readonly license: string;
  readonly attribution: string;
  /** Years without an annual average and why, and how the index should be read. */
  readonly gaps: readonly string[];
  /** What a deflator built from this index can and cannot say. */
  readonly caveat: string;
}
