import { readFileSync } from 'node:fs';
import { parseCsv } from '../../../src/cli/parse-csv.js';

/** A parsed CSV row with the file name and line number, for error messages. */
export interface CsvRow {
  readonly file: string;
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

/** Reads a CSV file into rows keyed by the header; a row with the wrong field count fails with file and line. */
export function readCsv(path: string): CsvRow[] {
  const [header, ...body] = parseCsv(readFileSync(path, 'utf8'));
  if (header === undefined) throw new Error(`${path}: empty CSV`);
  return body.map((record) => {
    if (record.fields.length !== header.fields.length) {
      throw new Error(`${path}:${record.line}: expected ${header.fields.length} fields, got ${record.fields.length}`);
    }
    const values: Record<string, string> = {};
    header.fields.forEach((name, i) => {
      values[name] = record.fields[i] ?? '';
    });
    return { file: path, line: record.line, values };
  });
}

/** Fails the build with the file, line and field named. */
export function fail(row: CsvRow, field: string, message: string): never {
  throw new Error(`${row.file}:${row.line}: field "${field}": ${message} (value ${JSON.stringify(row.values[field])})`);
}
