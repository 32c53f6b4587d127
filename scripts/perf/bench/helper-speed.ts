import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { median, ratiosOf, type Spread } from './rounds.js';
import type { SpeedTask } from './speed-tasks.js';

/** One helper's speed against what a user would write instead, per call. */
export interface SpeedRow {
  readonly helper: string;
  readonly queries: number;
  /** Median over the rounds of the per-call time once warm, in µs. */
  readonly helperUs: number;
  /** The hand-written filter or loop over a plain copy of the data, per call, in µs. */
  readonly naiveUs: number;
  /** The same hand-written code over the shipped (frozen) arrays, per call, in µs. */
  readonly naiveFrozenUs: number;
  /** The hand-written `Map` index, per call, in µs (where a lookup makes sense). */
  readonly indexUs: number | undefined;
  /** The helper's time over the naive loop's, per round: median, lowest and highest. */
  readonly toNaive: Spread;
  /** The helper's time over the Map index's, per round (where there is an index). */
  readonly toIndex: Spread | undefined;
  /** Median of the first call in a fresh process, in ms (the import is not counted). */
  readonly firstMs: number;
  /** Median of the naive filter's first call in a fresh process, in ms. */
  readonly firstNaiveMs: number;
}

/**
 * The data as a user holds it after reading the JSON file: plain arrays and objects, nothing
 * frozen. (Array methods such as \`filter\` run several times slower over a frozen array in V8,
 * and any loop does in JavaScriptCore, so a baseline over the shipped arrays would flatter the
 * helpers.)
 */
export const plainCopy = (value: unknown): unknown[] => JSON.parse(JSON.stringify(value));

/** The script a warm-timing process runs. */
const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'warm-worker.ts');

type Compiled = { n: number; call: () => void; naive: () => void; index: (() => void) | undefined };

function compile(task: SpeedTask, k: Record<string, unknown>, frozen = false): Compiled {
  const data = frozen ? k[task.dataset] : plainCopy(k[task.dataset]);
  const body = `${task.setup}\n${task.indexSetup ?? ''}\nreturn { n: qs.length, call: () => { ${task.call} }, naive: () => { ${task.naive} }, index: ${task.index ? `() => { ${task.index} }` : 'undefined'} };`;
  return new Function('k', 'data', body)(k, data) as Compiled;
}

/** The source of a fresh process that times one first call (of the helper, or of the naive code). */
function firstCallScript(dist: string, task: SpeedTask, which: 'call' | 'naive'): string {
  return `const k = await import(${JSON.stringify(join(dist, 'index.js'))});
const data = JSON.parse(JSON.stringify(k[${JSON.stringify(task.dataset)}]));
${task.setup}
qs.length = 1;
const t0 = performance.now();
${which === 'call' ? task.call : task.naive}
console.log(performance.now() - t0);`;
}

/**
 * Warm timing: this many fresh processes, each running every task's functions for one warm-up
 * round (dropped) and then {@link WARM_ROUNDS} timed rounds; tinybench time per function per round.
 * Several processes, because V8's choices (what it inlines, when it collects) differ from one
 * process to the next and move a warm ratio on their own.
 */
export const WARM_PROCESSES = 3;
export const WARM_ROUNDS = 3;
const ROUND_MS = 40;

/** The per-call p50 of each function, in µs, from one short tinybench run; the functions in the given order. */
async function timeRound(fns: readonly (readonly [string, () => void])[], n: number): Promise<Map<string, number>> {
  const bench = new Bench({ time: ROUND_MS, warmupTime: 10 });
  for (const [name, fn] of fns) bench.add(name, fn);
  await bench.run();
  return new Map(
    bench.tasks.map((t) => [t.name, ((t.result as unknown as { latency: { p50: number } }).latency.p50 * 1000) / n]),
  );
}

/** One task's warm per-call times in µs, one entry per timed round. */
export interface WarmTimes {
  readonly helper: string;
  readonly n: number;
  readonly call: number[];
  readonly naive: number[];
  readonly frozen: number[];
  readonly index: number[];
}

