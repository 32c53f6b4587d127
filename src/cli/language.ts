import { es } from '../i18n/es.generated.js';
import { ko } from '../i18n/ko.generated.js';
import { translateText } from '../i18n/label.js';
import { pt } from '../i18n/pt.generated.js';
import type { Locale, Translations } from '../i18n/types.js';
import { CliError, shown } from './cli-error.js';

const TABLES: Readonly<Record<string, Translations>> = { es, pt, ko };

/**
 * The translation table for `--lang`, or `undefined` for English.
 *
 * @throws CliError (exit code 2) for a language other than en, es, pt or ko.
 */
export function languageTable(lang: string | undefined): Translations | undefined {
  if (lang === undefined || lang === 'en') return undefined;
  if (!Object.hasOwn(TABLES, lang))
    throw new CliError(`Unknown language ${shown(lang)}. Languages: en, es, pt, ko.`, 2);
  return TABLES[lang];
}

/** Record fields that hold text for people (ids, codes, enums and provenance notes are never translated). */
const TEXT_FIELDS = new Set([
  'title',
  'label',
  'summary',
  'statement',
  'explanation',
  'text',
  'recommendationsNote',
  'subregion',
]);

/** CSV columns that hold those texts (the naming rule joins a nested path with `_`). */
const TEXT_COLUMNS = new Set([
  'title',
  'label',
  'summary',
  'statement',
  'check_explanation',
  'text',
  'recommendations_note',
  'subregion',
  'period_label',
]);

/** Whether a column of a table holds text to translate (a bloc's name does; a country's name comes from Intl). */
export function isTextColumn(table: string, column: string): boolean {
  return TEXT_COLUMNS.has(column) || (table === 'blocs' && column === 'name');
}

/** A copy of a library record with its text fields in the table's language (ids and codes unchanged). */
export function translatedRecord(value: unknown, table: Translations, dataset: string, field?: string): unknown {
  if (typeof value === 'string') {
    const text = field !== undefined && (TEXT_FIELDS.has(field) || (dataset === 'blocs' && field === 'name'));
    return text ? translateText(value, table) : value;
  }
  if (Array.isArray(value)) return value.map((item) => translatedRecord(item, table, dataset));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, translatedRecord(item, table, dataset, key)]),
    );
  }
  return value;
}

/** The balance table's words in each language (the numbers never change). */
export const BALANCE_WORDS: Readonly<
  Record<
    Locale,
    {
      title: (r: string, p: string) => string;
      columns: readonly string[];
      none: string;
      estimated: string;
      /** The note for the leading years left out because every value is zero. */
      zeros: (first: number, last: number, sources: string) => string;
    }
  >
> = {
  en: {
    title: (r, p) => `Trade between ${r} and ${p}, US$ millions (as ${r} reports it)`,
    columns: ['year', 'exports', 'imports', 'balance', 'source'],
    none: '(no year with both flows in this range)',
    estimated: 'estimated',
    zeros: (first, last, sources) =>
      `(${first}–${last} left out: ${sources} reports 0 for every value; add --from ${first} to show them)`,
  },
  es: {
    title: (r, p) => `Comercio bilateral ${r}–${p}, millones de US$ (país declarante: ${r})`,
    columns: ['año', 'exportaciones', 'importaciones', 'saldo', 'fuente'],
    none: '(ningún año con ambos flujos en este rango)',
    estimated: 'estimado',
    zeros: (first, last, sources) =>
      `(se omiten ${first}–${last}: ${sources} da 0 en todos los valores; añada --from ${first} para verlos)`,
  },
  pt: {
    // Written without articles, which vary by country (o Brasil, a Argentina, Cuba).
    title: (r, p) => `Comércio bilateral ${r}–${p}, milhões de US$ (país declarante: ${r})`,
    columns: ['ano', 'exportações', 'importações', 'saldo', 'fonte'],
    none: '(nenhum ano com os dois fluxos neste intervalo)',
    estimated: 'estimado',
    zeros: (first, last, sources) =>
      `(${first}–${last} omitidos: ${sources} informa 0 em todos os valores; use --from ${first} para vê-los)`,
  },
  ko: {
    title: (r, p) => `${r}의 대${p} 교역, 백만 달러 (${r} 보고 기준)`,
    columns: ['연도', '수출', '수입', '수지', '출처'],
    none: '(이 범위에 두 흐름이 모두 있는 연도가 없음)',
    estimated: '추정',
    zeros: (first, last, sources) =>
      `(${first}–${last}년 생략: ${sources}의 값이 모두 0임. 보려면 --from ${first} 추가)`,
  },
};

/** The notice, in each language, naming the columns `--lang` leaves in English. */
export const NOTE_WORDS: Readonly<Record<Locale, (columns: readonly string[]) => string>> = {
  en: (columns) => `${columns.join(', ')} stay in English (notes on sources are not translated).`,
  es: (columns) => `${columns.join(', ')}: en inglés (las notas sobre las fuentes no se traducen).`,
  pt: (columns) => `${columns.join(', ')}: em inglês (as notas sobre as fontes não são traduzidas).`,
  ko: (columns) => `${columns.join(', ')}: 영어 그대로 (출처에 관한 주석은 번역하지 않음).`,
};
