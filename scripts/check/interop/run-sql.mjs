// Runs each statement of a SQL file in DuckDB and prints the results as a JSON array (one entry
// per statement), so the examples in docs/interchange.md are run exactly as written.
// Usage: node run-sql.mjs <file.sql>   (paths in the SQL are relative to the working folder)
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const sql = readFileSync(process.argv[2], 'utf8');
const statements = sql
  .split(/;\s*(?:\n|$)/)
  .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
  .filter((s) => s !== '');
const connection = await (await DuckDBInstance.create(':memory:')).connect();
const results = [];
for (const statement of statements) {
  results.push((await connection.runAndReadAll(statement)).getRowObjectsJS());
}
console.log(JSON.stringify(results, (_, v) => (typeof v === 'bigint' ? Number(v) : v)));
