import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The commit the speed issue measured against: the package as it was before
 * the work on start-up and query speed. `BENCH_BASELINE` picks another.
 */
export const BASELINE_REF = process.env.BENCH_BASELINE ?? '50b20c5';

/**
 * Builds the package at `ref` in a temporary folder (a `git archive` of that
 * commit, this checkout's node_modules linked in, then tsup) and returns its
 * `dist` folder, so "before" and "after" are measured on the same machine in
 * the same run. Reuses an earlier build of the same commit.
 */
export function buildBaseline(root: string, ref = BASELINE_REF): string {
  const commit = execFileSync('git', ['rev-parse', '--short', ref], { cwd: root, encoding: 'utf8' }).trim();
  const dir = join(tmpdir(), `korea-latam-bench-${commit}`);
  if (!existsSync(join(dir, 'dist', 'index.js'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${dir}"`], { cwd: root });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    execFileSync(join(root, 'node_modules/.bin/tsup'), [], { cwd: dir, stdio: 'ignore' });
  }
  return join(dir, 'dist');
}
