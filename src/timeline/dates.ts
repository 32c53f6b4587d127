import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { describeValue } from '../internal/describe-value.js';
import type { DateInterval, DatePrecision } from './types.js';

/** A date given as a `Date` (read by its UTC calendar day) or an ISO string. */
export type DateInput = Date | string;

const PATTERNS: Readonly<Record<DatePrecision, RegExp>> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
  decade: /^\d{3}0$/,
};

const PRECISIONS: readonly DatePrecision[] = ['day', 'month', 'year', 'decade'];

const FORMATS: Readonly<Record<DatePrecision, string>> = {
  day: 'YYYY-MM-DD',
  month: 'YYYY-MM',
  year: 'YYYY',
  decade: "the decade's first year, YYY0",
};

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function invalid(value: unknown, expected: string): RangeError {
  return new RangeError(`Invalid date ${describeValue(value)}: expected ${expected}.`);
}

/**
 * The precision a partial ISO date string is written at: `'2004-04-01'` →
 * `day`, `'2003-02'` → `month`, `'1999'` → `year`.
 *
 * @throws {RangeError} naming the string when it is not a valid ISO date.
 * @example
 * ```ts
 * import { precisionOf } from 'korea-latam/timeline';
 * precisionOf('2003-02'); // 'month'
 * precisionOf('2003-02-30'); // RangeError: Invalid date "2003-02-30" …
 * ```
 */
export function precisionOf(date: string): Exclude<DatePrecision, 'decade'> {
  if (typeof date === 'string') {
    for (const precision of ['day', 'month', 'year'] as const) {
      if (PATTERNS[precision].test(date) && isValid(parseISO(date))) return precision;
    }
  }
  throw invalid(date, "an ISO date such as '2004-04-01', '2003-02' or '1999'");
}

/**
 * The interval a date of a given precision covers: from the first instant of
 * its first day to the last instant of its last day, in UTC. A decade is
 * written as its first year (`'1990'` with `decade` = 1990–1999).
 *
 * @throws {RangeError} for a string that is not a valid date at that precision, or an unknown precision.
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
  if (!PRECISIONS.includes(precision)) {
    throw new RangeError(
      `Unknown date precision ${describeValue(precision)}. Valid values: "day", "month", "year", "decade".`,
    );
  }
  const pattern = PATTERNS[precision];
  if (typeof date !== 'string' || !pattern.test(date) || (precision !== 'decade' && !isValid(parseISO(date)))) {
    throw invalid(date, `a ${precision}-precision ISO date (${FORMATS[precision]})`);
  }
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  let first: [number, number, number];
  let last: [number, number, number];
  switch (precision) {
    case 'day':
      first = [y, m, d];
      last = [y, m, d];
      break;
    case 'month':
      first = [y, m, 1];
      last = [y, m, getDaysInMonth(new Date(y, m - 1, 1))];
      break;
    case 'year':
      first = [y, 1, 1];
      last = [y, 12, 31];
      break;
    case 'decade':
      first = [y, 1, 1];
      last = [y + 9, 12, 31];
      break;
  }
  const iso = ([yy, mm, dd]: [number, number, number]): string => `${pad(yy, 4)}-${pad(mm)}-${pad(dd)}`;
  return {
    start: new Date(Date.UTC(first[0], first[1] - 1, first[2])),
    end: new Date(Date.UTC(last[0], last[1] - 1, last[2], 23, 59, 59, 999)),
    first: iso(first),
    last: iso(last),
  };
}

/**
 * Reads a date argument as a calendar day (`'YYYY-MM-DD'`). A `Date` is read
 * by its UTC calendar day; a string must be a valid ISO day.
 *
 * @throws {RangeError} naming the value when it is not a valid date.
 * @example
 * ```ts
 * toDay(new Date('2004-04-01T12:00:00Z'), 'on'); // '2004-04-01'
 * ```
 */
export function toDay(input: DateInput, name: string): string {
  if (input instanceof Date) {
    if (!isValid(input)) throw new RangeError(`Invalid date for "${name}": got an invalid Date.`);
    return input.toISOString().slice(0, 10);
  }
  if (typeof input === 'string' && PATTERNS.day.test(input) && isValid(parseISO(input))) return input;
  throw new RangeError(
    `Invalid date ${describeValue(input)} for "${name}": expected a Date or an ISO day such as '2004-04-01'.`,
  );
}

/**
 * Reads a range bound that may be partial: `'2004'` or `'2004-03'` stand for
 * their first day as a `from` bound and their last day as a `to` bound.
 *
 * @example
 * ```ts
 * toBoundDay('2004', 'to', 'to'); // '2004-12-31'
 * ```
 */
export function toBoundDay(input: DateInput, side: 'from' | 'to', name: string): string {
  if (
    typeof input === 'string' &&
    !PATTERNS.day.test(input) &&
    (PATTERNS.month.test(input) || PATTERNS.year.test(input))
  ) {
    const interval = toInterval(input, precisionOf(input));
    return side === 'from' ? interval.first : interval.last;
  }
  return toDay(input, name);
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
  const [fy = 0, fm = 1, fd = 1] = from.split('-').map(Number);
  const [ty = 0, tm = 1, td = 1] = to.split('-').map(Number);
  return differenceInCalendarDays(new Date(ty, tm - 1, td), new Date(fy, fm - 1, fd));
}
