/**
 * US consumer prices (CPI-U annual averages) and helpers that turn nominal
 * US-dollar values into constant dollars of a chosen year, so that 1970 and
 * 2020 trade can be compared in real terms.
 *
 * @example
 * ```ts
 * import { usCpiAnnual, toConstantUsd } from 'korea-latam/prices';
 * toConstantUsd(usCpiAnnual, { valueUsd: 1_000_000, year: 1970, base: 2020 });
 * ```
 * @module korea-latam/prices
 */
export type { ConstantUsdOptions, NominalRow } from './constant-dollars.js';
export { toConstantUsd, toConstantUsdSeries } from './constant-dollars.js';
export type { CpiAnnualAverage, CpiMeta } from './types.js';
export { usCpiAnnual, usCpiMeta } from './us-cpi.generated.js';
