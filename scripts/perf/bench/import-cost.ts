import { execFileSync } from 'node:child_process';

/** One module to import in a fresh Node process. */
export interface ImportTarget {
  readonly label: string;
  /** An import specifier or absolute path. */
  readonly specifier: string;
}

/** What importing a module adds to a bare Node start-up, over interleaved paired runs. */
export interface ImportCostRow {
  readonly label: string;
  /** Median over the rounds of (this import's wall time − the same round's bare `node -e ''`). */
  readonly overBareMs: number;
  /** `overBareMs` as a fraction of the median bare start-up. */
  readonly ratio: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

function wallMs(args: readonly string[], cwd: string): number {
  const start = process.hrtime.bigint();
  execFileSync(process.execPath, args, { cwd, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Import cost of each target, measured as the issue asks: `rounds` rounds,
 * each running a bare `node -e ''` and every target once in a shuffled order,
 * so a slow moment of the machine hits the bare run and the imports alike.
 * The first round only warms the file cache and is dropped.
 */
export function measureImportCost(
  targets: readonly ImportTarget[],
  cwd: string,
  rounds = 60,
): { bareMs: number; rows: ImportCostRow[] } {
  const bare: number[] = [];
  const diffs = targets.map(() => [] as number[]);
  let seed = 20261128;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let round = 0; round <= rounds; round += 1) {
    const order = [-1, ...targets.map((_, i) => i)];
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const times = new Map<number, number>();
    for (const which of order) {
      const target = targets[which];
      const args =
        target === undefined
          ? ['-e', '']
          : ['--input-type=module', '-e', `await import(${JSON.stringify(target.specifier)})`];
      times.set(which, wallMs(args, cwd));
    }
    if (round === 0) continue;
    const bareRound = times.get(-1) as number;
    bare.push(bareRound);
    targets.forEach((_, i) => {
      diffs[i]?.push((times.get(i) as number) - bareRound);
    });
  }
  const bareMs = median(bare);
  return {
    bareMs,
    rows: targets.map((target, i) => {
      const overBareMs = median(diffs[i] ?? []);
      return { label: target.label, overBareMs, ratio: overBareMs / bareMs };
    }),
  };
}
