import { assertYear, checkRecords } from '../internal/assert.js';
import { describeValue } from '../internal/describe-value.js';

const YEAR_FIELDS = { year: 'whole number' } as const;

/**
 * A year and a value, the shape the growth helpers read by default.
 *
 * @example
 * ```ts
 * import { YearValue } from 'korea-latam/trade';
 * const point: YearValue = { year: 2008, value: 9_089_900_000 };
 * ```
 */
export interface YearValue {
  readonly year: number;
  readonly value: number;
}

/**
 * One step of a {@link yearOverYear} series.
 *
 * @example
 * ```ts
 * import { YearOverYearRow } from 'korea-latam/trade';
 * const step: YearOverYearRow = { year: 2009, value: 90, previous: 100, change: -10, changePct: -10 };
 * ```
 */
export interface YearOverYearRow {
  readonly year: number;
  readonly value: number;
  /** The value of the year before; `null` when that year is not in the series. */
  readonly previous: number | null;
  readonly change: number | null;
  /** Change as a percentage of the previous value; `null` when that is missing or zero. */
  readonly changePct: number | null;
}

function readSeries<T extends { readonly year: number }>(
  series: readonly T[],
  getValue: (row: T) => number,
): Map<number, number> {
  if (typeof getValue !== 'function') {
    throw new TypeError(`Expected getValue to be a function, got ${describeValue(getValue)}.`);
  }
  checkRecords(series, 'series', 'a row with a year', YEAR_FIELDS);
  const values = new Map<number, number>();
  series.forEach((row, position) => {
    assertYear(row.year, `series[${position}].year`);
    const value = getValue(row);
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new TypeError(`series[${position}] (year ${row.year}) has no finite value: got ${describeValue(value)}.`);
    }
    if (values.has(row.year)) throw new RangeError(`series has two rows for year ${row.year}.`);
    values.set(row.year, value);
  });
  return values;
}

/** The result itself, or a RangeError when the values are too far apart for a finite answer. */
function finite(result: number, year: number): number {
  if (!Number.isFinite(result)) {
    throw new RangeError(`The values up to ${year} are too far apart for a finite result (got ${result}).`);
  }
  return result;
}

const defaultValue = (row: { readonly year: number }): number => (row as Partial<YearValue>).value as number;

/**
 * Year-over-year change of a series. A year whose previous year is missing
 * gets `null` changes rather than a change over a longer gap.
 *
 * @param series - Rows with a `year`, such as the rows of `aggregate` or `balanceSeries`.
 * @param getValue - Reads the value of a row; by default its `value` field.
 * @throws TypeError when `series` is not an array of rows with a whole-number year and a
 *   finite value, or `getValue` is not a function.
 * @throws RangeError for a year outside 1000–9999, duplicate years, or values too far apart
 *   for a finite change.
 * @example
 * ```ts
 * import { tradeFlows, balanceSeries, yearOverYear } from 'korea-latam/trade';
 * const rows = balanceSeries(tradeFlows, { partner: 'MEX', from: 2007, to: 2009 });
 * yearOverYear(rows, (r) => r.exportsUsd).map((r) => r.changePct);
 * ```
 */
export function yearOverYear<T extends { readonly year: number }>(
  series: readonly T[],
  getValue: (row: T) => number = defaultValue,
): YearOverYearRow[] {
  const values = readSeries(series, getValue);
  return [...values.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, value]) => {
      const previous = values.get(year - 1) ?? null;
      const change = previous === null ? null : finite(value - previous, year);
      return {
        year,
        value,
        previous,
        change,
        changePct: change === null || previous === 0 ? null : finite((change / (previous as number)) * 100, year),
      };
    });
}

/**
 * Compound annual growth rate between two years of a series, in percent:
 * `((end / start) ** (1 / (to - from)) - 1) * 100`.
 *
 * Returns `undefined` when either year is missing from the series or the
 * start value is not positive (growth from zero is undefined).
 *
 * @param series - Rows with a `year`, such as the rows of `aggregate` or `balanceSeries`.
 * @param from - The first year (its row must be in `series`).
 * @param to - The last year, after `from` (its row must be in `series`).
 * @param getValue - Reads the value of a row; by default its `value` field.
 * @throws RangeError when `from` is not before `to`, or the growth is too large to be finite.
 * @throws TypeError for a malformed row or a `getValue` that is not a function.
 * @example
 * ```ts
 * import { cagr } from 'korea-latam/trade';
 * cagr([{ year: 2000, value: 100 }, { year: 2002, value: 121 }], 2000, 2002); // ≈ 10.0 (% a year)
 * ```
 */
export function cagr<T extends { readonly year: number }>(
  series: readonly T[],
  from: number,
  to: number,
  getValue: (row: T) => number = defaultValue,
): number | undefined {
  assertYear(from, 'from');
  assertYear(to, 'to');
  if (from >= to) throw new RangeError(`"from" (${from}) must be before "to" (${to}).`);
  const values = readSeries(series, getValue);
  const start = values.get(from);
  const end = values.get(to);
  if (start === undefined || end === undefined || start <= 0 || end < 0) return undefined;
  return finite(((end / start) ** (1 / (to - from)) - 1) * 100, to);
}
