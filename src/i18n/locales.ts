import { deepFreeze, frozenConcat } from '../internal/deep-freeze.js';
import type { Locale, TranslatedLocale } from './types.js';

/**
 * The languages with a translation table (`korea-latam/i18n/<locale>`).
 *
 * @example
 * ```ts
 * import { translatedLocales } from 'korea-latam/i18n';
 * translatedLocales; // ['es', 'pt', 'ko']
 * ```
 */
export const translatedLocales: readonly TranslatedLocale[] = /* @__PURE__ */ deepFreeze(['es', 'pt', 'ko']);

/**
 * The languages the library's texts come in, English first.
 *
 * @example
 * ```ts
 * import { locales } from 'korea-latam/i18n';
 * locales; // ['en', 'es', 'pt', 'ko']
 * ```
 */
export const locales: readonly Locale[] = /* @__PURE__ */ frozenConcat<Locale>(['en'], translatedLocales);
