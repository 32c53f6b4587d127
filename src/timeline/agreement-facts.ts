import { factsBeside } from '../internal/memo.js';
import { isTrusted } from '../internal/settled.js';
import type { Agreement, PartyCode } from './types.js';

/** The first and last day a date could be, as ISO days; `null` when there is no such milestone. */
export type Window = { readonly first: string; readonly last: string } | null;

/** When an agreement began to apply to a party, and when a termination ended it. */
export interface PartyWindows {
  /** The window of the first entry into force (or joining) for the party, or for any party. */
  readonly entry: Window;
  /**
   * The window of the termination that ends the agreement for the party, or for every party when
   * none is given (a termination that names only some parties does not end it for the others).
   */
  readonly end: Window;
}

/** What the date helpers need from an agreement, worked out once per (settled) agreement. */
export interface AgreementFacts {
  /** Whether the agreement is one of the shipped ones, whose dates were checked when the data were built. */
  readonly trusted: boolean;
  /** The status date (a day). */
  readonly asOf: string;
  /** The entry and end windows for any party (no `party` option); worked out on first use. */
  any: PartyWindows | undefined;
  /** The first day of the earliest signature, launch, conclusion or other step; `null` when there is none. Worked out on first use. */
  earliestBeginning: string | null | undefined;
  /** The entry and end windows by party, each worked out on first use. */
  byParty?: Map<PartyCode, PartyWindows>;
  /** Durations to entry into force by party ('' for any party), made by `durationToEntryIntoForce` on first use. */
  durations?: Map<PartyCode | '', number | undefined>;
}

/** What the data build worked out for each shipped agreement, recorded beside the list. */
const shipped = /* @__PURE__ */ factsBeside<Agreement, AgreementFacts>();

/**
 * Records the facts the data build worked out for the shipped agreements (one per agreement, in
 * the same order), and returns the list. The generated data module calls it, marked pure, so a
 * bundle without `agreements` drops both.
 *
 * @param list - The shipped agreements.
 * @param facts - Their facts, in the same order.
 */
export function withShippedFacts(list: readonly Agreement[], facts: readonly AgreementFacts[]): readonly Agreement[] {
  shipped.record(list, facts);
  return list;
}

/**
 * The facts of a shipped agreement, as the data build wrote them (so a first question about it
 * runs no date code); `undefined` for any other agreement.
 *
 * @param agreement - Any value passed as an agreement.
 */
export function shippedFactsOf(agreement: Agreement): AgreementFacts | undefined {
  return isTrusted(agreement) ? shipped.of(agreement) : undefined;
}
