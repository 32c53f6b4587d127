import { join } from 'node:path';
import type { CpiAnnualAverage } from '../../../src/prices/types.js';
import { fail, readCsv } from '../lib/csv.js';
import { emitModule } from '../lib/emit.js';
import { freshnessBySource } from '../lib/freshness.js';
import type { Schemas } from './types.js';

const FILE = 'data/prices/us_cpi_u_monthly_bls.csv';

/**
 * Reads the monthly CPI-U file and writes the annual averages of complete
 * years only (all twelve months present), to three decimals as BLS publishes
 * them. A year with a missing month gets no average; the meta says why.
 */
export function buildPrices(root: string, schemas: Schemas): readonly CpiAnnualAverage[] {
  const rows = readCsv(join(root, FILE));
  const months = new Map<number, Map<number, number>>();
  for (const row of rows) {
    const match = /^(\d{4})-(\d{2})-01$/.exec(row.values.Date ?? '');
    if (match === null) fail(row, 'Date', 'expected YYYY-MM-01');
    const index = Number(row.values.Index);
    if (row.values.Index === '' || !(index > 0)) fail(row, 'Index', 'expected a positive number');
    const year = Number(match[1]);
    const month = Number(match[2]);
    const byMonth = months.get(year) ?? new Map<number, number>();
    if (byMonth.has(month)) fail(row, 'Date', 'duplicate month');
    byMonth.set(month, index);
    months.set(year, byMonth);
  }
  const incomplete: string[] = [];
  const records: CpiAnnualAverage[] = [];
  for (const [year, byMonth] of [...months].sort((a, b) => a[0] - b[0])) {
    if (byMonth.size !== 12) {
      const missing = Array.from({ length: 12 }, (_, i) => i + 1).filter((m) => !byMonth.has(m));
      incomplete.push(`${year} (months missing: ${missing.join(', ')})`);
      continue;
    }
    const mean = [...byMonth.values()].reduce((a, b) => a + b, 0) / 12;
    records.push({ year, index: Math.round(mean * 1000) / 1000, sources: ['bls-cpi-u'] });
  }
  const annual = schemas.parseCpiAnnualAverages(records);
  const first = annual[0]?.year;
  const last = annual[annual.length - 1]?.year;
  const meta = {
    title: 'US consumer price index (CPI-U), annual averages',
    description:
      'Annual averages of the US Bureau of Labor Statistics CPI for All Urban Consumers (U.S. city average, all items, not seasonally adjusted, 1982–84 = 100), computed by the build as the mean of the twelve monthly values of each complete year and kept to three decimals, as BLS publishes annual averages. Used to express trade values in constant dollars.',
    sources: ['bls-cpi-u'],
    unit: 'index, 1982-84 = 100',
    records: annual.length,
    years: { from: first, to: last },
    retrieved: 'datasets/cpi-us data package, automated update of 2026-07-01 (last month May 2026).',
    freshness: freshnessBySource([{ source: 'bls-cpi-u', first: String(first), last: String(last) }], {
      'bls-cpi-u': '2026-07-01 (update of the data package that carries it; last month May 2026)',
    }),
    license:
      'US public domain (BLS); the carrier data package is under the ODC Public Domain Dedication and Licence v1.0.',
    attribution: 'Source: US Bureau of Labor Statistics, CPI-U (CUUR0000SA0); via korea-latam.',
    gaps: [
      ...incomplete.map((y) => `No annual average for ${y}: an average needs all twelve months.`),
      'BLS published no CPI-U index for October 2025, so 2025 has no annual average; a constant-dollar conversion to or from 2025 throws.',
    ],
    caveat:
      'CPI-U measures the prices US urban households pay. It is a common but imperfect deflator for trade values: it does not track the prices of the goods Korea and LAC trade, nor exchange rates.',
  };
  emitModule(
    join(root, 'src/prices/us-cpi.generated.ts'),
    [FILE],
    [
      "import { deepFreeze } from '../internal/deep-freeze.js';",
      "import { decodeCpi } from './decode-cpi.js';",
      "import type { CpiAnnualAverage, CpiMeta } from './types.js';",
      '',
      '/**',
      ' * Annual averages of the US CPI-U, one record per complete year, oldest first.',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { usCpiAnnual } from 'korea-latam/prices';",
      ' * usCpiAnnual.find((r) => r.year === 2020)?.index; // 258.811',
      ' * ```',
      ' */',
      `export const usCpiAnnual: readonly CpiAnnualAverage[] = /* @__PURE__ */ decodeCpi(${JSON.stringify(annual.map((r) => [r.year, r.index]))});`,
      '',
      '/**',
      ' * What the price dataset is, where it comes from, its coverage, gaps and caveat.',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { usCpiMeta } from 'korea-latam/prices';",
      ' * usCpiMeta.caveat;',
      ' * ```',
      ' */',
      `export const usCpiMeta: CpiMeta = /* @__PURE__ */ deepFreeze(${JSON.stringify(meta, null, 2)});`,
    ].join('\n'),
  );
  return annual;
}
