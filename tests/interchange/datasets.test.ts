import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects, parquetSchema } from 'hyparquet';
import { afterAll, describe, expect, it } from 'vitest';
import { challenges, motives, partnershipAreas, policyPhases, roles } from '../../src/challenges/index.js';
import { claims } from '../../src/claims/index.js';
import { blocs, countries } from '../../src/countries/index.js';
import { usCpiAnnual } from '../../src/prices/index.js';
import { partnerShares } from '../../src/rankings/index.js';
import { sources } from '../../src/sources/index.js';
import { agreements, diplomaticTies, timelineEvents } from '../../src/timeline/index.js';
import { tradeFlows } from '../../src/trade/index.js';
import {
  type DataPackage,
  type Resource,
  readPackage,
  readTable,
  rebuildRecords,
  withoutEmpty,
} from '../helpers/data-package.js';
import { repoRoot } from '../helpers/raw.js';

const dir = join(repoRoot, 'datasets');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const json = (name: string) => JSON.parse(read(name));
const pkg = readPackage(dir);
const csvResources = pkg.resources.filter((r) => r.format === 'csv');
const resource = (name: string) => pkg.resources.find((r) => r.name === name) as Resource;

/** Each library dataset, its JSON Schema file, and its table. */
const datasets = {
  'trade-flows': [tradeFlows, 'trade-flow'],
  'partner-shares': [partnerShares, 'partner-share'],
  'us-cpi-annual': [usCpiAnnual, 'cpi-annual-average'],
  'diplomatic-ties': [diplomaticTies, 'diplomatic-tie'],
  'timeline-events': [timelineEvents, 'timeline-event'],
  agreements: [agreements, 'agreement'],
  claims: [claims, 'claim'],
  sources: [sources, 'source'],
  countries: [countries, 'country'],
  blocs: [blocs, 'bloc'],
  challenges: [challenges, 'challenge'],
  roles: [roles, 'role'],
  motives: [motives, 'motive'],
  'policy-phases': [policyPhases, 'policy-phase'],
  'partnership-areas': [partnershipAreas, 'partnership-area'],
} as const;

