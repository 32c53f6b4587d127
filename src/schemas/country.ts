import * as z from 'zod';
import type { Bloc, Country } from '../countries/types.js';
import {
  BlocIdSchema,
  CountryCodeSchema,
  isCalendarDate,
  LacCountryCodeSchema,
  SourcesFieldSchema,
  TextSchema,
} from './common.js';
import { parseWith } from './parse-with.js';
import { uniqueBy } from './source.js';

/**
 * Schema of a {@link Country}.
 *
 * @example
 * ```ts
 * import { CountrySchema } from 'korea-latam/schemas';
 * import { getCountry } from 'korea-latam/countries';
 * CountrySchema.parse(getCountry('MEX')).alpha2; // 'MX'
 * ```
 */
export const CountrySchema: z.ZodType<Country> = z
  .object({
    code: CountryCodeSchema,
    alpha2: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .nullable(),
    numeric: z
      .string()
      .regex(/^\d{3}$/)
      .nullable(),
    name: TextSchema,
    group: z.enum(['lac', 'korea', 'other', 'historical']),
    subregion: z.enum(['Caribbean', 'Central America', 'South America', 'Northern America']).nullable(),
    blocs: z.array(BlocIdSchema),
    sources: SourcesFieldSchema,
    note: TextSchema.exactOptional(),
  })
  .strict();

const PrecisionSchema = z.enum(['day', 'month', 'year']);

/** A date field and its precision field: both or neither, and a real date at that precision. */
function checkDatePair(
  date: string | undefined,
  precision: 'day' | 'month' | 'year' | undefined,
  field: string,
  ctx: z.RefinementCtx,
): void {
  if ((date === undefined) !== (precision === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: [`${field}Precision`],
      message: `${field} and ${field}Precision go together`,
    });
  } else if (date !== undefined && precision !== undefined && !isCalendarDate(date, precision)) {
    ctx.addIssue({ code: 'custom', path: [field], message: `not a real date at ${precision} precision` });
  }
}

const SuspensionSchema = z
  .object({
    from: z.string(),
    fromPrecision: PrecisionSchema,
    until: z.string().exactOptional(),
    untilPrecision: PrecisionSchema.exactOptional(),
    sources: SourcesFieldSchema,
    note: TextSchema.exactOptional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    checkDatePair(s.from, s.fromPrecision, 'from', ctx);
    checkDatePair(s.until, s.untilPrecision, 'until', ctx);
    if (s.until !== undefined && s.until.slice(0, s.from.length) < s.from.slice(0, s.until.length)) {
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'a suspension ends on or after it began' });
    }
  });

/**
 * Schema of a {@link Bloc}.
 *
 * @example
 * ```ts
 * import { BlocSchema } from 'korea-latam/schemas';
 * import { blocs } from 'korea-latam/countries';
 * BlocSchema.parse(blocs[0]).id; // 'MERCOSUR'
 * ```
 */
export const BlocSchema: z.ZodType<Bloc> = z
  .object({
    id: BlocIdSchema,
    name: TextSchema,
    members: z
      .array(
        z
          .object({
            country: LacCountryCodeSchema,
            status: z.enum(['member', 'suspended', 'former']),
            joined: z.string(),
            joinedPrecision: PrecisionSchema,
            suspensions: z.array(SuspensionSchema),
            left: z.string().exactOptional(),
            leftPrecision: PrecisionSchema.exactOptional(),
            sources: SourcesFieldSchema,
            note: TextSchema.exactOptional(),
          })
          .strict()
          .superRefine((m, ctx) => {
            checkDatePair(m.joined, m.joinedPrecision, 'joined', ctx);
            checkDatePair(m.left, m.leftPrecision, 'left', ctx);
            if ((m.status === 'former') !== (m.left !== undefined)) {
              ctx.addIssue({
                code: 'custom',
                path: ['left'],
                message: 'a former member has a date it left, and only a former member',
              });
            }
            const last = m.suspensions[m.suspensions.length - 1];
            const open = last !== undefined && last.until === undefined;
            if ((m.status === 'suspended') !== open) {
              ctx.addIssue({
                code: 'custom',
                path: ['suspensions'],
                message: 'a suspended member has a last suspension without an end, and only a suspended member',
              });
            }
            // One pass: each suspension starts on or after the member joined and after the previous one ended.
            let previousEnd: string | undefined = m.joined;
            m.suspensions.forEach((s, i) => {
              if (
                previousEnd === undefined ||
                s.from.slice(0, previousEnd.length) < previousEnd.slice(0, s.from.length)
              ) {
                ctx.addIssue({
                  code: 'custom',
                  path: ['suspensions', i, 'from'],
                  message: 'suspensions run in order, after joining, and only the last one may be without an end',
                });
              }
              previousEnd = s.until;
            });
          }),
      )
      .min(1)
      .superRefine(uniqueBy('country')),
    sources: SourcesFieldSchema,
    note: TextSchema.exactOptional(),
  })
  .strict();

/**
 * Validates one country record.
 *
 * @param input - The data to check, typically parsed JSON; it is not changed.
 * @throws ValidationError listing every problem with its path.
 * @example
 * ```ts
 * import { parseCountry } from 'korea-latam/schemas';
 * import { getCountry } from 'korea-latam/countries';
 * parseCountry(getCountry('KOR')).group; // 'korea'
 * ```
 */
export function parseCountry(input: unknown): Country {
  return parseWith(CountrySchema, input, 'country');
}

/**
 * Validates a country table (codes must be unique).
 *
 * @param input - The data to check, typically parsed JSON; it is not changed.
 * @throws ValidationError listing every problem with its path.
 * @example
 * ```ts
 * import { parseCountries } from 'korea-latam/schemas';
 * import { lacCountries } from 'korea-latam/countries';
 * parseCountries(lacCountries).length; // 33
 * ```
 */
export function parseCountries(input: unknown): readonly Country[] {
  return parseWith(z.array(CountrySchema).superRefine(uniqueBy('code')), input, 'countries');
}

/**
 * Validates a bloc table (ids must be unique).
 *
 * @param input - The data to check, typically parsed JSON; it is not changed.
 * @throws ValidationError listing every problem with its path.
 * @example
 * ```ts
 * import { parseBlocs } from 'korea-latam/schemas';
 * import { blocs } from 'korea-latam/countries';
 * parseBlocs(blocs).length; // 5
 * ```
 */
export function parseBlocs(input: unknown): readonly Bloc[] {
  return parseWith(z.array(BlocSchema).superRefine(uniqueBy('id')), input, 'blocs');
}
