import * as z from 'zod';
import { agreementIds } from '../timeline/agreement-ids.generated.js';
import { organizationCodes } from '../timeline/organizations.js';
import type { Agreement, DiplomaticTie, TimelineEvent } from '../timeline/types.js';
import { CountryCodeSchema, isCalendarDate, LacCountryCodeSchema, SourcesFieldSchema, TextSchema } from './common.js';
import { MAX_ISSUES, parseWith } from './parse-with.js';
import { uniqueBy } from './source.js';

const OrganizationCodeSchema = z.enum(organizationCodes);
const PartyCodeSchema = z.union([CountryCodeSchema, OrganizationCodeSchema]);
const DatePrecisionSchema = z.enum(['day', 'month', 'year', 'decade']);
const EventTypeSchema = z.enum([
  'launched',
  'concluded',
  'signed',
  'in-force',
  'suspended',
  'established',
  'joined',
  'visit',
  'terminated',
  'other',
]);
const datedRefinement = (value: { date: string; precision: 'day' | 'month' | 'year' | 'decade' }) =>
  isCalendarDate(value.date, value.precision);
const datedMessage = { message: 'date must be a valid ISO date written at its precision', path: ['date'] };

/**
 * Schema of a {@link TimelineEvent}: the date must be a real calendar date
 * written at its precision (`'2003-02'` for `month`, `'1990'` for `decade`).
 *
 * @example
 * ```ts
 * import { TimelineEventSchema } from 'korea-latam/schemas';
 * TimelineEventSchema.safeParse({ id: 'x', date: '2003-02-30' }).success; // false
 * ```
 */
export const TimelineEventSchema: z.ZodType<TimelineEvent> = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
    kind: z.enum([
      'fta',
      'seca',
      'bit',
      'negotiation',
      'dialogue',
      'diplomatic-relations',
      'membership',
      'observer',
      'summit',
      'policy',
      'other',
    ]),
    event: EventTypeSchema,
    title: TextSchema,
    parties: z.array(PartyCodeSchema).min(1),
    date: z.string(),
    precision: DatePrecisionSchema,
    agreementId: z.enum(agreementIds).exactOptional(),
    confidence: z.enum(['high', 'medium', 'low']),
    statusNote: TextSchema.exactOptional(),
    sources: SourcesFieldSchema,
    note: TextSchema.exactOptional(),
    alternatives: z
      .array(
        z
          .object({
            date: z.string(),
            precision: DatePrecisionSchema,
            sources: SourcesFieldSchema,
            note: TextSchema.exactOptional(),
          })
          .strict()
          .refine(datedRefinement, datedMessage),
      )
      .min(1)
      .exactOptional(),
  })
  .strict()
  .refine(datedRefinement, datedMessage);

const MilestoneSchema = z
  .object({
    eventId: z.string().min(1),
    event: EventTypeSchema,
    date: z.string(),
    precision: DatePrecisionSchema,
    parties: z.array(PartyCodeSchema),
  })
  .strict()
  .refine(datedRefinement, datedMessage);

/**
 * Schema of an {@link Agreement}.
 *
 * @example
 * ```ts
 * import { AgreementSchema } from 'korea-latam/schemas';
 * import { getAgreement } from 'korea-latam/timeline';
 * AgreementSchema.parse(getAgreement('kor-chl-fta')).status; // 'in-force'
 * ```
 */
export const AgreementSchema: z.ZodType<Agreement> = z
  .object({
    id: z.enum(agreementIds),
    kind: z.enum(['fta', 'seca', 'trade-negotiation', 'bit', 'membership', 'observer']),
    title: TextSchema,
    parties: z.array(PartyCodeSchema).min(2),
    milestones: z.array(MilestoneSchema).min(1),
    status: z.enum([
      'in-force',
      'in-force-for-some-parties',
      'signed',
      'signed-not-in-force',
      'under-negotiation',
      'status-unknown',
      'member',
      'observer',
    ]),
    statusAsOf: z
      .string()
      .refine((d) => isCalendarDate(d, 'day'), 'statusAsOf must be a real ISO day')
      .meta({ format: 'date' }),
    entryIntoForce: z.enum(['recorded', 'not-in-force', 'unknown']),
    notInForceFor: z.array(PartyCodeSchema).min(1).exactOptional(),
    sources: SourcesFieldSchema,
    note: TextSchema.exactOptional(),
  })
  .strict()
  .refine((a) => a.parties.includes('KOR'), { message: 'Korea must be a party', path: ['parties'] })
  // Linear checks (a Set, not includes in a loop): a party listed twice would be counted twice.
  .superRefine((a, ctx) => {
    let reported = 0;
    const parties = new Set<string>();
    a.parties.forEach((p, i) => {
      if (parties.has(p) && reported++ < MAX_ISSUES)
        ctx.addIssue({ code: 'custom', path: ['parties', i], message: `party ${p} is listed twice` });
      parties.add(p);
    });
    const listed = new Set<string>();
    (a.notInForceFor ?? []).forEach((p, i) => {
      if ((!parties.has(p) || listed.has(p)) && reported++ < MAX_ISSUES) {
        ctx.addIssue({
          code: 'custom',
          path: ['notInForceFor', i],
          message: parties.has(p) ? `notInForceFor lists ${p} twice` : 'notInForceFor lists a code that is not a party',
        });
      }
      listed.add(p);
    });
  })
  .refine(
    (a) =>
      (a.entryIntoForce === 'recorded') === a.milestones.some((m) => m.event === 'in-force' || m.event === 'joined'),
    {
      message: 'entryIntoForce is "recorded" exactly when a milestone records entry into force or joining',
      path: ['entryIntoForce'],
    },
  );

