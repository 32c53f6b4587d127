import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  datasetsFolder,
  hasJson,
  type PackageResource,
  readJson,
  readResources,
  readRows,
} from '../../src/cli/datasets-folder.js';

const root = mkdtempSync(join(tmpdir(), 'korea-latam-folder-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(...parts: string[]): string {
  const dir = join(root, ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}
const withPackage = (dir: string) => writeFileSync(join(dir, 'datapackage.json'), '{"resources":[]}');

describe("the CLI's datasets folder", () => {
  it('is next to dist/ in an installed package', () => {
    const dist = folder('installed', 'dist');
    withPackage(folder('installed', 'datasets'));
    expect(datasetsFolder(dist)).toBe(join(root, 'installed', 'datasets'));
  });

  it('is at the repository root when the CLI runs from src/cli', () => {
    const cli = folder('repo', 'src', 'cli');
    withPackage(folder('repo', 'datasets'));
    expect(datasetsFolder(cli)).toBe(join(root, 'repo', 'datasets'));
  });

  it('prefers the folder next to the running module when both exist', () => {
    const inner = folder('both', 'pkg', 'dist');
    withPackage(folder('both', 'pkg', 'datasets'));
    withPackage(folder('both', 'datasets'));
    expect(datasetsFolder(inner)).toBe(join(root, 'both', 'pkg', 'datasets'));
  });

  it('ignores a datasets folder without datapackage.json and says when none is found', () => {
    const dist = folder('empty', 'dist');
    folder('empty', 'datasets');
    expect(() => datasetsFolder(dist)).toThrow(
      new Error('korea-latam: the datasets/ folder is missing from the installed package.'),
    );
  });

  it('reads rows keyed by the header, an empty file as no rows, and a short row with empty cells', () => {
    const dir = folder('rows');
    const resource = (path: string) => ({ path }) as PackageResource;
    writeFileSync(join(dir, 'empty.csv'), '');
    expect(readRows(resource('empty.csv'), dir)).toEqual([]);
    writeFileSync(join(dir, 'short.csv'), 'code,name,note\nMEX,Mexico\n');
    expect(readRows(resource('short.csv'), dir)).toEqual([{ code: 'MEX', name: 'Mexico', note: '' }]);
  });
});

describe("the shipped data package's tables", () => {
  it('has the library records as JSON next to the first table (trade-flows.json)', () => {
    expect(hasJson(readResources()[0]!)).toBe(true);
  });

  it('reads the records of a dataset from its JSON copy', () => {
    expect(readJson(readResources()[0]!).length).toBeGreaterThan(0);
  });
});
