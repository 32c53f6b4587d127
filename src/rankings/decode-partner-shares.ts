import type { CountryCode } from '../countries/types.js';
import { trustDecoded } from '../internal/settled.js';
import type { SourceId } from '../sources/types.js';
import { recordTables, type TableRun } from './table-index.js';
import type { PartnerShare, RankingReporter, ShareBasis } from './types.js';

/**
 * The compact form the generator writes for computed tables: flat lists of
 * numbers, which load much faster than one small array per row.
 */
export interface EncodedPartnerShares {
  readonly codes: readonly CountryCode[];
  /** Each entry is one table's `sources`: the publisher first, then any carrier. */
  readonly sources: readonly (readonly SourceId[])[];
  /**
   * Eight numbers per table: reporter (index into `codes`), first year, last
   * year, basis (index into exports, imports, total), world total in US$,
   * number of partners ranked, sources (index into `sources`), and how many
   * of its rows follow in `rows`.
   */
  readonly tables: readonly number[];
  /** Three numbers per row, table after table: partner (index into `codes`), rank, value in US$. */
  readonly rows: readonly number[];
}

const BASES: readonly ShareBasis[] = ['exports', 'imports', 'total'];

/**
 * Expands computed tables into frozen {@link PartnerShare} rows, after the
 * `printed` rows (the paper's table, already frozen), and returns the whole
 * frozen list. The share is `valueUsd / worldUsd * 100`, computed here
 * exactly as the generator checks it. The list remembers where each table
 * lies, so the rankings helpers index it by table rather than by row.
 */
export function decodePartnerShares(
  encoded: EncodedPartnerShares,
  printed: readonly PartnerShare[],
): readonly PartnerShare[] {
  const sourceLists = encoded.sources.map((list) => Object.freeze([...list]));
  const rows: PartnerShare[] = [...printed];
  const layout: TableRun[] = [];
  for (let start = 0; start < printed.length; ) {
    const first = printed[start] as PartnerShare;
    let end = start + 1;
    while (end < printed.length && sameTable(printed[end] as PartnerShare, first)) end += 1;
    const { reporter, basis, period } = first;
    layout.push({
      reporter,
      basis,
      from: period.from,
      to: period.to,
      source: first.sources[0] as SourceId,
      start,
      end,
    });
    start = end;
  }
  const { codes, tables, rows: values } = encoded;
  let at = 0;
  for (let t = 0; t < tables.length; t += 8) {
    const reporter = codes[tables[t] as number] as RankingReporter;
    const from = tables[t + 1] as number;
    const to = tables[t + 2] as number;
    const basis = BASES[tables[t + 3] as number] as ShareBasis;
    const worldUsd = tables[t + 4] as number;
    const partnerCount = tables[t + 5] as number;
    const sources = sourceLists[tables[t + 6] as number] as readonly SourceId[];
    const count = tables[t + 7] as number;
    const period = Object.freeze({ from, to });
    const start = rows.length;
    for (let r = 0; r < count; r += 1, at += 3) {
      const valueUsd = values[at + 2] as number;
      // Frozen one by one as they are made (period and sources are shared and frozen already).
      rows.push(
        Object.freeze({
          reporter,
          partner: codes[values[at] as number] as CountryCode,
          period,
          basis,
          sharePct: (valueUsd / worldUsd) * 100,
          rank: values[at + 1] as number,
          valueUsd,
          worldUsd,
          partnerCount,
          sources,
        }),
      );
    }
    layout.push({ reporter, basis, from, to, source: sources[0] as SourceId, start, end: rows.length });
  }
  Object.freeze(rows);
  recordTables(rows, layout);
  return trustDecoded(rows);
}

const sameTable = (a: PartnerShare, b: PartnerShare): boolean =>
  a.reporter === b.reporter &&
  a.basis === b.basis &&
  a.period.from === b.period.from &&
  a.period.to === b.period.to &&
  a.sources[0] === b.sources[0];
