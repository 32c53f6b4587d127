import { describeValue } from '../internal/describe-value.js';
import { dayParts, readDay } from '../internal/iso-day.js';
import type { DateInterval, DatePrecision } from './types.js';

/** A date given as a `Date` (read by its UTC calendar day) or an ISO string. */
export type DateInput = Date | string;

const PATTERNS: Readonly<Record<DatePrecision, RegExp>> = {
  day: /^(\d{4})-(\d\d)-(\d\d)$/,
  month: /^(\d{4})-(\d\d)$/,
  year: /^(\d{4})$/,
  decade: /^(\d{3}0)$/,
};

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;

/** Year, month and day of a date string at a precision, or `undefined` if it is not a real date written that way. */
/** A UTC instant for a calendar date, valid for years 1–99 too (Date.UTC maps those to 1900–1999). */
function utc(y: number, m: number, d: number, endOfDay = false): Date {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  if (endOfDay) date.setUTCHours(23, 59, 59, 999);
  return date;
}

function partsOf(date: unknown, precision: DatePrecision): [number, number, number] | undefined {
  if (precision === 'day') return typeof date === 'string' ? dayParts(date) : undefined;
  const match = typeof date === 'string' ? PATTERNS[precision].exec(date) : null;
  if (!match) return undefined;
  const [, y = 0, m = 1, d = 1] = match.map(Number);
  // Years run from 1 to 9999; the month and day must exist in that year (no 2015-02-30).
  const probe = utc(y, m, d);
  return y >= 1 && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d ? [y, m, d] : undefined;
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
  const precision = (['day', 'month', 'year'] as const).find((p) => partsOf(date, p));
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
  if (typeof precision !== 'string' || !Object.hasOwn(PATTERNS, precision)) {
    throw new RangeError(`Unknown date precision ${describeValue(precision)}. Valid values: day, month, year, decade.`);
  }
  const parts = partsOf(date, precision);
  if (parts === undefined) {
    const format = { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY', decade: 'YYY0' }[precision];
    throw new RangeError(
      `Invalid date ${describeValue(date)}: expected a real date written at ${precision} precision (${format}).`,
    );
  }
  const [y, m, d] = parts;
  const lastYear = precision === 'decade' ? y + 9 : y;
  const lastMonth = precision === 'day' || precision === 'month' ? m : 12;
  // Day 0 of the next month is the last day of this one.
  const lastDay = precision === 'day' ? d : utc(lastYear, lastMonth + 1, 0).getUTCDate();
  return {
    start: utc(y, m, d),
    end: utc(lastYear, lastMonth, lastDay, true),
    first: iso(y, m, d),
    last: iso(lastYear, lastMonth, lastDay),
  };
}

/**
 * Reads a date argument as a calendar day (`'YYYY-MM-DD'`). A `Date` is read
 * by its UTC calendar day; a string must be a valid ISO day, month or year —
 * a partial date stands for its first day (`side: 'from'`) or its last (`'to'`).
 *
 * @throws RangeError naming the value when it is not a valid date.
 * @example
 * ```ts
 * toDay(new Date('2004-04-01T12:00:00Z'), 'on'); // '2004-04-01'
 * toDay('2004', 'to', 'to'); // '2004-12-31'
 * ```
 */
export function toDay(input: DateInput, name: string, side?: 'from' | 'to'): string {
  // A Date, or a day with no side to take: the library's one day reader.
  if (input instanceof Date || side === undefined) return readDay(input, name);
  const precision = (['day', 'month', 'year'] as const).find((p) => partsOf(input, p));
  if (precision === undefined) {
    throw new RangeError(
      `Invalid date ${describeValue(input)} for "${name}": expected a Date or an ISO day such as '2004-04-01'.`,
    );
  }
  const interval = toInterval(input as string, precision);
  return side === 'to' ? interval.last : interval.first;
}

/**
 * Whole calendar days from one ISO day to another (negative if `to` is earlier).
 *
 * @example
 * ```ts
 * daysBetween('2003-02-15', '2004-04-01'); // 411
 * ```
 */
export function daysBetween(from: string, to: string): number {
  // UTC days are all 86,400,000 ms long (no daylight saving), so the
  // difference is an exact whole number of calendar days.
  const [fy = 1, fm = 1, fd = 1] = from.split('-').map(Number);
  const [ty = 1, tm = 1, td = 1] = to.split('-').map(Number);
  return (utc(ty, tm, td).getTime() - utc(fy, fm, fd).getTime()) / 86_400_000;
}
