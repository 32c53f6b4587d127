import { checkRecords, readOptions } from '../internal/assert.js';
import { describeValue } from '../internal/describe-value.js';
import { type DateInput, toDay, toInterval } from './dates.js';
import { datedEvents } from './events.js';
import type { Agreement, Milestone, PartyCode } from './types.js';

/** Milestone types that start an agreement's effect (entry into force, or joining a body). */
const STARTS: readonly Milestone['event'][] = ['in-force', 'joined'];

/**
 * Checks the fields of an agreement record that the date helpers read: its
 * parties, its status date, and every milestone's event, parties and date
 * (a real date at its precision); a bad field is a `TypeError` naming it.
 *
 * @example
 * ```ts
 * checkAgreement(getAgreement('kor-chl-fta')); // ok
 * ```
 */
export function checkAgreement(agreement: Agreement): void {
  checkRecords([agreement], 'agreements', 'an agreement', {
    id: 'string',
    parties: 'array',
    milestones: 'array',
    statusAsOf: 'string',
  });
  checkRecords(agreement.milestones, 'agreement.milestones', 'a milestone', { event: 'string', parties: 'array' });
  datedEvents(agreement.milestones, 'agreement.milestones');
  datedEvents([{ date: agreement.statusAsOf, precision: 'day' }], 'agreement.statusAsOf');
}

/**
 * Reads the `party` option: it must be one of the agreement's parties other
 * than Korea.
 *
 * @example
 * ```ts
 * checkParty(getAgreement('kor-ca-fta'), 'GTM'); // ok
 * ```
 */
export function checkParty(agreement: Agreement, party: PartyCode | undefined): void {
  if (party === undefined) return;
  const valid: readonly PartyCode[] = agreement.parties.filter((p) => p !== 'KOR');
  if (typeof party !== 'string' || !valid.includes(party)) {
    throw new RangeError(
      `${describeValue(party)} is not a party to ${agreement.id} (besides Korea). Valid values: ${valid.map((p) => JSON.stringify(p)).join(', ')}.`,
    );
  }
}

/**
 * The milestones that put the agreement into effect for `party` (or for any
 * party), earliest first.
 *
 * @example
 * ```ts
 * entryMilestones(getAgreement('kor-ca-fta'), 'NIC')[0]?.date; // '2019-10-01'
 * ```
 */
export function entryMilestones(agreement: Agreement, party?: PartyCode): Milestone[] {
  return agreement.milestones
    .filter((m) => STARTS.includes(m.event) && (party === undefined || m.parties.includes(party)))
    .sort((a, b) => toInterval(a.date, a.precision).first.localeCompare(toInterval(b.date, b.precision).first));
}

/**
 * Whether an agreement was in force (or a membership held) on a day:
 * `true`, `false`, or `'unknown'` when the sources do not decide it.
 *
 * - Before the first day its entry into force could have happened: `false`.
 * - On or after the last day it could have happened, up to `statusAsOf`: `true`.
 * - Earlier inside a partial date (a year-precision entry into force asked
 *   about a day before the end of that year): `'unknown'`.
 * - Known not in force (for the party): `false` up to `statusAsOf`.
 * - Before it was signed or launched: `false`, even when entry into force is unknown.
 * - After `statusAsOf`, or with no information: `'unknown'`.
 *
 * Without `party`, the question is whether it was in force for at least one party.
 *
 * @param on A `Date` (read by its UTC day) or an ISO day such as `'2004-04-01'`.
 * @throws {RangeError} for an invalid date (or one outside the years 1–9999) or a `party` that is not
 *   a party to the agreement.
 * @throws {TypeError} for a value that is not an agreement record, or a milestone without a real date.
 * @example
 * ```ts
 * import { getAgreement, isInForce } from 'korea-latam/timeline';
 * const chile = getAgreement('kor-chl-fta');
 * isInForce(chile, '2004-03-31'); // false
 * isInForce(chile, '2004-04-01'); // true
 * const ca = getAgreement('kor-ca-fta');
 * isInForce(ca, '2020-06-01', { party: 'SLV' }); // true (in force since 2020-01-01)
 * isInForce(ca, '2025-01-01', { party: 'GTM' }); // false (signed, not in force)
 * isInForce(getAgreement('kor-acs-observer'), '1998-06-01'); // 'unknown' (year precision)
 * ```
 */
export function isInForce(
  agreement: Agreement,
  on: DateInput,
  options?: { readonly party?: PartyCode },
): boolean | 'unknown' {
  checkAgreement(agreement);
  const day = toDay(on, 'on');
  const { party } = readOptions(options);
  checkParty(agreement, party);
  const asOf = toInterval(agreement.statusAsOf, 'day').last;
  const entries = entryMilestones(agreement, party);
  const first = entries[0];
  if (first !== undefined) {
    const window = toInterval(first.date, first.precision);
    if (day < window.first) return false;
    if (day < window.last) return 'unknown';
    return day <= asOf ? true : 'unknown';
  }
  const beginnings = agreement.milestones
    .filter((m) => m.event === 'signed' || m.event === 'launched' || m.event === 'concluded' || m.event === 'other')
    .map((m) => toInterval(m.date, m.precision).first)
    .sort();
  const earliest = beginnings[0];
  if (earliest !== undefined && day < earliest) return false;
  const knownNotInForce =
    party === undefined
      ? agreement.entryIntoForce === 'not-in-force' || agreement.entryIntoForce === 'recorded'
      : agreement.notInForceFor?.includes(party) === true || agreement.entryIntoForce === 'not-in-force';
  if (knownNotInForce && day <= asOf) return false;
  return 'unknown';
}
