import { countriesMeta } from '../countries/countries.generated.js';
import { usCpiMeta } from '../prices/us-cpi.generated.js';
import { rankingsMeta } from '../rankings/partner-shares.generated.js';
import { getSource } from '../sources/get-source.js';
import type { SourceFreshness } from '../sources/types.js';
import { diplomaticTiesMeta } from '../timeline/diplomatic-ties.generated.js';
import { timelineMeta } from '../timeline/timeline.generated.js';
import { tradeMeta } from '../trade/trade-flows.generated.js';
import { markdownTable } from './markdown-table.js';

/** One row of the "data as of" table: a dataset, one of its sources, the period it covers and when it was retrieved. */
export interface FreshnessRow {
  readonly dataset: string;
  readonly source: string;
  readonly covers: string;
  readonly retrieved: string;
}

/** The datasets that cover a period, with the import that holds their meta. */
const DATASETS: readonly { readonly name: string; readonly freshness: readonly SourceFreshness[] }[] = [
  { name: 'Trade flows (korea-latam/trade)', freshness: tradeMeta.freshness },
  { name: 'Partner rankings (korea-latam/rankings)', freshness: rankingsMeta.freshness },
  { name: 'US prices (korea-latam/prices)', freshness: usCpiMeta.freshness },
  { name: 'Agreement timeline (korea-latam/timeline)', freshness: timelineMeta.freshness },
  { name: 'Diplomatic ties (korea-latam/timeline)', freshness: diplomaticTiesMeta.freshness ?? [] },
  { name: 'Bloc memberships (korea-latam/countries)', freshness: countriesMeta.freshness ?? [] },
];

/** A source by its publisher and title, as a reader knows it; `null` is the many pages a dataset cites. */
function sourceName(source: SourceFreshness['source']): string {
  if (source === null) return 'the cited pages';
  const s = getSource(source);
  return s.publisher !== null && s.publisher !== undefined && s.publisher !== ''
    ? `${s.publisher}: ${s.title}`
    : s.title;
}

/**
 * Every dataset's sources with the period they cover and when they were
 * retrieved, newest data first within a dataset: the rows of the README's
 * "data as of" table and of `korea-latam freshness`.
 */
export function freshnessRows(): FreshnessRow[] {
  return DATASETS.flatMap(({ name, freshness }) =>
    [...freshness]
      .sort((a, b) => (a.last < b.last ? 1 : a.last > b.last ? -1 : 0))
      .map((f) => ({
        dataset: name,
        source: sourceName(f.source),
        covers: f.first === f.last ? f.first : `${f.first}–${f.last}`,
        retrieved: f.retrieved,
      })),
  );
}

/**
 * The "data as of" table in Markdown: the same text in the README and on the
 * command line.
 */
export function freshnessTable(): string {
  return markdownTable([
    ['Dataset', 'Source', 'Covers', 'Retrieved'],
    ...freshnessRows().map((r) => [r.dataset, r.source, r.covers, r.retrieved]),
  ]);
}
