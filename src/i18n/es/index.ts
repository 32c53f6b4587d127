/**
 * The library's texts in Spanish: one translation table for `label` (from `korea-latam/i18n`).
 *
 * @example
 * ```ts
 * import { es } from 'korea-latam/i18n/es';
 * es.locale; // 'es'
 * ```
 * @module korea-latam/i18n/es
 */

export { es } from '../es.generated.js';
