import * as z from 'zod';
import { claimIds } from '../claims/claim-ids.generated.js';
import type { Claim } from '../claims/types.js';
import { SourcesFieldSchema, TextSchema } from './common.js';
import { parseWith } from './parse-with.js';
import { uniqueBy } from './source.js';

const FigureSchema = z
  .object({
    label: TextSchema,
    value: z.union([z.number().finite(), z.string(), z.boolean(), z.null()]),
    unit: TextSchema.exactOptional(),
  })
  .strict();

const CheckSchema = z
  .object({
    basis: z.enum(['data', 'external-source', 'none']),
    method: TextSchema,
    computed: z.array(FigureSchema),
    verdict: z.enum(['supported', 'partly', 'contradicted', 'not-checkable']),
    explanation: TextSchema,
    sources: SourcesFieldSchema,
  })
  .strict()
  .refine((c) => c.verdict === 'not-checkable' || c.basis !== 'none', {
    message: 'a verdict other than not-checkable needs data or an external source',
    path: ['verdict'],
  });

/**
 * Schema of a {@link Claim}.
 *
 * @example
 * ```ts
 * import { ClaimSchema } from 'korea-latam/schemas';
 * import { claims } from 'korea-latam/claims';
 * ClaimSchema.parse(claims[0]).check.verdict; // 'supported'
 * ```
 */
export const ClaimSchema: z.ZodType<Claim> = z
  .object({
    id: z.enum(claimIds),
    statement: TextSchema,
    topic: z.enum(['rankings', 'trade', 'balance', 'agreements', 'memberships', 'diplomacy', 'taxonomy']),
    paperFigures: z.array(FigureSchema),
    period: z
      .object({ from: z.number().int(), to: z.number().int() })
      .strict()
      .refine((p) => p.from <= p.to, 'period.from is after period.to')
      .nullable(),
    periodNote: TextSchema.exactOptional(),
    sources: SourcesFieldSchema.refine((s) => s.includes('lopez-aymes-2012'), 'a claim cites the paper'),
    check: CheckSchema,
  })
  .strict();

/**
 * Validates one claim.
 *
 * @param input - The data to check, typically parsed JSON; it is not changed.
 * @throws ValidationError listing every problem with its path.
 * @example
 * ```ts
 * import { parseClaim } from 'korea-latam/schemas';
 * import { claims } from 'korea-latam/claims';
 * parseClaim(claims[0]).id; // 'korea-sixth-partner-of-mexico'
 * ```
 */
export function parseClaim(input: unknown): Claim {
  return parseWith(ClaimSchema, input, 'claim');
}

/**
 * Validates a list of claims (ids must be unique).
 *
 * @param input - The data to check, typically parsed JSON; it is not changed.
 * @throws ValidationError listing every problem with its path.
 * @example
 * ```ts
 * import { parseClaims } from 'korea-latam/schemas';
 * import { claims } from 'korea-latam/claims';
 * parseClaims(claims).length === claims.length; // true
 * ```
 */
export function parseClaims(input: unknown): readonly Claim[] {
  return parseWith(z.array(ClaimSchema).superRefine(uniqueBy('id')), input, 'claims');
}
