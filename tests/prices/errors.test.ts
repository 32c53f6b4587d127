import { describe, expect, it } from 'vitest';
import { toConstantUsd, toConstantUsdSeries, usCpiAnnual } from '../../src/prices/index.js';

// BLS CPI-U annual averages (1982–84 = 100): 2008 215.303, 2020 258.811.
const cpi = [
  { year: 2008, index: 215.303, sources: ['bls-cpi-u'] },
  { year: 2020, index: 258.811, sources: ['bls-cpi-u'] },
] as never;

describe('constant dollars: every bad argument is named', () => {
  it('names the CPI argument and each bad CPI row', () => {
    expect(() => toConstantUsd(null as never, { valueUsd: 1, year: 2008, base: 2020 })).toThrow(
      new TypeError('Expected "cpi" to be an array, got null.'),
    );
    const rows = [
      { year: 2008.5, index: 1 },
      { year: 2008, index: '215' },
      { year: 2008, index: 0 },
      { year: 2008, index: -3 },
      { year: 2008, index: Number.POSITIVE_INFINITY },
      { year: 2008, index: Number.NaN },
      null,
    ];
    for (const row of rows) {
      expect(() => toConstantUsd([row] as never, { valueUsd: 1, year: 2008, base: 2008 }), JSON.stringify(row)).toThrow(
        /^cpi\[0\] is not an annual CPI average: /,
      );
    }
  });

  it('names the value, the year, the base and a missing average', () => {
    expect(() => toConstantUsd(cpi, { valueUsd: '5' as never, year: 2008, base: 2020 })).toThrow(
      new TypeError('Expected "valueUsd" to be a finite number of US dollars, got "5".'),
    );
    expect(() => toConstantUsd(cpi, { valueUsd: Number.NaN, year: 2008, base: 2020 })).toThrow(TypeError);
    expect(() => toConstantUsd(cpi, { valueUsd: 1, year: 2008.5, base: 2020 })).toThrow(/"year"/);
    expect(() => toConstantUsd(cpi, { valueUsd: 1, year: 2008, base: 20 })).toThrow(/"base"/);
    expect(() => toConstantUsd(cpi, { valueUsd: 1, year: 2009, base: 2020 })).toThrow(
      new RangeError('No annual CPI average for year 2009 (averages exist for 2008–2020, complete years only).'),
    );
    expect(() => toConstantUsd(cpi, { valueUsd: 1, year: 2008, base: 2019 })).toThrow(
      /^No annual CPI average for base year 2019/,
    );
  });

  it('refuses a result too large to represent', () => {
    expect(() => toConstantUsd(cpi, { valueUsd: Number.MAX_VALUE, year: 2008, base: 2020 })).toThrow(
      new RangeError('The constant-dollar value for 2008 is too large to represent (got Infinity).'),
    );
  });

  it('names each bad row of a series, and the base', () => {
    expect(() => toConstantUsdSeries(cpi, null as never, { base: 2020 })).toThrow(
      new TypeError('Expected "rows" to be an array, got null.'),
    );
    expect(() => toConstantUsdSeries(cpi, [], { base: 20 })).toThrow(/"base"/);
    expect(() => toConstantUsdSeries(cpi, [], { base: 2019 })).toThrow(/^No annual CPI average for base year 2019/);
    expect(() => toConstantUsdSeries(cpi, [null] as never, { base: 2020 })).toThrow(
      new TypeError('rows[0] is not a row with a year and valueUsd: null.'),
    );
    expect(() => toConstantUsdSeries(cpi, [7] as never, { base: 2020 })).toThrow(/^rows\[0\] is not a row/);
    expect(() => toConstantUsdSeries(cpi, [{ year: 2008, valueUsd: '1' }] as never, { base: 2020 })).toThrow(
      new TypeError('Expected "rows[0].valueUsd" to be a finite number of US dollars, got "1".'),
    );
    expect(() => toConstantUsdSeries(cpi, [{ year: 2008.5, valueUsd: 1 }] as never, { base: 2020 })).toThrow(
      /"rows\[0\]\.year"/,
    );
  });

  it('gives the same answer for a copied (unfrozen) CPI list as for the shipped one', () => {
    const copy = usCpiAnnual.map((r) => ({ ...r }));
    const shipped = toConstantUsd(usCpiAnnual, { valueUsd: 1000, year: 2008, base: 2020 });
    expect(toConstantUsd(copy, { valueUsd: 1000, year: 2008, base: 2020 })).toBe(shipped);
    // 1000 × 258.811 / 215.303
    expect(shipped).toBeCloseTo((1000 * 258.811) / 215.303, 9);
    copy[copy.findIndex((r) => r.year === 2020)] = { ...copy[0]!, year: 2020, index: 100 };
    expect(toConstantUsd(copy, { valueUsd: 1000, year: 2008, base: 2020 })).toBeCloseTo((1000 * 100) / 215.303, 9);
  });
});
