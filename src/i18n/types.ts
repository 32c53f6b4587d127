import type { SourceId } from '../sources/types.js';

/** The languages the library's texts come in: English (the records) and three translations. */
export type Locale = 'en' | 'es' | 'pt' | 'ko';

/** The languages with a translation table: Spanish, Portuguese and Korean. */
export type TranslatedLocale = Exclude<Locale, 'en'>;

/**
 * Where a translated text comes from: `official` — the name an official text
 * uses (a treaty, a law, the body's own site), cited in `sources`;
 * `translated` — our own translation of our own English text.
 */
export type TranslationStatus = 'official' | 'translated';

/**
 * One translated text. Where the English carries values (amounts,
 * percentages, days, months, decimals), `text` is a template with `{0}`,
 * `{1}`… in their place; {@link label} fills them with the English values,
 * written the table's way.
 *
 * @example
 * ```ts
 * import { es } from 'korea-latam/i18n/es';
 * import { Translation } from 'korea-latam/i18n';
 * const all: Translation[] = Object.values(es.texts);
 * all.filter((t) => t.status === 'official').length; // 3
 * ```
 */
export interface Translation {
  readonly text: string;
  /** A short label for a long title (such as a full official treaty title), for charts and tables. */
  readonly short?: string;
  readonly status: TranslationStatus;
  /** For an official name: where it is published (ids in the bibliography). Absent for our own translations. */
  readonly sources?: readonly SourceId[];
}

/**
 * A locale's translation table: every translated text of the shipped
 * records, keyed by a hash of the English text it translates (with its
 * values replaced by `{0}`, `{1}`…). Look texts up with {@link label}
 * rather than by key.
 *
 * @example
 * ```ts
 * import { ko } from 'korea-latam/i18n/ko';
 * import { Translations } from 'korea-latam/i18n';
 * const table: Translations<'ko'> = ko;
 * table.locale; // 'ko'
 * ```
 */
export interface Translations<L extends TranslatedLocale = TranslatedLocale> {
  readonly locale: L;
  readonly texts: Readonly<Record<string, Translation>>;
}

/**
 * What {@link labelDetails} says about a text: the text to show, its
 * language, and where it comes from. `status` is `'english'` when no table
 * was given, and `'fallback'` when the table has no translation of this text
 * (then `text` is the English and `locale` is `'en'`).
 *
 * @example
 * ```ts
 * import { labelDetails, LabelDetails } from 'korea-latam/i18n';
 * import { pt } from 'korea-latam/i18n/pt';
 * const d: LabelDetails = labelDetails({ name: 'Pacific Alliance' }, 'name', pt);
 * d.text; // 'Aliança do Pacífico'
 * ```
 */
export interface LabelDetails {
  readonly text: string;
  /** A short label where the table has one for a long title (`text` stays the full name); absent otherwise. */
  readonly short?: string;
  readonly locale: Locale;
  readonly status: TranslationStatus | 'english' | 'fallback';
  readonly sources: readonly SourceId[];
}