describe('data files for users outside JavaScript', () => {
  it('writes each dataset as JSON equal to the exported array', () => {
    for (const [name, [data]] of Object.entries(datasets)) {
      expect(json(`${name}.json`), name).toEqual(JSON.parse(JSON.stringify(data)));
    }
  });

  it('loses nothing: every record rebuilt from the CSV tables by the documented rule equals the library record', () => {
    for (const [name, [data, schemaFile]] of Object.entries(datasets)) {
      const schema = json(`json-schema/${schemaFile}.schema.json`);
      const rebuilt = rebuildRecords(dir, pkg, name, schema);
      expect(rebuilt, name).toEqual(data.map((record) => withoutEmpty(JSON.parse(JSON.stringify(record)))));
    }
  });

  it('keeps the values a reader checks first (raw files: DOTS and KOSIS, ISO 3166)', () => {
    const trade = readTable(dir, resource('trade-flows'));
    const mex2008 = (source: string) =>
      trade.find(
        (r) =>
          r.reporter === 'KOR' && r.partner === 'MEX' && r.year === 2008 && r.flow === 'export' && r.source === source,
      )?.value_usd;
    expect(mex2008('imf-dots-2022')).toBe(9_089_949_001);
    expect(mex2008('kosis-kcs-trade')).toBe(9_089_949_000);
    const country = (code: string) => readTable(dir, resource('countries')).find((r) => r.code === code);
    expect(country('ARG')?.numeric).toBe('032');
    expect(country('NAM')?.alpha2).toBe('NA');
    expect(readTable(dir, resource('agreements')).find((r) => r.id === 'kor-chl-fta')?.status_as_of).toBe('2025-12-15');
  });

  it('describes every file with its size and hash, and every CSV header as declared', () => {
    for (const r of pkg.resources) {
      const bytes = readFileSync(join(dir, r.path));
      expect(r.bytes, r.name).toBe(bytes.byteLength);
      expect(r.hash, r.name).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    }
    for (const r of csvResources) {
      const text = read(r.path);
      expect(text.slice(0, text.indexOf('\n')).split(','), r.name).toEqual(r.schema?.fields.map((f) => f.name));
    }
  });

  it('names every table, column and licence in words a reader can use', () => {
    expect(pkg.version).toBe(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version);
    for (const r of pkg.resources) {
      expect(r.title.length, r.name).toBeGreaterThan(10);
      expect(r.licenses.length, r.name).toBeGreaterThan(0);
      for (const licence of r.licenses) expect(licence.name ?? licence.path, r.name).toBeDefined();
      for (const source of r.sources) expect(source.path ?? '', `${r.name} ${source.title}`).toMatch(/^https?:\/\//);
    }
    for (const r of csvResources) {
      expect(r.schema?.primaryKey.length, r.name).toBeGreaterThan(0);
      for (const f of r.schema?.fields ?? []) {
        expect(f.description.split(' ').length, `${r.name}.${f.name}`).toBeGreaterThanOrEqual(3);
        expect(f.description.toLowerCase(), `${r.name}.${f.name}`).not.toBe(f.name.replace(/_/g, ' '));
      }
    }
  });

  it('has every key unique and every reference resolving (primary and foreign keys)', () => {
    const tables = new Map(csvResources.map((r) => [r.name, readTable(dir, r)]));
    for (const r of csvResources) {
      const rows = tables.get(r.name) ?? [];
      const key = (row: Record<string, unknown>, fields: readonly string[]) =>
        JSON.stringify(fields.map((f) => row[f]));
      const keys = new Set(rows.map((row) => key(row, r.schema?.primaryKey ?? [])));
      expect(keys.size, `${r.name} primary key`).toBe(rows.length);
      for (const fk of r.schema?.foreignKeys ?? []) {
        const target = tables.get(fk.reference.resource) ?? [];
        const known = new Set(target.map((row) => key(row, fk.reference.fields)));
        const missing = rows
          .filter((row) => fk.fields.some((f) => row[f] !== null))
          .map((row) => key(row, fk.fields))
          .filter((k) => !known.has(k));
        expect(missing, `${r.name} ${fk.fields.join('+')} → ${fk.reference.resource}`).toEqual([]);
      }
    }
  });

  it('writes Parquet copies with the declared types and the same rows as the CSV tables', async () => {
    const physical: Record<string, string> = {
      string: 'BYTE_ARRAY',
      integer: 'INT32',
      number: 'DOUBLE',
      boolean: 'BOOLEAN',
      date: 'INT32',
    };
    for (const r of csvResources) {
      const copy = resource(`${r.name}-parquet`);
      const file = await asyncBufferFromFile(join(dir, copy.path));
      const metadata = await parquetMetadataAsync(file);
      const columns = parquetSchema(metadata).children.map((c) => [c.element.name, c.element.type]);
      expect(columns, r.name).toEqual(r.schema?.fields.map((f) => [f.name, physical[f.type]]));
      const rows = (await parquetReadObjects({ file })).map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? null)]),
        ),
      );
      expect(rows, r.name).toEqual(readTable(dir, r));
    }
  });

  it('validates against the Data Package v2 profile, and the check fails on a broken descriptor', () => {
    const profile = JSON.parse(
      readFileSync(join(repoRoot, 'scripts', 'data', 'interchange', 'profiles', 'datapackage-2.0.json'), 'utf8'),
    );
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(profile);
    expect(pkg.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    expect(validate(pkg), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(pkg) as DataPackage & { resources: { schema?: { fields: { type: string }[] } }[] };
    const field = broken.resources[0]?.schema?.fields[0];
    if (field !== undefined) field.type = 'text';
    expect(validate(broken)).toBe(false);
  });
});

describe('the key check fails when a reference breaks (checked on a copy, never on the shipped files)', () => {
  const copy = mkdtempSync(join(tmpdir(), 'korea-latam-broken-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));
  it('reports a party code that is not in codes.csv', () => {
    cpSync(dir, copy, { recursive: true });
    const file = join(copy, 'agreement-parties.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/,CHL\n/, ',ZZZ\n'));
    const brokenPkg = readPackage(copy);
    const parties = readTable(copy, brokenPkg.resources.find((r) => r.name === 'agreement-parties') as Resource);
    const codes = new Set(
      readTable(copy, brokenPkg.resources.find((r) => r.name === 'codes') as Resource).map((r) => r.code),
    );
    expect(parties.filter((r) => !codes.has(r.party)).map((r) => r.party)).toEqual(['ZZZ']);
  });
});
