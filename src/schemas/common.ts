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
 * SourceIdSchema.parse('lopez-aymes-2012');
 * ```
 */
export const SourceIdSchema: z.ZodType<SourceId> = z.enum(sourceIds);

/**
 * A record's `sources` field: one or more known source ids.
 *
 * @example
 * ```ts
 * SourcesFieldSchema.parse(['imf-dots-2022']);
 * ```
 */
export const SourcesFieldSchema: z.ZodType<readonly SourceId[]> = z.array(SourceIdSchema).min(1);

/**
 * Any economy code in the country table.
 *
 * @example
 * ```ts
 * CountryCodeSchema.parse('USA');
 * ```
 */
export const CountryCodeSchema: z.ZodType<CountryCode> = z.enum(countryCodes);

/**
 * One of the 33 LAC country codes.
 *
 * @example
 * ```ts
 * LacCountryCodeSchema.parse('MEX');
 * ```
 */
export const LacCountryCodeSchema: z.ZodType<LacCountryCode> = z.enum(lacCountryCodes);

/**
 * A bloc id.
 *
 * @example
 * ```ts
 * BlocIdSchema.parse('MERCOSUR');
 * ```
 */
export const BlocIdSchema: z.ZodType<BlocId> = z.enum(blocIds);

/**
 * A non-empty string with no leading or trailing white space.
 *
 * @example
 * ```ts
 * TextSchema.parse('Korea');
 * ```
 */
export const TextSchema: z.ZodType<string> = z
  .string()
  .min(1)
  .refine((s) => s.trim() === s, 'must not start or end with white space');
