import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { translatedLocales } from '../../../src/i18n/locales.js';
import { fillMessage, toMessage } from '../../../src/i18n/message.js';
import type { TranslatedLocale } from '../../../src/i18n/types.js';
import { preferredFlows } from '../../../src/trade/preferred-flows.js';
import type { TradeFlow } from '../../../src/trade/types.js';
import { csvOf } from '../interchange/csv.js';
import { columnDescription, tableDescription } from '../interchange/descriptions.js';
import { type FlattenSpec, flatten, type JsonSchemaNode, type Table } from '../interchange/flatten.js';
import { type ForeignKey, foreignKeys, MAX_ENUM } from '../interchange/foreign-keys.js';
import { type Licence, RESOURCE_LICENCES } from '../interchange/licences.js';
import { parquetOf } from '../interchange/parquet.js';
import { emitFile } from '../lib/emit.js';
import { type TranslationEntry, templateOf } from './i18n.js';
import type { Schemas } from './types.js';

/** One dataset of the library: its records, written as JSON, and its tables, as CSV and Parquet. */
interface Dataset extends FlattenSpec {
  readonly title: string;
  readonly sources: readonly string[];
  readonly licence: keyof typeof RESOURCE_LICENCES;
  /** The JSON copy (defaults to the records). */
  readonly json?: unknown;
  /** For a library dataset: its record's JSON Schema file, `json-schema/<schemaFile>.schema.json`. */
  readonly schemaFile?: string;
}

const CSV_DIALECT = { delimiter: ',', quoteChar: '"', doubleQuote: true, header: true, lineTerminator: '\n' };

/** The library's code lists as one table, so that every code a table uses resolves. */
function codesDataset(
  countries: readonly Record<string, unknown>[],
  blocs: readonly { id: string; name: string }[],
  organizations: readonly string[],
): Dataset {
  const bloc = new Map(blocs.map((b) => [b.id, b.name]));
  const records: Record<string, unknown>[] = [
    ...countries.map((c) => ({
      code: c.code,
      kind: c.group === 'historical' ? 'former-economy' : 'country',
      name: c.name,
    })),
    { code: 'WLD', kind: 'world', name: 'World (all partners together)' },
    ...organizations
      .filter((code) => !countries.some((c) => c.code === code))
      .map((code) => ({ code, kind: 'organization', ...(bloc.has(code) ? { name: bloc.get(code) } : {}) })),
  ];
  // An organization code that is also a country code (CAF) keeps one row, with a note.
  for (const code of organizations) {
    const row = records.find((r) => r.code === code && r.kind !== 'organization');
    if (row !== undefined) {
      Object.assign(row, {
        note: `${code} is also an organization code in the timeline's party lists; there it means the organization, not this country.`,
      });
    }
  }
  const schema: JsonSchemaNode = {
    type: 'object',
    properties: {
      code: { type: 'string' },
      kind: { type: 'string', enum: ['country', 'former-economy', 'world', 'organization'] },
      name: { type: 'string' },
      note: { type: 'string' },
    },
    required: ['code', 'kind'],
  };
  return {
    name: 'codes',
    singular: 'code',
    title: 'Every code the tables use: countries, former economies, the world total and organizations',
    records,
    schema,
    primaryKey: ['code'],
    sources: ['iso-3166-regional-codes', 'imf-dots-2022'],
    licence: 'codes',
  };
}

/** A translation as label() shows it for the shipped English: its values written the locale's way. */
function shownText(en: string, text: string, locale: TranslatedLocale): string {
  return fillMessage(templateOf(en, text), toMessage(en).values, locale);
}

/** The translations of every text field, one row per locale and text (English beside it). */
function labelsDataset(entries: readonly TranslationEntry[]): Dataset {
  const records = entries.map((e) => ({
    locale: e.locale,
    key: e.key,
    dataset: e.key.slice(0, e.key.indexOf('/')),
    english: e.en,
    // The translation as a reader sees it: values written the locale's way (2,46 %, 37억 달러).
    text: shownText(e.en, e.text, e.locale),
    ...(e.short === undefined ? {} : { short: shownText(e.en, e.short, e.locale) }),
    status: e.status,
    ...(e.sources === undefined ? {} : { sources: e.sources }),
  }));
  const schema: JsonSchemaNode = {
    type: 'object',
    properties: {
      locale: { type: 'string', enum: [...translatedLocales] },
      key: { type: 'string' },
      dataset: { type: 'string' },
      english: { type: 'string' },
      text: { type: 'string' },
      short: { type: 'string' },
      status: { type: 'string', enum: ['official', 'translated'] },
      sources: { type: 'array', items: { type: 'string' } },
    },
    required: ['locale', 'key', 'dataset', 'english', 'text', 'status'],
  };
  return {
    name: 'labels',
    singular: 'label',
    title: 'Every text field of the records in Spanish, Portuguese and Korean, with official names marked and cited',
    records,
    schema,
    primaryKey: ['locale', 'key'],
    sources: [...new Set(entries.flatMap((e) => e.sources ?? []))],
    licence: 'own',
  };
}

