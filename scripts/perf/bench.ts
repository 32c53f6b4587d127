import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { HELPER_ALLOWANCES } from './bench/allowances.js';
import { BASELINE_REF, buildBaseline } from './bench/baseline.js';
import { BUDGETS, measureBudgets, SUBPATH_FLOORS } from './bench/budgets.js';
import { dataHelpers } from './bench/data-helpers.js';
import { measureHelperSpeed, type SpeedRow, WARM_PROCESSES, WARM_ROUNDS } from './bench/helper-speed.js';
import {
  eagerFloor,
  filesLoaded,
  type InProcessTarget,
  measureInProcess,
  oneFileBuild,
  scratchDir,
} from './bench/import-in-process.js';
import { measureHostileParse } from './bench/parse-hostile.js';
import { measureParse, PARSE_ROUNDS } from './bench/parse-speed.js';
import type { Spread } from './bench/rounds.js';
import { DATASET_FLOORS, measurePeers, measureWithRollup, SUBPATHS } from './bench/sizes.js';
import { GENERIC_HELPERS, SPEED_TASKS } from './bench/speed-tasks.js';

const root = join(import.meta.dirname, '..', '..');
const IMPORT_ROUNDS = Number(process.env.BENCH_IMPORT_ROUNDS ?? 25);
/** Kilobytes of 1000 bytes. */
const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} KB`;
const version = (name: string) =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version as string;
const table = (head: string[], rows: (string | number)[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

const { sizes, floors, fromRoot, minimal, results: budgets } = await measureBudgets(root);
const peers = await measurePeers(root);
const rollupTradeBalance = await measureWithRollup(root, 'trade', 'tradeBalance');
const esbuildTradeBalance = sizes.find((r) => r.exportName === 'tradeBalance');
console.log('sizes measured');
const before = buildBaseline(root);
const beforeCommit = BASELINE_REF;
console.log(`baseline ${beforeCommit} built`);
const entries = SUBPATHS.map((subpath) => subpath || 'index');
const scratch = scratchDir(root);
const importTargets: InProcessTarget[] = [];
const floorRecords = new Map<string, number>();
for (const entry of entries) {
  const after = join(root, 'dist', `${entry}.js`);
  importTargets.push({ label: `after:${entry}`, file: after });
  // A subpath added since the baseline (the locale tables) has no "before".
  if (existsSync(join(before, `${entry}.js`)))
    importTargets.push({ label: `before:${entry}`, file: join(before, `${entry}.js`) });
  importTargets.push({
    label: `one:${entry}`,
    file: await oneFileBuild(after, join(scratch, 'one-file', `${entry}.js`)),
  });
  try {
    const floor = await eagerFloor(after, join(scratch, 'floor', `${entry}.mjs`));
    floorRecords.set(entry, floor.records);
    importTargets.push({ label: `floor:${entry}`, file: floor.file });
  } catch {
    // An entry that exports no data (or only zod's schemas, which do not bundle alone) has no floor.
  }
}
const imports = measureInProcess(importTargets, IMPORT_ROUNDS);
const importOf = (label: string) => imports.find((r) => r.label === label);
const filesOf = (dir: string, entry: string) =>
  existsSync(join(dir, `${entry}.js`)) ? filesLoaded(join(dir, `${entry}.js`)).size : undefined;
console.log('import cost measured');
const speedAfter = await measureHelperSpeed(join(root, 'dist'), SPEED_TASKS);
const speedBefore = await measureHelperSpeed(before, SPEED_TASKS);
console.log('helper speed measured');
const parse = measureParse(join(root, 'dist'), before);
const hostileParse = await measureHostileParse(join(root, 'dist'));
console.log('parse speed measured');
const enumerated = await dataHelpers(root);
const uncovered = enumerated.filter(
  (name) => !SPEED_TASKS.some((t) => t.helper === name) && GENERIC_HELPERS[name] === undefined,
);

const subpathRows = sizes
  .filter((r) => r.kind === 'subpath')
  .map((r) => {
    const files = SUBPATH_FLOORS[r.subpath];
    const floor = files?.reduce((s, f) => s + (floors[f] ?? 0), 0);
    return [
      `\`korea-latam${r.subpath ? `/${r.subpath}` : ''}\``,
      kb(r.minifiedBytes),
      kb(r.gzipBytes),
      kb(r.brotliBytes),
      floor ? kb(floor) : '—',
      floor ? (r.gzipBytes / floor).toFixed(2) : '—',
      r.hasZod ? 'yes' : 'no',
    ];
  });
