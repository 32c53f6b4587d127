import { describeValue } from './describe-value.js';

/** The number written by the ASCII digits `text[from]` to `text[to - 1]`, or -1 if one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * Year, month and day of a `YYYY-MM-DD` string that names a real calendar day
 * in the years 1–9999, or `undefined`. Read by hand (no regular expression, no
 * Date): the common case of every date helper, and the cheapest.
 *
 * @param date - The text to read.
 */
export function dayParts(date: string): [number, number, number] | undefined {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return undefined;
  // One loop over the ten characters: in code that has not run yet, this costs a third of three
  // calls to a digit reader.
  let y = 0;
  let m = 0;
  let d = 0;
  for (let i = 0; i < 10; i += 1) {
    if (i === 4 || i === 7) continue;
    const code = date.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return undefined;
    if (i < 4) y = y * 10 + code;
    else if (i < 7) m = m * 10 + code;
    else d = d * 10 + code;
  }
  if (y < 1 || m < 1 || m > 12 || d < 1) return undefined;
  // Every month has 28 days: only a later day needs the month's length.
  return d <= 28 || d <= daysInMonth(y, m) ? [y, m, d] : undefined;
}

/** The number of days of month `m` (1–12) of year `y` in the proleptic Gregorian calendar. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The precisions a recorded date is written at. */
type Precision = 'day' | 'month' | 'year' | 'decade';

/**
 * The first and last ISO day a date written at `precision` covers (`'2003-02'`, month: 2003-02-01
 * to 2003-02-28), read by hand with no `Date` and no regular expression; `undefined` when the text
 * is not a real date at that precision (years 1–9999, a decade ends in 0).
 */
export function dayWindow(date: string, precision: Precision): { first: string; last: string } | undefined {
  if (typeof date !== 'string') return undefined;
  if (precision === 'day') return dayParts(date) === undefined ? undefined : { first: date, last: date };
  const length = precision === 'month' ? 7 : 4;
  if (date.length !== length || (precision === 'month' && date.charCodeAt(4) !== 45)) return undefined;
  const y = digits(date, 0, 4);
  if (y < 1 || (precision === 'decade' && y % 10 !== 0)) return undefined;
  if (precision === 'month') {
    const m = digits(date, 5, 7);
    if (m < 1 || m > 12) return undefined;
    return { first: `${date}-01`, last: `${date}-${pad(daysInMonth(y, m), 2)}` };
  }
  if (precision === 'year') return { first: `${date}-01-01`, last: `${date}-12-31` };
  // A decade of years: y is at most 9990, so the last year has four digits too.
  return precision === 'decade' ? { first: `${date}-01-01`, last: `${y + 9}-12-31` } : undefined;
}

/**
 * The time value of a real `Date` (one with Date's internal slot), or
 * `undefined` for anything else, including objects that only inherit from
 * `Date.prototype` and proxies of a Date, which would throw on `getTime()`.
 */
function timeOf(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * The library's one reader of a day argument: a valid `Date` (read by its UTC
 * calendar day, years 1–9999) or an ISO day string, returned as `'YYYY-MM-DD'`.
 * Anything else is a `RangeError` that names the value and the argument.
 *
 * @param value - The argument as given.
 * @param name - The argument's name, for the message.
 * @throws RangeError for anything but a real calendar day.
 */
export function readDay(value: unknown, name: string): string {
  // An ISO day string, the common case, in a few lines: a first call compiles only these.
  if (typeof value === 'string' && dayParts(value) !== undefined) return value;
  return readOtherDay(value, name);
}

/** {@link readDay} for anything but a valid ISO day string: a `Date`, or an error naming the value. */
function readOtherDay(value: unknown, name: string): string {
  const time = timeOf(value);
  if (time !== undefined && !Number.isNaN(time)) {
    // Read from the time value once: a Date subclass cannot answer differently per call.
    const day = new Date(time);
    const year = day.getUTCFullYear();
    if (year < 1 || year > 9999) throw new RangeError(`Invalid date for "${name}": year ${year} is outside 1–9999.`);
    return `${pad(year, 4)}-${pad(day.getUTCMonth() + 1, 2)}-${pad(day.getUTCDate(), 2)}`;
  }
  const shown = time !== undefined ? 'an invalid Date' : describeValue(value);
  throw new RangeError(`Invalid date ${shown} for "${name}": expected a Date or an ISO day such as '2004-04-01'.`);
}
