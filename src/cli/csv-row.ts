/**
 * One line of RFC 4180 CSV: a cell with a quote, a comma or a line break is quoted, with its
 * quotes doubled; `null` is an empty cell. The shipped CSV files and the CLI write with it.
 */
export function csvRow(cells: readonly (string | number | boolean | null)[]): string {
  return cells
    .map((cell) => {
      const text = cell === null ? '' : String(cell);
      return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',');
}
