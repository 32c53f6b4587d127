import { countryCodes } from '../countries/country-codes.generated.js';
import { countryName } from '../countries/country-name.js';
import type { CountryCode } from '../countries/types.js';
import { translateText } from '../i18n/label.js';
import type { Locale, Translations } from '../i18n/types.js';
import type { SourceId } from '../sources/types.js';
import { balanceSeries } from '../trade/balance-series.js';
import { tradeFlows } from '../trade/trade-flows.generated.js';
import type { TradePartner, TradeReporter } from '../trade/types.js';
import { CliError, shown } from './cli-error.js';
import { csvRow } from './csv-row.js';
import { hasJson, type PackageResource, readJson, readResources, readRows } from './datasets-folder.js';
import { padEndColumns, padStartColumns } from './display-width.js';
import { BALANCE_WORDS, isTextColumn, translatedRecord } from './language.js';

/** The locale whose number format each `--lang` uses. */
const NUMBER_LOCALES: Readonly<Record<Locale, string>> = { en: 'en-US', es: 'es', pt: 'pt-BR', ko: 'ko' };

/** A country's name in the language, or the code itself when it names no country (a territory code). */
function nameOf(code: string, lang: Locale): string {
  return (countryCodes as readonly string[]).includes(code) ? countryName(code as CountryCode, lang) : code;
}

/** The widest line `korea-latam list` prints: it fits a 100-column terminal. */
export const LIST_WIDTH = 100;

/** `text` cut to `width` characters, with an ellipsis where it was cut. */
function fitted(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/** `text` broken at spaces into lines of at most `width` characters (a longer word is cut). */
function wrapped(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = '';
    }
    current = current === '' ? fitted(word, width) : `${current} ${word}`;
  }
  return [...lines, current];
}

/** The singular forms a table name can have in its list tables' names: countries → country, ties → tie. */
function singulars(name: string): string[] {
  return [name.replace(/s$/, ''), name.replace(/ies$/, 'y')];
}

/**
 * The table a list table belongs to: the one its first foreign key points at, when the list's
 * name extends that table's (trade-flow-sources belongs to trade-flows; partner-shares, whose
 * first key points at countries, stands alone).
 */
function parentOf(resource: PackageResource, names: ReadonlySet<string>): string | undefined {
  const parent = resource.schema.foreignKeys?.[0]?.reference.resource;
  if (parent === undefined || !names.has(parent)) return undefined;
  return singulars(parent).some((stem) => resource.name.startsWith(`${stem}-`)) ? parent : undefined;
}

/**
 * `korea-latam list`: every table with its row count and title, each list table indented
 * under the table it belongs to, and each top-level table's sources on one line (cut to fit); no line is
 * wider than {@link LIST_WIDTH}.
 */
export function listDatasets(): string {
  const resources = readResources();
  const names = new Set(resources.map((r) => r.name));
  const childrenOf = new Map<string, PackageResource[]>();
  const top: PackageResource[] = [];
  for (const resource of resources) {
    const parent = parentOf(resource, names);
    if (parent === undefined) top.push(resource);
    else childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), resource]);
  }
  const depthOf = (resource: PackageResource): number => {
    let depth = 0;
    for (let p = parentOf(resource, names); p !== undefined; depth += 1) {
      p = parentOf(resources.find((r) => r.name === p) as PackageResource, names);
    }
    return depth;
  };
  const nameWidth = Math.max(...resources.map((r) => 2 * depthOf(r) + r.name.length));
  const line = (resource: PackageResource, depth: number): string => {
    const count = readRows(resource).length;
    const rows = `${count.toLocaleString('en-US')} ${count === 1 ? 'row ' : 'rows'}`;
    const head = `${`${'  '.repeat(depth)}${resource.name}`.padEnd(nameWidth)} ${rows.padStart(11)}  `;
    // A long title goes on under itself, so no line is wider than the terminal.
    return wrapped(resource.title, LIST_WIDTH - head.length)
      .map((part, i) => (i === 0 ? head : ' '.repeat(head.length)) + part)
      .join('\n');
  };
  const out: string[] = [];
  const visit = (resource: PackageResource, depth: number): void => {
    out.push(line(resource, depth));
    if (depth === 0) {
      const titles = resource.sources.map((source) => source.title);
      const label = `  ${titles.length === 1 ? 'source' : `${titles.length} sources`}: `;
      out.push(label + fitted(titles.join('; '), LIST_WIDTH - label.length));
    }
    for (const child of childrenOf.get(resource.name) ?? []) visit(child, depth + 1);
  };
  for (const resource of top) visit(resource, 0);
  return out.join('\n');
}

