import type { CountryCode, LacCountryCode } from '../countries/types.js';
import type { SourceFreshness, SourceId } from '../sources/types.js';
import type { organizationCodes } from './organizations.js';

/** Regional and international bodies that appear as parties to events. */
export type OrganizationCode = (typeof organizationCodes)[number];

/** A party to an event or agreement: a country or an organisation. */
export type PartyCode = CountryCode | OrganizationCode;

/** How precisely a date is known. */
export type DatePrecision = 'day' | 'month' | 'year' | 'decade';

/** What kind of relationship an event belongs to. */
export type EventKind =
  | 'fta'
  | 'seca'
  | 'bit'
  | 'negotiation'
  | 'dialogue'
  | 'diplomatic-relations'
  | 'membership'
  | 'observer'
  | 'summit'
  | 'policy'
  | 'other';

/** What happened. */
export type EventType =
  | 'launched'
  | 'concluded'
  | 'signed'
  | 'in-force'
  | 'suspended'
  | 'established'
  | 'joined'
  | 'visit'
  | 'terminated'
  | 'other';

/** How sure the sources make the date: official or two agreeing sources (`high`), one reputable source (`medium`), or uncertain (`low`). */
export type Confidence = 'high' | 'medium' | 'low';

/**
 * A date another source gives for the same event, kept beside the chosen one.
 *
 * @example
 * ```ts
 * import { DateAlternative } from 'korea-latam/timeline';
 * const alt: DateAlternative = { date: '2021-09-01', precision: 'day', sources: ['latamfdi-2025'] };
 * ```
 */
export interface DateAlternative {
  readonly date: string;
  readonly precision: DatePrecision;
  readonly sources: readonly SourceId[];
  readonly note?: string;
}

/**
 * A dated event between Korea and the region: an agreement milestone, a
 * membership, diplomatic relations, a summit, or a policy phase the paper
 * describes. `date` is an ISO string at its precision: `'2004-04-01'` (day),
 * `'2003-02'` (month), `'1999'` (year), or `'1990'` with precision `decade`
 * (the 1990s).
 *
 * @example
 * ```ts
 * import { timelineEvents, TimelineEvent } from 'korea-latam/timeline';
 * const e: TimelineEvent | undefined = timelineEvents.find((x) => x.id === 'kor-chl-fta-in-force');
 * e?.date; // '2004-04-01'
 * ```
 */
export interface TimelineEvent {
  readonly id: string;
  readonly kind: EventKind;
  readonly event: EventType;
  readonly title: string;
  readonly parties: readonly PartyCode[];
  readonly date: string;
  readonly precision: DatePrecision;
  /** The agreement this event is a milestone of, if any. */
  readonly agreementId?: AgreementId;
  readonly confidence: Confidence;
  /** Status of the matter as the source describes it. */
  readonly statusNote?: string;
  readonly sources: readonly SourceId[];
  readonly note?: string;
  /** Dates other sources give for this event. */
  readonly alternatives?: readonly DateAlternative[];
}

/** Kinds of agreement or institutional tie. */
export type AgreementKind = 'fta' | 'seca' | 'trade-negotiation' | 'bit' | 'membership' | 'observer';

/** Where an agreement stands as of {@link Agreement.statusAsOf}. */
export type AgreementStatus =
  | 'in-force'
  | 'in-force-for-some-parties'
  | 'signed'
  | 'signed-not-in-force'
  | 'under-negotiation'
  | 'status-unknown'
  | 'member'
  | 'observer';

/**
 * What the sources say about entry into force: dates are `recorded`, the
 * agreement is known `not-in-force`, or nothing was found (`unknown`).
 */
export type EntryIntoForceKnowledge = 'recorded' | 'not-in-force' | 'unknown';

/**
 * One dated step of an agreement, taken from its event.
 *
 * @example
 * ```ts
 * import { Milestone } from 'korea-latam/timeline';
 * const m: Milestone = { eventId: 'kor-nic-fta-in-force', event: 'in-force', date: '2019-10-01', precision: 'day', parties: ['NIC'] };
 * ```
 */
export interface Milestone {
  readonly eventId: string;
  readonly event: EventType;
  readonly date: string;
  readonly precision: DatePrecision;
  /** The parties other than Korea that the step applies to. */
  readonly parties: readonly PartyCode[];
}

/**
 * An agreement or institutional tie with its milestones and status.
 *
 * @example
 * ```ts
 * import { getAgreement, Agreement } from 'korea-latam/timeline';
 * const fta: Agreement = getAgreement('kor-ca-fta');
 * fta.status; // 'in-force-for-some-parties'
 * ```
 */