function jsonSchemaOf(schema: z.ZodType): JsonSchemaNode {
  return z.toJSONSchema(schema, { unrepresentable: 'any', io: 'output' }) as JsonSchemaNode;
}

function sourceLink(id: string, sources: readonly Record<string, unknown>[]): { title: string; path?: string } {
  const record = sources.find((s) => s.id === id);
  const url = record?.url ?? (record?.doi === undefined ? undefined : `https://doi.org/${String(record.doi)}`);
  return { title: String(record?.title ?? id), ...(url === undefined ? {} : { path: String(url) }) };
}

/** A Table Schema field for one column. */
function fieldOf(table: Table, column: Table['columns'][number], keys: readonly ForeignKey[]): Record<string, unknown> {
  const linked = keys.some(
    (k) => k.fields.length === 1 && k.fields[0] === column.name && table.parent?.fields[0] !== column.name,
  );
  const constraints: Record<string, unknown> = {};
  if (column.required || table.primaryKey.includes(column.name)) constraints.required = true;
  if (column.enum !== undefined && !linked && column.enum.length <= MAX_ENUM) constraints.enum = column.enum;
  if (column.pattern !== undefined) constraints.pattern = column.pattern;
  return {
    name: column.name,
    type: column.type,
    ...(column.type === 'date' ? { format: 'default' } : {}),
    description: columnDescription(table, column),
    ...(Object.keys(constraints).length === 0 ? {} : { constraints }),
  };
}

/** The data the build has validated, which the interchange files are written from. */
export interface OutputData {
  trade: readonly TradeFlow[];
  rankings: readonly unknown[];
  prices: readonly unknown[];
  ties: readonly unknown[];
  timeline: { events: readonly unknown[]; agreements: readonly unknown[] };
  claims: readonly unknown[];
  sources: readonly Record<string, unknown>[];
  countries: readonly Record<string, unknown>[];
  challenges: readonly unknown[];
  blocs: readonly { id: string; name: string }[];
  organizations: readonly string[];
  taxonomy: Record<'roles' | 'motives' | 'policyPhases' | 'partnershipAreas', readonly unknown[]>;
  labels: readonly TranslationEntry[];
}

