/**
 * Compares a new vintage of a raw trade file with the shipped one, before a rebuild: which
 * years it adds, which values it revises (a count, and the largest revisions with reporter,
 * partner, year and flow), and which cells it removes. The new file must have the shipped
 * format of its kind.
 *
 * Usage: npm run vintage:diff -- <kosis|imf-dots|comtrade> <new file> [--top N]
 * (docs/updating-data.md walks through a release from download to publish.)
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CsvRow, fail, readCsv } from './lib/csv.js';

/** The raw files a new vintage replaces, by kind. */
export const VINTAGE_FILES = {
  kosis: 'data/trade/kor_all_partners_kosis_kdiplo.csv',
  'imf-dots': 'data/trade/kor_lac_trade_imf_dots.csv',
  comtrade: 'data/trade/lac_exports_to_kor_uncomtrade.csv',
} as const;

/** A kind of raw trade file. */
export type VintageKind = keyof typeof VINTAGE_FILES;

/** One cell of a trade file: who reported, with whom, which year and flow, and the value in US dollars. */
export interface TradeCell {
  readonly reporter: string;
  readonly partner: string;
  readonly year: number;
  readonly flow: 'export' | 'import';
  readonly valueUsd: number;
}

/** A value present in both vintages that changed. */
export interface Revision {
  readonly reporter: string;
  readonly partner: string;
  readonly year: number;
  readonly flow: 'export' | 'import';
  readonly shippedUsd: number;
  readonly newUsd: number;
  readonly changeUsd: number;
}

/** What a new vintage changes. */
export interface VintageDiff {
  readonly shippedCells: number;
  readonly newCells: number;
  /** Years the new file has and the shipped one does not. */
  readonly addedYears: readonly number[];
  /** Cells (key and value) in the new file only. */
  readonly addedCells: number;
  readonly revised: number;
  /** The largest revisions by absolute change, largest first. */
  readonly largestRevisions: readonly Revision[];
  readonly removed: readonly TradeCell[];
}

function dollars(row: CsvRow, field: string): number | undefined {
  const text = row.values[field];
  if (text === 'NA' || text === '') return undefined;
  if (text === undefined || !/^\d+(\.\d+)?$/.test(text)) fail(row, field, 'expected a number of US dollars or NA');
  return Number(text);
}

function year(row: CsvRow): number {
  const value = Number(row.values.year);
  if (!Number.isInteger(value)) fail(row, 'year', 'not a whole number');
  return value;
}

/**
 * Reads the cells of a raw trade file of the given kind: for KOSIS, Korea's exports and imports
 * by partner from the `*_kosis` columns and the world totals (partner `WLD`); for IMF DOTS and UN
 * Comtrade, one cell per row.
 */
export function readCells(kind: VintageKind, path: string): TradeCell[] {
  const rows = readCsv(path);
  const cells: TradeCell[] = [];
  if (kind === 'kosis') {
    const world = new Set<string>();
    for (const row of rows) {
      const y = year(row);
      for (const flow of ['export', 'import'] as const) {
        const value = dollars(row, `${flow}_kosis`);
        if (value !== undefined)
          cells.push({ reporter: 'KOR', partner: row.values.iso3c ?? '', year: y, flow, valueUsd: value });
        const total = dollars(row, `total_${flow}`);
        if (total !== undefined && !world.has(`${y}|${flow}`)) {
          world.add(`${y}|${flow}`);
          cells.push({ reporter: 'KOR', partner: 'WLD', year: y, flow, valueUsd: total });
        }
      }
    }
    return cells;
  }
  for (const row of rows) {
    const flow = row.values.flow;
    if (flow !== 'export' && flow !== 'import') fail(row, 'flow', 'expected export or import');
    const value = dollars(row, 'value_usd');
    if (value === undefined) continue;
    cells.push({
      reporter: row.values.reporter_iso3 ?? '',
      partner: row.values.partner_iso3 ?? '',
      year: year(row),
      flow,
      valueUsd: value,
    });
  }
  return cells;
}

