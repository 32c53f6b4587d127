/**
 * Builds a dataset meta's `freshness` rows: per source, the first and last year (or day) its records
 * cover, and when it was retrieved as the provenance states it. A source without a retrieval entry,
 * or an entry for a source with no record, stops the build.
 */

/** One record's source and the span it covers (ISO year or day strings). */
export interface SpanOfSource {
  readonly source: string | null;
  readonly first: string;
  readonly last: string;
}

/** A `SourceFreshness` row as the build writes it. */
export interface FreshnessRow {
  readonly source: string | null;
  readonly first: string;
  readonly last: string;
  readonly retrieved: string;
}

/**
 * Groups spans by source (in the order sources first appear) and adds each source's retrieval note.
 * `retrieved` is keyed by source id, with `''` for `null` (many cited pages taken together).
 *
 * @example
 * ```ts
 * freshnessBySource([{ source: 'bls-cpi-u', first: '1913', last: '2024' }], { 'bls-cpi-u': '2026-07-01' });
 * // [{ source: 'bls-cpi-u', first: '1913', last: '2024', retrieved: '2026-07-01' }]
 * ```
 */
export function freshnessBySource(
  spans: readonly SpanOfSource[],
  retrieved: Readonly<Record<string, string>>,
): FreshnessRow[] {
  const bySource = new Map<string | null, { first: string; last: string }>();
  for (const span of spans) {
    const seen = bySource.get(span.source);
    if (seen === undefined) bySource.set(span.source, { first: span.first, last: span.last });
    else {
      if (span.first < seen.first) seen.first = span.first;
      if (span.last > seen.last) seen.last = span.last;
    }
  }
  const rows = [...bySource].map(([source, span]) => {
    const note = retrieved[source ?? ''];
    if (note === undefined) throw new Error(`freshness: no retrieval note for source ${source ?? '(cited pages)'}`);
    return { source, first: span.first, last: span.last, retrieved: note };
  });
  for (const key of Object.keys(retrieved)) {
    if (!bySource.has(key === '' ? null : key))
      throw new Error(`freshness: a retrieval note for ${key}, which no record cites`);
  }
  return rows;
}
