import { deepFreeze } from '../internal/deep-freeze.js';
import type { Locale } from './types.js';

/**
 * The languages the library's texts come in, English first.
 *
 * @example
 * ```ts
 * import { locales } from 'korea-latam/i18n';
 * locales; // ['en', 'es', 'pt', 'ko']
 * ```
 */
export const locales: readonly Locale[] = /* @__PURE__ */ deepFreeze(['en', 'es', 'pt', 'ko']);
