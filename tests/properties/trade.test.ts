import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lacCountries, lacCountryCodes } from '../../src/countries/index.js';
import { deepFreeze } from '../../src/internal/deep-freeze.js';
import type { AggregateRow } from '../../src/trade/index.js';
import {
  aggregate,
  balanceSeries,
  cagr,
  mirror,
  type TradeFlow,
  tradeBalance,
  tradeFlows,
  tradeSourcePreference,
  worldShare,
  yearOverYear,
} from '../../src/trade/index.js';
import { PROPERTY_RUNS, tradeFlowsArb } from '../helpers/arbitraries.js';

const runs = { numRuns: PROPERTY_RUNS };
const lac = fc.constantFrom(...lacCountryCodes);

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

describe('trade query properties', () => {
  it('mirror: the gap is partner-reported minus Korea-reported, years ascend, and a row needs one side', () => {
    fc.assert(
      fc.property(tradeFlowsArb, lac, (flows, partner) => {
        const rows = mirror(flows, { partner });
        rows.forEach((row, i) => {
          if (i > 0) expect(row.year).toBeGreaterThanOrEqual(rows[i - 1]!.year);
          expect(row.koreaReportedUsd !== null || row.partnerReportedUsd !== null).toBe(true);
          if (row.koreaReportedUsd === null || row.partnerReportedUsd === null) {
            expect(row.gapUsd).toBeNull();
            expect(row.gapPct).toBeNull();
          } else {
            expect(row.gapUsd).toBe(row.partnerReportedUsd - row.koreaReportedUsd);
            expect(row.gapPct).toBe(
              row.koreaReportedUsd === 0 ? null : ((row.gapUsd as number) / row.koreaReportedUsd) * 100,
            );
          }
          const koreaKind = row.direction === 'korea-to-partner' ? 'export' : 'import';
          // By default Korea's side comes from Korea's most preferred source that has the value.
          const rank = (f: TradeFlow) => tradeSourcePreference.korea.indexOf(f.source);
          const [korea] = flows
            .filter((f) => f.reporter === 'KOR' && f.partner === partner && f.year === row.year && f.flow === koreaKind)
            .sort((a, b) => rank(a) - rank(b));
          expect(row.koreaReportedUsd).toBe(korea?.valueUsd ?? null);
          expect(row.koreaSource).toBe(korea?.source ?? null);
        });
      }),
      runs,
    );
  });

  it('worldShare is unchanged when every value is scaled, and lies in [0, 100) for the shipped data', () => {
    const years = fc.integer({ min: 1990, max: 2020 });
    const basis = fc.constantFrom('exports' as const, 'imports' as const, 'total' as const);
    fc.assert(
      fc.property(lac, years, basis, fc.integer({ min: 2, max: 1000 }), (partner, year, shareBasis, k) => {
        const share = worldShare(tradeFlows, { partner, year, basis: shareBasis });
        const scaled = tradeFlows
          .filter((f) => f.reporter === 'KOR' && f.year === year)
          .map((f) => ({ ...f, valueUsd: f.valueUsd * k }) as TradeFlow);
        const again = worldShare(scaled, { partner, year, basis: shareBasis });
        if (share === undefined) expect(again).toBeUndefined();
        else {
          expect(again).toBeCloseTo(share, 9);
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThan(100);
        }
      }),
      runs,
    );
  });
});
