import { lacCountryCodes } from '../countries/country-codes.generated.js';
import { assertOneOf } from '../internal/assert.js';
import type { CaribbeanTerritoryCode, TradeRegionEconomy, TradeRegionId } from './types.js';

/**
 * The Caribbean and South American territories (not CELAC states) that Korea
 * Customs counts in its "Central and South America" (중남미) region and that
 * the KOSIS table reports, by ISO 3166-1 alpha-3 code.
 *
 * @example
 * ```ts
 * import { caribbeanTerritoryCodes } from 'korea-latam/trade';
 * caribbeanTerritoryCodes.includes('PRI'); // true
 * ```
 */
export const caribbeanTerritoryCodes: readonly CaribbeanTerritoryCode[] = /* @__PURE__ */ Object.freeze([
  'ABW',
  'AIA',
  'BES',
  'BMU',
  'CUW',
  'CYM',
  'GLP',
  'GUF',
  'MSR',
  'MTQ',
  'PRI',
  'SXM',
  'TCA',
  'VGB',
  'VIR',
] as const);

/**
 * The regions a Korea–LAC total can be for:
 *
 * - `celac`: the 33 CELAC member states (the library's default "LAC").
 * - `central-and-south-america`: Korea Customs' region 중남미 as Korean official
 *   figures and the Korean press use it — the 33 CELAC states plus the
 *   {@link caribbeanTerritoryCodes}. Only Korea reports trade with the territories.
 *
 * @example
 * ```ts
 * import { tradeRegionIds } from 'korea-latam/trade';
 * tradeRegionIds; // ['celac', 'central-and-south-america']
 * ```
 */
export const tradeRegionIds: readonly TradeRegionId[] = /* @__PURE__ */ Object.freeze([
  'celac',
  'central-and-south-america',
] as const);

/**
 * The partner codes of a trade region (see {@link tradeRegionIds}).
 *
 * @param region - A trade region id (see `tradeRegionIds`).
 * @throws RangeError for an unknown region id, naming it and the valid ones.
 * @example
 * ```ts
 * import { tradeRegionMembers } from 'korea-latam/trade';
 * tradeRegionMembers('celac').length; // 33
 * tradeRegionMembers('central-and-south-america').length; // 48
 * ```
 */
export function tradeRegionMembers(region: TradeRegionId): readonly TradeRegionEconomy[] {
  assertOneOf(region, tradeRegionIds, 'trade region');
  return region === 'celac' ? lacCountryCodes : [...lacCountryCodes, ...caribbeanTerritoryCodes];
}
