import { readOptions } from '../internal/assert.js';
import { daysBetween } from './dates.js';
import { agreementFacts, checkParty, entryMilestones } from './is-in-force.js';
import type { Agreement, PartyCode } from './types.js';

/**
 * Days from signature to entry into force (for a party, or the earliest
 * entry into force), or `undefined` when either date is missing or not known
 * to the day.
 *
 * @param agreement - An agreement (see `agreements` and `getAgreement`).
 * @param options - `party`: measure for this party (for agreements that entered into force on different dates).
 * @throws RangeError for a `party` that is not a party to the agreement.
 * @throws TypeError for a value that is not an agreement record, or a milestone whose date is
 *   not a real date at its precision (naming it).
 * @example
 * ```ts
 * import { getAgreement, durationToEntryIntoForce } from 'korea-latam/timeline';
 * durationToEntryIntoForce(getAgreement('kor-per-fta')); // 133 (2011-03-21 → 2011-08-01)
 * durationToEntryIntoForce(getAgreement('kor-ca-fta'), { party: 'PAN' }); // 1104
 * durationToEntryIntoForce(getAgreement('kor-chl-fta')); // 411 (2003-02-15 → 2004-04-01)
 * durationToEntryIntoForce(getAgreement('kor-bra-bit')); // undefined (signed in a month, never in force)
 * ```
 */
export function durationToEntryIntoForce(
  agreement: Agreement,
  options?: { readonly party?: PartyCode },
): number | undefined {
  const facts = agreementFacts(agreement);
  const { party } = readOptions(options);
  if (party !== undefined) checkParty(agreement, party);
  const key = party ?? '';
  facts.durations ??= new Map();
  if (!facts.durations.has(key)) facts.durations.set(key, computeDuration(agreement, party));
  return facts.durations.get(key);
}

function computeDuration(agreement: Agreement, party: PartyCode | undefined): number | undefined {
  const signed = agreement.milestones.find(
    (m) => m.event === 'signed' && (party === undefined || m.parties.includes(party)),
  );
  const entry = entryMilestones(agreement, party).find((m) => m.event === 'in-force');
  if (signed === undefined || entry === undefined || signed.precision !== 'day' || entry.precision !== 'day')
    return undefined;
  return daysBetween(signed.date, entry.date);
}
