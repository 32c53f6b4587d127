/**
 * The English month names, January first: how the library writes a month in
 * English display text and reads one back when it translates that text.
 */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
