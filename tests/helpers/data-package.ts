/**
 * Reads the shipped data package the way a user outside JavaScript would: the descriptor, the
 * typed CSV tables, and the record layout from the documented naming rule (docs/interchange.md).
 * It shares no code with the build, so a test comparing its records with the library's checks the
 * rule as written, not the code that wrote the files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/cli/parse-csv.js';

export interface Field {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  readonly constraints?: { readonly required?: boolean; readonly enum?: readonly unknown[]; readonly pattern?: string };
}

export interface ForeignKey {
  readonly fields: readonly string[];
  readonly reference: { readonly resource: string; readonly fields: readonly string[] };
}

export interface Resource {
  readonly name: string;
  readonly path: string;
  readonly format: string;
  readonly title: string;
  readonly description?: string;
  readonly bytes: number;
  readonly hash: string;
  readonly licenses: readonly { readonly name?: string; readonly path?: string; readonly title: string }[];
  readonly sources: readonly { readonly title: string; readonly path?: string }[];
  readonly schema?: {
    readonly fields: readonly Field[];
    readonly primaryKey: readonly string[];
    readonly foreignKeys?: readonly ForeignKey[];
  };
}

export interface DataPackage {
  readonly $schema: string;
  readonly version: string;
  readonly resources: readonly Resource[];
}

export type Value = string | number | boolean | null;
export type Row = Record<string, Value>;

/** Reads datapackage.json in a folder. */
export function readPackage(dir: string): DataPackage {
  return JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
}

/** Casts one CSV cell by its Table Schema type; an empty cell is a missing value. */
export function cast(text: string, field: Field): Value {
  if (text === '') return null;
  switch (field.type) {
    case 'integer': {
      if (!/^-?\d+$/.test(text)) throw new Error(`${field.name}: ${JSON.stringify(text)} is not an integer`);
      return Number(text);
    }
    case 'number': {
      const n = Number(text);
      if (!Number.isFinite(n)) throw new Error(`${field.name}: ${JSON.stringify(text)} is not a number`);
      return n;
    }
    case 'boolean':
      if (text !== 'true' && text !== 'false') throw new Error(`${field.name}: ${JSON.stringify(text)} is not a flag`);
      return text === 'true';
    default:
      return text;
  }
}

/** The rows of a CSV resource, cast by the declared types. */
export function readTable(dir: string, resource: Resource): Row[] {
  const fields = resource.schema?.fields ?? [];
  const [header, ...body] = parseCsv(readFileSync(join(dir, resource.path), 'utf8'));
  const names = header?.fields ?? [];
  if (names.join(',') !== fields.map((f) => f.name).join(',')) {
    throw new Error(`${resource.name}: header ${names.join(',')} does not match the declared fields`);
  }
  return body.map((record) => {
    if (record.fields.length !== fields.length) throw new Error(`${resource.name}:${record.line}: wrong field count`);
    return Object.fromEntries(fields.map((field, i) => [field.name, cast(record.fields[i] ?? '', field)]));
  });
}

/** A JSON Schema node (the subset zod writes). */
interface Node {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, Node>>;
  readonly items?: Node;
  readonly anyOf?: readonly Node[];
}

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function nonNull(node: Node): Node {
  const rest = node.anyOf?.filter((n) => n.type !== 'null');
  if (rest === undefined) return node;
  return rest.length === 1 ? (rest[0] as Node) : { type: 'string' };
}

/**
 * Rebuilds a dataset's records from its tables: the main table's columns are the record's
 * fields (`period_from` → `period.from`), each list is the table named `<record>-<field>` that
 * points to its parent row, ordered by `position`. Missing values are left out.
 */
export function rebuildRecords(dir: string, pkg: DataPackage, name: string, recordSchema: Node): unknown[] {
  const byName = new Map(pkg.resources.map((r) => [r.name, r]));
  const cache = new Map<string, Row[]>();
  const rows = (resource: Resource) => {
    let found = cache.get(resource.name);
    if (found === undefined) {
      found = readTable(dir, resource);
      cache.set(resource.name, found);
    }
    return found;
  };
  const groups = new Map<string, Map<string, Row[]>>();
  /** A list table's rows grouped by the parent key they point to. */
  const grouped = (resource: Resource, link: ForeignKey) => {
    let found = groups.get(resource.name);
    if (found === undefined) {
      found = new Map();
      for (const row of rows(resource)) {
        const key = JSON.stringify(link.fields.map((f) => row[f]));
        found.set(key, [...(found.get(key) ?? []), row]);
      }
      groups.set(resource.name, found);
    }
    return found;
  };
  const main = byName.get(name);
  if (main === undefined) throw new Error(`no resource ${name}`);

  function build(resource: Resource, node: Node, row: Row, path: string[], parentKey: Row): unknown {
    const n = nonNull(node);
    if (n.type === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(n.properties ?? {})) {
        const value = build(resource, child, row, [...path, key], parentKey);
        if (value !== undefined) out[key] = value;
      }
      return Object.keys(out).length === 0 ? undefined : out;
    }
    if (n.type === 'array') {
      const child = pkg.resources.find(
        (r) =>
          r.format === 'csv' &&
          r.name.endsWith(`-${path.map(kebab).join('-')}`) &&
          r.schema?.foreignKeys?.some((k) => k.reference.resource === resource.name),
      );
      if (child === undefined) throw new Error(`no list table for ${resource.name} ${path.join('.')}`);
      const link = child.schema?.foreignKeys?.find((k) => k.reference.resource === resource.name) as ForeignKey;
      const items = [
        ...(grouped(child, link).get(JSON.stringify(link.reference.fields.map((f) => parentKey[f]))) ?? []),
      ].sort((a, b) => (a.position as number) - (b.position as number));
      if (items.length === 0) return undefined;
      const item = n.items as Node;
      const itemNode = nonNull(item);
      if (itemNode.type === 'object') {
        return items.map((r) => build(child, item, r, [], r));
      }
      const itemColumn = child.schema?.fields[child.schema.fields.length - 1]?.name as string;
      return items.map((r) => r[itemColumn]);
    }
    const column = snake(path.join('_'));
    if (Array.isArray(n.type)) {
      for (const variant of ['number', 'text', 'boolean']) {
        const value = row[`${column}_${variant}`];
        if (value !== null && value !== undefined) return value;
      }
      return undefined;
    }
    if (!(column in row)) throw new Error(`${resource.name} has no column ${column}`);
    return row[column] ?? undefined;
  }

  return rows(main).map((row) => build(main, recordSchema, row, [], row));
}

/** A record without null values, empty lists or empty objects, for comparing with a rebuilt one. */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const cleaned = withoutEmpty(v);
    if (cleaned === null || cleaned === undefined) continue;
    if (Array.isArray(cleaned) && cleaned.length === 0) continue;
    if (typeof cleaned === 'object' && !Array.isArray(cleaned) && Object.keys(cleaned).length === 0) continue;
    out[key] = cleaned;
  }
  return out;
}
