// Runs the data package through the tools its readers use — R (readr), pandas, DuckDB and the
// Frictionless JavaScript library — on the shipped files and on copies broken three ways (every
// checker must fail on each), then runs the copy-paste examples in examples/data/.
// Usage: node scripts/check/interop/run.mjs   (part of npm run check; needs R, pandas: see .ci/run)
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkedProject } from '../lib/linked-project.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const datasets = join(root, 'datasets');
const python = '/usr/bin/python3';
const checkers = {
  R: ['Rscript', [join(root, 'scripts/check/interop/check.R')]],
  pandas: [python, [join(root, 'scripts/check/interop/check_pandas.py')]],
  DuckDB: [process.execPath, [join(root, 'scripts/check/interop/check-duckdb.mjs')]],
  Frictionless: [process.execPath, [join(root, 'scripts/check/interop/check-frictionless.mjs')]],
};
let failed = false;
const problem = (message) => {
  console.error(`interop: ${message}`);
  failed = true;
};
/** Runs a command in the background; resolves with its exit status, output and time when it ends. */
const run = (command, args, cwd = root) =>
  new Promise((done) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.on('error', () =>
      done({ status: 127, out, err: `${command} is not installed (see .ci/run for the Debian packages)`, seconds: 0 }),
    );
    child.on('close', (status) => done({ status, out, err, seconds: (performance.now() - started) / 1000 }));
  });

/** Runs jobs two at a time (the Frictionless reads take most of the time; CI machines have two cores). */
async function inPairs(jobs) {
  const results = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]();
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}

// 1. Every checker on the shipped package, and (step 3) on copies broken three ways.
const breaks = {
  'a year that is not an integer': ['trade-flows.csv', (text) => text.replace('\nKOR,MEX,2008,', '\nKOR,MEX,2OO8,')],
  'a party code missing from codes.csv': ['agreement-parties.csv', (text) => text.replace(/,CHL\n/, ',ZZZ\n')],
  "Argentina's numeric code without its leading zero": [
    'countries.csv',
    (text) => text.replace('\nARG,AR,032,', '\nARG,AR,32,'),
  ],
};
const copies = Object.entries(breaks).map(([what, [file, change]]) => {
  const copy = mkdtempSync(join(tmpdir(), 'korea-latam-broken-'));
  cpSync(datasets, copy, { recursive: true, dereference: true });
  const path = join(copy, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) problem(`the break "${what}" changed nothing`);
  writeFileSync(path, after);
  return { what, copy };
});
const folders = [{ what: 'shipped', copy: datasets }, ...copies];
const jobs = folders.flatMap(({ what, copy }) =>
  Object.entries(checkers).map(([name, [command, args]]) =>
    Object.assign(async () => ({ what, name, ...(await run(command, [...args, copy])) }), {
      slow: name === 'Frictionless',
    }),
  ),
);
// The Frictionless reads take most of the time: start them first, so the two workers finish together.
jobs.sort((a, b) => Number(b.slow) - Number(a.slow));
const results = await inPairs(jobs);
for (const result of results.filter((r) => r.what === 'shipped')) {
  if (result.status === 0) console.log(`ok  ${result.out.trim()} [${result.seconds.toFixed(1)} s]`);
  else problem(`${result.name} failed on the shipped package:\n${result.err.trim() || result.out.trim()}`);
}

// 2. The examples in docs/interchange.md, run from a project that installed the package.
const project = linkedProject(root, 'reader');
const mexico = "Korea's exports to Mexico in 2008: 9089949000 US$ (kosis-kcs-trade)\nNamibia: NA | Argentina: 032";
for (const [name, command, file] of [
  ['R example', 'Rscript', 'read-tables.R'],
  ['pandas example', python, 'read_tables.py'],
]) {
  const result = await run(command, [join(root, 'examples/data', file)], project);
  if (result.status === 0 && result.out.trim() === mexico)
    console.log(`ok  ${name} (examples/data/${file}) prints the raw files' values`);
  else problem(`${name} printed:\n${result.out}${result.err}`);
}
{
  const result = await run(
    process.execPath,
    [join(root, 'scripts/check/interop/run-sql.mjs'), join(root, 'examples/data/korea-mexico.sql')],
    project,
  );
  if (result.status !== 0) problem(`DuckDB example failed:\n${result.err}`);
  else {
    const [csv, parquet, subregions] = JSON.parse(result.out);
    const { aggregate, tradeFlows } = await import(join(root, 'dist/trade.js'));
    const { lacCountries } = await import(join(root, 'dist/countries.js'));
    const expected = aggregate(tradeFlows, { by: 'subregion', countries: lacCountries, from: 2023, to: 2023 })
      .map((r) => ({ subregion: r.group, exports_usd: r.exportsUsd }))
      .sort((a, b) => b.exports_usd - a.exports_usd);
    const row = { year: 2008, value_usd: 9089949000, source: 'kosis-kcs-trade' };
    if (JSON.stringify(csv) !== JSON.stringify([row]) || JSON.stringify(parquet) !== JSON.stringify([row])) {
      problem(`DuckDB example: Korea–Mexico rows ${JSON.stringify(csv)} / ${JSON.stringify(parquet)}`);
    } else if (JSON.stringify(subregions) !== JSON.stringify(expected)) {
      problem(
        `DuckDB example: subregions ${JSON.stringify(subregions)}, the library's aggregate gives ${JSON.stringify(expected)}`,
      );
    } else
      console.log(
        `ok  DuckDB example (examples/data/korea-mexico.sql): same rows from CSV and Parquet; subregion sums equal aggregate()`,
      );
  }
}
rmSync(project, { recursive: true, force: true });

// 3. Each checker must have failed on each broken copy (a type, a reference and a value; never the shipped files).
for (const { what, copy } of copies) {
  const caught = [];
  for (const result of results.filter((r) => r.what === what)) {
    if (result.status !== 0 && /FAIL \(/.test(result.err)) caught.push(result.name);
    else problem(`${result.name} did not fail on ${what} (exit ${result.status}): ${result.err.trim()}`);
  }
  console.log(`ok  ${what}: caught by ${caught.join(', ')}`);
  rmSync(copy, { recursive: true, force: true });
}
if (failed) process.exit(1);