const floorRows = minimal.map((m) => {
  const bundle = sizes.find((r) => r.kind === 'dataset' && r.exportName === m.dataset);
  return [
    `\`${m.dataset}\``,
    m.layout,
    `\`${m.columns}\``,
    kb(m.gzipBytes),
    kb(m.brotliBytes),
    bundle ? kb(bundle.gzipBytes) : '—',
    bundle ? (bundle.gzipBytes / m.gzipBytes).toFixed(2) : '—',
    bundle ? (bundle.brotliBytes / m.brotliBytes).toFixed(2) : '—',
  ];
});
const datasetRows = sizes
  .filter((r) => r.kind === 'dataset')
  .map((r) => {
    const floor = floors[DATASET_FLOORS[r.exportName ?? ''] ?? ''] ?? 0;
    return [
      `\`${r.exportName}\``,
      `\`${DATASET_FLOORS[r.exportName ?? '']}\``,
      kb(floor),
      kb(r.gzipBytes),
      (r.gzipBytes / floor).toFixed(2),
    ];
  });
const helperRows = sizes
  .filter((r) => r.kind === 'helper' || r.kind === 'lookup' || r.kind === 'constant')
  .sort((a, b) => a.gzipBytes - b.gzipBytes)
  .map((r) => [
    `\`${r.exportName}\` (${r.subpath})`,
    r.kind,
    String(r.gzipBytes),
    r.kind === 'helper' ? String(HELPER_ALLOWANCES[r.exportName ?? ''] ?? BUDGETS.helperGzip) : '—',
    r.kind === 'helper' ? String(fromRoot.get(r.exportName ?? '')?.gzipBytes ?? '—') : '—',
  ]);
