import * as z from 'zod';
import { actorIds } from '../challenges/actors.js';
import type { Challenge, Motive, PartnershipArea, PolicyPhase, Role } from '../challenges/types.js';
import { SourcesFieldSchema, TextSchema } from './common.js';
import { parseWith } from './parse-with.js';
import { uniqueBy } from './source.js';

const ChallengeIdSchema = z.enum([
  'china-competition',
  'low-visibility',
  'lack-of-interest',
  'agreements-and-partnerships',
  'low-technological-level',
  'localization-and-incentives',
]);
const ActorSchema = z.enum(actorIds);
const RoleIdSchema = z.enum(['capital-and-technology', 'counterweight', 'diversification']);
const MotiveIdSchema = z.enum(['resource-seeking', 'market-seeking', 'efficiency-seeking', 'technology-seeking']);
const KebabIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');

/**
 * Schema of a {@link Challenge}.
 *
 * @example
 * ```ts
 * import { ChallengeSchema } from 'korea-latam/schemas';
 * import { challenges } from 'korea-latam/challenges';
 * ChallengeSchema.parse(challenges[0]).order; // 1
 * ```
 */
export const ChallengeSchema: z.ZodType<Challenge> = z
  .object({
    id: ChallengeIdSchema,
    order: z.number().int().min(1).max(6),
    label: TextSchema,
    summary: TextSchema,
    theme: z.enum(['competition', 'perception', 'institutions', 'capabilities', 'management']),
    recommendations: z.array(
      z.object({ id: KebabIdSchema, text: TextSchema, actors: z.array(ActorSchema).min(1) }).strict(),
    ),
    recommendationsNote: TextSchema.exactOptional(),
    actors: z.array(ActorSchema).min(1),
    leadsTo: ChallengeIdSchema.exactOptional(),
    relatedRoles: z.array(RoleIdSchema).exactOptional(),
    relatedMotives: z.array(MotiveIdSchema).exactOptional(),
    sources: SourcesFieldSchema,
  })
  .strict()
  .refine((c) => c.recommendations.length > 0 || c.recommendationsNote !== undefined, {
    message: 'a challenge without recommendations needs a recommendationsNote saying why',
    path: ['recommendationsNote'],
  });

/**
 * Schema of a {@link Role}.
 *
 * @example
 * ```ts
 * import { RoleSchema } from 'korea-latam/schemas';
 * import { roles } from 'korea-latam/challenges';
 * RoleSchema.parse(roles[1]).id; // 'counterweight'
 * ```
 */
export const RoleSchema: z.ZodType<Role> = z
  .object({
    id: RoleIdSchema,
    order: z.number().int().min(1),
    label: TextSchema,
    summary: TextSchema,
    sources: SourcesFieldSchema,
  })
  .strict();

/**
 * Schema of a {@link Motive}.
 *
 * @example
 * ```ts
 * import { MotiveSchema } from 'korea-latam/schemas';
 * import { motives } from 'korea-latam/challenges';
 * MotiveSchema.parse(motives[0]).direction; // 'losing-ground'
 * ```
 */
export const MotiveSchema: z.ZodType<Motive> = z
  .object({
    id: MotiveIdSchema,
    label: TextSchema,
    summary: TextSchema,
    direction: z.enum(['gaining', 'losing-ground', 'not-present']),
    sources: SourcesFieldSchema,
  })
  .strict();

const PeriodBoundSchema = z
  .object({ date: z.string().regex(/^\d{4}$/), precision: z.enum(['decade', 'year']) })
  .strict()
  .refine(
    (b) => b.precision !== 'decade' || b.date.endsWith('0'),
    "a decade bound is written as the decade's first year",
  );

/**
 * Schema of a {@link PolicyPhase}.
 *
 * @example
 * ```ts
 * import { PolicyPhaseSchema } from 'korea-latam/schemas';
 * import { policyPhases } from 'korea-latam/challenges';
 * PolicyPhaseSchema.parse(policyPhases[0]).id; // 'recognition'
 * ```
 */
export const PolicyPhaseSchema: z.ZodType<PolicyPhase> = z
  .object({
    id: z.enum([
      'recognition',
      'economic-turn',
      'country-branding',
      'comprehensive-latin-america-policy',
      'regional-architecture',
      'non-proliferation-support',
    ]),
    order: z.number().int().min(1),
    label: TextSchema,
    period: z
      .object({ start: PeriodBoundSchema.nullable(), end: PeriodBoundSchema.nullable(), label: TextSchema })
      .strict(),
    summary: TextSchema,
    sources: SourcesFieldSchema,
  })
  .strict();

