/**
 * The one listing of the package's public modules. Everything else that names
 * them is written from here or imports it:
 *
 * - package.json `exports` and `typesVersions`, jsr.json `exports` (and its
 *   `version`, npm's) and
 *   typedoc.json `entryPoints`, written by `npm run modules` (a test fails
 *   when they are stale);
 * - tsup.config.ts (declarations, the command line), scripts/build/library.ts
 *   (the JavaScript, with Rollup), the tests' entry list and the size benchmark,
 *   which import {@link MODULES}.
 *
 * Adding a module: add its subpath below, create `src/<subpath>/index.ts`, run
 * `npm run modules`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The subpaths after `korea-latam/`, in the order the package lists them; the root module is `''`. */
export const MODULES = [
  '',
  'sources',
  'countries',
  'challenges',
  'trade',
  'rankings',
  'prices',
  'timeline',
  'claims',
  'i18n',
  'i18n/es',
  'i18n/pt',
  'i18n/ko',
  'schemas',
] as const;

/** A public module's subpath (`''` for the root). */
export type ModulePath = (typeof MODULES)[number];

/** A list of modules: {@link MODULES}, or another for a test that adds one. */
type ModuleList = readonly string[];

/** The module's name in dist/ and in the bundler's entry map: `index` for the root. */
export const distName = (module: string): string => (module === '' ? 'index' : module);

/** The module's source file, from the repository root. */
export const sourceFile = (module: string): string => (module === '' ? 'src/index.ts' : `src/${module}/index.ts`);

/** The key in an `exports` map: `.` or `./<subpath>`. */
const exportKey = (module: string): string => (module === '' ? '.' : `./${module}`);

/** The bundlers' entry map (tsup's and Rollup's): dist name → source file. */
export function bundlerEntries(modules: ModuleList = MODULES): Record<string, string> {
  return Object.fromEntries(modules.map((m) => [distName(m), sourceFile(m)]));
}

/** package.json's `exports` for the modules (types first in each condition), then the data files. */
function npmExports(list: ModuleList): Record<string, unknown> {
  const modules = list.map((m) => [
    exportKey(m),
    {
      import: { types: `./dist/${distName(m)}.d.ts`, default: `./dist/${distName(m)}.js` },
      require: { types: `./dist/${distName(m)}.d.cts`, default: `./dist/${distName(m)}.cjs` },
    },
  ]);
  return Object.fromEntries([...modules, ['./data/*', './datasets/*'], ['./package.json', './package.json']]);
}

/**
 * package.json's `typesVersions`: TypeScript's node10 resolution (`moduleResolution: "node"`, the
 * default of `module: "commonjs"` before TypeScript 7) does not read `exports`; this maps each
 * subpath to its CommonJS types instead of a redirect folder per module.
 */
function typesVersions(list: ModuleList): Record<string, Record<string, string[]>> {
  return {
    '*': Object.fromEntries(list.filter((m) => m !== '').map((m) => [m, [`./dist/${distName(m)}.d.cts`]])),
  };
}

/** The JSON files written from the listing, each with its new content. */
export function manifests(
  root: string,
  modules: ModuleList = MODULES,
): { readonly file: string; readonly json: Record<string, unknown> }[] {
  const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));
  const pkg = read('package.json');
  pkg.exports = npmExports(modules);
  pkg.typesVersions = typesVersions(modules);
  const jsr = read('jsr.json');
  // JSR publishes the same version as npm.
  jsr.version = pkg.version;
  jsr.exports = Object.fromEntries(modules.map((m) => [exportKey(m), `./${sourceFile(m)}`]));
  const typedoc = read('typedoc.json');
  // The root module last: its page re-exports the others.
  typedoc.entryPoints = [...modules.filter((m) => m !== ''), ''].map(sourceFile);
  return [
    { file: 'package.json', json: pkg },
    { file: 'jsr.json', json: jsr },
    { file: 'typedoc.json', json: typedoc },
  ];
}

/** The files whose content differs from what the listing writes (compared as JSON, keys in order). */
export function staleManifests(root: string): string[] {
  return manifests(root)
    .filter(
      ({ file, json }) => JSON.stringify(JSON.parse(readFileSync(join(root, file), 'utf8'))) !== JSON.stringify(json),
    )
    .map(({ file }) => file);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  if (process.argv.includes('--check')) {
    const stale = staleManifests(root);
    if (stale.length > 0) {
      console.error(`Stale module lists in ${stale.join(', ')}: run npm run modules.`);
      process.exit(1);
    }
  } else {
    for (const { file, json } of manifests(root)) writeFileSync(join(root, file), `${JSON.stringify(json, null, 2)}\n`);
    // The repository's formatter has the last word on layout.
    execFileSync(
      join(root, 'node_modules/.bin/biome'),
      ['format', '--write', 'package.json', 'jsr.json', 'typedoc.json'],
      {
        cwd: root,
        stdio: 'ignore',
      },
    );
  }
}