const failed = budgets.filter((b) => !b.ok);
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB; Node ${process.version}; esbuild ${version('esbuild')}; rollup ${version('rollup')}; tinybench ${version('tinybench')}`;

// Targets of the speed issue, each with its measured value.
interface Target {
  readonly what: string;
  readonly measured: string;
  readonly limit: string;
  readonly ok: boolean;
}
const targets: Target[] = [];
const ms = (n: number) => `${n < 0.1 ? n.toFixed(3) : n < 1 ? n.toFixed(2) : n.toFixed(1)} ms`;
const us = (n: number) => `${n < 1 ? n.toFixed(3) : n.toFixed(2)} µs`;
const spread = (r: Spread, digits: number) => `${r.low.toFixed(digits)}–${r.high.toFixed(digits)}×`;
for (const entry of entries.filter((e) => e !== 'index')) {
  const files = filesOf(join(root, 'dist'), entry) ?? 0;
  targets.push({
    what: `files \`korea-latam/${entry}\` loads`,
    measured: `${files} (before: ${filesOf(before, entry) ?? '—'})`,
    limit: '≤ 4',
    ok: files <= 4,
  });
}
const beforeSpeed = new Map(speedBefore.map((r) => [r.helper, r]));
for (const row of speedAfter) {
  targets.push({
    what: `\`${row.helper}\` first call`,
    measured: `${ms(row.firstMs)} = ${(row.firstMs / row.firstNaiveMs).toFixed(1)}× naive (${ms(row.firstNaiveMs)})`,
    limit: '≤ 5× naive',
    ok: row.firstMs <= 5 * row.firstNaiveMs,
  });
  if (row.indexUs !== undefined && row.toIndex !== undefined) {
    targets.push({
      what: `\`${row.helper}\` later calls`,
      measured: `${us(row.helperUs)} = ${row.toIndex.median.toFixed(1)}× Map index (${us(row.indexUs)}; rounds ${spread(row.toIndex, 1)})`,
      limit: '≤ 3× Map index',
      ok: row.toIndex.median <= 3,
    });
  } else {
    targets.push({
      what: `\`${row.helper}\` later calls`,
      measured: `${us(row.helperUs)} = ${row.toNaive.median.toFixed(2)}× naive loop (${us(row.naiveUs)}; rounds ${spread(row.toNaive, 2)})`,
      limit: '≤ 1× naive loop (no Map equivalent)',
      ok: row.toNaive.median <= 1,
    });
  }
}
targets.push({
  what: '`parseTradeFlows`, whole dataset',
  measured: `${ms(parse.afterMs)} = ${parse.ratio.median.toFixed(2)}× before (${ms(parse.beforeMs)}; ${PARSE_ROUNDS} rounds in fresh processes, ${spread(parse.ratio, 2)})`,
  limit: '≤ 20/42 = 0.48× before',
  ok: parse.ratio.median <= 20 / 42,
});
for (const m of minimal.filter((f) => f.layout === 'long')) {
  const bundle = sizes.find((r) => r.kind === 'dataset' && r.exportName === m.dataset);
  if (bundle === undefined) continue;
  targets.push({
    what: `\`${m.dataset}\` bundle against its minimal CSV (gzip)`,
    measured: `${(bundle.gzipBytes / m.gzipBytes).toFixed(2)}×`,
    limit: `≤ ${BUDGETS.minimalFactor[m.dataset] ?? 0.7}× (\`npm run size\`)`,
    ok: bundle.gzipBytes <= (BUDGETS.minimalFactor[m.dataset] ?? 0.7) * m.gzipBytes,
  });
}
targets.push({
  what: 'every data helper measured',
  measured: uncovered.length === 0 ? `all ${enumerated.length}` : `missing: ${uncovered.join(', ')}`,
  limit: 'none missing',
  ok: uncovered.length === 0,
});
const missed = targets.filter((t) => !t.ok);

const speedTable = (rows: readonly SpeedRow[]) =>
  table(
    [
      'Helper',
      'later, per call',
      'naive loop',
      'naive loop, frozen arrays',
      'Map index',
      'first call',
      'naive first call',
      'before: later',
      'before: first',
    ],
    rows.map((r) => {
      const b = beforeSpeed.get(r.helper);
      return [
        `\`${r.helper}\``,
        us(r.helperUs),
        us(r.naiveUs),
        us(r.naiveFrozenUs),
        r.indexUs === undefined ? '—' : us(r.indexUs),
        ms(r.firstMs),
        ms(r.firstNaiveMs),
        b ? us(b.helperUs) : 'new',
        b ? ms(b.firstMs) : 'new',
      ];
    }),
  );

