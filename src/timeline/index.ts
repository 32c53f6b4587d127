/**
 * The agreement timeline: dated events between Korea and the region (FTAs,
 * investment treaties, memberships, diplomatic relations, summits, the
 * paper's policy phases) and one record per agreement, with helpers that
 * respect each date's precision.
 *
 * @example
 * ```ts
 * import { getAgreement, isInForce, timelineEvents, eventsFor } from 'korea-latam/timeline';
 * isInForce(getAgreement('kor-chl-fta'), '2004-04-01'); // true
 * eventsFor(timelineEvents, 'COL').length > 0; // true
 * ```
 * @module korea-latam/timeline
 */
export { agreementIds } from './agreement-ids.generated.js';
export type { DateInput } from './dates.js';
export { precisionOf, toInterval } from './dates.js';
export { diplomaticTies, diplomaticTiesMeta } from './diplomatic-ties.generated.js';
export { durationToEntryIntoForce } from './duration.js';
export type { EventGroup, EventsBetweenOptions } from './events.js';
export { agreementsFor, eventsBetween, eventsFor, groupEvents, sortByDate } from './events.js';
export { getAgreement } from './get-agreement.js';
export { inForceDetails, inForceStatus, isInForce } from './is-in-force.js';
export { organizationCodes } from './organizations.js';
export { agreements, timelineEvents, timelineMeta } from './timeline.generated.js';
export type {
  Agreement,
  AgreementId,
  AgreementKind,
  AgreementStatus,
  Confidence,
  DateAlternative,
  DateInterval,
  DatePrecision,
  DiplomaticTie,
  EntryIntoForceKnowledge,
  EventKind,
  EventType,
  InForceBasis,
  InForceDetails,
  InForceStatus,
  Korea,
  Milestone,
  OrganizationCode,
  PartyCode,
  TimelineEvent,
  TimelineMeta,
} from './types.js';