const keyOf = (c: TradeCell) => `${c.reporter}|${c.partner}|${c.year}|${c.flow}`;

/**
 * Compares two lists of cells: added years and cells, revised values (with the `top` largest),
 * and removed cells.
 *
 * @example
 * ```ts
 * const a = [{ reporter: 'KOR', partner: 'MEX', year: 2023, flow: 'export', valueUsd: 10 }] as const;
 * diffCells(a, [{ ...a[0], valueUsd: 12 }]).revised; // 1
 * ```
 */
export function diffCells(shipped: readonly TradeCell[], fresh: readonly TradeCell[], top = 10): VintageDiff {
  const old = new Map(shipped.map((c) => [keyOf(c), c]));
  const now = new Map(fresh.map((c) => [keyOf(c), c]));
  const oldYears = new Set(shipped.map((c) => c.year));
  const revisions: Revision[] = [];
  let added = 0;
  for (const [key, cell] of now) {
    const before = old.get(key);
    if (before === undefined) added += 1;
    else if (before.valueUsd !== cell.valueUsd) {
      const { reporter, partner, year: y, flow } = cell;
      revisions.push({
        reporter,
        partner,
        year: y,
        flow,
        shippedUsd: before.valueUsd,
        newUsd: cell.valueUsd,
        changeUsd: cell.valueUsd - before.valueUsd,
      });
    }
  }
  revisions.sort((a, b) => Math.abs(b.changeUsd) - Math.abs(a.changeUsd));
  return {
    shippedCells: old.size,
    newCells: now.size,
    addedYears: [...new Set(fresh.map((c) => c.year))].filter((y) => !oldYears.has(y)).sort((a, b) => a - b),
    addedCells: added,
    revised: revisions.length,
    largestRevisions: revisions.slice(0, top),
    removed: [...old].filter(([key]) => !now.has(key)).map(([, cell]) => cell),
  };
}

/** The report a maintainer reads. */
export function formatDiff(kind: VintageKind, diff: VintageDiff): string {
  const usd = (n: number) => `US$ ${n.toLocaleString('en-US')}`;
  const lines = [
    `${kind}: ${diff.shippedCells} cells shipped, ${diff.newCells} in the new file`,
    `Added years: ${diff.addedYears.length === 0 ? 'none' : diff.addedYears.join(', ')} (${diff.addedCells} new cells in all)`,
    `Revised values: ${diff.revised}`,
    ...diff.largestRevisions.map(
      (r) =>
        `  ${r.reporter}→${r.partner} ${r.year} ${r.flow}: ${usd(r.shippedUsd)} → ${usd(r.newUsd)} (${r.changeUsd > 0 ? '+' : ''}${usd(r.changeUsd)})`,
    ),
    `Removed cells: ${diff.removed.length}`,
    ...diff.removed.slice(0, 10).map((c) => `  ${c.reporter}→${c.partner} ${c.year} ${c.flow}: ${usd(c.valueUsd)}`),
  ];
  return lines.join('\n');
}

function main(argv: readonly string[]): number {
  const [kind, file, ...rest] = argv;
  if (kind === undefined || !Object.hasOwn(VINTAGE_FILES, kind) || file === undefined) {
    console.error('Usage: npm run vintage:diff -- <kosis|imf-dots|comtrade> <new file> [--top N]');
    return 2;
  }
  let top = 10;
  if (rest.length > 0) {
    if (rest.length !== 2 || rest[0] !== '--top' || !/^[1-9]\d{0,3}$/.test(rest[1] ?? '')) {
      console.error('Only --top N (1–9999) may follow the file.');
      return 2;
    }
    top = Number(rest[1]);
  }
  const root = resolve(fileURLToPath(import.meta.url), '../../..');
  const k = kind as VintageKind;
  console.log(
    formatDiff(k, diffCells(readCells(k, resolve(root, VINTAGE_FILES[k])), readCells(k, resolve(file)), top)),
  );
  return 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  process.exitCode = main(process.argv.slice(2));
}