const doc = `# Performance

<!-- Generated by \`npm run bench\` (scripts/perf/bench.ts). Do not edit by hand. -->

What a user pays for korea-latam: bytes in their bundle, milliseconds at start-up, and the
speed of the helpers. Measured on: ${machine}; ${new Date().toISOString().slice(0, 10)}.
"Before" is the package at commit \`${beforeCommit}\`, built and measured in the same run.

**Targets.** ${targets.length - missed.length} of ${targets.length} met. ${missed.length === 0 ? '' : `Missed: ${missed.map((t) => t.what).join('; ')} (the rows marked **no** below).`}

${table(
  ['Target', 'measured', 'limit', 'met?'],
  targets.map((t) => [t.what, t.measured, t.limit, t.ok ? 'yes' : '**no**']),
)}

## 1. Import cost, in-process

Method: ${IMPORT_ROUNDS} rounds (plus one warm-up round, dropped); each round imports every module below
once, in a shuffled order, each in a fresh \`node\` process that times \`await import(…)\` with
\`performance.now()\` (Node's own start-up is not counted, so the figures do not depend on how fast
the machine starts a process); the median over the rounds. "One file" is the same entry bundled into a
single file (esbuild, not minified): the entry with no module-loader overhead. "Eager floor" is
the entry's exported data alone (every exported array or object) bundled into one file: its decoding
and freezing, with no helper and no module-loader overhead. "Files" counts the package's files the
entry loads (\`dist/\`, following relative imports).

${table(
  [
    'Import',
    'files before',
    'files',
    'before',
    'after',
    'change',
    'one file',
    'after / one file',
    'eager floor (records)',
    'after / floor',
  ],
  entries.map((entry) => {
    const after = importOf(`after:${entry}`);
    const b = importOf(`before:${entry}`);
    const one = importOf(`one:${entry}`);
    const floor = importOf(`floor:${entry}`);
    return [
      `\`korea-latam${entry === 'index' ? '' : `/${entry}`}\``,
      String(filesOf(before, entry) ?? '—'),
      String(filesOf(join(root, 'dist'), entry) ?? '—'),
      b ? ms(b.ms) : '—',
      after ? ms(after.ms) : '—',
      b && after ? `${(((after.ms - b.ms) / b.ms) * 100).toFixed(0)}%` : '—',
      one ? ms(one.ms) : '—',
      after && one ? `${(after.ms / one.ms).toFixed(2)}×` : '—',
      floor ? `${ms(floor.ms)} (${(floorRecords.get(entry) ?? 0).toLocaleString('en-US')})` : '—',
      after && floor ? `${(after.ms / floor.ms).toFixed(2)}×` : '—',
    ];
  }),
)}

\`korea-latam/schemas\` loads zod, whose own import is most of its cost.

## 2. Helper speed

Every exported helper that reads a list of records (enumerated from the package, ${enumerated.length} of them; the
generic ones that take the caller's own series are ${Object.keys(GENERIC_HELPERS)
  .map((name) => `\`${name}\``)
  .join(', ')}). Each task sweeps a few realistic queries
(scripts/perf/bench/speed-tasks.ts); times are per call. "Naive loop" is the hand-written filter a user
would write, over a plain copy of the data (parsed from JSON, nothing frozen); "naive loop, frozen
arrays" is the same code over the shipped arrays, which are frozen at every depth: array methods such
as \`filter\` run several times slower over a frozen array in V8, and any loop does in JavaScriptCore
(Bun, Safari). The fast path over the shipped data is a query helper, or one \`.slice()\` copy kept
for repeated loops of your own. "Map index" is the fastest hand-written lookup, its \`Map\` built
beforehand over the plain copy. The helpers are handed the shipped data. Warm times come from
${WARM_PROCESSES} fresh processes (what V8 inlines differs from one process to the next and moves a warm ratio
on its own), each running every helper: one warm-up round, dropped, then ${WARM_ROUNDS} rounds in which a
helper, its naive loops and its Map index are timed one after the other (tinybench median, 40 ms
each), in an order that turns with the round, so a slow spell of the machine falls on the helper and
its baseline alike. A ratio in the targets is the median of the ${WARM_PROCESSES * WARM_ROUNDS} per-round ratios, with the
lowest and highest round beside it; a time is the median of the per-round times. First calls are
the median of 15 fresh processes each (the import is not
counted), helper and naive code interleaved; the naive code is part of the script, so its compilation
is not timed, while the helper's code is compiled at its first call.

${speedTable(speedAfter)}

## 3. Bundle cost

Method: \`esbuild --bundle --minify --format=esm\` of a one-line module that imports the entry
and uses it, from the built package (\`dist/\`), then gzip at level 9 (Node's zlib, not the \`gzip\`
command-line tool, whose output differs by a few percent) and brotli (quality 11). KB = 1000 bytes.

### Subpaths (everything a subpath exports)

${table(['Import', 'minified', 'gzip', 'brotli', 'CSV floor (gzip)', 'ratio to floor', 'zod?'], subpathRows)}

\`korea-latam/claims\` carries the claims and the code of their checks, not the datasets:
\`verifyClaims\` takes them as an argument.

### The large datasets against minimal CSVs

A minimal CSV holds only the columns that rebuild every record, with no derived column (no share
computed from value and world total, no \`preferred\` flag, no carrier in \`sources\`), values at
the precision the data have; the per-series layout writes each series (or table) on one line.

${table(['Export', 'layout', 'columns', 'CSV gzip', 'CSV brotli', 'export gzip', 'gzip ratio', 'brotli ratio'], floorRows)}

### Datasets against the shipped CSV

${table(['Export', 'CSV', 'CSV gzip', 'export gzip', 'ratio'], datasetRows)}

The shipped CSVs carry derived columns (\`preferred\`, \`share_pct\`, the carrier in \`sources\`), so
this ratio flatters; the minimal CSVs above are the honest floor.

### Every other export alone (gzip bytes)

Helpers take the data as an argument and pull in no dataset. Lookups (\`getCountry\`, \`cite\`, …)
read a shipped table by design, so their cost is that table's.

${table(['Export', 'kind', 'gzip bytes', 'budget', 'from the root barrel'], helperRows)}

Helpers above 1024 bytes, held to explicit allowances (\`scripts/perf/bench/allowances.ts\`): ${Object.entries(
  HELPER_ALLOWANCES,
)
  .map(([name, bytes]) => `\`${name}\` ≤ ${bytes}`)
  .join(', ')}.

