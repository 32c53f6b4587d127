import { csvRow } from '../../../src/cli/csv-row.js';
import type { Table } from './flatten.js';

/**
 * A table as RFC 4180 CSV: UTF-8 without a byte-order mark, a header row, LF line endings, `""`
 * inside quotes. An empty cell is a missing value; numbers are written in the shortest form that
 * reads back as the same double; `true`/`false` for flags.
 *
 * @example
 * ```ts
 * csvOf(table).split('\n')[0]; // 'reporter,partner,year,…'
 * ```
 */
export function csvOf(table: Table): string {
  return `${[csvRow(table.columns.map((c) => c.name)), ...table.rows.map(csvRow)].join('\n')}\n`;
}
