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
 * @example
 * ```ts
 * dayParts('2024-02-29'); // [2024, 2, 29]
 * dayParts('2023-02-29'); // undefined
 * ```
 */
export function dayParts(date: string): [number, number, number] | undefined {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return undefined;
  const y = digits(date, 0, 4);
  const m = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  if (y < 1 || m < 1 || m > 12 || d < 1) return undefined;
  const last = m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= last ? [y, m, d] : undefined;
}

/** Days already read (a few thousand at most): a chart asks about the same days again and again. */
const checkedDays = new Set<string>();

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
 * @example
 * ```ts
 * readDay(new Date('2004-04-01T12:00:00Z'), 'on'); // '2004-04-01'
 * readDay('2013-06-30', 'on'); // '2013-06-30'
 * ```
 */
export function readDay(value: unknown, name: string): string {
  const time = timeOf(value);
  if (time !== undefined && !Number.isNaN(time)) {
    // Read from the time value once: a Date subclass cannot answer differently per call.
    const day = new Date(time);
    const year = day.getUTCFullYear();
    if (year < 1 || year > 9999) throw new RangeError(`Invalid date for "${name}": year ${year} is outside 1–9999.`);
    return `${pad(year, 4)}-${pad(day.getUTCMonth() + 1, 2)}-${pad(day.getUTCDate(), 2)}`;
  }
  if (typeof value === 'string') {
    if (checkedDays.has(value)) return value;
    if (dayParts(value) !== undefined) {
      if (checkedDays.size >= 4096) checkedDays.clear();
      checkedDays.add(value);
      return value;
    }
  }
  const shown = time !== undefined ? 'an invalid Date' : describeValue(value);
  throw new RangeError(`Invalid date ${shown} for "${name}": expected a Date or an ISO day such as '2004-04-01'.`);
}
