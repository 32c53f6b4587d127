import { defineConfig } from 'tsup';
import { bundlerEntries } from './scripts/modules.js';

/** One entry per public module: the root barrel and every subpath (see scripts/modules.ts). */
export const entries = bundlerEntries();

export default defineConfig([
  {
    // Declarations only: the JavaScript is built by scripts/build/library.ts (Rollup), in few files per entry.
    entry: entries,
    format: ['esm', 'cjs'],
    dts: { only: true },
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
    external: ['zod', 'date-fns'],
  },
  {
    // The command line: Node only, ESM only.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    outDir: 'dist',
    external: ['zod', 'date-fns'],
  },
]);
