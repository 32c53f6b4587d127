import { assertArray, assertYear, ownOption, readOptions, readOwn } from '../internal/assert.js';
import { describeValue } from '../internal/describe-value.js';
import { memoForSettled } from '../internal/memo.js';
import { isTrusted } from '../internal/settled.js';
import type { CpiAnnualAverage } from './types.js';

function indexByYear(cpi: readonly CpiAnnualAverage[]): ReadonlyMap<number, number> {
  assertArray(cpi, 'cpi');
  return byYearOf(cpi);
}

/** Each year's average, remembered only for a list whose records can no longer change, at any depth. */
const byYearOf = /* @__PURE__ */ memoForSettled((cpi: readonly CpiAnnualAverage[]): ReadonlyMap<number, number> => {
  const byYear = new Map<number, number>();
  // An index loop (a hole is a missing record, not skipped), each field read once.
  for (let position = 0; position < cpi.length; position += 1) {
    const row: unknown = cpi[position];
    const year = typeof row === 'object' && row !== null ? (row as { year?: unknown }).year : undefined;
    const index = typeof row === 'object' && row !== null ? (row as { index?: unknown }).index : undefined;
    if (!Number.isInteger(year) || typeof index !== 'number' || !(index > 0) || index === Infinity) {
      throw new TypeError(`cpi[${position}] is not an annual CPI average: ${describeValue(row)}.`);
    }
    byYear.set(year as number, index);
  }
  return byYear;
});

function indexFor(byYear: ReadonlyMap<number, number>, year: number, name: string): number {
  const index = byYear.get(year);
  if (index === undefined) throw noAverage(byYear, year, name);
  return index;
}

/** The error for a year with no average: which years have one. */
function noAverage(byYear: ReadonlyMap<number, number>, year: number, name: string): RangeError {
  // A loop, not Math.min(...years): a list of any length, and an empty one, get the same message shape.
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const y of byYear.keys()) {
    if (y < first) first = y;
    if (y > last) last = y;
  }
  const exist =
    byYear.size === 0 ? 'the CPI list is empty' : `averages exist for ${first}–${last}, complete years only`;
  return new RangeError(`No annual CPI average for ${name} ${year} (${exist}).`);
}

function finiteResult(result: number, year: number): number {
  if (!Number.isFinite(result)) {
    throw new RangeError(`The constant-dollar value for ${year} is too large to represent (got ${result}).`);
  }
  return result;
}

function assertValue(value: unknown, name: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new TypeError(`Expected "${name}" to be a finite number of US dollars, got ${describeValue(value)}.`);
  }
}

/**
 * Options of {@link toConstantUsd}.
 *
 * @example
 * ```ts
 * import { ConstantUsdOptions } from 'korea-latam/prices';
 * const options: ConstantUsdOptions = { valueUsd: 1_000_000, year: 1970, base: 2020 };
 * ```
 * @expand
 */
export interface ConstantUsdOptions {
  /** A value in current US dollars of `year`. */
  readonly valueUsd: number;
  readonly year: number;
  /** The year whose dollars to express the value in. */
  readonly base: number;
}

/** The options of one conversion, each read once from an own property (no snapshot: it runs in loops). */
const readValueOptions = (o: Partial<Record<keyof ConstantUsdOptions, unknown>>) => ({
  valueUsd: ownOption(o, 'valueUsd', o.valueUsd),
  year: ownOption(o, 'year', o.year),
  base: ownOption(o, 'base', o.base),
});

