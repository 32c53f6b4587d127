/**
 * Time and peak memory of every list `parse*` of the built package on 10⁵ and 10⁶ hostile records
 * (empty objects, each missing every field), each case in a fresh Node process so that one
 * case's heap does not count in another's. The input contract bounds the work: validation stops
 * after 100 problems, so time and memory grow with the input's size only (reading it), not with
 * its problems. `npm run bench` prints the table; `npm run bench:hostile` runs it alone.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One case: a parse function, the number of records, its time and its peak memory above the process at rest. */
export interface HostileParseRow {
  readonly parse: string;
  readonly records: number;
  readonly ms: number;
  readonly peakMb: number;
  readonly issues: number;
}

const CHILD = `
const [file, name, n] = process.argv.slice(1);
const schemas = await import(file);
const input = Array.from({ length: Number(n) }, () => ({}));
const rest = process.resourceUsage().maxRSS;
const start = performance.now();
let issues = -1;
try { schemas[name](input); } catch (error) { issues = error.issues?.length ?? -1; }
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, peakKb: process.resourceUsage().maxRSS - rest, issues }));
`;

/** Runs every list parser of `dist` on each size, each in its own process. */
export async function measureHostileParse(dist: string, sizes = [100_000, 1_000_000]): Promise<HostileParseRow[]> {
  const file = pathToFileURL(join(dist, 'schemas.js')).href;
  const schemas = (await import(file)) as Record<string, unknown>;
  const names = Object.keys(schemas)
    .filter((name) => /^parse[A-Z]\w*s$/.test(name) && typeof schemas[name] === 'function')
    .sort();
  const rows: HostileParseRow[] = [];
  for (const parse of names) {
    for (const records of sizes) {
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, file, parse, String(records)], {
        encoding: 'utf8',
      });
      const { ms, peakKb, issues } = JSON.parse(out) as { ms: number; peakKb: number; issues: number };
      rows.push({ parse, records, ms, peakMb: peakKb / 1024, issues });
    }
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await measureHostileParse(join(import.meta.dirname, '../../../dist'));
  console.log('| parse | records | time | peak memory above rest | issues kept |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const r of rows)
    console.log(
      `| \`${r.parse}\` | ${r.records.toLocaleString('en-US')} | ${r.ms.toFixed(0)} ms | ${r.peakMb.toFixed(0)} MB | ${r.issues} |`,
    );
}
