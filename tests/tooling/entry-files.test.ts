import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLibrary } from '../../scripts/build/library.js';
import { distName, MODULES } from '../../scripts/modules.js';
import { repoRoot } from '../helpers/raw.js';

// The library build (Rollup) into a scratch folder: how many files each entry loads, and that a
// value reached through two entries is one value (no module is copied into two files).
let out = '';
beforeAll(async () => {
  // Inside the repository, so that the built files resolve zod from its node_modules.
  mkdirSync(join(repoRoot, '.tmp'), { recursive: true });
  out = mkdtempSync(join(repoRoot, '.tmp', 'entry-files-'));
  await buildLibrary(out);
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Every file a built file loads, itself included, by following its relative imports or requires. */
function filesLoaded(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const pattern = /(?:\bfrom\s*|\bimport\s*|\brequire\()\s*['"](\.{1,2}\/[^'"]+)['"]/g;
  for (const match of text.matchAll(pattern)) filesLoaded(resolve(dirname(file), match[1] as string), seen);
  return seen;
}

describe('files per entry', () => {
  it('every subpath entry loads at most 4 files of the package, in ESM and in CommonJS', () => {
    for (const module of MODULES.filter((m) => m !== '')) {
      for (const extension of ['js', 'cjs']) {
        const files = filesLoaded(join(out, `${distName(module)}.${extension}`));
        expect(files.size, `${module}.${extension}: ${[...files].join(', ')}`).toBeLessThanOrEqual(4);
      }
    }
  });

  it('the root entry loads each subpath entry it re-exports and the shared files, nothing else', () => {
    const files = filesLoaded(join(out, 'index.js'));
    const subpaths = MODULES.filter((m) => m !== '' && files.has(join(out, `${distName(m)}.js`)));
    const shared = [...files].filter((file) => file.startsWith(join(out, 'chunks')));
    expect(shared.sort()).toEqual([join(out, 'chunks', 'shared-helpers.js'), join(out, 'chunks', 'shared.js')]);
    expect(files.size).toBe(1 + subpaths.length + shared.length);
  });

  it('a small entry does not load the helpers other modules borrow', () => {
    for (const module of ['sources', 'prices', 'countries', 'challenges', 'i18n']) {
      expect(filesLoaded(join(out, `${module}.js`)).has(join(out, 'chunks', 'shared-helpers.js')), module).toBe(false);
    }
    expect(filesLoaded(join(out, 'claims.js')).has(join(out, 'chunks', 'shared-helpers.js'))).toBe(true);
  });

  it('follows a relative import (the counter would pass vacuously otherwise)', () => {
    expect(filesLoaded(join(out, 'trade.js')).has(join(out, 'chunks', 'shared.js'))).toBe(true);
  });
});

describe('one copy of every value', () => {
  it('each export of a subpath is the very value the root exports under that name, in ESM and CommonJS', async () => {
    const require = createRequire(import.meta.url);
    const load = {
      js: async (file: string) => (await import(pathToFileURL(file).href)) as Record<string, unknown>,
      cjs: async (file: string) => require(file) as Record<string, unknown>,
    };
    for (const [extension, read] of Object.entries(load)) {
      const rootModule = await read(join(out, `index.${extension}`));
      const compared = new Set<string>();
      for (const module of MODULES.filter((m) => m !== '')) {
        const sub = await read(join(out, `${distName(module)}.${extension}`));
        for (const [name, value] of Object.entries(sub)) {
          if (!(name in rootModule)) continue;
          expect(rootModule[name], `${module}.${extension}: ${name}`).toBe(value);
          compared.add(name);
        }
      }
      // Every name the root exports was found in a subpath and compared.
      expect([...compared].sort(), extension).toEqual(Object.keys(rootModule).sort());
    }
  });

  it('the one cache layer is defined in one file of the build', () => {
    const files = filesLoaded(join(out, 'index.js'));
    const defining = [...files].filter((file) => /function memoForSettled\(/.test(readFileSync(file, 'utf8')));
    expect(defining).toEqual([join(out, 'chunks', 'shared.js')]);
  });
});