### Rollup, for one entry

\`tradeBalance\` alone: esbuild ${esbuildTradeBalance ? `${esbuildTradeBalance.minifiedBytes} B minified, ${esbuildTradeBalance.gzipBytes} B gzip` : 'n/a'}; rollup
(tree-shaking, no plugins, then esbuild minify) ${rollupTradeBalance.minifiedBytes} B minified, ${rollupTradeBalance.gzipBytes} B gzip.

## 4. Peers (same method, same run)

${table(
  ['Import', 'minified', 'gzip'],
  peers.map((p) => [p.label, kb(p.minifiedBytes), kb(p.gzipBytes)]),
)}

## 5. Hostile input: every list parser on 10⁵ and 10⁶ empty records

Each case in a fresh process; peak memory is the process's largest resident set above its size once the
input was built. Validation stops after 100 problems, so neither grows with the number of problems.

${table(
  ['parse', 'records', 'time', 'peak memory above rest', 'issues kept'],
  hostileParse.map((r) => [
    `\`${r.parse}\``,
    r.records.toLocaleString('en-US'),
    ms(r.ms),
    `${r.peakMb.toFixed(0)} MB`,
    r.issues,
  ]),
)}

## Budgets (enforced in CI by npm run size, from bytes only)

- Each helper alone ≤ ${BUDGETS.helperGzip} B gzip, or its listed allowance, and carrying no dataset.
- Each dataset subpath ≤ ${BUDGETS.datasetFactor} × its CSV floor + ${BUDGETS.datasetSlackGzip} B (plus listed code for \`claims\`).
- \`tradeFlows\` ≤ ${BUDGETS.minimalFactor.tradeFlows} × and \`partnerShares\` ≤ ${BUDGETS.minimalFactor.partnerShares} × their minimal CSV (gzip).
- No zod in any bundle that does not import \`korea-latam/schemas\`.
- A helper from the root barrel ≤ its subpath import + ${BUDGETS.rootTolerance * 100}%.

Size budgets: ${budgets.length - failed.length} checks passed, ${failed.length} failed. Timings are for
information and for the targets above; CI never checks them.
`;
writeFileSync(join(root, 'docs/performance.md'), doc);
console.log(`wrote docs/performance.md (${failed.length} budget failures; ${missed.length} speed targets missed)`);
for (const t of targets) console.log(`${t.ok ? '  ok ' : '  MISS'} ${t.what}: ${t.measured} (${t.limit})`);
