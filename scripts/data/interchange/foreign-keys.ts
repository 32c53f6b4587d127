import type { Table } from './flatten.js';

/** A Table Schema foreign key. */
export interface ForeignKey {
  readonly fields: readonly string[];
  readonly reference: { readonly resource: string; readonly fields: readonly string[] };
}

/** Enums longer than this are left to the foreign key (they would repeat hundreds of ids per field). */
export const MAX_ENUM = 60;

/**
 * The foreign keys of every table: a list table points to its parent record; a column whose
 * allowed values are all ids of another table (sources, countries, agreements, …) points to the
 * smallest such table.
 *
 * @example
 * ```ts
 * const keys = foreignKeys(tables).get('agreement-milestones');
 * ```
 */
export function foreignKeys(tables: readonly Table[]): Map<string, ForeignKey[]> {
  const idTables = tables
    .filter((t) => t.parent === undefined && t.primaryKey.length === 1)
    .map((t) => {
      const index = t.columns.findIndex((c) => c.name === t.primaryKey[0]);
      return { table: t, field: t.primaryKey[0] as string, ids: new Set(t.rows.map((r) => r[index])) };
    })
    .sort((a, b) => a.ids.size - b.ids.size);
  const result = new Map<string, ForeignKey[]>();
  for (const table of tables) {
    const keys: ForeignKey[] = [];
    if (table.parent !== undefined) {
      keys.push({
        fields: table.parent.fields,
        reference: { resource: table.parent.table, fields: table.parent.parentFields },
      });
    }
    for (const column of table.columns) {
      if (column.enum === undefined || column.enum.length < 2) continue;
      const target = idTables.find((t) => t.table.name !== table.name && column.enum?.every((v) => t.ids.has(v)));
      if (target === undefined) continue;
      keys.push({ fields: [column.name], reference: { resource: target.table.name, fields: [target.field] } });
    }
    result.set(table.name, keys);
  }
  return result;
}
