/**
 * The library's texts in Portuguese: one translation table for `label` (from `korea-latam/i18n`).
 *
 * @example
 * ```ts
 * import { pt } from 'korea-latam/i18n/pt';
 * pt.locale; // 'pt'
 * ```
 * @module korea-latam/i18n/pt
 */

export { pt } from '../pt.generated.js';
