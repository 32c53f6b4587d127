/**
 * The library's texts in Korean: one translation table for `label` (from `korea-latam/i18n`).
 *
 * @example
 * ```ts
 * import { ko } from 'korea-latam/i18n/ko';
 * ko.locale; // 'ko'
 * ```
 * @module korea-latam/i18n/ko
 */

export { ko } from '../ko.generated.js';
