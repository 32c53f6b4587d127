import { Bench } from 'tinybench';

/** One benchmarked task: operations per second and median time per operation. */
export interface ThroughputRow {
  readonly task: string;
  readonly callsPerOp: number;
  readonly opsPerSecond: number;
  readonly medianMs: number;
}

/**
 * Helper throughput over the shipped data (tinybench, ≥ 0.5 s per task).
 * Each task is a whole sweep (every partner and year, every table, …), so
 * `callsPerOp` says how many helper calls one operation makes.
 */
export async function measureThroughput(root: string): Promise<ThroughputRow[]> {
  const k = await import(`${root}/dist/index.js`);
  const schemas = await import(`${root}/dist/schemas.js`);
  const partners: string[] = [...k.lacCountryCodes];
  const years = Array.from({ length: 61 }, (_, i) => 1960 + i);
  const tables = [
    ...new Map(
      k.partnerShares.map(
        (s: { reporter: string; period: { from: number; to: number }; basis: string; sources: string[] }) => [
          `${s.reporter}|${s.period.from}|${s.period.to}|${s.basis}|${s.sources[0]}`,
          { reporter: s.reporter, period: s.period, basis: s.basis, source: s.sources[0] },
        ],
      ),
    ).values(),
  ];
  const days: string[] = [];
  for (let t = Date.UTC(2010, 0, 1); t <= Date.UTC(2019, 11, 31); t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10));
  const tasks: [string, number, () => void][] = [
    [
      'tradeBalance: every LAC partner × year 1960–2020 (Korea reporting)',
      partners.length * years.length,
      () => {
        for (const partner of partners) for (const year of years) k.tradeBalance(k.tradeFlows, { partner, year });
      },
    ],
    [
      'balanceSeries: every LAC partner, all years',
      partners.length,
      () => {
        for (const partner of partners) k.balanceSeries(k.tradeFlows, { partner });
      },
    ],
    [
      'aggregate: by subregion, all years',
      1,
      () => k.aggregate(k.tradeFlows, { by: 'subregion', countries: k.lacCountries }),
    ],
    [
      'partnerRanking: every shipped table',
      tables.length,
      () => {
        for (const table of tables) k.partnerRanking(k.partnerShares, table);
      },
    ],
    [
      'isInForce: every agreement × every day of 2010–2019',
      k.agreements.length * days.length,
      () => {
        for (const agreement of k.agreements) for (const day of days) k.isInForce(agreement, day);
      },
    ],
    ['parseTradeFlows: the whole trade dataset', 1, () => schemas.parseTradeFlows(k.tradeFlows)],
    ['parsePartnerShares: the whole rankings dataset', 1, () => schemas.parsePartnerShares(k.partnerShares)],
    ['parseTimelineEvents: the whole timeline', 1, () => schemas.parseTimelineEvents(k.timelineEvents)],
    ['parseAgreements: every agreement', 1, () => schemas.parseAgreements(k.agreements)],
    ['parseCountries: the country table', 1, () => schemas.parseCountries(k.countries)],
    ['parseSources: the bibliography', 1, () => schemas.parseSources(k.sources)],
    ['parseChallenges: the six challenges', 1, () => schemas.parseChallenges(k.challenges)],
    ['parseClaims: every claim', 1, () => schemas.parseClaims(k.claims)],
  ];
  const bench = new Bench({ time: 500, warmupTime: 100 });
  for (const [name, , fn] of tasks) bench.add(name, fn);
  await bench.run();
  return bench.tasks.map((task, i) => {
    const result = task.result as unknown as { throughput: { mean: number }; latency: { p50: number } };
    return {
      task: task.name,
      callsPerOp: tasks[i]?.[1] ?? 1,
      opsPerSecond: result.throughput.mean,
      medianMs: result.latency.p50,
    };
  });
}
