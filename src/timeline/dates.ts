import { describeValue } from '../internal/describe-value.js';
import { dayParts, daysInMonth, dayWindow, readDay } from '../internal/iso-day.js';
import type { DateInterval, DatePrecision } from './types.js';

/** A date given as a `Date` (read by its UTC calendar day) or an ISO string. */
export type DateInput = Date | string;

/** How a date at each precision is written, for messages. */
const FORMATS: Readonly<Record<DatePrecision, string>> = {
  day: 'YYYY-MM-DD',
  month: 'YYYY-MM',
  year: 'YYYY',
  decade: 'YYY0',
};

function utc(y: number, m: number, d: number, endOfDay = false): Date {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  if (endOfDay) date.setUTCHours(23, 59, 59, 999);
  return date;
}

/** The UTC instant an ISO day (already checked) begins, or its last millisecond. */
function instantOf(day: string, endOfDay = false): Date {
  const [y, m, d] = dayParts(day) as [number, number, number];
  return utc(y, m, d, endOfDay);
}

/**
 * The precision a partial ISO date string is written at: `'2004-04-01'` →
 * `day`, `'2003-02'` → `month`, `'1999'` → `year`.
 *
 * @param date - An ISO date at any precision: YYYY-MM-DD, YYYY-MM or YYYY.
 * @throws RangeError naming the string when it is not a valid ISO date: a real calendar date
 *   (no `2015-02-30`) in the years 1–9999.
 * @example
 * ```ts
 * import { precisionOf } from 'korea-latam/timeline';
 * precisionOf('2003-02'); // 'month'
 * precisionOf('2003-02-30'); // throws RangeError: Invalid date "2003-02-30"
 * ```
 */
export function precisionOf(date: string): Exclude<DatePrecision, 'decade'> {
  const precision = (['day', 'month', 'year'] as const).find((p) => dayWindow(date, p) !== undefined);
  if (precision === undefined) {
    throw new RangeError(
      `Invalid date ${describeValue(date)}: expected an ISO date such as '2004-04-01', '2003-02' or '1999'.`,
    );
  }
  return precision;
}

/**
 * The interval a date of a given precision covers: from the first instant of
 * its first day to the last instant of its last day, in UTC. A decade is
 * written as its first year (`'1990'` with `decade` = 1990–1999).
 *
 * @param date - An ISO date at the given precision (a decade is written as its first year).
 * @param precision - How precise `date` is: day, month, year or decade.
 * @throws RangeError for a string that is not a real calendar date at that precision (no
 *   `2015-02-30`, no `2015-13`, no year 0), or an unknown precision.
 * @example
 * ```ts
 * import { toInterval } from 'korea-latam/timeline';
 * toInterval('2004', 'year').last; // '2004-12-31'
 * toInterval('2004-02', 'month').last; // '2004-02-29'
 * toInterval('1990', 'decade').last; // '1999-12-31'
 * toInterval('2004-04-01', 'day').start.toISOString(); // '2004-04-01T00:00:00.000Z'
 * ```
 */
export function toInterval(date: string, precision: DatePrecision): DateInterval {
  const { first, last } = windowOf(date, precision);
  return { start: instantOf(first), end: instantOf(last, true), first, last };
}

/**
 * The first and last ISO day of a date written at `precision`, without the `Date` objects of
 * {@link toInterval} (the timeline helpers compare days as text). Throws as `toInterval` does.
 *
 * @throws RangeError when the precision is unknown or the date is not a real date at that precision.
 */
export function windowOf(date: string, precision: DatePrecision): { first: string; last: string } {
  if (typeof precision !== 'string' || !Object.hasOwn(FORMATS, precision)) {
    throw new RangeError(`Unknown date precision ${describeValue(precision)}. Valid values: day, month, year, decade.`);
  }
  const window = dayWindow(date, precision);
  if (window === undefined) {
    throw new RangeError(
      `Invalid date ${describeValue(date)}: expected a real date written at ${precision} precision (${FORMATS[precision]}).`,
    );
  }
  return window;
}

/**
 * The first and last ISO day of a date the data build has already checked (a shipped record's):
 * {@link windowOf} without its checks, so that a first question about
 * the shipped data does not pay for them.
 *
 * @param date - A date a shipped record holds.
 * @param precision - Its precision.
 */
export function knownWindow(date: string, precision: DatePrecision): { first: string; last: string } {
  if (precision === 'day') return { first: date, last: date };
  if (precision === 'year') return { first: `${date}-01-01`, last: `${date}-12-31` };
  if (precision === 'month') {
    // Every month has at least 28 days, so the last day needs no padding.
    return { first: `${date}-01`, last: `${date}-${daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5)))}` };
  }
  if (precision === 'decade')
    return { first: `${date}-01-01`, last: `${String(Number(date) + 9).padStart(4, '0')}-12-31` };
  return windowOf(date, precision);
}

/**
 * Reads a date argument as a calendar day (`'YYYY-MM-DD'`). A `Date` is read
 * by its UTC calendar day; a string must be a valid ISO day, month or year —
 * a partial date stands for its first day (`side: 'from'`) or its last (`'to'`).
 *
 * @throws RangeError naming the value when it is not a valid date.
 */
export function toDay(input: DateInput, name: string, side?: 'from' | 'to'): string {
  // A Date, or a day with no side to take: the library's one day reader.
  if (input instanceof Date || side === undefined) return readDay(input, name);
  // A day, a month or a year, told apart by length; dayWindow checks the rest.
  const length = typeof input === 'string' ? input.length : 0;
  const window = dayWindow(input, length === 10 ? 'day' : length === 7 ? 'month' : 'year');
  if (window === undefined) {
    throw new RangeError(
      `Invalid date ${describeValue(input)} for "${name}": expected a Date or an ISO day such as '2004-04-01'.`,
    );
  }
  return side === 'to' ? window.last : window.first;
}

/** Whole calendar days from one ISO day to another (negative if `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  // UTC days are all 86,400,000 ms long (no daylight saving), so the
  // difference is an exact whole number of calendar days.
  const [fy = 1, fm = 1, fd = 1] = from.split('-').map(Number);
  const [ty = 1, tm = 1, td = 1] = to.split('-').map(Number);
  return (utc(ty, tm, td).getTime() - utc(fy, fm, fd).getTime()) / 86_400_000;
}
