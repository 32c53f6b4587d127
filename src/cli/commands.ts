import { csvRow } from '../internal/csv-row.js';
import type { SourceId } from '../sources/types.js';
import { balanceSeries } from '../trade/balance-series.js';
import { tradeFlows } from '../trade/trade-flows.generated.js';
import type { TradePartner, TradeReporter } from '../trade/types.js';
import { hasJson, type PackageResource, readJson, readResources, readRows } from './datasets-folder.js';

/** A CLI failure: printed as one line on stderr, exit code 1 (or 2 for usage errors). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** A value as a CLI message shows it: quoted and cut at 60 characters, so a huge argument is never echoed whole. */
export function shown(value: string | undefined): string {
  const text = value ?? '';
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

/** `korea-latam list`: every table with its row count, title and sources. */
export function listDatasets(): string {
  const resources = readResources();
  const width = Math.max(...resources.map((r) => r.name.length)) + 1;
  return resources
    .map((r) => {
      const rows = readRows(r);
      return `${r.name.padEnd(width)} ${String(rows.length).padStart(6)} rows  ${r.title}\n${' '.repeat(width + 13)}sources: ${r.sources.map((s) => s.title).join(', ')}`;
    })
    .join('\n');
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

/** `korea-latam export <dataset>`: the dataset as CSV or JSON, optionally filtered by column=value. */
export function exportDataset(name: string | undefined, format: string, filters: readonly string[]): string {
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
  const keep = all.map((row) => conditions.every(([column, value]) => row[column] === value));
  if (format === 'csv') {
    const rows = all.filter((_, i) => keep[i]);
    return [csvRow(columns), ...rows.map((row) => csvRow(columns.map((c) => row[c] ?? '')))].join('\n');
  }
  // JSON: the library's own records (what parse* accepts), one per row of the table, chosen by the same filters.
  if (!hasJson(resource)) {
    throw new CliError(
      `${resource.name} is a list table of the data package and has no JSON copy; use --format csv, or export the dataset it belongs to as JSON.`,
      2,
    );
  }
  const records = readJson(resource) as readonly Record<string, unknown>[];
  return JSON.stringify(
    records.filter((_, i) => keep[i]),
    null,
    2,
  );
}

const REPORTERS = new Set<string>(['KOR', ...new Set(tradeFlows.map((f) => f.reporter))]);

/** `korea-latam balance <partner>`: Korea's (or another reporter's) balance with a partner, year by year. */
export function balanceTable(
  partner: string | undefined,
  options: { reporter: string; from?: string; to?: string; source?: string; format: string },
): string {
  const year = (value: string | undefined, name: string): number | undefined => {
    if (value === undefined) return undefined;
    if (!/^\d{4}$/.test(value))
      throw new CliError(`Invalid --${name} ${shown(value)}: expected a year such as 2008.`, 2);
    return Number(value);
  };
  if (partner === undefined) throw new CliError('Missing partner code, for example: korea-latam balance MEX', 2);
  const code = partner.toUpperCase();
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
  const millions = (n: number) =>
    (n / 1e6).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const lines = rows.map((r) =>
    [
      String(r.year),
      millions(r.exportsUsd),
      millions(r.importsUsd),
      millions(r.balanceUsd),
      r.estimated ? `${r.source} (estimated)` : r.source,
    ]
      .map((v, i) => (i === 0 || i === 4 ? v.padEnd(i === 0 ? 6 : 0) : v.padStart(14)))
      .join(' '),
  );
  const title = `${options.reporter.toUpperCase()} trade with ${code}, US$ millions (reported by ${options.reporter.toUpperCase()})`;
  const head = ['year  ', 'exports'.padStart(14), 'imports'.padStart(14), 'balance'.padStart(14), 'source'].join(' ');
  return [title, head, ...(lines.length > 0 ? lines : ['(no year with both flows in this range)'])].join('\n');
}
