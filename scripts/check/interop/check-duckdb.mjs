// Loads every table of the data package into DuckDB twice, from the CSV file (with the declared
// column types) and from the Parquet copy, and checks the two are the same rows with the same
// types, then asks both a few questions. Exit status 1 on the first problem.
// Usage: node check-duckdb.mjs <datasets folder>
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import duckdb, { DuckDBInstance } from '@duckdb/node-api';

const dir = resolve(process.argv[2] ?? 'datasets');
const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
const SQL_TYPES = { string: 'VARCHAR', integer: 'INTEGER', number: 'DOUBLE', boolean: 'BOOLEAN', date: 'DATE' };
const fail = (message) => {
  console.error(`FAIL (DuckDB): ${message}`);
  process.exit(1);
};
const quote = (name) => `"${name.replace(/"/g, '""')}"`;
const text = (value) => `'${value.replace(/'/g, "''")}'`;

const connection = await (await DuckDBInstance.create(':memory:')).connect();
const rowsOf = async (sql) => (await connection.runAndReadAll(sql)).getRowObjectsJS();
let rows = 0;
const tables = pkg.resources.filter((r) => r.format === 'csv');
for (const resource of tables) {
  const fields = resource.schema.fields;
  const columns = `{${fields.map((f) => `${text(f.name)}: ${text(SQL_TYPES[f.type])}`).join(', ')}}`;
  const csv = `read_csv(${text(join(dir, resource.path))}, header = true, delim = ',', quote = '"', escape = '"', nullstr = '', auto_detect = false, columns = ${columns})`;
  const parquetCopy = pkg.resources.find((r) => r.name === `${resource.name}-parquet`);
  if (parquetCopy === undefined) fail(`${resource.name} has no Parquet copy`);
  const table = quote(resource.name);
  try {
    await connection.run(`CREATE TABLE ${table} AS SELECT * FROM ${csv}`);
    await connection.run(
      `CREATE TABLE ${quote(`${resource.name}-parquet`)} AS SELECT * FROM read_parquet(${text(join(dir, parquetCopy.path))})`,
    );
  } catch (error) {
    fail(`${resource.name}: ${error.message.split('\n')[0]}`);
  }
  for (const copy of [resource.name, `${resource.name}-parquet`]) {
    const described = await rowsOf(`DESCRIBE ${quote(copy)}`);
    const got = described.map((c) => `${c.column_name} ${c.column_type}`).join(', ');
    const want = fields.map((f) => `${f.name} ${SQL_TYPES[f.type]}`).join(', ');
    if (got !== want) fail(`${copy}: columns are ${got}, declared ${want}`);
  }
  const parquet = quote(`${resource.name}-parquet`);
  const [diff] = await rowsOf(
    `SELECT (SELECT count(*) FROM (SELECT * FROM ${table} EXCEPT ALL SELECT * FROM ${parquet})) + (SELECT count(*) FROM (SELECT * FROM ${parquet} EXCEPT ALL SELECT * FROM ${table})) AS n`,
  );
  if (Number(diff.n) !== 0) fail(`${resource.name}: the CSV and Parquet copies differ in ${diff.n} rows`);
  const [count] = await rowsOf(`SELECT count(*) AS n FROM ${table}`);
  rows += Number(count.n);
}
for (const resource of tables) {
  const table = quote(resource.name);
  for (const fk of resource.schema.foreignKeys ?? []) {
    const on = fk.fields.map((f, i) => `a.${quote(f)} = b.${quote(fk.reference.fields[i])}`).join(' AND ');
    const [missing] = await rowsOf(
      `SELECT count(*) AS n FROM ${table} a WHERE ${fk.fields.map((f) => `a.${quote(f)} IS NOT NULL`).join(' AND ')} AND NOT EXISTS (SELECT 1 FROM ${quote(fk.reference.resource)} b WHERE ${on})`,
    );
    if (Number(missing.n) !== 0)
      fail(`${resource.name} ${fk.fields.join('+')} -> ${fk.reference.resource}: ${missing.n} rows do not resolve`);
  }
}
for (const suffix of ['', '-parquet']) {
  const [mexico] = await rowsOf(
    `SELECT value_usd FROM ${quote(`trade-flows${suffix}`)} WHERE reporter = 'KOR' AND partner = 'MEX' AND year = 2008 AND flow = 'export' AND preferred`,
  );
  if (mexico?.value_usd !== 9089949000)
    fail(`Korea's 2008 exports to Mexico read as ${mexico?.value_usd} (trade-flows${suffix})`);
  const [argentina] = await rowsOf(
    `SELECT numeric, (SELECT alpha2 FROM ${quote(`countries${suffix}`)} WHERE code = 'NAM') AS nam FROM ${quote(`countries${suffix}`)} WHERE code = 'ARG'`,
  );
  if (argentina?.numeric !== '032' || argentina?.nam !== 'NA')
    fail(`countries${suffix}: codes read as ${JSON.stringify(argentina)}`);
  const [chile] = await rowsOf(
    `SELECT CAST(status_as_of AS VARCHAR) AS day FROM ${quote(`agreements${suffix}`)} WHERE id = 'kor-chl-fta'`,
  );
  if (chile?.day !== '2025-12-15') fail(`agreements${suffix}: status_as_of read as ${chile?.day}`);
}
console.log(
  `DuckDB ${duckdb.version()} (@duckdb/node-api): ${tables.length} tables, ${rows} rows; CSV and Parquet copies equal, types as declared; references and values check`,
);
