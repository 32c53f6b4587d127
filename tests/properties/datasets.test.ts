import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lacCountries } from '../../src/countries/index.js';
import { deepFreeze } from '../../src/internal/deep-freeze.js';
import { rankPartners } from '../../src/rankings/index.js';
import { agreements, isInForce, toInterval } from '../../src/timeline/index.js';
import type { AggregateRow } from '../../src/trade/index.js';
import { aggregate, balanceSeries, cagr, tradeBalance, yearOverYear } from '../../src/trade/index.js';
import { PROPERTY_RUNS, partialDateArb, tradeFlowsArb } from '../helpers/arbitraries.js';

const runs = { numRuns: PROPERTY_RUNS };

describe('trade properties', () => {
  it('balance = exports − imports and total = exports + imports, from one source', () => {
    fc.assert(
      fc.property(tradeFlowsArb, (flows) => {
        for (const f of flows.filter((x) => x.reporter === 'KOR' && x.flow === 'export')) {
          const b = tradeBalance(flows, { partner: f.partner, year: f.year });
          const imports = flows.filter(
            (x) => x.reporter === 'KOR' && x.partner === f.partner && x.year === f.year && x.flow === 'import',
          );
          if (b === undefined) {
            expect(imports.some((i) => i.sources[0] === f.sources[0])).toBe(false);
            continue;
          }
          expect(b.balanceUsd).toBe(b.exportsUsd - b.importsUsd);
          expect(b.totalUsd).toBe(b.exportsUsd + b.importsUsd);
          expect(b.coverageRatio).toBe(b.importsUsd === 0 ? null : b.exportsUsd / b.importsUsd);
          expect(
            flows.some((x) => x.flow === 'export' && x.valueUsd === b.exportsUsd && x.sources[0] === b.source),
          ).toBe(true);
        }
      }),
      runs,
    );
  });

  it('balanceSeries rows are in strictly increasing years, each with both flows in the input', () => {
    fc.assert(
      fc.property(tradeFlowsArb, fc.constantFrom(...lacCountries.map((c) => c.code)), (flows, partner) => {
        const rows = balanceSeries(flows, { partner });
        rows.forEach((row, i) => {
          if (i > 0) expect(row.year).toBeGreaterThan(rows[i - 1]!.year);
          const has = (flow: string) =>
            flows.some((f) => f.reporter === 'KOR' && f.partner === partner && f.year === row.year && f.flow === flow);
          expect(has('export') && has('import')).toBe(true);
        });
      }),
      runs,
    );
  });

  it('aggregating then summing equals summing then aggregating', () => {
    fc.assert(
      fc.property(tradeFlowsArb, (flows) => {
        const byPartner = aggregate(flows, { by: 'partner' });
        const byYear = aggregate(flows, { by: 'year' });
        const bySubregion = aggregate(flows, { by: 'subregion', countries: lacCountries });
        for (const total of byYear) {
          const sum = (rows: readonly AggregateRow[], key: 'exportsUsd' | 'importsUsd') =>
            rows.filter((r) => r.year === total.year).reduce((s, r) => s + r[key], 0);
          expect(sum(byPartner, 'exportsUsd')).toBe(total.exportsUsd);
          expect(sum(byPartner, 'importsUsd')).toBe(total.importsUsd);
          expect(sum(bySubregion, 'exportsUsd')).toBe(total.exportsUsd);
        }
      }),
      runs,
    );
  });

  it('cagr compounds back to the end value, and yearOverYear change is value − previous', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e9 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 1950, max: 2000 }),
        fc.integer({ min: 1, max: 40 }),
        (start, end, from, span) => {
          const series = [
            { year: from, value: start },
            { year: from + span, value: end },
          ];
          const rate = cagr(series, from, from + span);
          expect(rate).toBeDefined();
          expect(start * (1 + (rate as number) / 100) ** span).toBeCloseTo(end, -1);
          const yoy = yearOverYear([
            { year: from, value: start },
            { year: from + 1, value: end },
          ]);
          expect(yoy[1]?.change).toBe(end - start);
        },
      ),
      runs,
    );
  });

  it('never changes the data it is given', () => {
    fc.assert(
      fc.property(tradeFlowsArb, (flows) => {
        const before = JSON.stringify(flows);
        const frozen = deepFreeze(structuredClone(flows));
        for (const input of [flows, frozen]) {
          aggregate(input, { by: 'year' });
          balanceSeries(input, { partner: 'MEX' });
          if (input.some((f) => f.reporter === 'KOR'))
            tradeBalance(input, {
              partner: 'BRA',
              year: Math.min(...input.filter((f) => f.reporter === 'KOR').map((f) => f.year)),
            });
        }
        expect(JSON.stringify(flows)).toBe(before);
      }),
      runs,
    );
  });
});

describe('ranking properties', () => {
  it('is a permutation with non-decreasing ranks; equal values share a rank', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 40 }),
        fc.constantFrom('competition' as const, 'dense' as const),
        (values, ties) => {
          const rows = values.map((v, i) => ({ i, v }));
          const ranked = rankPartners(rows, (r) => r.v, { ties });
          expect(ranked.map((r) => r.item.i).sort((a, b) => a - b)).toEqual(rows.map((r) => r.i));
          ranked.forEach((r, k) => {
            if (k > 0) expect(r.rank).toBeGreaterThanOrEqual(ranked[k - 1]!.rank);
            const greater = values.filter((v) => v > r.value);
            expect(r.rank).toBe(ties === 'competition' ? greater.length + 1 : new Set(greater).size + 1);
          });
        },
      ),
      runs,
    );
  });
});

describe('date properties', () => {
  it('toInterval always contains its own date', () => {
    fc.assert(
      fc.property(partialDateArb, ({ date, precision }) => {
        const interval = toInterval(date, precision);
        expect(interval.start.getTime()).toBeLessThanOrEqual(interval.end.getTime());
        expect(interval.first <= interval.last).toBe(true);
        expect(interval.first.startsWith(date.slice(0, precision === 'decade' ? 3 : date.length))).toBe(true);
        expect(interval.start.toISOString().slice(0, 10)).toBe(interval.first);
        expect(interval.end.toISOString().slice(0, 10)).toBe(interval.last);
      }),
      runs,
    );
  });

  it('isInForce is monotone after entry into force, up to the status date (no agreement records a suspension of force)', () => {
    const days = fc.date({
      min: new Date('1975-01-01T00:00:00Z'),
      max: new Date('2025-12-15T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(fc.constantFrom(...agreements), days, days, (agreement, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        if (isInForce(agreement, early) === true) expect(isInForce(agreement, late)).toBe(true);
        if (isInForce(agreement, late) === false) expect(isInForce(agreement, early)).toBe(false);
      }),
      runs,
    );
  });
});
