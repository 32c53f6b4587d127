import type { Cell, Table } from './flatten.js';

function cellText(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

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
  const lines = [table.columns.map((c) => c.name).join(',')];
  for (const row of table.rows) lines.push(row.map(cellText).join(','));
  return `${lines.join('\n')}\n`;
}
