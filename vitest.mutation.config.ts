import { defineConfig } from 'vitest/config';

// The tests that exercise src/ logic, for mutation testing: no type checks, none of the tests that only bundle
// or read generated files, and not the fuzzing run.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Instrumented code runs several times slower than the plain build.
    testTimeout: 60_000,
    exclude: [
      'tests/tooling/bundle.test.ts',
      'tests/tooling/tsdoc.test.ts',
      'tests/tooling/package.test.ts',
      'tests/interchange/datasets.test.ts',
      // 26,000 arbitrary inputs per run: it checks for crashes, not values, and would dominate the run time.
      'tests/fuzz.test.ts',
      // These compare shipped data with the raw files (2–4 MB of CSV read per run): they test data, not logic,
      // and made every mutant that reaches the trade index cost seconds.
      'tests/trade/integrity.test.ts',
      'tests/trade/kosis.test.ts',
      'tests/rankings/kosis.test.ts',
      'tests/timeline/diplomatic-ties.test.ts',
      // These check docs and shipped files (the README's counts, CITATION.cff, the interchange guide, the
      // doc-example runner's parser), not src/ logic.
      'tests/interchange/readme-datasets.test.ts',
      'tests/sources/citation.test.ts',
      'tests/interchange/docs.test.ts',
      'tests/tooling/doc-examples.test.ts',
    ],
  },
});
