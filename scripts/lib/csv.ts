import { readFileSync } from 'node:fs';

/** A parsed CSV row with the file name and line number, for error messages. */
export interface CsvRow {
  readonly file: string;
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

/**
 * Parses an RFC 4180 CSV file (quoted fields, doubled quotes, commas and
 * newlines inside quotes) into rows keyed by the header.
 */
export function readCsv(path: string): CsvRow[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const records: { line: number; fields: string[] }[] = [];
  let field = '';
  let fields: string[] = [];
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else inQuotes = false;
      } else {
        if (ch === '\n') line += 1;
        field += ch;
      }
    } else if (ch === '"') inQuotes = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      fields.push(field);
      records.push({ line: recordLine, fields });
      fields = [];
      field = '';
      line += 1;
      recordLine = line;
    } else field += ch;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ line: recordLine, fields });
  }
  const [header, ...body] = records.filter((r) => !(r.fields.length === 1 && r.fields[0] === ''));
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