export interface Agreement {
  readonly id: AgreementId;
  readonly kind: AgreementKind;
  readonly title: string;
  readonly parties: readonly PartyCode[];
  readonly milestones: readonly Milestone[];
  readonly status: AgreementStatus;
  /** The date the status describes (the latest source date in the data). */
  readonly statusAsOf: string;
  readonly entryIntoForce: EntryIntoForceKnowledge;
  /** Parties for which the sources say it is not in force as of `statusAsOf`. */
  readonly notInForceFor?: readonly PartyCode[];
  readonly sources: readonly SourceId[];
  readonly note?: string;
}

export type { AgreementId } from './agreement-ids.generated.js';

import type { AgreementId } from './agreement-ids.generated.js';

/**
 * The `{ start, end }` instants a partial date covers (UTC), plus the first
 * and last calendar days as ISO strings.
 *
 * @example
 * ```ts
 * import { toInterval, DateInterval } from 'korea-latam/timeline';
 * const i: DateInterval = toInterval('2003-02', 'month');
 * i.last; // '2003-02-28'
 * ```
 */
export interface DateInterval {
  readonly start: Date;
  readonly end: Date;
  readonly first: string;
  readonly last: string;
}

/**
 * Metadata of the timeline dataset.
 *
 * @example
 * ```ts
 * import { timelineMeta } from 'korea-latam/timeline';
 * timelineMeta.statusAsOf; // '2025-12-15'
 * ```
 */
export interface TimelineMeta {
  readonly title: string;
  readonly description: string;
  readonly sources: readonly SourceId[];
  readonly events: number;
  readonly agreements: number;
  readonly coverage: { readonly first: string; readonly last: string };
  readonly statusAsOf: string;
  readonly statusAsOfNote: string;
  /** The events' period and the status date (the day the sources last confirmed a status). */
  readonly freshness: readonly SourceFreshness[];
  readonly gaps: readonly string[];
  readonly license: string;
  readonly attribution: string;
}

/**
 * Where an agreement stood on a day, from {@link inForceStatus}: the sources
 * say it was in force, say it was not, or do not decide it.
 */
export type InForceStatus = 'in-force' | 'not-in-force' | 'unknown';

/**
 * How an answer of {@link inForceDetails} is known: `'recorded'` (the day is
 * on or before the status date, which the sources describe) or
 * `'carried-forward'` (a later day: the state last confirmed on the status
 * date, kept until a recorded change).
 */
export type InForceBasis = 'recorded' | 'carried-forward';

/**
 * An answer of {@link inForceDetails}: the status on the day asked, how it
 * is known, and the day the sources last confirmed it.
 *
 * @example
 * ```ts
 * import { getAgreement, inForceDetails, InForceDetails } from 'korea-latam/timeline';
 * const d: InForceDetails = inForceDetails(getAgreement('kor-chl-fta'), '2099-01-01');
 * d.basis; // 'carried-forward'
 * ```
 */
export interface InForceDetails {
  readonly status: InForceStatus;
  readonly basis: InForceBasis;
  /** The agreement's `statusAsOf`: the last day its sources confirm the status. */
  readonly confirmedOn: string;
}

/** Which Korea a diplomatic tie is with: the Republic of Korea (South) or the DPRK (North). */
export type Korea = 'ROK' | 'DPRK';

/**
 * When one of the two Koreas established diplomatic relations with a LAC
 * country, and whether they were cut and re-established — all at year
 * precision, from the kdiplo ties table (South Korea's years from the Korean
 * foreign ministry's list, North Korea's from the author's own compilation).
 * `null` where the table has no year; a country with no `established` year
 * has never had ties with that Korea, per the table.
 *
 * @example
 * ```ts
 * import { diplomaticTies, DiplomaticTie } from 'korea-latam/timeline';
 * const chile: DiplomaticTie | undefined = diplomaticTies.find((t) => t.country === 'CHL' && t.korea === 'DPRK');
 * chile?.cut; // '1973'
 * ```
 */
export interface DiplomaticTie {
  readonly country: LacCountryCode;
  readonly korea: Korea;
  readonly established: string | null;
  readonly cut: string | null;
  readonly reestablished: string | null;
  readonly precision: 'year';
  readonly sources: readonly SourceId[];
  /** Where the table's years do not fit together, as given. */
  readonly note?: string;
}