/** Every dataset of the package, with the tables it flattens into. */
function datasetList(data: OutputData, schemas: Schemas): Dataset[] {
  const preferred = new Set(preferredFlows(data.trade));
  const paperOnly = ['lopez-aymes-2012'];
  const datasets: Dataset[] = [
    {
      name: 'trade-flows',
      singular: 'trade-flow',
      title: 'Merchandise trade between Korea and each LAC country, by reporter',
      records: data.trade,
      schema: jsonSchemaOf(schemas.TradeFlowSchema),
      schemaFile: 'trade-flow',
      primaryKey: ['reporter', 'partner', 'year', 'flow', 'source'],
      extra: [
        {
          name: 'preferred',
          type: 'boolean',
          path: [],
          required: true,
          compute: (r: TradeFlow) => preferred.has(r),
        },
      ],
      sources: ['kosis-kcs-trade', 'kdiplo', 'imf-dots-2022', 'un-comtrade-plus', 'cow-bilateral-trade'],
      licence: 'trade',
    },
    {
      name: 'partner-shares',
      singular: 'partner-share',
      title: 'Partner shares and ranks in the trade of Korea and six LAC economies',
      records: data.rankings,
      schema: jsonSchemaOf(schemas.PartnerShareSchema),
      schemaFile: 'partner-share',
      primaryKey: ['reporter', 'partner', 'period.from', 'period.to', 'basis', 'table_source'],
      extra: [
        {
          name: 'table_source',
          type: 'string',
          path: [],
          required: true,
          compute: (r: { sources: readonly string[] }) => r.sources[0] ?? null,
        },
      ],
      sources: ['imf-dots-2022', 'kosis-kcs-trade', 'kdiplo', 'lopez-aymes-2012'],
      licence: 'rankings',
    },
    {
      name: 'us-cpi-annual',
      singular: 'us-cpi-annual',
      title: 'US consumer price index (CPI-U), annual averages of complete years',
      records: data.prices,
      schema: jsonSchemaOf(schemas.CpiAnnualAverageSchema),
      schemaFile: 'cpi-annual-average',
      primaryKey: ['year'],
      sources: ['bls-cpi-u'],
      licence: 'prices',
    },
    {
      name: 'diplomatic-ties',
      singular: 'diplomatic-tie',
      title: "The two Koreas' diplomatic ties with each LAC country (year precision)",
      records: data.ties,
      schema: jsonSchemaOf(schemas.DiplomaticTieSchema),
      schemaFile: 'diplomatic-tie',
      primaryKey: ['country', 'korea'],
      sources: ['kdiplo-diplomatic-ties', 'mofa-kr-diplomatic-relations', 'ayhan-2024-two-koreas-ties'],
      licence: 'ties',
    },
    {
      name: 'timeline-events',
      singular: 'timeline-event',
      title: 'Dated events between Korea and LAC',
      records: data.timeline.events,
      schema: jsonSchemaOf(schemas.TimelineEventSchema),
      schemaFile: 'timeline-event',
      primaryKey: ['id'],
      sources: paperOnly,
      licence: 'pages',
    },
    {
      name: 'agreements',
      singular: 'agreement',
      title: 'Agreements and institutional ties with their status',
      records: data.timeline.agreements,
      schema: jsonSchemaOf(schemas.AgreementSchema),
      schemaFile: 'agreement',
      primaryKey: ['id'],
      sources: paperOnly,
      licence: 'pages',
    },
    {
      name: 'claims',
      singular: 'claim',
      title: "The paper's claims checked against the data",
      records: data.claims,
      schema: jsonSchemaOf(schemas.ClaimSchema),
      schemaFile: 'claim',
      primaryKey: ['id'],
      sources: paperOnly,
      licence: 'paper',
    },
    {
      name: 'sources',
      singular: 'source',
      title: 'Bibliography: every work a record cites',
      records: data.sources,
      schema: jsonSchemaOf(schemas.SourceSchema),
      schemaFile: 'source',
      primaryKey: ['id'],
      sources: paperOnly,
      licence: 'own',
    },
    {
      name: 'countries',
      singular: 'country',
      title: 'Countries and former economies with ISO codes, M49 subregions and blocs',
      records: data.countries,
      schema: jsonSchemaOf(schemas.CountrySchema),
      schemaFile: 'country',
      primaryKey: ['code'],
      sources: ['iso-3166-regional-codes'],
      licence: 'codes',
    },
    codesDataset(data.countries, data.blocs, data.organizations),
    labelsDataset(data.labels),
    {
      name: 'blocs',
      singular: 'bloc',
      title: 'Regional blocs and their LAC members',
      records: data.blocs,
      schema: jsonSchemaOf(schemas.BlocSchema),
      schemaFile: 'bloc',
      primaryKey: ['id'],
      sources: [],
      licence: 'pages',
    },
    {
      name: 'challenges',
      singular: 'challenge',
      title: "The paper's six challenges, paraphrased",
      records: data.challenges,
      schema: jsonSchemaOf(schemas.ChallengeSchema),
      schemaFile: 'challenge',
      primaryKey: ['id'],
      sources: paperOnly,
      licence: 'paper',
    },
    {
      name: 'roles',
      singular: 'role',
      title: 'Roles Latin America could see Korea play',
      records: data.taxonomy.roles,
      schema: jsonSchemaOf(schemas.RoleSchema),
      schemaFile: 'role',
      primaryKey: ['id'],
      sources: paperOnly,
      licence: 'paper',
    },
    {
      name: 'motives',
      singular: 'motive',
      title: 'Motives for Korean investment in Latin America',
      records: data.taxonomy.motives,
      schema: jsonSchemaOf(schemas.MotiveSchema),
      schemaFile: 'motive',
      primaryKey: ['id'],
      sources: paperOnly,
      licence: 'paper',
    },
    {
      name: 'policy-phases',
      singular: 'policy-phase',
      title: 'Phases of Korean foreign policy',
      records: data.taxonomy.policyPhases,
      schema: jsonSchemaOf(schemas.PolicyPhaseSchema),
      schemaFile: 'policy-phase',
      primaryKey: ['id'],
      sources: paperOnly,
      licence: 'paper',
    },
    {
      name: 'partnership-areas',
      singular: 'partnership-area',
      title: 'Agenda for a U.S.–Korea partnership in Latin America',
      records: data.taxonomy.partnershipAreas,
      schema: jsonSchemaOf(schemas.PartnershipAreaSchema),
      schemaFile: 'partnership-area',
      primaryKey: ['id'],
      sources: paperOnly,
      licence: 'paper',
    },
  ];
  return datasets;
}

