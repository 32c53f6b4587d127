import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './parse-csv.js';

/** A resource of datasets/datapackage.json, as the CLI needs it. */
export interface PackageResource {
  readonly name: string;
  readonly title: string;
  readonly path: string;
  readonly schema: {
    readonly fields: readonly { readonly name: string; readonly type: string; readonly description: string }[];
    readonly foreignKeys?: readonly { readonly reference: { readonly resource: string } }[];
  };
  readonly sources: readonly { readonly title: string }[];
  readonly licenses: readonly { readonly title: string }[];
}

/**
 * The shipped `datasets/` folder: next to `dist/` in the installed package (the CLI runs from
 * `dist/cli.js`), or at the repository root (from `src/cli/`). `here` is the folder of the
 * running module.
 * @throws Error when neither place holds the datasets (a broken install).
 */
export function datasetsFolder(here = dirname(fileURLToPath(import.meta.url))): string {
  const candidates = [join(here, '..', 'datasets'), join(here, '..', '..', 'datasets')];
  const found = candidates.find((dir) => existsSync(join(dir, 'datapackage.json')));
  if (found === undefined) throw new Error('korea-latam: the datasets/ folder is missing from the installed package.');
  return found;
}

/** The tables described in datapackage.json (the CSV resources; the Parquet and JSON copies are left out). */
export function readResources(): readonly PackageResource[] {
  const resources: (PackageResource & { format: string })[] = JSON.parse(
    readFileSync(join(datasetsFolder(), 'datapackage.json'), 'utf8'),
  ).resources;
  return resources.filter((r) => r.format === 'csv');
}

/**
 * Whether a table is a library dataset, with the library's records as JSON next to it (a list
 * table, such as agreement-milestones, has none).
 */
export function hasJson(resource: PackageResource): boolean {
  return existsSync(join(datasetsFolder(), resource.path.replace(/\.csv$/, '.json')));
}

/** The rows of a resource's CSV file, keyed by column name; a missing cell reads as `''`. */
export function readRows(resource: PackageResource, folder = datasetsFolder()): Record<string, string>[] {
  const [header, ...body] = parseCsv(readFileSync(join(folder, resource.path), 'utf8'));
  const names = header?.fields ?? [];
  return body.map((record) => Object.fromEntries(names.map((name, i) => [name, record.fields[i] ?? ''])));
}

/** The records of a dataset as the library exports them (the JSON copy next to the CSV). */
export function readJson(resource: PackageResource): unknown[] {
  return JSON.parse(readFileSync(join(datasetsFolder(), resource.path.replace(/\.csv$/, '.json')), 'utf8'));
}
