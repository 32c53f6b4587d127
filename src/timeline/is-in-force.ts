import { checkRecords, readOptions } from '../internal/assert.js';
import { compareText } from '../internal/compare-text.js';
import { describeValue } from '../internal/describe-value.js';
import { readDay } from '../internal/iso-day.js';
import { memoForSettled } from '../internal/memo.js';
import { isTrusted } from '../internal/settled.js';
import { listForMessage } from '../internal/unknown-value-error.js';
import { type AgreementFacts, type PartyWindows, shippedFactsOf, type Window } from './agreement-facts.js';
import { type DateInput, knownWindow, windowOf } from './dates.js';
import { datedEvents } from './events.js';
import type { Agreement, InForceDetails, InForceStatus, Milestone, PartyCode } from './types.js';

/** Milestone types that start an agreement's effect (entry into force, or joining a body). */
const STARTS: readonly Milestone['event'][] = ['in-force', 'joined'];

/** The milestone type that ends an agreement's effect (a treaty terminated or replaced). */
const ENDS: Milestone['event'] = 'terminated';

const AGREEMENT_FIELDS = { id: 'string', parties: 'array', milestones: 'array', statusAsOf: 'string' } as const;
const MILESTONE_FIELDS = { event: 'string', parties: 'array' } as const;

/**
 * Checks the fields of an agreement record that the date helpers read: its
 * parties, its status date, and every milestone's event, parties and date
 * (a real date at its precision); a bad field is a `TypeError` naming it.
 *
 * @throws TypeError when the value is not an agreement record.
 */
export function checkAgreement(agreement: Agreement): void {
  checkRecords([agreement], 'agreements', 'an agreement', AGREEMENT_FIELDS);
  checkRecords(agreement.milestones, 'agreement.milestones', 'a milestone', MILESTONE_FIELDS);
  datedEvents(agreement.milestones, 'agreement.milestones');
  try {
    windowOf(agreement.statusAsOf, 'day');
  } catch (error) {
    throw new TypeError(`agreement.statusAsOf is not a valid day: ${(error as Error).message}`);
  }
}

/** An agreement id for a message: as it is when short, cut and quoted when not. */
function shortId(id: unknown): string {
  return typeof id === 'string' && id.length <= 60 ? id : describeValue(id);
}

/**
 * Reads the `party` option: it must be one of the agreement's parties other
 * than Korea.
 *
 * @throws RangeError when the party is not one of the agreement's parties other than Korea.
 */
export function checkParty(agreement: Agreement, party: PartyCode | undefined): void {
  if (party === undefined || (party !== 'KOR' && agreement.parties.includes(party))) return;
  const valid: readonly PartyCode[] = agreement.parties.filter((p) => p !== 'KOR');
  if (typeof party !== 'string' || !valid.includes(party)) {
    throw new RangeError(
      `Unknown party ${describeValue(party)} for ${shortId(agreement.id)}. Its parties besides Korea: ${listForMessage(valid.map((p) => JSON.stringify(p)))}.`,
    );
  }
}

/**
 * The milestones that put the agreement into effect for `party` (or for any
 * party), earliest first.
 */
export function entryMilestones(agreement: Agreement, party?: PartyCode): Milestone[] {
  // A shipped agreement's dates were checked when the data were built.
  const first = isTrusted(agreement) ? knownWindow : windowOf;
  return agreement.milestones
    .filter((m) => STARTS.includes(m.event) && (party === undefined || m.parties.includes(party)))
    .sort((a, b) => compareText(first(a.date, a.precision).first, first(b.date, b.precision).first));
}

/**
 * Checks an agreement and returns what the date helpers need from it: worked
 * out once for an agreement that can no longer change (the shipped ones),
 * on every call for any other.
 *
 * @throws TypeError for a value that is not an agreement record, or a milestone without a real date.
 */
export function agreementFacts(agreement: Agreement): AgreementFacts {
  return shippedFactsOf(agreement) ?? factsOf(agreement);
}

/** An agreement's facts, remembered only for one that can no longer change. */
const factsOf = /* @__PURE__ */ memoForSettled((agreement: Agreement): AgreementFacts => {
  // A shipped agreement was checked when the data were built: its dates are real dates.
  const trusted = isTrusted(agreement);
  if (!trusted) checkAgreement(agreement);
  return {
    trusted,
    // A day: its window is the day itself.
    asOf: agreement.statusAsOf,
    any: undefined,
    earliestBeginning: undefined,
  };
});

/** Whether a termination milestone applies to `party`, or to every party when none is given. */
function ends(agreement: Agreement, milestone: Milestone, party: PartyCode | undefined): boolean {
  if (party !== undefined) return milestone.parties.includes(party);
  for (const other of agreement.parties) if (other !== 'KOR' && !milestone.parties.includes(other)) return false;
  return true;
}

