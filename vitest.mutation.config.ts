import { defineConfig } from 'vitest/config';

// The unit tests that exercise src/ directly, for mutation testing: no type checks, and none of the
// tests that bundle or read generated files only (they do not test src/ logic and are slow to rerun).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/bundle.test.ts', 'tests/docs.test.ts', 'tests/package.test.ts', 'tests/datasets.test.ts'],
  },
});
