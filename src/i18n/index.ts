/**
 * The library's texts in Spanish, Portuguese and Korean. Each language is its
 * own subpath (`korea-latam/i18n/es`, `/pt`, `/ko`), so importing English
 * data costs no other language; this module holds the helpers that read a
 * table. Record ids and codes never change with the language.
 *
 * @example
 * ```ts
 * import { label } from 'korea-latam/i18n';
 * import { es } from 'korea-latam/i18n/es';
 * import { blocs } from 'korea-latam/countries';
 * blocs.map((b) => label(b, 'name', es))[1]; // 'Alianza del Pacífico'
 * ```
 * @module korea-latam/i18n
 */

export { label, labelDetails, translateText } from './label.js';
export { locales, translatedLocales } from './locales.js';
export type { LabelDetails, Locale, TranslatedLocale, Translation, TranslationStatus, Translations } from './types.js';
