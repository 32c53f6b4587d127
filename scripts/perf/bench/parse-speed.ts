import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { median, ratiosOf, type Spread } from './rounds.js';

/** Rounds of the parse timing: each round times the build after and the build before, in fresh processes. */
export const PARSE_ROUNDS = 5;

/** What the parse timing found: medians over the rounds, and the per-round ratio after/before. */
export interface ParseTiming {
  readonly afterMs: number;
  readonly beforeMs: number;
  /** The per-round ratios after/before: the median round, and the lowest and highest. */
  readonly ratio: Spread;
}

/** The source of a fresh process that prints the tinybench median of `parseTradeFlows` over the shipped trade data, in ms. */
function script(dist: string): string {
  return `import { Bench } from 'tinybench';
const k = await import(${JSON.stringify(join(dist, 'trade.js'))});
const schemas = await import(${JSON.stringify(join(dist, 'schemas.js'))});
const bench = new Bench({ time: 1000, warmupTime: 300 });
bench.add('parseTradeFlows', () => schemas.parseTradeFlows(k.tradeFlows));
await bench.run();
console.log(bench.tasks[0].result.latency.p50);`;
}

/**
 * `parseTradeFlows` over the whole shipped trade dataset, the build `after` against the build
 * `before`: {@link PARSE_ROUNDS} rounds, each timing both builds in fresh processes one after the
 * other (the order turns each round), so a slow spell of the machine falls on both alike.
 *
 * @param after - The build measured.
 * @param before - The build it is compared with.
 */
export function measureParse(after: string, before: string): ParseTiming {
  const afterMs: number[] = [];
  const beforeMs: number[] = [];
  const time = (dist: string) =>
    Number(execFileSync(process.execPath, ['--input-type=module', '-e', script(dist)], { encoding: 'utf8' }).trim());
  for (let round = 0; round < PARSE_ROUNDS; round += 1) {
    if (round % 2 === 0) {
      afterMs.push(time(after));
      beforeMs.push(time(before));
    } else {
      beforeMs.push(time(before));
      afterMs.push(time(after));
    }
  }
  return { afterMs: median(afterMs), beforeMs: median(beforeMs), ratio: ratiosOf(afterMs, beforeMs) };
}
