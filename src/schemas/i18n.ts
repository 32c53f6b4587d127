import * as z from 'zod';
import { translatedLocales } from '../i18n/locales.js';
import type { Translation, Translations } from '../i18n/types.js';
import { SourcesFieldSchema, TextSchema } from './common.js';
import { parseWith } from './parse-with.js';

/**
 * Schema of a {@link Translation}: an official name cites the sources that
 * publish it; our own translation cites none. A long title may carry a short label.
 *
 * @example
 * ```ts
 * import { TranslationSchema } from 'korea-latam/schemas';
 * TranslationSchema.safeParse({ text: 'Alianza del Pacífico', status: 'official' }).success; // false
 * TranslationSchema.safeParse({ text: 'Alianza del Pacífico', status: 'translated' }).success; // true
 * ```
 */
export const TranslationSchema: z.ZodType<Translation> = z.union([
  z
    .object({
      text: TextSchema,
      short: TextSchema.exactOptional(),
      status: z.literal('official'),
      sources: SourcesFieldSchema,
    })
    .strict(),
  z.object({ text: TextSchema, short: TextSchema.exactOptional(), status: z.literal('translated') }).strict(),
]);

/**
 * Schema of a {@link Translations} table (`es`, `pt` or `ko`).
 *
 * @example
 * ```ts
 * import { TranslationsSchema } from 'korea-latam/schemas';
 * import { ko } from 'korea-latam/i18n/ko';
 * TranslationsSchema.safeParse(ko).success; // true
 * TranslationsSchema.safeParse({ locale: 'fr', texts: {} }).success; // false
 * ```
 */
export const TranslationsSchema: z.ZodType<Translations> = z
  .object({
    locale: z.enum(translatedLocales),
    texts: z.record(z.string().regex(/^[0-9a-f]{16}$/), TranslationSchema),
  })
  .strict();

/**
 * Validates a translation table, for example a corrected copy before it is
 * passed to `label`.
 *
 * @param input - The data to check, typically parsed JSON; it is not changed.
 * @throws ValidationError listing every problem with its path.
 * @example
 * ```ts
 * import { parseTranslations } from 'korea-latam/schemas';
 * import { pt } from 'korea-latam/i18n/pt';
 * parseTranslations(pt).locale; // 'pt'
 * ```
 */
export function parseTranslations(input: unknown): Translations {
  return parseWith(TranslationsSchema, input, 'translation table');
}
