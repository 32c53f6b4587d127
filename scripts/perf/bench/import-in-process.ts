import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { median } from './rounds.js';

/** One module to import, timed inside a fresh Node process. */
export interface InProcessTarget {
  readonly label: string;
  /** An absolute path to an ES module. */
  readonly file: string;
}

/** The median time of `await import(file)` measured inside fresh processes. */
export interface InProcessRow {
  readonly label: string;
  readonly ms: number;
}

/**
 * Times `await import(file)` with `performance.now()` inside a fresh `node` process, so Node's own
 * start-up is not counted and the figure does not depend on how fast a machine starts a process.
 * Each of `rounds` rounds imports every target once, in a shuffled order (a slow moment of the
 * machine hits all targets alike); the first round only warms the file cache and is dropped.
 */
export function measureInProcess(targets: readonly InProcessTarget[], rounds = 40): InProcessRow[] {
  const times = targets.map(() => [] as number[]);
  let seed = 20261203;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let round = 0; round <= rounds; round += 1) {
    const order = targets.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const which of order) {
      const target = targets[which] as InProcessTarget;
      const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(target.file).href)}); console.log(performance.now() - t);`;
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        cwd: dirname(target.file),
        encoding: 'utf8',
      });
      if (round > 0) times[which]?.push(Number(out.trim()));
    }
  }
  return targets.map((target, i) => ({ label: target.label, ms: median(times[i] ?? []) }));
}

/** Every file a built module loads, itself included, by following its relative imports. */
export function filesLoaded(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
    filesLoaded(resolve(dirname(file), match[1] as string), seen);
  }
  return seen;
}

/**
 * The same entry bundled into one file (esbuild, not minified; zod stays an import), written to
 * `outDir`: what the entry would cost with no module-loader overhead at all.
 */
export async function oneFileBuild(entryFile: string, outFile: string): Promise<string> {
  await bundleInto(entryFile, outFile);
  return outFile;
}

/** Bundles a module and what it imports into one ES module file (esbuild, not minified; zod stays an import). */
async function bundleInto(entryFile: string, outFile: string): Promise<void> {
  mkdirSync(dirname(outFile), { recursive: true });
  await build({
    entryPoints: [entryFile],
    outfile: outFile,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    external: ['zod', 'date-fns'],
    logLevel: 'silent',
  });
}

/**
 * The eager floor of an entry: its exported data alone (every exported array or object), bundled
 * into one file with esbuild, so that no helper, no module-loader overhead and nothing but the
 * data's own decoding and freezing is left. What the entry costs above this is its code and its
 * files.
 */
export async function eagerFloor(entryFile: string, outFile: string): Promise<{ file: string; records: number }> {
  const module = (await import(pathToFileURL(entryFile).href)) as Record<string, unknown>;
  const data = Object.entries(module).filter(([, value]) => typeof value === 'object' && value !== null);
  if (data.length === 0) throw new Error(`${entryFile} exports no data`);
  const records = data.reduce<number>((n, [, v]) => n + (Array.isArray(v) ? v.length : 1), 0);
  mkdirSync(dirname(outFile), { recursive: true });
  const stub = `${outFile}.in.mjs`;
  writeFileSync(stub, `export { ${data.map(([name]) => name).join(', ')} } from ${JSON.stringify(entryFile)};\n`);
  await bundleInto(stub, outFile);
  return { file: outFile, records };
}

/** A scratch folder for the bench's generated modules, inside the repository so zod resolves. */
export const scratchDir = (root: string): string => join(root, '.tmp', 'bench-import');
