import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

function timeRuns(command: string, args: string[], cwd: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i += 1) {
    const start = process.hrtime.bigint();
    execFileSync(command, args, { cwd, stdio: 'ignore' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (i > 0) times.push(ms); // the first run warms the file cache
  }
  return median(times);
}

/** One cold-start measurement: median wall time of a fresh process, and the time above the bare runtime. */
export interface ColdStartRow {
  readonly runtime: 'node' | 'deno';
  readonly target: string;
  readonly medianMs: number;
  readonly overBareMs: number;
}

/** Fresh processes importing each built module (by path), against a bare process, median of `runs`. */
export function measureColdStart(root: string, modules: readonly string[], runs = 11): ColdStartRow[] {
  const rows: ColdStartRow[] = [];
  const deno = join(root, 'node_modules/.bin/deno');
  const bareNode = timeRuns(process.execPath, ['-e', ''], root, runs);
  const bareDeno = timeRuns(deno, ['eval', '--node-modules-dir=manual', ''], root, runs);
  rows.push({ runtime: 'node', target: "bare `node -e ''`", medianMs: bareNode, overBareMs: 0 });
  rows.push({ runtime: 'deno', target: "bare `deno eval ''`", medianMs: bareDeno, overBareMs: 0 });
  for (const module of modules) {
    const code = `await import('./dist/${module}.js')`;
    const node = timeRuns(process.execPath, ['--input-type=module', '-e', code], root, runs);
    rows.push({ runtime: 'node', target: module, medianMs: node, overBareMs: node - bareNode });
    const denoMs = timeRuns(deno, ['eval', '--node-modules-dir=manual', code], root, runs);
    rows.push({ runtime: 'deno', target: module, medianMs: denoMs, overBareMs: denoMs - bareDeno });
  }
  return rows;
}
