/**
 * Turns the library's records into flat tables without losing anything, driven by each record
 * type's JSON Schema (made from its zod schema):
 *
 * - a scalar field becomes a column named by its path in snake_case (`period.from` → `period_from`);
 * - a list becomes its own table, `<record>-<field>` (`agreement-milestones`), keyed by the parent
 *   record's key plus `position` (1 = first), so a list of structured values is a long table and
 *   a list of codes is one row per code (`source_id` for a source, `party` for a party);
 * - `null` and a missing optional field are both an empty cell (no shipped field is both).
 *
 * `unflatten.ts` rebuilds the records from the tables; a test checks it gives back every record.
 */

/** A JSON Schema node as zod writes one (the subset our schemas use). */
export interface JsonSchemaNode {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchemaNode>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchemaNode;
  readonly anyOf?: readonly JsonSchemaNode[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly format?: string;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
}

/** Table Schema field types the tables use (Data Package v2; read by v1 tools as well). */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

/** A cell value: what a CSV cell or a Parquet value holds. */
export type Cell = string | number | boolean | null;

/** One column of a table. */
export interface TableColumn {
  readonly name: string;
  readonly type: FieldType;
  /** The record path this column reads (`['period', 'from']`), empty for key and position columns. */
  readonly path: readonly string[];
  /** For a column split from a field that holds numbers or text (`value` → `value_number`, `value_text`). */
  readonly variant?: 'number' | 'text' | 'boolean';
  readonly required: boolean;
  readonly enum?: readonly (string | number)[];
  readonly pattern?: string;
  /** Computed from the whole record rather than read from one field (`preferred` in trade-flows). */
  readonly compute?: (record: never) => Cell;
}

/** A table made from one record type or one of its lists. */
export interface Table {
  /** File and resource name: `trade-flows`, `agreement-milestones`. */
  readonly name: string;
  /** One record of the table in words, for child table names: `agreement`, `agreement-milestone`. */
  readonly singular: string;
  readonly columns: readonly TableColumn[];
  readonly primaryKey: readonly string[];
  /** For a list table: the parent table, the columns that point to it, and the record path of the list. */
  readonly parent?: {
    readonly table: string;
    readonly fields: readonly string[];
    readonly parentFields: readonly string[];
  };
  readonly listPath: readonly string[];
  readonly rows: Cell[][];
}

/** A record type to flatten. */
export interface FlattenSpec {
  /** Resource name, plural kebab case (`timeline-events`). */
  readonly name: string;
  /** One record in kebab case (`timeline-event`): the prefix of its list tables. */
  readonly singular: string;
  readonly records: readonly unknown[];
  readonly schema: JsonSchemaNode;
  /** Record paths of the primary key, as columns (`['id']`, `['reporter', 'partner', …]`). */
  readonly primaryKey: readonly string[];
  /** Columns that are not record fields (computed from the record), appended after its own. */
  readonly extra?: readonly TableColumn[];
}

const ITEM_COLUMNS: Readonly<Record<string, string>> = {
  sources: 'source_id',
  parties: 'party',
  authors: 'author',
  blocs: 'bloc',
  actors: 'actor',
  notInForceFor: 'party',
  leadsTo: 'challenge_id',
  relatedRoles: 'role_id',
  relatedMotives: 'motive_id',
};

const SINGULARS: Readonly<Record<string, string>> = {
  alternatives: 'alternative',
  milestones: 'milestone',
  members: 'member',
  recommendations: 'recommendation',
  paperFigures: 'paper-figure',
  computed: 'computed-figure',
};

/** `paperFigures` → `paper_figures`. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** `paperFigures` → `paper-figures`. */
export function kebabCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The value at a record path, `undefined` where a step is missing. */
export function valueAt(record: unknown, path: readonly string[]): unknown {
  let value = record;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
}

/** A node without its `| null`: the non-null alternative and whether null was allowed. */
function withoutNull(node: JsonSchemaNode): { node: JsonSchemaNode; nullable: boolean } {
  if (node.anyOf !== undefined) {
    const rest = node.anyOf.filter((n) => n.type !== 'null');
    const nullable = rest.length < node.anyOf.length;
    // A union of code lists (countries or organizations): one string column allowing either.
    if (rest.length > 1 && rest.every((n) => n.type === 'string' && (n.enum !== undefined || n.const !== undefined))) {
      return { node: { type: 'string', enum: rest.flatMap((n) => n.enum ?? [n.const]) }, nullable };
    }
    const only = rest[0];
    if (rest.length !== 1 || only === undefined) throw new Error(`flatten: unsupported union ${JSON.stringify(node)}`);
    return { node: only, nullable };
  }
  return { node, nullable: false };
}

const SCALAR_TYPES: Readonly<Record<string, FieldType>> = {
  string: 'string',
  integer: 'integer',
  number: 'number',
  boolean: 'boolean',
};

function scalarColumns(node: JsonSchemaNode, path: readonly string[], required: boolean): TableColumn[] {
  const name = snakeCase(path.join('_'));
  if (Array.isArray(node.type)) {
    // A field that holds a number, a text or a flag: one typed column per kind, at most one filled.
    const kinds = (node.type as string[]).filter((t) => t !== 'null');
    return kinds.map((kind) => {
      const variant = kind === 'number' ? 'number' : kind === 'boolean' ? 'boolean' : 'text';
      return {
        name: `${name}_${variant}`,
        type: SCALAR_TYPES[kind] ?? 'string',
        path,
        variant,
        required: false,
      } as TableColumn;
    });
  }
  const type = SCALAR_TYPES[String(node.type)];
  if (type === undefined) throw new Error(`flatten: unsupported type at ${path.join('.')}: ${JSON.stringify(node)}`);
  const values = node.enum ?? (node.const === undefined ? undefined : [node.const]);
  const isDay = type === 'string' && node.format === 'date';
  return [
    {
      name,
      type: isDay ? 'date' : type,
      path,
      required,
      ...(values === undefined ? {} : { enum: values as (string | number)[] }),
      ...(node.pattern === undefined || isDay ? {} : { pattern: node.pattern }),
    },
  ];
}

interface Builder {
  readonly table: Omit<Table, 'rows' | 'columns'> & { columns: TableColumn[] };
  /** Lists inside this table's records, each a child builder. */
  readonly children: { readonly path: readonly string[]; readonly builder: Builder }[];
}

/** Key columns of a child table: the parent's key, with `id` and `position` named after the parent. */
function childKey(parent: Builder): TableColumn[] {
  const singular = snakeCase(parent.table.singular.replace(/-/g, '_'));
  return parent.table.primaryKey.map((key) => {
    const column = parent.table.columns.find((c) => c.name === key) as TableColumn;
    const name = key === 'id' || key === 'position' ? `${singular}_${key}` : key;
    return { name, type: column.type, path: [], required: true };
  });
}

/** Adds a record's scalar fields as columns (`columns` pass) or its lists as child tables (`lists` pass). */
function addNode(
  builder: Builder,
  node: JsonSchemaNode,
  path: readonly string[],
  required: boolean,
  pass: 'columns' | 'lists',
): void {
  const { node: inner, nullable } = withoutNull(node);
  if (inner.type === 'object') {
    for (const [key, child] of Object.entries(inner.properties ?? {})) {
      addNode(builder, child, [...path, key], required && !nullable && (inner.required ?? []).includes(key), pass);
    }
    return;
  }
  if (inner.type === 'array') {
    if (pass === 'columns') return;
    const last = path[path.length - 1] as string;
    const name = `${builder.table.singular}-${path.map(kebabCase).join('-')}`;
    const singular = `${builder.table.singular}-${SINGULARS[last] ?? kebabCase(last).replace(/s$/, '')}`;
    const key = childKey(builder);
    const position: TableColumn = { name: 'position', type: 'integer', path: [], required: true };
    const child: Builder = {
      table: {
        name,
        singular,
        columns: [...key, position],
        primaryKey: [...key.map((c) => c.name), 'position'],
        parent: { table: builder.table.name, fields: key.map((c) => c.name), parentFields: builder.table.primaryKey },
        listPath: path,
      },
      children: [],
    };
    const items = inner.items as JsonSchemaNode;
    if (withoutNull(items).node.type === 'object') {
      addNode(child, items, [], true, 'columns');
      addNode(child, items, [], true, 'lists');
    } else {
      const itemName = ITEM_COLUMNS[last] ?? snakeCase(last);
      const [column] = scalarColumns(withoutNull(items).node, [], true);
      child.table.columns.push({ ...(column as TableColumn), name: itemName });
    }
    builder.children.push({ path, builder: child });
    return;
  }
  if (pass === 'columns') builder.table.columns.push(...scalarColumns(inner, path, required && !nullable));
}

function cellOf(column: TableColumn, value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (column.variant === 'number') return typeof value === 'number' ? value : null;
  if (column.variant === 'boolean') return typeof value === 'boolean' ? value : null;
  if (column.variant === 'text') return typeof value === 'string' ? value : null;
  if (typeof value === 'object') throw new Error(`flatten: ${column.name} holds an object`);
  return value as Cell;
}

function fill(builder: Builder, objects: readonly { value: unknown; key: readonly Cell[] }[], out: Table[]): void {
  const { table } = builder;
  const own = table.columns.slice(table.parent === undefined ? 0 : table.parent.fields.length + 1);
  const rows: Cell[][] = [];
  const childObjects = builder.children.map(() => [] as { value: unknown; key: Cell[] }[]);
  for (const { value, key } of objects) {
    const row: Cell[] = [...key];
    for (const column of own)
      row.push(
        column.compute === undefined ? cellOf(column, valueAt(value, column.path)) : column.compute(value as never),
      );
    rows.push(row);
    const rowKey = table.primaryKey.map((name) => row[table.columns.findIndex((c) => c.name === name)] as Cell);
    builder.children.forEach(({ path }, i) => {
      const list = valueAt(value, path);
      if (list === undefined || list === null) return;
      (list as unknown[]).forEach((item, index) => {
        childObjects[i]?.push({ value: item, key: [...rowKey, index + 1] });
      });
    });
  }
  out.push({ ...table, rows });
  builder.children.forEach(({ builder: child }, i) => {
    fill(child, childObjects[i] ?? [], out);
  });
}

/**
 * The tables of one record type: the main table first, then one table per list (depth first).
 *
 * @example
 * ```ts
 * const [events, parties] = flatten({ name: 'timeline-events', singular: 'timeline-event', records, schema, primaryKey: ['id'] });
 * ```
 */
export function flatten(spec: FlattenSpec): Table[] {
  const root: Builder = {
    table: { name: spec.name, singular: spec.singular, columns: [], primaryKey: [], listPath: [] },
    children: [],
  };
  addNode(root, spec.schema, [], true, 'columns');
  root.table.columns.push(...(spec.extra ?? []));
  const keyNames = spec.primaryKey.map((path) => snakeCase(path.replace(/\./g, '_')));
  for (const name of keyNames) {
    if (!root.table.columns.some((c) => c.name === name))
      throw new Error(`flatten: ${spec.name} has no key column ${name}`);
  }
  (root.table as { primaryKey: readonly string[] }).primaryKey = keyNames;
  addNode(root, spec.schema, [], true, 'lists');
  const tables: Table[] = [];
  fill(
    root,
    spec.records.map((value) => ({ value, key: [] })),
    tables,
  );
  return tables;
}
