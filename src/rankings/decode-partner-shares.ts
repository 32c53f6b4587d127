import type { CountryCode } from '../countries/types.js';
import { trustDecoded } from '../internal/settled.js';
import type { SourceId } from '../sources/types.js';
import { recordTableRuns, type TableRun } from './table-runs.js';
import type { PartnerShare, RankingReporter, ShareBasis } from './types.js';

/**
 * One computed table in compact form: reporter, period, basis, world total,
 * partner count, and its rows as `[partner, rank, valueUsd]`.
 */
export type EncodedShareTable = readonly [
  reporter: number,
  from: number,
  to: number,
  basis: number,
  worldUsd: number,
  partnerCount: number,
  rows: readonly (readonly [partner: number, rank: number, valueUsd: number])[],
  sources: number,
];

/** The compact form the generator writes for computed tables. */
export interface EncodedPartnerShares {
  readonly codes: readonly CountryCode[];
  /** Each entry is one table's `sources`: the publisher first, then any carrier. */
  readonly sources: readonly (readonly SourceId[])[];
  readonly tables: readonly EncodedShareTable[];
}

const BASES: readonly ShareBasis[] = ['exports', 'imports', 'total'];

/**
 * Expands computed tables into frozen {@link PartnerShare} rows, after the
 * `printed` rows (the paper's table, already frozen), and returns the whole
 * frozen list. The share is `valueUsd / worldUsd * 100`, computed here
 * exactly as the generator checks it. The list remembers where each table
 * lies, so the rankings helpers index it by table rather than by row.
 *
 * @example
 * ```ts
 * decodePartnerShares({ codes: ['MEX', 'USA'], sources: [['imf-dots-2022']],
 *   tables: [[0, 2008, 2008, 2, 200, 150, [[1, 1, 130]], 0]] }, [])[0]?.sharePct; // 65
 * ```
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
  for (const [reporterAt, from, to, basisAt, worldUsd, partnerCount, tableRows, sourceAt] of encoded.tables) {
    const sources = sourceLists[sourceAt] as readonly SourceId[];
    const reporter = encoded.codes[reporterAt] as RankingReporter;
    const basis = BASES[basisAt] as ShareBasis;
    const period = Object.freeze({ from, to });
    const start = rows.length;
    for (const [partner, rank, valueUsd] of tableRows) {
      // Frozen one by one as they are made (period and sources are shared and frozen already).
      rows.push(
        Object.freeze({
          reporter,
          partner: encoded.codes[partner] as CountryCode,
          period,
          basis,
          sharePct: (valueUsd / worldUsd) * 100,
          rank,
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
  recordTableRuns(rows, layout);
  return trustDecoded(rows);
}

const sameTable = (a: PartnerShare, b: PartnerShare): boolean =>
  a.reporter === b.reporter &&
  a.basis === b.basis &&
  a.period.from === b.period.from &&
  a.period.to === b.period.to &&
  a.sources[0] === b.sources[0];
