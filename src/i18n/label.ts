import { describeValue } from '../internal/describe-value.js';
import { textKey } from '../internal/text-key.js';
import { translatedLocales } from './locales.js';
import { fillMessage, toMessage } from './message.js';
import type { LabelDetails, Translation, Translations } from './types.js';

const NO_SOURCES: readonly never[] = /* @__PURE__ */ Object.freeze([]);

function checkTable(translations: unknown): Translations | undefined {
  if (translations === undefined) return undefined;
  const table = translations as Translations | null;
  // Recognised by its own fields only: an inherited locale or texts (a polluted prototype) is not a table.
  if (
    table === null ||
    typeof table !== 'object' ||
    !Object.hasOwn(table, 'locale') ||
    !Object.hasOwn(table, 'texts') ||
    !translatedLocales.includes(table.locale) ||
    table.texts === null ||
    typeof table.texts !== 'object'
  ) {
    throw new TypeError(
      `Expected a translation table (es, pt or ko from korea-latam/i18n/<locale>) or undefined for English, got ${describeValue(translations)}.`,
    );
  }
  return table;
}

function checkText(text: unknown, what: string): string {
  if (typeof text !== 'string') throw new TypeError(`Expected ${what} to be a string, got ${describeValue(text)}.`);
  return text;
}

function fieldText(record: unknown, field: unknown): string {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw new TypeError(`Expected a record (an object), got ${describeValue(record)}.`);
  }
  const name = checkText(field, 'the field name');
  const value = Object.hasOwn(record, name) ? (record as Record<string, unknown>)[name] : undefined;
  if (typeof value !== 'string') {
    throw new RangeError(`The record has no text field ${describeValue(name)} (its value is ${describeValue(value)}).`);
  }
  return value;
}

function lookup(text: string, table: Translations | undefined): LabelDetails {
  if (table === undefined) return { text, locale: 'en', status: 'english', sources: NO_SOURCES };
  // A translation is keyed by the words around the text's values, so a text whose numbers
  // change with the data (a claim checked against newer data) keeps its translation.
  const message = toMessage(text);
  const key = textKey(message.pattern);
  const found: Translation | undefined = Object.hasOwn(table.texts, key) ? table.texts[key] : undefined;
  if (found === undefined) return { text, locale: 'en', status: 'fallback', sources: NO_SOURCES };
  // A table of your own (a corrected copy) is read, not trusted: an entry without text is named.
  if (found === null || typeof found !== 'object' || typeof found.text !== 'string') {
    throw new TypeError(
      `The ${table.locale} table's entry for ${describeValue(text)} has no text: ${describeValue(found)}.`,
    );
  }
  return {
    text: fillMessage(found.text, message.values, table.locale),
    ...(typeof found.short === 'string' ? { short: fillMessage(found.short, message.values, table.locale) } : {}),
    locale: table.locale,
    status: found.status,
    sources: found.sources ?? NO_SOURCES,
  };
}

/**
 * A record's text field in the table's language: the translation of the
 * record's English text, or the English itself when the table has none (or
 * when `translations` is `undefined`, meaning English). Ids and codes are
 * never translated. {@link labelDetails} says which happened.
 *
 * @param record - Any record of the library (an agreement, an event, a challenge, a bloc, a meta…).
 * @param field - The name of one of its text fields, such as `'title'`, `'label'` or `'summary'`.
 * @param translations - A table from `korea-latam/i18n/es`, `/pt` or `/ko`; `undefined` for English.
 * @throws TypeError when the record is not an object, the field name is not a string, or the table is not a translation table.
 * @throws RangeError when the record has no text in that field.
 * @example
 * ```ts
 * import { label } from 'korea-latam/i18n';
 * import { es } from 'korea-latam/i18n/es';
 * import { ko } from 'korea-latam/i18n/ko';
 * import { getAgreement } from 'korea-latam/timeline';
 * const fta = getAgreement('kor-chl-fta');
 * label(fta, 'title', es); // 'Tratado de Libre Comercio Corea–Chile'
 * label(fta, 'title', ko); // '한-칠레 자유무역협정'
 * label(fta, 'title', undefined); // 'Korea–Chile Free Trade Agreement'
 * ```
 */
export function label<R extends object>(
  record: R,
  field: keyof R & string,
  translations: Translations | undefined,
): string {
  const table = checkTable(translations);
  return lookup(fieldText(record, field), table).text;
}

/**
 * Like {@link label}, with where the text comes from: `official` (with the
 * sources that publish the name), `translated` (ours), `english` (no table
 * given) or `fallback` (no translation of this text: the English is returned,
 * with `locale: 'en'`).
 *
 * @param record - Any record of the library.
 * @param field - The name of one of its text fields.
 * @param translations - A table from `korea-latam/i18n/es`, `/pt` or `/ko`; `undefined` for English.
 * @throws TypeError when the record is not an object, the field name is not a string, or the table is not a translation table.
 * @throws RangeError when the record has no text in that field.
 * @example
 * ```ts
 * import { labelDetails } from 'korea-latam/i18n';
 * import { es } from 'korea-latam/i18n/es';
 * import { getAgreement } from 'korea-latam/timeline';
 * const d = labelDetails(getAgreement('kor-col-fta'), 'title', es);
 * d.status; // 'official'
 * d.sources; // ['co-ley-1747-2014']
 * labelDetails({ title: 'Not in any table' }, 'title', es).status; // 'fallback'
 * ```
 */
export function labelDetails<R extends object>(
  record: R,
  field: keyof R & string,
  translations: Translations | undefined,
): LabelDetails {
  const table = checkTable(translations);
  return lookup(fieldText(record, field), table);
}

/**
 * The translation of a loose English text of the library — a verdict
 * (`'supported'`), a subregion (`'South America'`) — or the text itself when
 * the table has none.
 *
 * @param text - An English text as the library ships it.
 * @param translations - A table from `korea-latam/i18n/es`, `/pt` or `/ko`; `undefined` for English.
 * @throws TypeError when `text` is not a string or the table is not a translation table.
 * @example
 * ```ts
 * import { translateText } from 'korea-latam/i18n';
 * import { pt } from 'korea-latam/i18n/pt';
 * translateText('supported', pt); // 'confirmada'
 * translateText('South America', pt); // 'América do Sul'
 * translateText('MEX', pt); // 'MEX'
 * ```
 */
export function translateText(text: string, translations: Translations | undefined): string {
  const table = checkTable(translations);
  return lookup(checkText(text, 'text'), table).text;
}
