import fc from 'fast-check';
import { lacCountryCodes } from '../../src/countries/index.js';
import type { TradeFlow } from '../../src/trade/index.js';

/** How many cases each property and fuzz target tries (reported in docs/quality.md). */
export const PROPERTY_RUNS = 300;
export const FUZZ_RUNS = 400;

const lac = fc.constantFrom(...lacCountryCodes);

/** A valid trade flow with Korea as reporter or partner. */
export const tradeFlowArb: fc.Arbitrary<TradeFlow> = fc
  .record({
    koreaReports: fc.boolean(),
    other: lac,
    year: fc.integer({ min: 1990, max: 2020 }),
    flow: fc.constantFrom('export' as const, 'import' as const),
    valueUsd: fc.integer({ min: 0, max: 1e12 }),
    estimated: fc.boolean(),
    source: fc.constantFrom('imf-dots-2022' as const, 'un-comtrade-plus' as const),
  })
  .map((r) => ({
    reporter: r.koreaReports ? 'KOR' : r.other,
    partner: r.koreaReports ? r.other : 'KOR',
    year: r.year,
    flow: r.flow,
    valueUsd: r.valueUsd,
    valuation: r.flow === 'export' ? 'FOB' : 'CIF',
    estimated: r.estimated,
    source: r.source,
    sources: [r.source],
  }));

/** Trade flows with unique keys (reporter, partner, year, flow, source). */
export const tradeFlowsArb: fc.Arbitrary<TradeFlow[]> = fc.uniqueArray(tradeFlowArb, {
  maxLength: 120,
  selector: (f) => `${f.reporter}|${f.partner}|${f.year}|${f.flow}|${f.sources[0]}`,
});

/** Values that break careless code: NaN, infinities, huge numbers, prototype keys, odd objects. */
export const evilValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
  }),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    1e308,
    -0,
    2 ** 53,
    '__proto__',
    'constructor',
    'toString',
    '',
    ' MEX',
    'mex',
    'WLD',
    '2004-02-30',
    '2004-13-01',
    '1995',
    new Date(Number.NaN),
    Symbol('s'),
    JSON.parse('{"__proto__": {"polluted": true}}'),
    Object.create(null),
  ),
);

/** A valid ISO date at a random precision, with that precision. */
export const partialDateArb = fc.oneof(
  fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => ({ date: d.toISOString().slice(0, 10), precision: 'day' as const })),
  fc
    .record({ y: fc.integer({ min: 1900, max: 2099 }), m: fc.integer({ min: 1, max: 12 }) })
    .map(({ y, m }) => ({ date: `${y}-${String(m).padStart(2, '0')}`, precision: 'month' as const })),
  fc.integer({ min: 1900, max: 2099 }).map((y) => ({ date: String(y), precision: 'year' as const })),
  fc.integer({ min: 190, max: 209 }).map((d) => ({ date: `${d}0`, precision: 'decade' as const })),
);
