import { join } from 'node:path';
import { Bench } from 'tinybench';

/** Median time of `parseTradeFlows` over the whole shipped trade dataset, one build. */
export async function measureParse(dist: string): Promise<{ medianMs: number }> {
  const k = await import(join(dist, 'trade.js'));
  const schemas = await import(join(dist, 'schemas.js'));
  const bench = new Bench({ time: 1500, warmupTime: 300 });
  bench.add('parseTradeFlows', () => schemas.parseTradeFlows(k.tradeFlows));
  await bench.run();
  const result = bench.tasks[0]?.result as unknown as { latency: { p50: number } } | undefined;
  return { medianMs: result?.latency.p50 ?? Number.NaN };
}
