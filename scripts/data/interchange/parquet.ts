import { parquetWriteBuffer } from 'hyparquet-writer';
import type { Table } from './flatten.js';

const DAY_MS = 86_400_000;

/**
 * A table as Parquet, with the types the data package declares: text as UTF-8 strings, integers
 * as INT32, numbers as DOUBLE, flags as BOOLEAN, calendar days as DATE; a column is REQUIRED when
 * the data package requires it, otherwise OPTIONAL (an empty CSV cell is a Parquet null).
 *
 * @example
 * ```ts
 * const bytes = await parquetOf(table);
 * ```
 */
export async function parquetOf(table: Table): Promise<Uint8Array> {
  const required = (name: string, own: boolean) => own || table.primaryKey.includes(name);
  const schema = [
    { name: 'root', num_children: table.columns.length },
    ...table.columns.map((column) => {
      const repetition_type = required(column.name, column.required) ? 'REQUIRED' : 'OPTIONAL';
      switch (column.type) {
        case 'integer':
          return { name: column.name, type: 'INT32', repetition_type };
        case 'number':
          return { name: column.name, type: 'DOUBLE', repetition_type };
        case 'boolean':
          return { name: column.name, type: 'BOOLEAN', repetition_type };
        case 'date':
          return { name: column.name, type: 'INT32', converted_type: 'DATE', repetition_type };
        default:
          return { name: column.name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type };
      }
    }),
  ];
  const columnData = table.columns.map((column, i) => ({
    name: column.name,
    data: table.rows.map((row) => {
      const value = row[i] ?? null;
      if (value !== null && column.type === 'date')
        return new Date(Math.round(Date.parse(String(value)) / DAY_MS) * DAY_MS);
      return value;
    }),
    nullable: !required(column.name, column.required),
  }));
  const buffer = parquetWriteBuffer({
    columnData,
    schema: schema as never,
    createdBy: 'korea-latam build',
    rowGroupSize: 1_000_000,
  });
  return new Uint8Array(buffer);
}
