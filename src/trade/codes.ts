import { lacCountryCodes } from '../countries/country-codes.generated.js';
import { assertOneOf } from '../internal/assert.js';
import { caribbeanTerritoryCodes } from './regions.js';
import type { TradePartner, TradeReporter } from './types.js';

/**
 * The codes that may report trade in this dataset: `'KOR'` and the 33 LAC codes.
 *
 * @example
 * ```ts
 * import { tradeReporterCodes } from 'korea-latam/trade';
 * tradeReporterCodes().includes('MEX'); // true
 * ```
 */
export function tradeReporterCodes(): readonly TradeReporter[] {
  return ['KOR', ...lacCountryCodes];
}

/**
 * The codes that may be a trade partner: the reporters, the Caribbean
 * territories Korea reports, and `'WLD'`.
 *
 * @example
 * ```ts
 * import { tradePartnerCodes } from 'korea-latam/trade';
 * tradePartnerCodes().includes('WLD'); // true
 * ```
 */
export function tradePartnerCodes(): readonly TradePartner[] {
  return ['KOR', ...lacCountryCodes, ...caribbeanTerritoryCodes, 'WLD'];
}

/**
 * Throws a `RangeError` unless `value` is a reporter code.
 *
 * @example
 * ```ts
 * assertReporter('KOR'); // ok
 * ```
 */
export function assertReporter(value: unknown): asserts value is TradeReporter {
  assertOneOf(value, tradeReporterCodes(), 'reporter code');
}

/**
 * Throws a `RangeError` unless `value` is a partner code.
 *
 * @example
 * ```ts
 * assertPartner('WLD'); // ok
 * ```
 */
export function assertPartner(value: unknown): asserts value is TradePartner {
  assertOneOf(value, tradePartnerCodes(), 'partner code');
}
