import { MONTH_NAMES } from '../../internal/month-names.js';

/** A percentage with two decimals: `2.4609…` → `'2.46%'`. */
export const pct = (value: number): string => `${value.toFixed(2)}%`;

/** US dollars in billions with two decimals: `12_570_000_000` → `'US$ 12.57 bn'`. */
export const bn = (value: number): string => `US$ ${(value / 1e9).toFixed(2)} bn`;

/** Rounds to a number of decimals, for figures stored in a check. */
export const round = (value: number, decimals = 2): number => Number(value.toFixed(decimals));

/** English names of the countries the checks name, so that display text never shows a code. */
const NAMES: Readonly<Record<string, string>> = {
  ARG: 'Argentina',
  BRA: 'Brazil',
  CAN: 'Canada',
  CHL: 'Chile',
  CHN: 'China',
  COL: 'Colombia',
  DEU: 'Germany',
  JPN: 'Japan',
  MEX: 'Mexico',
  PER: 'Peru',
  USA: 'United States',
};

/** A country's English name for display text: `'MEX'` → `'Mexico'` (another code is shown as given). */
export const nameOf = (code: string): string => NAMES[code] ?? code;

/**
 * A date for display text at its own precision: a month is written out
 * (`'2010-11'` → `'November 2010'`, which cannot be read as a period); a day
 * or a year stays as written.
 */
export const dateText = (date: string): string => {
  const month = /^(\d{4})-(\d\d)$/.exec(date);
  return month ? `${MONTH_NAMES[Number(month[2]) - 1] ?? month[2]} ${month[1]}` : date;
};