/**
 * Validates one timeline event.
 *
 * @param input - The data to check, typically parsed JSON; it is not changed.
 * @throws ValidationError listing every problem with its path.
 * @example
 * ```ts
 * import { parseTimelineEvent } from 'korea-latam/schemas';
 * import { timelineEvents } from 'korea-latam/timeline';
 * parseTimelineEvent(timelineEvents[0]).id;
 * ```
 */
export function parseTimelineEvent(input: unknown): TimelineEvent {
  return parseWith(TimelineEventSchema, input, 'timeline event');
}

/**
 * Validates a list of timeline events (ids must be unique).
 *
 * @param input - The data to check, typically parsed JSON; it is not changed.
 * @throws ValidationError listing every problem with its path.
 * @example
 * ```ts
 * import { parseTimelineEvents } from 'korea-latam/schemas';
 * import { timelineEvents } from 'korea-latam/timeline';
 * parseTimelineEvents(timelineEvents).length === timelineEvents.length; // true
 * ```
 */
export function parseTimelineEvents(input: unknown): readonly TimelineEvent[] {
  return parseWith(z.array(TimelineEventSchema).superRefine(uniqueBy('id')), input, 'timeline events');
}

/**
 * Validates one agreement.
 *
 * @param input - The data to check, typically parsed JSON; it is not changed.
 * @throws ValidationError listing every problem with its path.
 * @example
 * ```ts
 * import { parseAgreement } from 'korea-latam/schemas';
 * import { agreements } from 'korea-latam/timeline';
 * parseAgreement(agreements[0]).id; // 'kor-chl-fta'
 * ```
 */
export function parseAgreement(input: unknown): Agreement {
  return parseWith(AgreementSchema, input, 'agreement');
}

/**
 * Validates a list of agreements (ids must be unique).
 *
 * @param input - The data to check, typically parsed JSON; it is not changed.
 * @throws ValidationError listing every problem with its path.
 * @example
 * ```ts
 * import { parseAgreements } from 'korea-latam/schemas';
 * import { agreements } from 'korea-latam/timeline';
 * parseAgreements(agreements).length === agreements.length; // true
 * ```
 */
export function parseAgreements(input: unknown): readonly Agreement[] {
  return parseWith(z.array(AgreementSchema).superRefine(uniqueBy('id')), input, 'agreements');
}

const YearOrNull = z.union([z.string().regex(/^\d{4}$/), z.null()]);

/**
 * Schema of a {@link DiplomaticTie}: a LAC country, which Korea, and the
 * years ties were established, cut and re-established (or `null`).
 *
 * @example
 * ```ts
 * import { DiplomaticTieSchema } from 'korea-latam/schemas';
 * DiplomaticTieSchema.safeParse({ country: 'CHL', korea: 'ROK', established: '1962', cut: null,
 *   reestablished: null, precision: 'year', sources: ['kdiplo-diplomatic-ties'] }).success; // true
 * ```
 */
export const DiplomaticTieSchema: z.ZodType<DiplomaticTie> = z
  .object({
    country: LacCountryCodeSchema,
    korea: z.enum(['ROK', 'DPRK']),
    established: YearOrNull,
    cut: YearOrNull,
    reestablished: YearOrNull,
    precision: z.literal('year'),
    sources: SourcesFieldSchema,
    note: TextSchema.exactOptional(),
  })
  .strict()
  .refine((t) => t.cut === null || t.established !== null, {
    message: 'ties are cut only where they were established',
    path: ['cut'],
  })
  .refine((t) => t.cut === null || t.established === null || t.established <= t.cut || t.note !== undefined, {
    message: 'a cut before the ties were established needs a note',
    path: ['note'],
  })
  .refine((t) => t.reestablished === null || (t.cut !== null && t.cut <= t.reestablished), {
    message: 'ties are re-established after they are cut',
    path: ['reestablished'],
  });

/**
 * Validates the list of diplomatic ties; each country and Korea appears once.
 *
 * @param input - The data to check, typically parsed JSON; it is not changed.
 * @throws ValidationError listing every problem with its path.
 * @example
 * ```ts
 * import { parseDiplomaticTies } from 'korea-latam/schemas';
 * import { diplomaticTies } from 'korea-latam/timeline';
 * parseDiplomaticTies(diplomaticTies).length; // 66
 * ```
 */
export function parseDiplomaticTies(input: unknown): readonly DiplomaticTie[] {
  const schema = z.array(DiplomaticTieSchema).superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, position) => {
      const key = `${row.country}|${row.korea}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [position], message: `duplicate tie ${key}` });
      seen.add(key);
    });
  });
  return parseWith(schema, input, 'diplomatic ties');
}
