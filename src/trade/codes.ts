import { lacCountryCodes } from '../countries/country-codes.generated.js';
import { assertOneOf } from '../internal/assert.js';
import type { TradePartner, TradeReporter } from './types.js';

let reporterCodes: readonly TradeReporter[] | undefined;
let partnerCodes: readonly TradePartner[] | undefined;

/**
 * The codes that may report trade in this dataset: `'KOR'` and the 33 LAC codes.
 *
 * @example
 * ```ts
 * tradeReporterCodes().includes('MEX'); // true
 * ```
 */
export function tradeReporterCodes(): readonly TradeReporter[] {
  reporterCodes ??= Object.freeze(['KOR', ...lacCountryCodes] as TradeReporter[]);
  return reporterCodes;
}

/**
 * The codes that may be a trade partner: the reporters plus `'WLD'`.
 *
 * @example
 * ```ts
 * tradePartnerCodes().includes('WLD'); // true
 * ```
 */
export function tradePartnerCodes(): readonly TradePartner[] {
  partnerCodes ??= Object.freeze([...tradeReporterCodes(), 'WLD'] as TradePartner[]);
  return partnerCodes;
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