/**
 * Schema of a {@link PartnershipArea}.
 *
 * @example
 * ```ts
 * import { PartnershipAreaSchema } from 'korea-latam/schemas';
 * import { partnershipAreas } from 'korea-latam/challenges';
 * PartnershipAreaSchema.parse(partnershipAreas[0]).kind; // 'area'
 * ```
 */
export const PartnershipAreaSchema: z.ZodType<PartnershipArea> = z
  .object({
    id: KebabIdSchema,
    label: TextSchema,
    kind: z.enum(['area', 'shared-interest', 'channel', 'project']),
    sources: SourcesFieldSchema,
  })
  .strict();

/**
 * Validates one challenge record.
 *
 * @param input - The data to check, typically parsed JSON; it is not changed.
 * @throws ValidationError listing every problem with its path.
 * @example
 * ```ts
 * import { parseChallenge } from 'korea-latam/schemas';
 * import { challenges } from 'korea-latam/challenges';
 * parseChallenge(challenges[2]).id; // 'lack-of-interest'
 * ```
 */
export function parseChallenge(input: unknown): Challenge {
  return parseWith(ChallengeSchema, input, 'challenge');
}

/**
 * Validates the challenge list: unique ids, and orders 1…n with no gap.
 *
 * @param input - The data to check, typically parsed JSON; it is not changed.
 * @throws ValidationError listing every problem with its path.
 * @example
 * ```ts
 * import { parseChallenges } from 'korea-latam/schemas';
 * import { challenges } from 'korea-latam/challenges';
 * parseChallenges(challenges).length; // 6
 * ```
 */
export function parseChallenges(input: unknown): readonly Challenge[] {
  const schema = z
    .array(ChallengeSchema)
    .superRefine(uniqueBy('id'))
    .superRefine((rows, ctx) => {
      rows.forEach((row, position) => {
        if (row.order !== position + 1) {
          ctx.addIssue({
            code: 'custom',
            path: [position, 'order'],
            message: `expected order ${position + 1}, got ${row.order}`,
          });
        }
      });
    });
  return parseWith(schema, input, 'challenges');
}

/**
 * Validates the list of roles.
 *
 * @param input - The data to check, typically parsed JSON; it is not changed.
 * @throws ValidationError listing every problem with its path.
 * @example
 * ```ts
 * import { parseRoles } from 'korea-latam/schemas';
 * import { roles } from 'korea-latam/challenges';
 * parseRoles(roles).length; // 3
 * ```
 */
export function parseRoles(input: unknown): readonly Role[] {
  return parseWith(z.array(RoleSchema).superRefine(uniqueBy('id')), input, 'roles');
}

/**
 * Validates the list of motives.
 *
 * @param input - The data to check, typically parsed JSON; it is not changed.
 * @throws ValidationError listing every problem with its path.
 * @example
 * ```ts
 * import { parseMotives } from 'korea-latam/schemas';
 * import { motives } from 'korea-latam/challenges';
 * parseMotives(motives).length; // 4
 * ```
 */
export function parseMotives(input: unknown): readonly Motive[] {
  return parseWith(z.array(MotiveSchema).superRefine(uniqueBy('id')), input, 'motives');
}

/**
 * Validates the list of policy phases.
 *
 * @param input - The data to check, typically parsed JSON; it is not changed.
 * @throws ValidationError listing every problem with its path.
 * @example
 * ```ts
 * import { parsePolicyPhases } from 'korea-latam/schemas';
 * import { policyPhases } from 'korea-latam/challenges';
 * parsePolicyPhases(policyPhases).length; // 6
 * ```
 */
export function parsePolicyPhases(input: unknown): readonly PolicyPhase[] {
  return parseWith(z.array(PolicyPhaseSchema).superRefine(uniqueBy('id')), input, 'policy phases');
}

/**
 * Validates the list of partnership areas.
 *
 * @param input - The data to check, typically parsed JSON; it is not changed.
 * @throws ValidationError listing every problem with its path.
 * @example
 * ```ts
 * import { parsePartnershipAreas } from 'korea-latam/schemas';
 * import { partnershipAreas } from 'korea-latam/challenges';
 * parsePartnershipAreas(partnershipAreas).length; // 9
 * ```
 */
export function parsePartnershipAreas(input: unknown): readonly PartnershipArea[] {
  return parseWith(z.array(PartnershipAreaSchema).superRefine(uniqueBy('id')), input, 'partnership areas');
}