/**
 * Expresses a current-dollar value of one year in constant dollars of a base
 * year: `valueUsd × CPI(base) / CPI(year)`, with the annual averages you pass
 * (normally `usCpiAnnual`). A US consumer price index is a common but
 * imperfect deflator for trade values: it measures what US households pay,
 * not the prices of the goods traded.
 *
 * @param cpi - Annual CPI averages: `usCpiAnnual`, or your own.
 * @param options - The value in current US dollars, its year, and the base year; see {@link ConstantUsdOptions}.
 * @throws RangeError for a year or base with no annual average in `cpi`
 *   (such as 2025, which lacks October), naming the year, or a result too large to represent.
 * @throws TypeError when `cpi` is not a list of annual averages or
 *   `valueUsd` is not a finite number.
 * @example
 * ```ts
 * import { usCpiAnnual, toConstantUsd } from 'korea-latam/prices';
 * toConstantUsd(usCpiAnnual, { valueUsd: 1000, year: 2008, base: 2020 }); // ≈ 1202.08
 * ```
 */
export function toConstantUsd(cpi: readonly CpiAnnualAverage[], options: ConstantUsdOptions): number {
  const { valueUsd, year, base } = readOwn(options, 'options', readValueOptions);
  assertValue(valueUsd, 'valueUsd');
  assertYear(year, 'year');
  assertYear(base, 'base');
  return finiteResult((valueUsd * cpiOf(cpi, base, 'base year')) / cpiOf(cpi, year, 'year'), year);
}

/**
 * A year's average from `cpi`. The shipped series has one row per year from its first, so a
 * year's row is found by its position, with no index to build; any other list goes through its index.
 */
function cpiOf(cpi: readonly CpiAnnualAverage[], year: number, name: string): number {
  if (isTrusted(cpi)) {
    const row = cpi[year - (cpi[0] as CpiAnnualAverage).year];
    if (row !== undefined && row.year === year) return row.index;
  }
  return indexFor(indexByYear(cpi), year, name);
}

/**
 * A row of a series with a year and a current-dollar value, such as a
 * {@link "korea-latam/trade"!FlowSeriesRow} from `korea-latam/trade`.
 *
 * @example
 * ```ts
 * import { NominalRow } from 'korea-latam/prices';
 * const row: NominalRow = { year: 2008, valueUsd: 9089949000 };
 * ```
 */
export interface NominalRow {
  readonly year: number;
  readonly valueUsd: number;
}

/**
 * Adds constant-dollar values of a base year to every row of a series (see
 * {@link toConstantUsd} for the formula and its caveat). Returns new rows
 * with `constantUsd` and `base` added; the input is not changed.
 *
 * @param cpi - Annual CPI averages: `usCpiAnnual`, or your own.
 * @param rows - Rows with a `year` and US dollar values, such as the rows of `balanceSeries`.
 * @param options - `base`: the year whose dollars to express the values in.
 * @throws RangeError when a row's year or the base has no annual average.
 * @throws TypeError when `rows` is not an array of rows with a year and a finite `valueUsd`.
 * @example
 * ```ts
 * import { usCpiAnnual, toConstantUsdSeries } from 'korea-latam/prices';
 * import { tradeFlows, flowSeries } from 'korea-latam/trade';
 * const real = toConstantUsdSeries(usCpiAnnual, flowSeries(tradeFlows, { partner: 'MEX', flow: 'export', from: 1970, to: 2020 }), { base: 2020 });
 * real[0]?.base; // 2020
 * ```
 */
export function toConstantUsdSeries<Row extends NominalRow>(
  cpi: readonly CpiAnnualAverage[],
  rows: readonly Row[],
  options: { readonly base: number },
): (Row & { readonly constantUsd: number; readonly base: number })[] {
  const { base } = readOptions(options);
  assertYear(base, 'base');
  assertArray(rows, 'rows');
  const byYear = indexByYear(cpi);
  const baseIndex = indexFor(byYear, base, 'base year');
  return Array.from(rows, (row, position) => {
    if (row === null || typeof row !== 'object') {
      throw new TypeError(`rows[${position}] is not a row with a year and valueUsd: ${describeValue(row)}.`);
    }
    assertValue(row.valueUsd, `rows[${position}].valueUsd`);
    assertYear(row.year, `rows[${position}].year`);
    const constantUsd = finiteResult((row.valueUsd * baseIndex) / indexFor(byYear, row.year, 'year'), row.year);
    return { ...row, constantUsd, base };
  });
}
