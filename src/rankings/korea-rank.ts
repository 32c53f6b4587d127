import { lacCountryCodes } from '../countries/country-codes.generated.js';
import type { LacCountryCode } from '../countries/types.js';
import { assertOneOf } from '../internal/assert.js';
import { codeCheck } from '../internal/code-check.js';
import { readTableQuery, rowOf, slotOf, type TableQuery } from './select-table.js';
import type { PartnerShare } from './types.js';

const isLacCode = /* @__PURE__ */ codeCheck(lacCountryCodes);

/**
 * Korea's row in a LAC reporter's partner table: its rank and share, or
 * `undefined` if Korea is not in the table.
 *
 * @param shares - The partner-share rows to read: `partnerShares`, or your own array of {@link PartnerShare} rows.
 * @param query - The reporter whose partners are ranked, the period, and optionally the basis and the source of the table; see {@link TableQuery}.
 * @throws RangeError for `reporter: 'KOR'` (use {@link rankAmongKoreaPartners}) or a table not in `shares`.
 * @throws TypeError for a malformed share record or query.
 * @example
 * ```ts
 * import { partnerShares, koreaRank } from 'korea-latam/rankings';
 * koreaRank(partnerShares, { reporter: 'MEX', period: { from: 2007, to: 2009 } })?.rank; // 6
 * ```
 */
export function koreaRank(shares: readonly PartnerShare[], query: TableQuery): PartnerShare | undefined {
  // Each field read once, here; the table is found from what was read.
  const asked = readTableQuery(query, 'query');
  if (asked?.reporter === 'KOR') {
    throw new RangeError(
      "koreaRank needs a LAC reporter; for where a LAC country stands among Korea's partners use rankAmongKoreaPartners.",
    );
  }
  const slot = slotOf(shares, asked);
  // Every question about a table asks for the same row: it is found once and kept on the table.
  if (slot.korea === undefined) slot.korea = rowOf(slot, 'KOR') ?? null;
  return slot.korea ?? undefined;
}

/**
 * Where a LAC country stands among Korea's partners: its row in Korea's
 * table (rank and share), or `undefined` if it is not in the table.
 *
 * @param shares - The partner-share rows to read: `partnerShares`, or your own array of {@link PartnerShare} rows.
 * @param query - The LAC partner, the period, and optionally the basis and the source of Korea's table.
 * @throws RangeError for a partner that is not a LAC code, or a table not in `shares`.
 * @throws TypeError for a malformed share record or query.
 * @example
 * ```ts
 * import { partnerShares, rankAmongKoreaPartners } from 'korea-latam/rankings';
 * rankAmongKoreaPartners(partnerShares, { partner: 'MEX', period: { from: 2007, to: 2009 } })?.rank; // 18
 * ```
 */
export function rankAmongKoreaPartners(
  shares: readonly PartnerShare[],
  query: Omit<TableQuery, 'reporter'> & { readonly partner: LacCountryCode },
): PartnerShare | undefined {
  const asked = readTableQuery(query, 'query');
  const partner = asked?.partner;
  if (!isLacCode(partner)) assertOneOf(partner, lacCountryCodes, 'LAC partner code');
  return rowOf(slotOf(shares, asked, 'KOR'), partner);
}