/** The entry and end windows for `party` (or any party): one pass over the milestones, kept in the facts. */
function windowsFor(agreement: Agreement, facts: AgreementFacts, party: PartyCode | undefined): PartyWindows {
  const known = party === undefined ? facts.any : facts.byParty?.get(party);
  if (known !== undefined) return known;
  let entry: Window = null;
  let end: Window = null;
  for (const m of agreement.milestones) {
    const isEntry = STARTS.includes(m.event) && (party === undefined || m.parties.includes(party));
    if (!isEntry && !(m.event === ENDS && ends(agreement, m, party))) continue;
    const window = facts.trusted ? knownWindow(m.date, m.precision) : windowOf(m.date, m.precision);
    if (isEntry) {
      if (entry === null || window.first < entry.first) entry = window;
    } else if (end === null || window.first < end.first) end = window;
  }
  const windows = { entry, end };
  if (party === undefined) facts.any = windows;
  else {
    facts.byParty ??= new Map();
    facts.byParty.set(party, windows);
  }
  return windows;
}

/** The first day of the earliest step that shows the agreement did not yet apply (signature, launch, …). */
function earliestBeginning(agreement: Agreement, facts: AgreementFacts): string | null {
  if (facts.earliestBeginning === undefined) {
    let earliest: string | null = null;
    for (const m of agreement.milestones) {
      if (m.event !== 'signed' && m.event !== 'launched' && m.event !== 'concluded' && m.event !== 'other') continue;
      const first = (facts.trusted ? knownWindow : windowOf)(m.date, m.precision).first;
      if (earliest === null || first < earliest) earliest = first;
    }
    facts.earliestBeginning = earliest;
  }
  return facts.earliestBeginning;
}

/**
 * An agreement's facts as the data build writes them beside the shipped agreements: its status
 * date, its windows for any party and its earliest beginning, worked out by the same code the
 * status helpers use for any other agreement, and marked trusted (the build has checked its dates).
 *
 * @param agreement - An agreement record (checked as a caller's would be).
 * @throws TypeError for a value that is not an agreement record, or a milestone without a real date.
 */
export function shippedFactsFor(agreement: Agreement): AgreementFacts {
  const facts = factsOf(agreement);
  return {
    trusted: true,
    asOf: facts.asOf,
    any: windowsFor(agreement, facts, undefined),
    earliestBeginning: earliestBeginning(agreement, facts),
  };
}

/** The status on a day from the milestones and what is known of entry into force; the status date plays no part. */
function statusFromRecord(
  agreement: Agreement,
  facts: AgreementFacts,
  day: string,
  party: PartyCode | undefined,
): InForceStatus {
  // For any party, a shipped agreement's windows are in its facts: a first call runs no date code.
  const { entry, end } = (party === undefined ? facts.any : undefined) ?? windowsFor(agreement, facts, party);
  if (end !== null && day >= end.last) return 'not-in-force';
  if (entry === null) return statusWithoutEntry(agreement, facts, day, party, end);
  if (day < entry.first) return 'not-in-force';
  if (day < entry.last || (end !== null && day >= end.first)) return 'unknown';
  return 'in-force';
}

/** {@link statusFromRecord} for an agreement with no recorded entry into force (for the party). */
function statusWithoutEntry(
  agreement: Agreement,
  facts: AgreementFacts,
  day: string,
  party: PartyCode | undefined,
  end: Window,
): InForceStatus {
  if (end !== null && day >= end.first) return 'unknown';
  const beginning = earliestBeginning(agreement, facts);
  if (beginning !== null && day < beginning) return 'not-in-force';
  const knownNotInForce =
    party === undefined
      ? agreement.entryIntoForce === 'not-in-force' || agreement.entryIntoForce === 'recorded'
      : agreement.notInForceFor?.includes(party) === true || agreement.entryIntoForce === 'not-in-force';
  return knownNotInForce ? 'not-in-force' : 'unknown';
}

/**
 * Where an agreement stood on a day (or a membership): `'in-force'`,
 * `'not-in-force'`, or `'unknown'` when the sources do not decide it.
 *
 * - Before the first day its entry into force could have happened: `'not-in-force'`.
 * - On or after the last day it could have happened: `'in-force'`, until a
 *   recorded termination (`'not-in-force'` from the last day the termination
 *   could have happened, `'unknown'` inside its partial date).
 * - Earlier inside a partial date (a year-precision entry into force asked
 *   about a day before the end of that year): `'unknown'`.
 * - Known not in force (for the party): `'not-in-force'`.
 * - Before it was signed or launched: `'not-in-force'`, even when entry into force is unknown.
 * - With no information: `'unknown'`.
 *
 * After `statusAsOf` (the day the sources last confirmed the status) the
 * state carries forward until a recorded change: an agreement in force stays
 * in force, one not in force stays not in force. {@link inForceDetails} says
 * whether an answer is recorded or carried forward.
 *
 * Without `party`, the question is whether it was in force for at least one party.
 * For a filter, use {@link isInForce}, which is `true` only for `'in-force'`.
 *
 * @param agreement - An agreement (see `agreements` and `getAgreement`).
 * @param on - A `Date` (read by its UTC day) or an ISO day such as `'2004-04-01'`.
 * @param options - `party`: the answer for this party (for agreements in force for some parties only).
 * @throws RangeError for an invalid date (or one outside the years 1–9999) or a `party` that is not
 *   a party to the agreement.
 * @throws TypeError for a value that is not an agreement record, or a milestone without a real date.
 * @example
 * ```ts
 * import { getAgreement, inForceStatus } from 'korea-latam/timeline';
 * const chile = getAgreement('kor-chl-fta');
 * inForceStatus(chile, '2004-03-31'); // 'not-in-force'
 * inForceStatus(chile, '2004-04-01'); // 'in-force'
 * const ca = getAgreement('kor-ca-fta');
 * inForceStatus(ca, '2020-06-01', { party: 'SLV' }); // 'in-force' (since 2020-01-01)
 * inForceStatus(ca, '2025-01-01', { party: 'GTM' }); // 'not-in-force' (signed, not in force)
 * inForceStatus(getAgreement('kor-acs-observer'), '1998-06-01'); // 'unknown' (year precision)
 * ```
 */
