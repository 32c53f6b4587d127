import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { rollup } from 'rollup';
import { parseCsv } from '../../../src/cli/parse-csv.js';
import { MODULES } from '../../modules.js';
import { type BundleSize, bundleSize } from '../lib/bundle-size.js';

/** The public modules, as subpaths of the package. */
export const SUBPATHS = MODULES;

/** Dataset exports and the CSV file that is their floor. */
export const DATASET_FLOORS: Readonly<Record<string, string>> = {
  tradeFlows: 'trade-flows.csv',
  partnerShares: 'partner-shares.csv',
  usCpiAnnual: 'us-cpi-annual.csv',
  timelineEvents: 'timeline-events.csv',
  agreements: 'agreements.csv',
  claims: 'claims.csv',
  sources: 'sources.csv',
  countries: 'countries.csv',
  challenges: 'challenges.csv',
};

/** Exports that read a shipped dataset by design (lookups), measured against the dataset budget. */
export const LOOKUPS = new Set([
  'getSource',
  'isSourceId',
  'cite',
  'getCountry',
  'getBloc',
  'blocMembers',
  'countryName',
  'isCountryCode',
  'isLacCountry',
  'getChallenge',
  'getAgreement',
  'verifyClaims',
]);

const specifier = (subpath: string) => (subpath === '' ? 'korea-latam' : `korea-latam/${subpath}`);

/** One measured bundle, with what it is. */
export interface SizeRow extends BundleSize {
  readonly subpath: string;
  readonly exportName: string | null;
  readonly kind: 'subpath' | 'dataset' | 'helper' | 'lookup' | 'constant' | 'validator';
}

/** Gzip bytes (Node zlib, level 9) of a CSV under datasets/, or of one of its columns (`countries.csv#code`). */
export function csvFloor(root: string, file: string): number {
  const [table = file, locale] = file.split('@');
  if (locale !== undefined) {
    // `labels.csv@es`: one locale's rows, text and status columns (what its translation table holds).
    const [header, ...rows] = parseCsv(readFileSync(join(root, 'datasets', table), 'utf8')).map((r) => r.fields);
    const at = (column: string) => header?.indexOf(column) ?? -1;
    const kept = rows.filter((r) => r[at('locale')] === locale).map((r) => `${r[at('text')]},${r[at('status')]}`);
    if (kept.length === 0) throw new Error(`csvFloor: no ${locale} rows in ${table}`);
    return gzipSync(`text,status\n${kept.join('\n')}\n`, { level: 9 }).byteLength;
  }
  const [name = file, column] = file.split('#');
  const text = readFileSync(join(root, 'datasets', name), 'utf8');
  if (column === undefined) return gzipSync(text, { level: 9 }).byteLength;
  const [header = '', ...lines] = text.trimEnd().split('\n');
  const at = header.split(',').indexOf(column);
  if (at === -1) throw new Error(`csvFloor: no column ${column} in ${name}`);
  const values = lines.map((line) => line.split(',')[at]).join('\n');
  return gzipSync(`${column}\n${values}\n`, { level: 9 }).byteLength;
}

/** Measures every subpath and every runtime export of every subpath, from the built package. */
export async function measurePackage(root: string): Promise<SizeRow[]> {
  const rows: SizeRow[] = [];
  for (const subpath of SUBPATHS) {
    const spec = specifier(subpath);
    rows.push({
      ...(await bundleSize(spec, `import * as m from '${spec}'; console.log(m);`, root)),
      subpath,
      exportName: null,
      kind: 'subpath',
    });
    if (subpath === '') continue;
    const module = (await import(join(root, 'dist', `${subpath}.js`))) as Record<string, unknown>;
    for (const name of Object.keys(module).sort()) {
      const value = module[name];
      const kind =
        subpath === 'schemas'
          ? 'validator'
          : name in DATASET_FLOORS
            ? 'dataset'
            : LOOKUPS.has(name)
              ? 'lookup'
              : typeof value === 'function'
                ? 'helper'
                : 'constant';
      const size = await bundleSize(
        `${spec}:${name}`,
        `import { ${name} } from '${spec}'; console.log(${name});`,
        root,
      );
      rows.push({ ...size, subpath, exportName: name, kind });
    }
  }
  return rows;
}

/** The same helper imported from the root barrel, for the ±5% tree-shaking check. */
export async function measureFromRoot(root: string, name: string): Promise<BundleSize> {
  return bundleSize(`korea-latam:${name}`, `import { ${name} } from 'korea-latam'; console.log(${name});`, root);
}

/** Peers measured with the same method: one country, one date function. */
export async function measurePeers(root: string): Promise<BundleSize[]> {
  return Promise.all([
    bundleSize(
      'world-countries: one country (MEX)',
      "import countries from 'world-countries'; console.log(countries.find((c) => c.cca3 === 'MEX'));",
      root,
    ),
    bundleSize(
      'countries-list: one country (MX)',
      "import { countries } from 'countries-list'; console.log(countries.MX);",
      root,
    ),
    bundleSize(
      'date-fns: differenceInCalendarDays',
      "import { differenceInCalendarDays } from 'date-fns'; console.log(differenceInCalendarDays);",
      root,
    ),
    bundleSize(
      'korea-latam: getCountry (all countries)',
      "import { getCountry } from 'korea-latam/countries'; console.log(getCountry('MEX'));",
      root,
    ),
    bundleSize(
      'korea-latam: toInterval',
      "import { toInterval } from 'korea-latam/timeline'; console.log(toInterval);",
      root,
    ),
  ]);
}

/** Rollup (no plugins) on one entry of the built package, minified with esbuild afterwards, for comparison. */
export async function measureWithRollup(
  root: string,
  subpath: string,
  name: string,
): Promise<{ minifiedBytes: number; gzipBytes: number }> {
  const dir = join(root, '.tmp');
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, `rollup-entry-${name}.js`);
  writeFileSync(entry, `import { ${name} } from '../dist/${subpath}.js';\nconsole.log(${name});\n`);
  const bundle = await rollup({
    input: entry,
    external: (id) => id.startsWith('date-fns') || id === 'zod',
    logLevel: 'silent',
    treeshake: true,
  });
  const { output } = await bundle.generate({ format: 'es' });
  const code = output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
  const minified = (await transform(code, { minify: true, format: 'esm' })).code;
  return { minifiedBytes: Buffer.byteLength(minified), gzipBytes: gzipSync(minified, { level: 9 }).byteLength };
}
