import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundlerEntries, MODULES, manifests, staleManifests } from '../../scripts/modules.js';
import { ENTRIES } from '../helpers/entries.js';
import { repoRoot } from '../helpers/raw.js';

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const jsr = JSON.parse(readFileSync(join(repoRoot, 'jsr.json'), 'utf8'));

describe('package manifests', () => {
  it('jsr.json mirrors the npm exports and version', () => {
    const npmModules = Object.keys(pkg.exports).filter((k) => k !== './package.json' && k !== './data/*');
    expect(Object.keys(jsr.exports).sort()).toEqual(npmModules.sort());
    for (const key of npmModules) {
      const name = key === '.' ? 'index' : key.slice(2);
      expect(pkg.exports[key].import.default).toBe(`./dist/${name}.js`);
      expect(jsr.exports[key]).toBe(name === 'index' ? './src/index.ts' : `./src/${name}/index.ts`);
    }
    expect(jsr.version).toBe(pkg.version);
  });

  it('puts types first in every export condition, and maps every subpath for node10 types in typesVersions', () => {
    for (const [key, value] of Object.entries(pkg.exports)) {
      if (typeof value === 'string') continue;
      for (const condition of Object.values(value as Record<string, Record<string, string>>)) {
        expect(Object.keys(condition)[0], key).toBe('types');
      }
      if (key === '.') continue;
      const subpath = key.slice(2);
      expect(pkg.typesVersions['*'][subpath], key).toEqual([`./dist/${subpath}.d.cts`]);
    }
  });

  it('adds a module everywhere from one edit of the listing', () => {
    // A throwaway module, as if its subpath had been added to MODULES.
    const lists = [...MODULES, 'extra'];
    // biome-ignore lint/suspicious/noExplicitAny: JSON read back in a test
    const [npm, jsrFile, typedoc] = manifests(repoRoot, lists).map((m) => m.json as any);
    expect(npm?.exports['./extra']).toEqual({
      import: { types: './dist/extra.d.ts', default: './dist/extra.js' },
      require: { types: './dist/extra.d.cts', default: './dist/extra.cjs' },
    });
    expect(npm?.typesVersions['*'].extra).toEqual(['./dist/extra.d.cts']);
    expect(jsrFile?.exports['./extra']).toBe('./src/extra/index.ts');
    expect(typedoc?.entryPoints).toContain('src/extra/index.ts');
    expect(bundlerEntries(lists).extra).toBe('src/extra/index.ts');
    // The tests' entry list and the size benchmark read the listing itself.
    expect(ENTRIES).toEqual(MODULES.map((m) => (m === '' ? 'index' : `${m}/index`)));
  });

  it('writes every module list from the one listing, and has no redirect folders at the root', () => {
    expect(staleManifests(repoRoot)).toEqual([]);
    // A folder per module at the root only served resolvers that read neither exports nor typesVersions.
    const tracked = execFileSync('git', ['ls-files'], { cwd: repoRoot, encoding: 'utf8' }).split('\n');
    const redirects = tracked.filter(
      (file) => /^[^/]+(\/[^/]+)?\/package\.json$/.test(file) && !file.startsWith('examples/'),
    );
    expect(redirects).toEqual([]);
    expect(pkg.files).toEqual(['dist', 'datasets', 'README.md', 'LICENSE', 'CITATION.cff', 'THIRD-PARTY.md']);
  });

  it('is side-effect free, declares zod as a peer and has no runtime dependency', () => {
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.peerDependencies).toEqual({ zod: '^4.0.0' });
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.bin).toEqual({ 'korea-latam': './dist/cli.js' });
  });

  it('tells the MIT code from the third-party data terms, for a licence scanner and a reader', () => {
    const datapackage = JSON.parse(readFileSync(join(repoRoot, 'datasets/datapackage.json'), 'utf8'));
    const notice = readFileSync(join(repoRoot, 'THIRD-PARTY.md'), 'utf8');
    expect(pkg.license).toBe('MIT');
    expect(datapackage.licenses[0].name).toBe('MIT');
    // Every licence of every resource is a licence of the package, and every third-party one is in the notice
    // with the files it covers.
    const ofResources = new Map<string, Set<string>>();
    for (const resource of datapackage.resources) {
      for (const licence of resource.licenses) {
        const key = licence.path ?? licence.name;
        ofResources.set(key, (ofResources.get(key) ?? new Set()).add(`datasets/${resource.path}`));
      }
    }
    expect(new Set(datapackage.licenses.map((l: { path?: string; name?: string }) => l.path ?? l.name))).toEqual(
      new Set(ofResources.keys()),
    );
    for (const [key, files] of ofResources) {
      if (key === 'MIT') continue;
      const section = notice.split('\n## ').find((part) => part.includes(`Terms: ${key}\n`));
      expect(section, key).toBeDefined();
      for (const file of files) expect(section, `${key}: ${file}`).toContain(`- \`${file}\``);
    }
    // The IMF's and UN Comtrade's terms cover the trade rows.
    expect(notice).toMatch(/## IMF Direction of Trade Statistics[^#]*- `datasets\/trade-flows\.csv`/);
    expect(notice).toMatch(/## UN Comtrade rows[^#]*- `datasets\/trade-flows\.csv`/);
  });
});
