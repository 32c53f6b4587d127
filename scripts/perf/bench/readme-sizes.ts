/**
 * The README's bundle-cost table, measured: each row bundles one import of the built package
 * (esbuild --bundle --minify --format=esm) and reports its gzip size (Node's zlib, level 9) in KB
 * of 1000 bytes. `npm run size` fails when the README's table differs from a fresh measurement;
 * `npm run size -- --write` rewrites it. No size in the README is typed by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownTable } from '../../../src/cli/markdown-table.js';
import { withSection } from '../../lib/generated-section.js';
import { bundleSize } from '../lib/bundle-size.js';
import { minimalFloors } from './floors.js';

/** One row: what a user imports, and the module code that imports it. */
const ROWS: readonly (readonly [label: string, ...codes: string[]])[] = [
  ['`challenges` from `korea-latam/challenges`', "export { challenges } from 'korea-latam/challenges';"],
  ['all of `korea-latam/challenges`', "export * from 'korea-latam/challenges';"],
  ['`tradeBalance` from `korea-latam/trade`', "export { tradeBalance } from 'korea-latam/trade';"],
  ['`tradeBalance` from `korea-latam` (root barrel)', "export { tradeBalance } from 'korea-latam';"],
  ['`flowsWhere` from `korea-latam/trade`', "export { flowsWhere } from 'korea-latam/trade';"],
  ['`tradeFlows`', "export { tradeFlows } from 'korea-latam/trade';"],
  ['`koreaRank` + `partnerShares`', "export { koreaRank, partnerShares } from 'korea-latam/rankings';"],
  ['`toConstantUsd` + `usCpiAnnual`', "export { toConstantUsd, usCpiAnnual } from 'korea-latam/prices';"],
  ['`isInForce` + `agreements`', "export { isInForce, agreements } from 'korea-latam/timeline';"],
  ['`claims` (precomputed verdicts)', "export { claims } from 'korea-latam/claims';"],
  ['`verifyClaims` (its checks; you pass the datasets)', "export { verifyClaims } from 'korea-latam/claims';"],
  ['`label` from `korea-latam/i18n` (no translation table)', "export { label } from 'korea-latam/i18n';"],
  [
    "`es` / `pt` / `ko` (one language's table)",
    "export { es } from 'korea-latam/i18n/es';",
    "export { pt } from 'korea-latam/i18n/pt';",
    "export { ko } from 'korea-latam/i18n/ko';",
  ],
  [
    '`parseTradeFlows` from `korea-latam/schemas` (includes zod)',
    "export { parseTradeFlows } from 'korea-latam/schemas';",
  ],
];

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)}`;

/** Measures every row and returns the table as the README holds it. */
export async function readmeSizeTable(root: string): Promise<string> {
  const rows: string[][] = [['Import', 'gzipped (KB)']];
  for (const [label, ...codes] of ROWS) {
    const sizes: number[] = [];
    for (const code of codes) sizes.push((await bundleSize(label, code, root)).gzipBytes);
    rows.push([label, sizes.map(kb).join(' / ')]);
  }
  return `${markdownTable(rows)}\n\n${await floorSentence(root)}`;
}

/** The two large datasets against the least a CSV needs to rebuild them (scripts/perf/bench/floors.ts). */
async function floorSentence(root: string): Promise<string> {
  const floors = await minimalFloors(root);
  const ratio = async (dataset: 'tradeFlows' | 'partnerShares', layout: 'long' | 'per-series', brotli = false) => {
    const floor = floors.find((f) => f.dataset === dataset && f.layout === layout);
    const subpath = dataset === 'tradeFlows' ? 'trade' : 'rankings';
    const bundle = await bundleSize(dataset, `export { ${dataset} } from 'korea-latam/${subpath}';`, root);
    if (floor === undefined) throw new Error(`no ${layout} floor for ${dataset}`);
    return `${(brotli ? bundle.brotliBytes / floor.brotliBytes : bundle.gzipBytes / floor.gzipBytes).toFixed(2)}×`;
  };
  return [
    'Against a minimal CSV that rebuilds every record (no derived column), `tradeFlows` costs',
    `${await ratio('tradeFlows', 'long')} its gzip size and \`partnerShares\` ${await ratio('partnerShares', 'long')}`,
    `(${await ratio('tradeFlows', 'long', true)} and ${await ratio('partnerShares', 'long', true)} with brotli); against a CSV with one line per`,
    `series or table, ${await ratio('tradeFlows', 'per-series')} and ${await ratio('partnerShares', 'per-series')}.`,
  ].join('\n');
}

/** Checks (or with `write`, rewrites) the README's table; returns whether it was current. */
export async function checkReadmeSizes(root: string, write: boolean): Promise<boolean> {
  const path = join(root, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const fresh = withSection(readme, 'bundle-cost', await readmeSizeTable(root), 'README.md');
  if (fresh === readme) return true;
  if (write) writeFileSync(path, fresh);
  return write;
}
