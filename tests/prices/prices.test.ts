import { describe, expect, it } from 'vitest';
import { toConstantUsd, toConstantUsdSeries, usCpiAnnual, usCpiMeta } from '../../src/prices/index.js';
import { parseCpiAnnualAverages } from '../../src/schemas/index.js';
import { flowSeries, tradeFlows } from '../../src/trade/index.js';
import { rawRows } from '../helpers/raw.js';

// Expected values from data/prices/us_cpi_u_monthly_bls.csv: the twelve 2020 values sum to
// 3,105.734 (mean 258.8112, BLS publishes 258.811); 1970 sums to 465.9 (38.825); 2008 to
// 2,583.630 (215.3025, BLS publishes 215.303).
describe('US CPI-U annual averages', () => {
  it('averages the twelve months of a complete year, to three decimals as BLS publishes', () => {
    const byYear = new Map(usCpiAnnual.map((r) => [r.year, r.index]));
    expect(byYear.get(2020)).toBe(258.811);
    expect(byYear.get(1970)).toBe(38.825);
    expect(byYear.get(2008)).toBe(215.303);
    expect(usCpiAnnual[0]?.sources).toEqual(['bls-cpi-u']);
  });

  it('has no average for a year with a missing month, and says why', () => {
    const raw = rawRows('data/prices/us_cpi_u_monthly_bls.csv');
    expect(raw.filter((r) => r.Date?.startsWith('2025-'))).toHaveLength(11);
    expect(usCpiAnnual.some((r) => r.year === 2025 || r.year === 2026)).toBe(false);
    expect(usCpiMeta.years).toEqual({ from: 1913, to: 2024 });
    expect(usCpiMeta.gaps.join(' ')).toMatch(/2025 \(months missing: 10\)/);
    expect(usCpiMeta.records).toBe(usCpiAnnual.length);
    expect(parseCpiAnnualAverages(usCpiAnnual)).toHaveLength(2024 - 1913 + 1);
  });
});

describe('constant dollars', () => {
  it('scales by CPI(base) / CPI(year)', () => {
    expect(toConstantUsd(usCpiAnnual, { valueUsd: 1000, year: 2008, base: 2020 })).toBeCloseTo(
      (1000 * 258.811) / 215.303,
      9,
    );
    expect(toConstantUsd(usCpiAnnual, { valueUsd: 1000, year: 2020, base: 2020 })).toBe(1000);
  });

  it("puts Korea's 1970 and 2020 exports to Mexico in 2020 dollars", () => {
    const rows = flowSeries(tradeFlows, { partner: 'MEX', flow: 'export', from: 1970, to: 2020 });
    const real = toConstantUsdSeries(usCpiAnnual, rows, { base: 2020 });
    expect(real).toHaveLength(rows.length);
    const y2020 = real.find((r) => r.year === 2020);
    expect(y2020).toMatchObject({ year: 2020, valueUsd: 8_241_006_000, constantUsd: 8_241_006_000, base: 2020 });
    const first = real[0]!;
    const cpiOfFirst = usCpiAnnual.find((r) => r.year === first.year)!.index;
    expect(first.constantUsd).toBeCloseTo((first.valueUsd * 258.811) / cpiOfFirst, 6);
    // The input rows are left as they were.
    expect(rows[0]).not.toHaveProperty('constantUsd');
  });

  it('throws for a year without an annual average, naming it', () => {
    expect(() => toConstantUsd(usCpiAnnual, { valueUsd: 1, year: 2023, base: 2025 })).toThrow(
      'No annual CPI average for base year 2025 (averages exist for 1913–2024, complete years only).',
    );
    expect(() => toConstantUsd(usCpiAnnual, { valueUsd: 1, year: 1900, base: 2020 })).toThrow(
      /No annual CPI average for year 1900/,
    );
    expect(() => toConstantUsdSeries(usCpiAnnual, [{ year: 2025, valueUsd: 1 }], { base: 2020 })).toThrow(
      /for year 2025/,
    );
  });

  it('names bad arguments instead of returning NaN', () => {
    expect(() => toConstantUsd(usCpiAnnual, { valueUsd: Number.NaN, year: 2008, base: 2020 })).toThrow(TypeError);
    expect(() => toConstantUsd(usCpiAnnual, { valueUsd: '5' as never, year: 2008, base: 2020 })).toThrow(
      /"valueUsd" to be a finite number/,
    );
    expect(() => toConstantUsd(usCpiAnnual, { valueUsd: 1, year: 2008.5, base: 2020 })).toThrow(RangeError);
    expect(() => toConstantUsd(null as never, { valueUsd: 1, year: 2008, base: 2020 })).toThrow(TypeError);
    expect(() => toConstantUsd([{ year: 2008, index: 0 }] as never, { valueUsd: 1, year: 2008, base: 2008 })).toThrow(
      /cpi\[0\] is not an annual CPI average/,
    );
    expect(() => toConstantUsdSeries(usCpiAnnual, [null] as never, { base: 2020 })).toThrow(/rows\[0\]/);
    expect(() => toConstantUsdSeries(usCpiAnnual, 'x' as never, { base: 2020 })).toThrow(TypeError);
  });
});
