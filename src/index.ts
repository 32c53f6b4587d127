/**
 * korea-latam: typed data about the economic relationship between the
 * Republic of Korea and Latin America & the Caribbean. The root re-exports
 * every module except `korea-latam/schemas` (so importing it never loads
 * zod); each module is also its own subpath.
 *
 * @example
 * ```ts
 * import { tradeFlows, tradeBalance, challenges, cite } from 'korea-latam';
 * tradeBalance(tradeFlows, { partner: 'MEX', year: 2008 });
 * ```
 * @module korea-latam
 */
export * from './challenges/index.js';
export * from './claims/index.js';
export * from './countries/index.js';
export * from './i18n/index.js';
export * from './prices/index.js';
export * from './rankings/index.js';
export * from './sources/index.js';
export * from './timeline/index.js';
export * from './trade/index.js';