function findResource(name: string | undefined): PackageResource {
  const resources = readResources();
  const found = resources.find((r) => r.name === name);
  if (found === undefined) {
    const datasets = resources.filter(hasJson).map((r) => r.name);
    throw new CliError(
      `Unknown table ${shown(name)}. Datasets: ${datasets.join(', ')}; the lists inside their records are tables of their own (see 'korea-latam list').`,
      2,
    );
  }
  return found;
}

/**
 * The columns of a table that `--lang` leaves in English: notes on sources and provenance
 * (`note`, `status_note`, …), which are not translated.
 */
export function untranslatedColumns(name: string | undefined): string[] {
  const resource = findResource(name);
  return resource.schema.fields
    .map((f) => f.name)
    .filter((column) => /(^|_)note$/.test(column) && !isTextColumn(resource.name, column));
}

/**
 * `korea-latam export <dataset>`: the dataset as CSV or JSON, optionally filtered by column=value.
 *
 * @throws CliError (exit code 2) for an unknown table, format or filter, or a JSON export of a list table.
 */
export function exportDataset(
  name: string | undefined,
  format: string,
  filters: readonly string[],
  table?: Translations,
): string {
  const resource = findResource(name);
  const columns = resource.schema.fields.map((f) => f.name);
  const conditions = filters.map((filter) => {
    const [column = '', ...rest] = filter.split('=');
    if (rest.length === 0 || !columns.includes(column)) {
      throw new CliError(
        `Invalid filter ${shown(filter)}: expected column=value with a column of ${resource.name}: ${columns.join(', ')}.`,
        2,
      );
    }
    return [column, rest.join('=')] as const;
  });
  if (format !== 'csv' && format !== 'json') {
    throw new CliError(`Unknown format ${shown(format)}. Formats: csv, json.`, 2);
  }
  const all = readRows(resource);
  // A value no row of the table holds is a mistake (a typo in a code), not an empty answer.
  for (const [column, value] of conditions) {
    if (all.some((row) => row[column] === value)) continue;
    const values = [...new Set(all.map((row) => row[column] ?? ''))].sort();
    const listed = values.slice(0, 40).join(', ');
    throw new CliError(
      `No row of ${resource.name} has ${column} = ${shown(value)}. Values of ${column}: ${listed}${values.length > 40 ? ', …' : ''}.`,
      2,
    );
  }
  const keep = all.map((row) => conditions.every(([column, value]) => row[column] === value));
  if (format === 'csv') {
    const rows = all.filter((_, i) => keep[i]);
    const cell = (row: Record<string, string>, column: string): string => {
      const value = row[column] ?? '';
      return table !== undefined && value !== '' && isTextColumn(resource.name, column)
        ? translateText(value, table)
        : value;
    };
    return [csvRow(columns), ...rows.map((row) => csvRow(columns.map((c) => cell(row, c))))].join('\n');
  }
  // JSON: the library's own records (what parse* accepts), one per row of the table, chosen by the same filters.
  if (!hasJson(resource)) {
    throw new CliError(
      `${resource.name} is a list table of the data package and has no JSON copy; use --format csv, or export the dataset it belongs to as JSON.`,
      2,
    );
  }
  const records = readJson(resource) as readonly Record<string, unknown>[];
  const kept = records.filter((_, i) => keep[i]);
  return JSON.stringify(
    table === undefined ? kept : kept.map((record) => translatedRecord(record, table, resource.name)),
    null,
    2,
  );
}

const REPORTERS = new Set<string>(['KOR', ...new Set(tradeFlows.map((f) => f.reporter))]);

/**
 * `korea-latam balance <partner>`: Korea's (or another reporter's) balance with a partner, year by year.
 *
 * @throws CliError (exit code 2) for a missing or unknown partner or reporter, a bad year, source or format.
 */