export function inForceStatus(
  agreement: Agreement,
  on: DateInput,
  options?: { readonly party?: PartyCode },
): InForceStatus {
  return statusOn(agreement, on, options).status;
}

/**
 * Like {@link inForceStatus}, with how the answer is known: `'recorded'` for a
 * day on or before the agreement's `statusAsOf` (the sources describe that
 * day), `'carried-forward'` for a later day (the state last confirmed on
 * `statusAsOf`, kept until a recorded change). `confirmedOn` is that
 * `statusAsOf`, so a display can say "in force (carried forward since
 * 2025-12-15)".
 *
 * @param agreement - An agreement (see `agreements` and `getAgreement`).
 * @param on - A `Date` (read by its UTC day) or an ISO day such as `'2004-04-01'`.
 * @param options - `party`: the answer for this party (for agreements in force for some parties only).
 * @throws RangeError for an invalid date (or one outside the years 1–9999) or a `party` that is not
 *   a party to the agreement.
 * @throws TypeError for a value that is not an agreement record, or a milestone without a real date.
 * @example
 * ```ts
 * import { getAgreement, inForceDetails } from 'korea-latam/timeline';
 * const peru = getAgreement('kor-per-fta');
 * inForceDetails(peru, '2020-01-01').basis; // 'recorded'
 * const later = inForceDetails(peru, '2099-01-01');
 * later.status; // 'in-force'
 * later.basis; // 'carried-forward'
 * later.confirmedOn === peru.statusAsOf; // true
 * ```
 */
export function inForceDetails(
  agreement: Agreement,
  on: DateInput,
  options?: { readonly party?: PartyCode },
): InForceDetails {
  const { status, day, facts } = statusOn(agreement, on, options);
  return { status, basis: day <= facts.asOf ? 'recorded' : 'carried-forward', confirmedOn: facts.asOf };
}

/** The status on a day, with the day as read and the agreement's facts: the three status helpers' one path. */
function statusOn(
  agreement: Agreement,
  on: DateInput,
  options: { readonly party?: PartyCode } | undefined,
): { readonly status: InForceStatus; readonly day: string; readonly facts: AgreementFacts } {
  const facts = shippedFactsOf(agreement) ?? factsOf(agreement);
  const day = readDay(on, 'on');
  // No options, no party: a first call without them compiles neither reader.
  const party = options === undefined ? undefined : readOptions(options).party;
  if (party !== undefined) checkParty(agreement, party);
  return { status: statusFromRecord(agreement, facts, day, party), day, facts };
}

/**
 * Whether the sources say an agreement was in force (or a membership held)
 * on a day: `true` only when {@link inForceStatus} answers `'in-force'`, so
 * `agreements.filter((a) => isInForce(a, day))` keeps exactly the agreements
 * known to be in force. An unknown answer is `false` here; ask
 * {@link inForceStatus} to tell "not in force" from "unknown".
 *
 * @param agreement - An agreement (see `agreements` and `getAgreement`).
 * @param on - A `Date` (read by its UTC day) or an ISO day such as `'2004-04-01'`.
 * @param options - `party`: the answer for this party (for agreements in force for some parties only).
 * @throws RangeError for an invalid date or a `party` that is not a party to the agreement.
 * @throws TypeError for a value that is not an agreement record.
 * @example
 * ```ts
 * import { agreements, getAgreement, isInForce } from 'korea-latam/timeline';
 * isInForce(getAgreement('kor-chl-fta'), '2004-04-01'); // true
 * isInForce(getAgreement('kor-acs-observer'), '1998-06-01'); // false (the status is 'unknown')
 * agreements.filter((a) => isInForce(a, '2015-01-01')).length; // 10
 * // After the status date the last confirmed state carries forward:
 * isInForce(getAgreement('kor-per-fta'), new Date()); // true
 * ```
 */
export function isInForce(agreement: Agreement, on: DateInput, options?: { readonly party?: PartyCode }): boolean {
  return statusOn(agreement, on, options).status === 'in-force';
}
