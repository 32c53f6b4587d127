import { defineConfig } from 'tsup';

/** One entry per public module: the root barrel and every subpath. */
export const entries = {
  index: 'src/index.ts',
  sources: 'src/sources/index.ts',
  countries: 'src/countries/index.ts',
  challenges: 'src/challenges/index.ts',
  trade: 'src/trade/index.ts',
  rankings: 'src/rankings/index.ts',
  prices: 'src/prices/index.ts',
  timeline: 'src/timeline/index.ts',
  claims: 'src/claims/index.ts',
  i18n: 'src/i18n/index.ts',
  'i18n/es': 'src/i18n/es/index.ts',
  'i18n/pt': 'src/i18n/pt/index.ts',
  'i18n/ko': 'src/i18n/ko/index.ts',
  schemas: 'src/schemas/index.ts',
};

export default defineConfig([
  {
    entry: entries,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    splitting: true,
    treeshake: true,
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