/** Everything the build writes under datasets/: JSON per dataset, CSV and Parquet per table, datapackage.json, JSON Schemas. */
export async function buildOutputs(root: string, schemas: Schemas, data: OutputData): Promise<void> {
  const dir = join(root, 'datasets');
  rmSync(dir, { recursive: true, force: true });
  const datasets = datasetList(data, schemas);
  const tablesOf = new Map(datasets.map((d) => [d.name, flatten(d)]));
  const allTables = [...tablesOf.values()].flat();
  const keys = foreignKeys(allTables);
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
  // CITATION.cff cites the same version as the data package (after `changeset version`, run `npm run data`).
  const citation = readFileSync(join(root, 'CITATION.cff'), 'utf8');
  emitFile(join(root, 'CITATION.cff'), citation.replace(/^version: ".*"$/m, `version: "${version}"`));
  const resources: Record<string, unknown>[] = [];
  // Each licence with the shipped files it covers, for the package's licences and THIRD-PARTY.md.
  const covered = new Map<string, { licence: Licence; files: string[] }>();
  const cover = (licences: readonly Licence[], file: string) => {
    for (const licence of licences) {
      const key = licence.name ?? licence.path ?? licence.title;
      const entry = covered.get(key) ?? { licence, files: [] };
      entry.files.push(`datasets/${file}`);
      covered.set(key, entry);
    }
  };
  for (const dataset of datasets) {
    const licences: readonly Licence[] = RESOURCE_LICENCES[dataset.licence];
    const sourceIds = dataset.sources.length > 0 ? dataset.sources : [...new Set(allSourceIds(dataset.records))];
    const sources = sourceIds.map((id) => sourceLink(id, data.sources));
    for (const table of tablesOf.get(dataset.name) ?? []) {
      const tableKeys = keys.get(table.name) ?? [];
      const schema = {
        fields: table.columns.map((c) => fieldOf(table, c, tableKeys)),
        primaryKey: table.primaryKey,
        ...(tableKeys.length === 0 ? {} : { foreignKeys: tableKeys }),
        missingValues: [''],
      };
      const common = {
        title: table.parent === undefined ? dataset.title : tableDescription(table).title,
        description: tableDescription(table).description,
        sources,
        licenses: licences,
      };
      resources.push(writeCsv(dir, table, schema, common), await writeParquet(dir, table, schema, common));
      cover(licences, `${table.name}.csv`);
      cover(licences, `parquet/${table.name}.parquet`);
    }
    resources.push(writeJson(dir, dataset, sources, licences));
    cover(licences, `${dataset.name}.json`);
  }
  writeDataPackage(dir, version, packageLicences(covered), resources);
  emitFile(join(root, 'THIRD-PARTY.md'), thirdPartyNotice(covered));
  writeJsonSchemas(dir, datasets);
}

