import * as z from 'zod';
import type { CpiAnnualAverage } from '../prices/types.js';
import { SourcesFieldSchema } from './common.js';
import { parseWith } from './parse-with.js';

/**
 * Schema of a {@link CpiAnnualAverage}: a whole-number year from 1913 and a
 * positive, finite index.
 *
 * @example
 * ```ts
 * import { CpiAnnualAverageSchema } from 'korea-latam/schemas';
 * CpiAnnualAverageSchema.safeParse({ year: 2020, index: -1, sources: ['bls-cpi-u'] }).success; // false
 * ```
 */
export const CpiAnnualAverageSchema: z.ZodType<CpiAnnualAverage> = z
  .object({
    year: z.number().int().min(1913).max(9999),
    index: z.number().finite().positive(),
    sources: SourcesFieldSchema,
  })
  .strict();

/**
 * Validates a list of annual CPI averages; each year appears once.
 *
 * @param input - The data to check, typically parsed JSON; it is not changed.
 * @throws ValidationError listing every problem with its path.
 * @example
 * ```ts
 * import { parseCpiAnnualAverages } from 'korea-latam/schemas';
 * import { usCpiAnnual } from 'korea-latam/prices';
 * parseCpiAnnualAverages(usCpiAnnual).length === usCpiAnnual.length; // true
 * ```
 */
export function parseCpiAnnualAverages(input: unknown): readonly CpiAnnualAverage[] {
  const schema = z.array(CpiAnnualAverageSchema).superRefine((rows, ctx) => {
    const seen = new Set<number>();
    rows.forEach((row, position) => {
      if (seen.has(row.year))
        ctx.addIssue({ code: 'custom', path: [position, 'year'], message: `duplicate year ${row.year}` });
      seen.add(row.year);
    });
  });
  return parseWith(schema, input, 'CPI annual averages');
}
