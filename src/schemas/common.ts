import * as z from 'zod';
import { blocIds, countryCodes, lacCountryCodes } from '../countries/country-codes.generated.js';
import type { BlocId, CountryCode, LacCountryCode } from '../countries/types.js';
import { sourceIds } from '../sources/source-ids.generated.js';
import type { SourceId } from '../sources/types.js';

/**
 * A source id from the bibliography.
 *
 * @example
 * ```ts
 * import { SourceIdSchema } from 'korea-latam/schemas';
 * SourceIdSchema.parse('lopez-aymes-2012');
 * ```
 */
export const SourceIdSchema: z.ZodType<SourceId> = z.enum(sourceIds);

/**
 * A record's `sources` field: one or more known source ids.
 *
 * @example
 * ```ts
 * import { SourcesFieldSchema } from 'korea-latam/schemas';
 * SourcesFieldSchema.parse(['imf-dots-2022']);
 * ```
 */
export const SourcesFieldSchema: z.ZodType<readonly SourceId[]> = z.array(SourceIdSchema).min(1);

/**
 * Any economy code in the country table.
 *
 * @example
 * ```ts
 * import { CountryCodeSchema } from 'korea-latam/schemas';
 * CountryCodeSchema.parse('USA');
 * ```
 */
export const CountryCodeSchema: z.ZodType<CountryCode> = z.enum(countryCodes);

/**
 * One of the 33 LAC country codes.
 *
 * @example
 * ```ts
 * import { LacCountryCodeSchema } from 'korea-latam/schemas';
 * LacCountryCodeSchema.parse('MEX');
 * ```
 */
export const LacCountryCodeSchema: z.ZodType<LacCountryCode> = z.enum(lacCountryCodes);

/**
 * A bloc id.
 *
 * @example
 * ```ts
 * import { BlocIdSchema } from 'korea-latam/schemas';
 * BlocIdSchema.parse('MERCOSUR');
 * ```
 */
export const BlocIdSchema: z.ZodType<BlocId> = z.enum(blocIds);

/**
 * A non-empty string with no leading or trailing white space.
 *
 * @example
 * ```ts
 * import { TextSchema } from 'korea-latam/schemas';
 * TextSchema.parse('Korea');
 * ```
 */
export const TextSchema: z.ZodType<string> = z
  .string()
  .min(1)
  .refine((s) => s.trim() === s, 'must not start or end with white space');

const DATE_PATTERNS = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
  decade: /^\d{3}0$/,
} as const;

/**
 * Whether `date` is a real calendar date written at `precision`: the right
 * shape, a year from 1 to 9999, and a month and day that exist (no
 * `2015-02-30`).
 */
export function isCalendarDate(date: string, precision: keyof typeof DATE_PATTERNS): boolean {
  if (!DATE_PATTERNS[precision].test(date)) return false;
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const probe = new Date(0);
  probe.setUTCFullYear(y, m - 1, d);
  return y >= 1 && probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}
