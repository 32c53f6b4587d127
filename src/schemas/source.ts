import * as z from 'zod';
import type { Source } from '../sources/types.js';
import { SourceIdSchema, TextSchema } from './common.js';
import { parseWith } from './parse-with.js';

/**
 * Schema of a bibliography record ({@link Source}).
 *
 * @example
 * ```ts
 * import { SourceSchema } from 'korea-latam/schemas';
 * SourceSchema.safeParse({ id: 'x' }).success; // false
 * ```
 */
export const SourceSchema: z.ZodType<Source> = z
  .object({
    id: SourceIdSchema,
    kind: z.enum(['paper', 'report', 'article', 'book-chapter', 'cited-work', 'dataset', 'web-page']),
    title: TextSchema,
    authors: z.array(TextSchema),
    year: z.number().int().min(1900).max(2100).nullable(),
    short: TextSchema.exactOptional(),
    publisher: TextSchema.exactOptional(),
    url: z.url().exactOptional(),
    doi: z
      .string()
      .regex(/^10\.\d{4,}\/\S+$/)
      .exactOptional(),
    license: TextSchema.exactOptional(),
    note: TextSchema.exactOptional(),
    verified: z.boolean(),
  })
  .strict();

/**
 * Validates one bibliography record.
 *
 * @param input - The data to check, typically parsed JSON; it is not changed.
 * @throws ValidationError listing every problem with its path.
 * @example
 * ```ts
 * import { parseSource } from 'korea-latam/schemas';
 * import { sources } from 'korea-latam/sources';
 * parseSource(sources[0]).id; // 'lopez-aymes-2012'
 * ```
 */
export function parseSource(input: unknown): Source {
  return parseWith(SourceSchema, input, 'source');
}

/**
 * Validates a whole bibliography (ids must be unique).
 *
 * @param input - The data to check, typically parsed JSON; it is not changed.
 * @throws ValidationError listing every problem with its path.
 * @example
 * ```ts
 * import { parseSources } from 'korea-latam/schemas';
 * import { sources } from 'korea-latam/sources';
 * parseSources(sources).length === sources.length; // true
 * ```
 */
export function parseSources(input: unknown): readonly Source[] {
  return parseWith(z.array(SourceSchema).superRefine(uniqueBy('id')), input, 'sources');
}

/**
 * A zod refinement that reports duplicate values of `key` in an array.
 *
 * @param key - The field that must be unique.
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { SourceSchema, uniqueBy } from 'korea-latam/schemas';
 * z.array(SourceSchema).superRefine(uniqueBy('id'));
 * ```
 */
export function uniqueBy<K extends string>(
  key: K,
): (rows: readonly Readonly<Record<K, unknown>>[], ctx: z.RefinementCtx) => void {
  return (rows: readonly Readonly<Record<K, unknown>>[], ctx: z.RefinementCtx): void => {
    const seen = new Map<unknown, number>();
    rows.forEach((row, position) => {
      const value = row[key];
      const first = seen.get(value);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [position, key],
          message: `duplicate ${key} ${JSON.stringify(value)} (first at [${first}])`,
        });
      } else seen.set(value, position);
    });
  };
}
