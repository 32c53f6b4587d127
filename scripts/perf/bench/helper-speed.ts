import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import type { SpeedTask } from './speed-tasks.js';

/** One helper's speed against what a user would write instead, per call. */
export interface SpeedRow {
  readonly helper: string;
  readonly queries: number;
  /** Median per call once warm, in µs. */
  readonly helperUs: number;
  /** The hand-written filter or loop over a plain copy of the data, per call, in µs. */
  readonly naiveUs: number;
  /** The same hand-written code over the shipped (frozen) arrays, per call, in µs. */
  readonly naiveFrozenUs: number;
  /** The hand-written `Map` index, per call, in µs (where a lookup makes sense). */
  readonly indexUs: number | undefined;
  /** Median of the first call in a fresh process, in ms (the import is not counted). */
  readonly firstMs: number;
  /** Median of the naive filter's first call in a fresh process, in ms. */
  readonly firstNaiveMs: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

/**
 * The data as a user holds it after reading the JSON file: plain arrays and objects, nothing
 * frozen. (Array methods such as \`filter\` run several times slower over a frozen array in V8,
 * and any loop does in JavaScriptCore, so a baseline over the shipped arrays would flatter the
 * helpers.)
 */
export const plainCopy = (value: unknown): unknown[] => JSON.parse(JSON.stringify(value));

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
 * Every task against one build (`dist`): warm per-call medians with tinybench
 * (helper, naive loop, Map index), then `firstRuns` fresh processes each for
 * the helper's first call and the naive code's first call, interleaved.
 * Tasks whose helper the build does not export are left out.
 */
export async function measureHelperSpeed(
  dist: string,
  tasks: readonly SpeedTask[],
  firstRuns = 15,
): Promise<SpeedRow[]> {
  const k = (await import(join(dist, 'index.js'))) as Record<string, unknown>;
  const present = tasks.filter((task) => typeof k[task.helper] === 'function');
  const compiled = present.map((task) => compile(task, k));
  const overFrozen = present.map((task) => compile(task, k, true));
  const bench = new Bench({ time: 300, warmupTime: 100 });
  present.forEach((task, i) => {
    const c = compiled[i] as Compiled;
    bench.add(`${task.helper}|call`, c.call);
    bench.add(`${task.helper}|naive`, c.naive);
    bench.add(`${task.helper}|naiveFrozen`, (overFrozen[i] as Compiled).naive);
    if (c.index) bench.add(`${task.helper}|index`, c.index);
  });
  await bench.run();
  const perCall = new Map<string, number>();
  for (const t of bench.tasks) {
    const [helper] = t.name.split('|');
    const n = compiled[present.findIndex((task) => task.helper === helper)]?.n ?? 1;
    perCall.set(t.name, ((t.result as unknown as { latency: { p50: number } }).latency.p50 * 1000) / n);
  }
  const rows: SpeedRow[] = [];
  for (const task of present) {
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
    rows.push({
      helper: task.helper,
      queries: compiled[present.indexOf(task)]?.n ?? 1,
      helperUs: perCall.get(`${task.helper}|call`) ?? Number.NaN,
      naiveUs: perCall.get(`${task.helper}|naive`) ?? Number.NaN,
      naiveFrozenUs: perCall.get(`${task.helper}|naiveFrozen`) ?? Number.NaN,
      indexUs: perCall.get(`${task.helper}|index`),
      firstMs: median(first),
      firstNaiveMs: median(firstNaive),
    });
  }
  return rows;
}