/** A table's Table Schema and what its CSV and Parquet resources share. */
type TableSchema = {
  readonly fields: unknown[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys?: unknown;
};
type Common = Record<string, unknown>;

/** Writes a table as CSV; returns its Data Package resource. */
function writeCsv(dir: string, table: Table, schema: TableSchema, common: Common): Record<string, unknown> {
  const csv = csvOf(table);
  emitFile(join(dir, `${table.name}.csv`), csv);
  return {
    name: table.name,
    type: 'table',
    profile: 'tabular-data-resource',
    path: `${table.name}.csv`,
    ...common,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: Buffer.byteLength(csv),
    hash: `sha256:${sha256(csv)}`,
    dialect: CSV_DIALECT,
    schema,
  };
}

/** Writes a table as Parquet; returns its Data Package resource (Parquet carries no foreign keys). */
async function writeParquet(
  dir: string,
  table: Table,
  schema: TableSchema,
  common: Common,
): Promise<Record<string, unknown>> {
  const parquet = await parquetOf(table);
  emitFile(join(dir, 'parquet', `${table.name}.parquet`), parquet);
  return {
    name: `${table.name}-parquet`,
    type: 'table',
    path: `parquet/${table.name}.parquet`,
    ...common,
    format: 'parquet',
    mediatype: 'application/vnd.apache.parquet',
    bytes: parquet.byteLength,
    hash: `sha256:${sha256(parquet)}`,
    schema: { ...schema, foreignKeys: undefined },
  };
}

/** Writes a dataset's records as the library's JSON; returns its Data Package resource. */
function writeJson(
  dir: string,
  dataset: Dataset,
  sources: readonly { title: string; path?: string }[],
  licences: readonly Licence[],
): Record<string, unknown> {
  const json = `${JSON.stringify(dataset.json ?? dataset.records)}\n`;
  emitFile(join(dir, `${dataset.name}.json`), json);
  return {
    name: `${dataset.name}-json`,
    path: `${dataset.name}.json`,
    title: `${dataset.title} (the library's records as JSON)`,
    description: `The records exactly as \`korea-latam\` exports them (camelCase fields, nested objects and lists); the JSON Schema is ${dataset.schemaFile === undefined ? 'not published (this table is not a library dataset)' : `json-schema/${dataset.schemaFile}.schema.json`}.`,
    format: 'json',
    mediatype: 'application/json',
    encoding: 'utf-8',
    bytes: Buffer.byteLength(json),
    hash: `sha256:${sha256(json)}`,
    sources,
    licenses: licences,
  };
}

/** Writes datapackage.json: the package, its licences and every resource. */
function writeDataPackage(
  dir: string,
  version: string,
  licenses: readonly Licence[],
  resources: readonly Record<string, unknown>[],
): void {
  emitFile(
    join(dir, 'datapackage.json'),
    `${JSON.stringify(
      {
        $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
        profile: 'data-package',
        name: 'korea-latam',
        title: 'korea-latam: Korea and Latin America & the Caribbean',
        description:
          "Trade, partner rankings, agreements, the challenge taxonomy of López Aymes (2012) and the paper's claims checked against the data. Every record names its sources (the *-sources tables and sources.csv). Each table comes as CSV (the resource without a suffix) and Parquet (-parquet); each dataset also as the library's JSON records (-json). See docs/interchange.md for the naming rule.",
        version,
        homepage: 'https://www.npmjs.com/package/korea-latam',
        keywords: ['korea', 'latin-america', 'caribbean', 'trade', 'agreements'],
        // The package as a whole: MIT for the compilation, wording and code, and each third-party
        // publisher's terms for the rows it published (each resource names its own).
        licenses,
        resources: JSON.parse(JSON.stringify(resources)),
      },
      null,
      2,
    )}\n`,
  );
}

/** Writes the JSON Schema of each library dataset's record. */
function writeJsonSchemas(dir: string, datasets: readonly Dataset[]): void {
  for (const { schemaFile, schema } of datasets) {
    if (schemaFile !== undefined) {
      emitFile(join(dir, 'json-schema', `${schemaFile}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
    }
  }
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Every source id cited anywhere in the records (for datasets whose sources vary by record). */
function allSourceIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allSourceIds);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    key === 'sources' && Array.isArray(v) ? (v as string[]) : allSourceIds(v),
  );
}

/** The package-level licences: MIT first, then every third-party licence a resource carries. */
function packageLicences(covered: ReadonlyMap<string, { licence: Licence }>): Licence[] {
  const all = [...covered.values()].map((c) => c.licence);
  return [...all.filter((l) => l.name === 'MIT'), ...all.filter((l) => l.name !== 'MIT')];
}

/** THIRD-PARTY.md: which shipped data files carry which publisher's terms. */
function thirdPartyNotice(covered: ReadonlyMap<string, { licence: Licence; files: string[] }>): string {
  const lines = [
    '# Third-party data in korea-latam',
    '',
    '<!-- Generated by `npm run data` from scripts/data/interchange/licences.ts; do not edit by hand. -->',
    '',
    "The code, the compilation, the record structure and the wording of korea-latam are under the MIT licence (see LICENSE). Some data rows in `datasets/` (and the same values inside `dist/`, the library's bundled copies of those datasets) were published by third parties and keep their publishers' terms. Each table names its sources row by row (the `*-sources` tables), and `datasets/datapackage.json` lists the licences of every resource and of the package.",
    '',
  ];
  for (const { licence, files } of covered.values()) {
    if (licence.name === 'MIT') continue;
    lines.push(`## ${licence.title}`, '', `Terms: ${licence.path ?? licence.name}`, '', 'Files:', '');
    for (const file of [...new Set(files)].sort()) lines.push(`- \`${file}\``);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
