/**
 * Builds the library's JavaScript (ESM and CommonJS) with Rollup, in few files per entry.
 *
 * Every module file an entry loads costs Node's module loader about half a millisecond, so the
 * modules are grouped into chunks by who uses them, not one chunk per shared module set:
 *
 * - a module that only one public entry (besides the root) reaches lives in that entry's file;
 * - a module that several entries reach lives in a shared file, so its state (the caches of
 *   `internal/memo.ts`, the error classes, the shipped arrays) exists once, whichever entries a
 *   program imports: `chunks/shared-helpers` for the trade, ranking and timeline helpers that
 *   other modules borrow, `chunks/shared` for the rest (the internals, the code lists);
 * - the root entry re-exports the others.
 *
 * The type declarations and the command line are built by tsup (tsup.config.ts), before this.
 *
 * Usage: npm run build   (tsup, then this)
 */
import { rmSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { type GetModuleInfo, type Plugin, rollup } from 'rollup';
import { bundlerEntries, distName, MODULES } from '../modules.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Reads the TypeScript sources: `./x.js` imports resolve to `./x.ts`, and esbuild strips the types. */
const typescript: Plugin = {
  name: 'typescript-sources',
  async resolveId(source, importer) {
    if (importer === undefined || !source.startsWith('.')) return null;
    const resolved = await this.resolve(source.replace(/\.js$/, '.ts'), importer, { skipSelf: true });
    return resolved ?? null;
  },
  async transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const result = await transform(code, {
      loader: 'ts',
      format: 'esm',
      target: 'es2022',
      sourcefile: id,
      tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
    });
    return { code: result.code, map: null };
  },
};

/** The folders whose helpers other modules borrow (the claims check with them). */
const HELPER_FOLDERS: ReadonlySet<string> = new Set(['trade', 'rankings', 'timeline']);

/** The public entries (dist name → source file), absolute. */
export function libraryEntries(modules: readonly string[] = MODULES): Record<string, string> {
  return Object.fromEntries(Object.entries(bundlerEntries(modules)).map(([name, file]) => [name, join(root, file)]));
}

/**
 * The chunk a module goes to: the entry file of the one subpath entry that reaches it, or a
 * shared file when several do. Modules only the root reaches stay in the root's file.
 */
export function chunkOf(
  id: string,
  entries: Readonly<Record<string, string>>,
  getModuleInfo: GetModuleInfo,
  reach: Map<string, Set<string>>,
): string | undefined {
  if (!id.startsWith(join(root, 'src'))) return undefined;
  if (reach.size === 0) {
    for (const [name, file] of Object.entries(entries)) {
      if (name === distName('')) continue;
      const seen = new Set<string>();
      const stack = [file];
      while (stack.length > 0) {
        const next = stack.pop() as string;
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(...(getModuleInfo(next)?.importedIds ?? []));
      }
      for (const module of seen) {
        const users = reach.get(module) ?? new Set<string>();
        users.add(name);
        reach.set(module, users);
      }
    }
  }
  const users = reach.get(id);
  if (users === undefined) return undefined;
  if (users.size === 1) return [...users][0];
  // Shared by several entries: the helpers of trade, rankings and the timeline (which the claims
  // check with) in one file, everything else (the internals, the code lists) in another, so that a
  // small entry such as sources or prices does not load helpers it never calls.
  const folder = relative(join(root, 'src'), id).split(sep)[0] ?? '';
  return HELPER_FOLDERS.has(folder) && !id.endsWith('.generated.ts') ? 'shared-helpers' : 'shared';
}

/** Builds dist/*.js and dist/*.cjs from src/, leaving tsup's declarations in place. */
export async function buildLibrary(outDir = join(root, 'dist')): Promise<void> {
  const entries = libraryEntries();
  const reach = new Map<string, Set<string>>();
  const bundle = await rollup({
    input: entries,
    external: (id) => id === 'zod' || id.startsWith('zod/') || id === 'date-fns' || id.startsWith('date-fns/'),
    plugins: [typescript],
    treeshake: { moduleSideEffects: false },
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY') throw new Error(warning.message);
      warn(warning);
    },
  });
  const manualChunks = (id: string, { getModuleInfo }: { getModuleInfo: GetModuleInfo }) =>
    chunkOf(id, entries, getModuleInfo, reach);
  rmSync(join(outDir, 'chunks'), { recursive: true, force: true });
  for (const [format, extension] of [
    ['es', 'js'],
    ['cjs', 'cjs'],
  ] as const) {
    await bundle.write({
      dir: outDir,
      format,
      entryFileNames: `[name].${extension}`,
      chunkFileNames: `chunks/[name].${extension}`,
      manualChunks,
      exports: 'named',
      generatedCode: 'es2015',
      hoistTransitiveImports: false,
      interop: 'auto',
    });
  }
  await bundle.close();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildLibrary();
  console.log(`library built: ${relative(process.cwd(), join(root, 'dist')) || '.'}`);
}
