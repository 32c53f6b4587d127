import type { CountryCode } from '../countries/types.js';
import type { SourceId } from '../sources/types.js';
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
 * Expands computed tables into frozen {@link PartnerShare} rows. The share is
 * `valueUsd / worldUsd * 100`, computed here exactly as the generator checks it.
 *
 * @example
 * ```ts
 * decodePartnerShares({ codes: ['MEX', 'USA'], sources: [['imf-dots-2022']],
 *   tables: [[0, 2008, 2008, 2, 200, 150, [[1, 1, 130]], 0]] })[0]?.sharePct; // 65
 * ```
 */
export function decodePartnerShares(encoded: EncodedPartnerShares): PartnerShare[] {
  const sourceLists = encoded.sources.map((list) => Object.freeze([...list]));
  const rows: PartnerShare[] = [];
  for (const [reporter, from, to, basis, worldUsd, partnerCount, tableRows, source] of encoded.tables) {
    const sources = sourceLists[source] as readonly SourceId[];
    const period = Object.freeze({ from, to });
    for (const [partner, rank, valueUsd] of tableRows) {
      rows.push(
        Object.freeze({
          reporter: encoded.codes[reporter] as RankingReporter,
          partner: encoded.codes[partner] as CountryCode,
          period,
          basis: BASES[basis] as ShareBasis,
          sharePct: (valueUsd / worldUsd) * 100,
          rank,
          valueUsd,
          worldUsd,
          partnerCount,
          sources,
        }),
      );
    }
  }
  // Each record is frozen as it is made (its period and sources are shared
  // and frozen already); the caller freezes the list.
  return rows;
}