/**
 * The warm rounds of one process: in each round every task's functions (helper, naive loop over
 * the plain copy, the same over the frozen arrays, Map index) are timed one after the other, in
 * an order that turns with the round, so a slow spell of the machine falls on a helper and its
 * baseline alike. Every helper runs in the same process, as in an application that uses many.
 *
 * @param dist - The build to measure.
 * @param tasks - The tasks whose helper the build exports.
 */
export async function warmRounds(dist: string, tasks: readonly SpeedTask[]): Promise<WarmTimes[]> {
  const k = (await import(join(dist, 'index.js'))) as Record<string, unknown>;
  const compiled = tasks.map((task) => compile(task, k));
  const overFrozen = tasks.map((task) => compile(task, k, true));
  const warm = tasks.map(
    (task, i): WarmTimes => ({
      helper: task.helper,
      n: (compiled[i] as Compiled).n,
      call: [],
      naive: [],
      frozen: [],
      index: [],
    }),
  );
  for (let round = -1; round < WARM_ROUNDS; round += 1) {
    for (let i = 0; i < tasks.length; i += 1) {
      const c = compiled[i] as Compiled;
      const fns: [string, () => void][] = [
        ['call', c.call],
        ['naive', c.naive],
        ['frozen', (overFrozen[i] as Compiled).naive],
      ];
      if (c.index) fns.push(['index', c.index]);
      const turn = Math.max(round, 0) % fns.length;
      const times = await timeRound([...fns.slice(turn), ...fns.slice(0, turn)], c.n);
      // The first round warms every function up and is dropped.
      if (round < 0) continue;
      const kept = warm[i] as WarmTimes;
      kept.call.push(times.get('call') as number);
      kept.naive.push(times.get('naive') as number);
      kept.frozen.push(times.get('frozen') as number);
      if (c.index) kept.index.push(times.get('index') as number);
    }
  }
  return warm;
}

/**
 * Every task against one build (`dist`): warm per-call times from {@link WARM_PROCESSES} fresh
 * processes of {@link warmRounds} each, then `firstRuns` fresh processes each for the helper's
 * first call and the naive code's first call, interleaved. A warm ratio is the median of the
 * per-round ratios over every process; a time, the median of the per-round times. Tasks whose
 * helper the build does not export are left out.
 */
export async function measureHelperSpeed(
  dist: string,
  tasks: readonly SpeedTask[],
  firstRuns = 15,
): Promise<SpeedRow[]> {
  const k = (await import(join(dist, 'index.js'))) as Record<string, unknown>;
  const present = tasks.filter((task) => typeof k[task.helper] === 'function');
  const warm: WarmTimes[] = [];
  for (let run = 0; run < WARM_PROCESSES; run += 1) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', WORKER, dist, ...present.map((t) => t.helper)], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const times = JSON.parse(out) as WarmTimes[];
    times.forEach((t, i) => {
      const kept = warm[i];
      if (kept === undefined) warm.push(t);
      else for (const key of ['call', 'naive', 'frozen', 'index'] as const) kept[key].push(...t[key]);
    });
  }
  const rows: SpeedRow[] = [];
  for (const [i, task] of present.entries()) {
    const first: number[] = [];
    const firstNaive: number[] = [];
    for (let run = 0; run < firstRuns; run += 1) {
      for (const which of run % 2 === 0 ? (['call', 'naive'] as const) : (['naive', 'call'] as const)) {
        const out = execFileSync(process.execPath, ['--input-type=module', '-e', firstCallScript(dist, task, which)], {
          encoding: 'utf8',
        });
        (which === 'call' ? first : firstNaive).push(Number(out.trim()));
      }
    }
    const kept = warm[i] as WarmTimes;
    rows.push({
      helper: task.helper,
      queries: kept.n,
      helperUs: median(kept.call),
      naiveUs: median(kept.naive),
      naiveFrozenUs: median(kept.frozen),
      indexUs: kept.index.length > 0 ? median(kept.index) : undefined,
      toNaive: ratiosOf(kept.call, kept.naive),
      toIndex: kept.index.length > 0 ? ratiosOf(kept.call, kept.index) : undefined,
      firstMs: median(first),
      firstNaiveMs: median(firstNaive),
    });
  }
  return rows;
}
