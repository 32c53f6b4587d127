import { dayParts } from '../internal/iso-day.js';
import { MONTH_NAMES } from '../internal/month-names.js';
import type { TranslatedLocale } from './types.js';

/**
 * A value inside an English text, read from the way the library writes it:
 * an amount in billions of US dollars (`US$ 3.70 bn`), a percentage
 * (`2.46%`), a day (`2005-03-16` or `15 December 2025`), a month
 * (`November 2010`) or a decimal number (`2.8`). `digits` is the number of
 * decimals the English shows, kept in every language. Integers and years are not values: they read the same
 * in every language the library ships.
 */
export type MessageValue =
  | { readonly kind: 'usd-bn' | 'percent' | 'decimal'; readonly value: number; readonly digits: number }
  | { readonly kind: 'day'; readonly year: number; readonly month: number; readonly day: number }
  | { readonly kind: 'month'; readonly year: number; readonly month: number };

/** An English text split into its values and the words around them (`{0}`, `{1}`… mark the values). */
export interface Message {
  readonly pattern: string;
  readonly values: readonly MessageValue[];
}

const MONTH_WORDS = MONTH_NAMES.join('|');

/** Every value the library writes into an English text, longest forms first. */
const VALUE = /* @__PURE__ */ new RegExp(
  [
    'US\\$ (\\d+(?:\\.(\\d+))?) bn',
    '(\\d+(?:\\.(\\d+))?)%',
    '\\b(\\d{4})-(\\d\\d)-(\\d\\d)\\b',
    `\\b(\\d{1,2}) (${MONTH_WORDS}) (\\d{4})\\b`,
    `\\b(${MONTH_WORDS}) (\\d{4})\\b`,
    '\\b(\\d+)\\.(\\d+)\\b',
  ].join('|'),
  'g',
);

const decimals = (fraction: string | undefined): number => fraction?.length ?? 0;

function readValue(m: RegExpExecArray): MessageValue | undefined {
  if (m[1] !== undefined) return { kind: 'usd-bn', value: Number(m[1]), digits: decimals(m[2]) };
  if (m[3] !== undefined) return { kind: 'percent', value: Number(m[3]), digits: decimals(m[4]) };
  if (m[5] !== undefined) {
    // Only a real calendar day is a value (the library's one day reader decides); anything else stays words.
    const parts = dayParts(m[0]);
    return parts === undefined ? undefined : { kind: 'day', year: parts[0], month: parts[1], day: parts[2] };
  }
  if (m[8] !== undefined)
    return { kind: 'day', year: Number(m[10]), month: MONTH_NAMES.indexOf(m[9] ?? '') + 1, day: Number(m[8]) };
  if (m[11] !== undefined) return { kind: 'month', year: Number(m[12]), month: MONTH_NAMES.indexOf(m[11]) + 1 };
  return { kind: 'decimal', value: Number(`${m[13]}.${m[14]}`), digits: decimals(m[14]) };
}

/**
 * Splits an English text into the words around its values (the pattern a
 * translation is keyed by) and the values themselves, in order.
 *
 * @param english - A text as the library ships it.
 */
export function toMessage(english: string): Message {
  const values: MessageValue[] = [];
  let pattern = '';
  let last = 0;
  for (const m of english.matchAll(VALUE)) {
    const value = readValue(m);
    if (value === undefined) continue;
    pattern += `${english.slice(last, m.index)}{${values.length}}`;
    last = m.index + m[0].length;
    values.push(value);
  }
  return values.length === 0 ? { pattern: english, values } : { pattern: pattern + english.slice(last), values };
}

/** The `Intl` locale a translation table formats its values for: Brazilian Portuguese for `pt`. */
const INTL_LOCALE: Readonly<Record<TranslatedLocale, string>> = { es: 'es', pt: 'pt-BR', ko: 'ko' };

function number(locale: string, value: number, digits: number, style?: 'percent'): string {
  return new Intl.NumberFormat(locale, {
    style,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(style === 'percent' ? value / 100 : value);
}

/** Billions of US dollars in each language's own way of writing large amounts. */
function amount(locale: TranslatedLocale, value: number, digits: number): string {
  if (locale === 'es') return `${number(INTL_LOCALE.es, value * 1000, Math.max(0, digits - 3))} millones de US$`;
  if (locale === 'pt') return `US$ ${number(INTL_LOCALE.pt, value, digits)} ${value < 2 ? 'bilhão' : 'bilhões'}`;
  // Korean counts in 억 (10^8): US$ 3.70 bn is 37억 달러, US$ 45.16 bn is 451.6억 달러.
  const eok = new Intl.NumberFormat('ko', { maximumFractionDigits: Math.max(0, digits - 1) }).format(value * 10);
  return `${eok}억 달러`;
}

/**
 * One value written for a language: numbers with its decimal sign and
 * grouping, dates with its month names and order (`Intl`).
 *
 * @param value - A value read by {@link toMessage}.
 * @param locale - The language of a translation table.
 */
export function formatValue(value: MessageValue, locale: TranslatedLocale): string {
  const intl = INTL_LOCALE[locale];
  switch (value.kind) {
    case 'usd-bn':
      return amount(locale, value.value, value.digits);
    case 'percent':
      return number(intl, value.value, value.digits, 'percent');
    case 'decimal':
      return number(intl, value.value, value.digits);
    case 'day':
      return new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone: 'UTC' }).format(
        Date.UTC(value.year, value.month - 1, value.day),
      );
    case 'month':
      return new Intl.DateTimeFormat(intl, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
        Date.UTC(value.year, value.month - 1, 1),
      );
  }
}

/**
 * A translated pattern with its `{0}`, `{1}`… filled by the English text's
 * values, each written the translation's way.
 *
 * @param template - A translation from a table, with placeholders.
 * @param values - The values of the English text, in their English order.
 * @param locale - The table's language.
 */
export function fillMessage(template: string, values: readonly MessageValue[], locale: TranslatedLocale): string {
  if (values.length === 0) return template;
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? whole : formatValue(value, locale);
  });
}
