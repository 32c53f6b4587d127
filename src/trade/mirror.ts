import { lacCountryCodes } from '../countries/country-codes.generated.js';
import type { LacCountryCode } from '../countries/types.js';
import { assertOneOf, assertYear, readOptions } from '../internal/assert.js';
import type { SourceId } from '../sources/types.js';
import { assertSourceOption, assertYearCovered, indexFlows, pairOf, pickFlow } from './flow-index.js';
import type { MirrorDirection, MirrorRow, TradeFlow } from './types.js';

/**
 * Options of {@link mirror}.
 *
 * @example
 * ```ts
 * import { MirrorOptions } from 'korea-latam/trade';
 * const options: MirrorOptions = { partner: 'MEX', year: 2008 };
 * ```
 * @expand
 */
export interface MirrorOptions {
  /** The LAC country to compare with Korea. */
  readonly partner: LacCountryCode;
  /** One year only; all years with a value on either side by default. */
  readonly year?: number;
  /**
   * Compare values from this source only (e.g. `'imf-dots-2022'`, which has
   * both sides to 2020). By default each side uses its own reporter's
   * preferred source ({@link tradeSourcePreference}): KOSIS for Korea, IMF
   * DOTS then UN Comtrade for the partner; each row names the sources used.
   */
  readonly source?: SourceId;
}

function mirrorRow(
  year: number,
  direction: MirrorDirection,
  korea: TradeFlow | undefined,
  partner: TradeFlow | undefined,
): MirrorRow {
  const koreaReportedUsd = korea?.valueUsd ?? null;
  const partnerReportedUsd = partner?.valueUsd ?? null;
  const both = koreaReportedUsd !== null && partnerReportedUsd !== null;
  const gapUsd = both ? partnerReportedUsd - koreaReportedUsd : null;
  return {
    year,
    direction,
    koreaReportedUsd,
    partnerReportedUsd,
    gapUsd,
    gapPct:
      gapUsd !== null && koreaReportedUsd !== 0 && koreaReportedUsd !== null ? (gapUsd / koreaReportedUsd) * 100 : null,
    koreaSource: korea?.source ?? null,
    partnerSource: partner?.source ?? null,
    estimated: (korea?.estimated ?? false) || (partner?.estimated ?? false),
  };
}

/**
 * Puts Korea's statistics beside the partner's for the same goods: Korea's
 * exports next to the partner's imports from Korea, and the partner's exports
 * next to Korea's imports. Mirror values differ because importers value goods
 * CIF and exporters FOB, and because countries attribute goods differently
 * (Mexico records imports by country of origin).
 *
 * Rows are sorted by year, then `korea-to-partner` before `partner-to-korea`;
 * a row appears when at least one side has a value.
 *
 * @param flows - The trade records to read: `tradeFlows`, or your own array of {@link TradeFlow} records (checked, never changed).
 * @param options - The partner, optionally the year, and optionally one source for both sides; see {@link MirrorOptions}.
 * @throws RangeError for a partner that is not a LAC code, a `source` no record has, or a year that
 *   is not a whole number or lies outside the years Korea and the partner report.
 * @throws TypeError when `flows` is not an array of trade flows or `options` not an object.
 * @example
 * ```ts
 * import { tradeFlows, mirror } from 'korea-latam/trade';
 * const [toMexico] = mirror(tradeFlows, { partner: 'MEX', year: 2008 });
 * toMexico?.koreaReportedUsd; // 9089949000 (Korea's exports, FOB, Korea Customs via KOSIS)
 * toMexico?.partnerReportedUsd; // 14338916800 (Mexico's imports from Korea, CIF, IMF DOTS)
 * mirror(tradeFlows, { partner: 'MEX', year: 2008, source: 'imf-dots-2022' })[0]?.koreaReportedUsd; // 9089949001
 * ```
 */
export function mirror(flows: readonly TradeFlow[], options: MirrorOptions): MirrorRow[] {
  const { partner, year, source } = readOptions(options);
  assertOneOf(partner, lacCountryCodes, 'LAC partner code');
  if (year !== undefined) assertYear(year, 'year');
  const index = indexFlows(flows);
  assertSourceOption(index, source);
  if (year !== undefined) assertYearCovered(index, ['KOR', partner], year);
  const koreaSide = pairOf(index, 'KOR', partner);
  const partnerSide = pairOf(index, partner, 'KOR');
  const years =
    year === undefined
      ? [
          ...new Set(
            [...koreaSide.rows, ...partnerSide.rows]
              .filter((f) => source === undefined || f.source === source)
              .map((f) => f.year),
          ),
        ].sort((a, b) => a - b)
      : [year];
  const rows: MirrorRow[] = [];
  for (const y of years) {
    const koreaExports = pickFlow(koreaSide, y, 'export', source);
    const partnerImports = pickFlow(partnerSide, y, 'import', source);
    const partnerExports = pickFlow(partnerSide, y, 'export', source);
    const koreaImports = pickFlow(koreaSide, y, 'import', source);
    if (koreaExports !== undefined || partnerImports !== undefined) {
      rows.push(mirrorRow(y, 'korea-to-partner', koreaExports, partnerImports));
    }
    if (partnerExports !== undefined || koreaImports !== undefined) {
      rows.push(mirrorRow(y, 'partner-to-korea', koreaImports, partnerExports));
    }
  }
  return rows;
}
