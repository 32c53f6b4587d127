import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/raw.js';

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

  it('puts types first in every export condition and has a node10 redirect for every subpath', () => {
    for (const [key, value] of Object.entries(pkg.exports)) {
      if (typeof value === 'string') continue;
      for (const condition of Object.values(value as Record<string, Record<string, string>>)) {
        expect(Object.keys(condition)[0], key).toBe('types');
      }
      if (key === '.') continue;
      const subpath = key.slice(2);
      const redirect = JSON.parse(readFileSync(join(repoRoot, subpath, 'package.json'), 'utf8'));
      const up = '../'.repeat(subpath.split('/').length);
      expect(redirect.types).toBe(`${up}dist/${subpath}.d.cts`);
      expect(redirect.main).toBe(`${up}dist/${subpath}.cjs`);
      expect(pkg.files).toContain(subpath.split('/')[0]);
    }
  });

  it('is side-effect free, declares zod as a peer and has no runtime dependency', () => {
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.peerDependencies).toEqual({ zod: '^4.0.0' });
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.bin).toEqual({ 'korea-latam': './dist/cli.js' });
  });
});
