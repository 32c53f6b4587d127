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
  reporters ??= Object.freeze(['KOR', ...lacCountryCodes] as TradeReporter[]);
  return reporters;
}

// Built on first use, not at import, and then shared (frozen).
let reporters: readonly TradeReporter[] | undefined;
let partners: readonly TradePartner[] | undefined;
let reporterSet: ReadonlySet<unknown> | undefined;
let partnerSet: ReadonlySet<unknown> | undefined;

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
  partners ??= Object.freeze(['KOR', ...lacCountryCodes, ...caribbeanTerritoryCodes, 'WLD'] as TradePartner[]);
  return partners;
}

/** Throws a `RangeError` unless `value` is a reporter code. */
export function assertReporter(value: unknown): asserts value is TradeReporter {
  reporterSet ??= new Set(tradeReporterCodes());
  if (!reporterSet.has(value)) assertOneOf(value, tradeReporterCodes(), 'reporter code');
}

/** Throws a `RangeError` unless `value` is a partner code. */
export function assertPartner(value: unknown): asserts value is TradePartner {
  partnerSet ??= new Set(tradePartnerCodes());
  if (!partnerSet.has(value)) assertOneOf(value, tradePartnerCodes(), 'partner code');
}

/**
 * Throws a `RangeError` unless the dataset can hold trade between the two:
 * Korea's trade with a LAC country or territory, a LAC country's trade with
 * Korea, or a reporter's world total — never an economy with itself.
 *
 * @throws RangeError when the dataset has no trade between the reporter and the partner.
 */
export function assertPair(reporter: TradeReporter, partner: TradePartner): void {
  if ((reporter as string) === partner) throw new RangeError(`Reporter and partner are both "${partner}".`);
  if (reporter !== 'KOR' && partner !== 'KOR' && partner !== 'WLD') {
    throw new RangeError(
      `There is no ${reporter}–${partner} trade in this dataset: it holds Korea's trade with Latin America and the Caribbean, from both sides, and each reporter's world total.`,
    );
  }
}
