// Loads the data package with the Frictionless JavaScript library in strict mode (the descriptor
// must validate), then reads and casts every CSV table with its foreign keys checked.
// Exit status 1 on the first problem.
// Usage: node check-frictionless.mjs <datasets folder>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { Package } from 'datapackage';

const dir = resolve(process.argv[2] ?? 'datasets');
const fail = (message) => {
  console.error(`FAIL (Frictionless): ${message}`);
  process.exit(1);
};
let pkg;
try {
  pkg = await Package.load(join(dir, 'datapackage.json'), { strict: true });
} catch (error) {
  fail(
    `the descriptor does not validate: ${(error.errors ?? [error]).map((e) => e.message.replace(/\s+/g, ' ')).join('; ')}`,
  );
}
const tables = {};
let rows = 0;
for (const resource of pkg.resources) {
  if (resource.descriptor.format !== 'csv') continue;
  if (!resource.tabular) fail(`${resource.name} is not read as a tabular resource`);
  try {
    tables[resource.name] = await resource.read({ keyed: true, cast: true, relations: true });
  } catch (error) {
    const first = error.errors?.[0]?.message ?? error.message;
    fail(`${resource.name}: ${first}`);
  }
  rows += tables[resource.name].length;
}
// With relations resolved, a foreign-key cell holds the row it points to.
const code = (cell) => (cell !== null && typeof cell === 'object' ? cell.code : cell);
const mexico = tables['trade-flows'].find(
  (r) =>
    code(r.reporter) === 'KOR' &&
    code(r.partner) === 'MEX' &&
    r.year === 2008 &&
    r.flow === 'export' &&
    r.preferred === true,
);
if (Number(mexico?.value_usd) !== 9089949000) fail(`Korea's 2008 exports to Mexico read as ${mexico?.value_usd}`);
const country = (wanted) => tables.countries.find((r) => code(r.code) === wanted);
if (country('ARG')?.numeric !== '032' || country('NAM')?.alpha2 !== 'NA') fail('country codes lost');
const chile = tables.agreements.find((r) => r.id === 'kor-chl-fta');
if (!(chile?.status_as_of instanceof Date) || chile.status_as_of.toISOString().slice(0, 10) !== '2025-12-15') {
  fail(`status_as_of read as ${chile?.status_as_of}`);
}
const main = createRequire(import.meta.url).resolve('datapackage');
const version = JSON.parse(
  readFileSync(join(main.slice(0, main.lastIndexOf('node_modules/datapackage/') + 25), 'package.json'), 'utf8'),
).version;
console.log(
  `Frictionless datapackage-js ${version}: strict descriptor; ${Object.keys(tables).length} tables, ${rows} rows read and cast with foreign keys resolved; values check`,
);