export function balanceTable(
  partner: string | undefined,
  options: { reporter: string; from?: string; to?: string; source?: string; format: string; lang?: Locale },
): string {
  const year = (value: string | undefined, name: string): number | undefined => {
    if (value === undefined) return undefined;
    if (!/^\d{4}$/.test(value))
      throw new CliError(`Invalid --${name} ${shown(value)}: expected a year such as 2008.`, 2);
    return Number(value);
  };
  if (partner === undefined) throw new CliError('Missing partner code, for example: korea-latam balance MEX', 2);
  // Only ASCII letters are upper-cased, so an error names what was typed ('ß' is not read as 'SS').
  const code = /^[A-Za-z]+$/.test(partner) ? partner.toUpperCase() : partner;
  if (!REPORTERS.has(options.reporter.toUpperCase())) {
    throw new CliError(
      `Unknown reporter ${shown(options.reporter)}. Reporters: ${[...REPORTERS].sort().join(', ')}.`,
      2,
    );
  }
  let rows: ReturnType<typeof balanceSeries>;
  try {
    rows = balanceSeries(tradeFlows, {
      reporter: options.reporter.toUpperCase() as TradeReporter,
      partner: code as TradePartner,
      ...(options.from === undefined ? {} : { from: year(options.from, 'from') as number }),
      ...(options.to === undefined ? {} : { to: year(options.to, 'to') as number }),
      ...(options.source === undefined ? {} : { source: options.source as SourceId }),
    });
  } catch (error) {
    throw new CliError((error as Error).message, 2);
  }
  if (options.format === 'json') return JSON.stringify(rows, null, 2);
  const header = ['year', 'exports_usd', 'imports_usd', 'balance_usd', 'total_usd', 'source', 'estimated'];
  const cells = rows.map((r) =>
    [r.year, r.exportsUsd, r.importsUsd, r.balanceUsd, r.totalUsd, r.source, r.estimated].map(String),
  );
  if (options.format === 'csv') return [header, ...cells].map(csvRow).join('\n');
  if (options.format !== 'table')
    throw new CliError(`Unknown format ${shown(options.format)}. Formats: table, csv, json.`, 2);
  // Without --from, the table starts at the first year with any trade: a run of zeros first (the
  // historical series reports 0 before trade began) is named in one line instead of printed.
  let printed = rows;
  let zerosNote: string | undefined;
  if (options.from === undefined) {
    const start = rows.findIndex((r) => r.exportsUsd !== 0 || r.importsUsd !== 0);
    const skipped = start === -1 ? [] : rows.slice(0, start);
    const first = skipped[0];
    const last = skipped.at(-1);
    if (first !== undefined && last !== undefined) {
      printed = rows.slice(start);
      const names = [...new Set(skipped.map((r) => r.source))].join(', ');
      zerosNote = BALANCE_WORDS[options.lang ?? 'en'].zeros(first.year, last.year, names);
    }
  }
  const lang = options.lang ?? 'en';
  // Numbers in the language's own format (5.494,9 in Portuguese), names instead of codes.
  const millions = (n: number) =>
    (n / 1e6).toLocaleString(NUMBER_LOCALES[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const words = BALANCE_WORDS[lang];
  const lines = printed.map((r) =>
    [
      String(r.year),
      millions(r.exportsUsd),
      millions(r.importsUsd),
      millions(r.balanceUsd),
      r.estimated ? `${r.source} (${words.estimated})` : r.source,
    ]
      .map((v, i) => (i === 0 || i === 4 ? padEndColumns(v, i === 0 ? 6 : 0) : padStartColumns(v, 14)))
      .join(' '),
  );
  const reporter = options.reporter.toUpperCase();
  const title = words.title(nameOf(reporter, lang), nameOf(code, lang));
  const [yearWord = '', exportsWord = '', importsWord = '', balanceWord = '', sourceWord = ''] = words.columns;
  // Padded by terminal columns: a Hangul header takes two columns a letter.
  const head = [
    padEndColumns(yearWord, 6),
    padStartColumns(exportsWord, 14),
    padStartColumns(importsWord, 14),
    padStartColumns(balanceWord, 14),
    sourceWord,
  ].join(' ');
  return [
    title,
    head,
    ...(zerosNote === undefined ? [] : [zerosNote]),
    ...(lines.length > 0 ? lines : [words.none]),
  ].join('\n');
}
