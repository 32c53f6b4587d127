import type { SourceId } from './source-ids.generated.js';

export type { SourceId } from './source-ids.generated.js';

/**
 * What kind of work a bibliography record describes.
 *
 * - `paper`: the policy paper the library is built on.
 * - `report`, `article`, `book-chapter`: published works.
 * - `cited-work`: a work the paper cites that could not be found; it is known
 *   only through the paper's citation and is flagged `verified: false`.
 * - `dataset`: a statistical database (IMF DOTS, UN Comtrade, code lists).
 * - `web-page`: a news item, official page or encyclopedia entry.
 */
export type SourceKind = 'paper' | 'report' | 'article' | 'book-chapter' | 'cited-work' | 'dataset' | 'web-page';

/**
 * One entry of the bibliography. Every record in every dataset points at one
 * or more of these through its `sources` field.
 *
 * @example
 * ```ts
 * import { getSource, Source } from 'korea-latam/sources';
 * const paper: Source = getSource('lopez-aymes-2012');
 * paper.year; // 2012
 * ```
 */
export interface Source {
  /** Kebab-case identifier, unique in the bibliography. */
  readonly id: SourceId;
  readonly kind: SourceKind;
  readonly title: string;
  /** Persons or organisations, in the order the work gives them; empty when none is named. */
  readonly authors: readonly string[];
  /** Year of publication or of the data vintage; `null` when the source gives none. */
  readonly year: number | null;
  /** Author-year label used by `cite(id, 'short')`, e.g. `López Aymes (2012)`. */
  readonly short?: string;
  readonly publisher?: string;
  readonly url?: string;
  readonly doi?: string;
  /** Terms of use, where the publisher states them. */
  readonly license?: string;
  readonly note?: string;
  /** `false` for works known only through the paper's citation (not found). */
  readonly verified: boolean;
}

/**
 * Citation styles for {@link cite}: `full` is a one-line reference, `short`
 * is author and year, `attribution` is a line to print under a chart.
 */
export type CitationStyle = 'full' | 'short' | 'attribution';

/**
 * How fresh one source's part of a dataset is: the first and last year (or
 * day) it covers and when it was retrieved, as the provenance states it. The
 * same rows make the README's "data as of" table and `korea-latam freshness`.
 *
 * @example
 * ```ts
 * import { tradeMeta } from 'korea-latam/trade';
 * const kosis = tradeMeta.freshness.find((f) => f.source === 'kosis-kcs-trade');
 * kosis?.last; // '2023'
 * ```
 */
export interface SourceFreshness {
  /** The source, or `null` for many cited pages taken together (the timeline's events, the bloc pages). */
  readonly source: SourceId | null;
  /** The first year (`'1965'`) or day (`'1991-03-26'`) the source covers in this dataset. */
  readonly first: string;
  /** The last year or day it covers. */
  readonly last: string;
  /** When it was retrieved or last confirmed, as the provenance states it. */
  readonly retrieved: string;
}

/**
 * What a dataset is, where it comes from, what it covers and under which
 * terms. Datasets with more specific coverage (trade, rankings, timeline)
 * have their own, richer meta type.
 *
 * @example
 * ```ts
 * import { DatasetMeta } from 'korea-latam/sources';
 * import { countriesMeta } from 'korea-latam/countries';
 * const meta: DatasetMeta = countriesMeta;
 * meta.records; // 255
 * ```
 */
export interface DatasetMeta {
  readonly title: string;
  readonly description: string;
  readonly sources: readonly SourceId[];
  readonly records: number;
  /** When the sources were read or published, as far as the provenance says. */
  readonly retrieved: string;
  /** Per source, the period covered and when it was retrieved; absent for a dataset without a period (the bibliography, the paper's taxonomy, the claims). */
  readonly freshness?: readonly SourceFreshness[];
  readonly license: string;
  readonly attribution: string;
}
