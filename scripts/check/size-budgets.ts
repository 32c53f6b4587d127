/**
 * Size budgets, enforced in CI from bytes (deterministic, never timings).
 * Bundles every subpath and every export of the built package with esbuild
 * (--bundle --minify --format=esm, then gzip level 9 with Node zlib) and checks:
 * - no zod in any bundle that does not import korea-latam/schemas;
 * - each helper alone ≤ 1024 bytes gzipped (or its explicit allowance) and carrying no dataset;
 * - each helper imported from the root barrel within 5% of its subpath import;
 * - each dataset subpath ≤ 1.3 × the gzip size of its CSV data + 2.6 KB (claims: + its check code);
 * - tradeFlows ≤ 0.65 × and partnerShares ≤ 0.7 × the gzip size of their minimal CSVs.
 * A failure names the entry, the bytes and the budget. Run after `npm run build`.
 */

import { join } from 'node:path';
import { measureBudgets } from '../perf/bench/budgets.js';
import { checkReadmeSizes } from '../perf/bench/readme-sizes.js';

const root = join(import.meta.dirname, '..', '..');
const { results } = await measureBudgets(root);
const failed = results.filter((r) => !r.ok);
console.log(`size budgets: ${results.length - failed.length} passed, ${failed.length} failed`);
for (const f of failed) console.error(`  ✗ ${f.entry} — ${f.rule}: ${f.bytes} bytes, budget ${f.budget}`);
// The README's bundle-cost table is measured, never typed: stale figures fail here.
const current = await checkReadmeSizes(root, process.argv.includes('--write'));
if (!current)
  console.error("  ✗ README.md's bundle-cost table differs from a fresh measurement: run npm run size -- --write");
process.exit(failed.length === 0 && current ? 0 : 1);
