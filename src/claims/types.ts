import type { Challenge, Role } from '../challenges/types.js';
import type { PartnerShare, YearPeriod } from '../rankings/types.js';
import type { SourceId } from '../sources/types.js';
import type { Agreement, TimelineEvent } from '../timeline/types.js';
import type { TradeFlow } from '../trade/types.js';

export type { ClaimId } from './claim-ids.generated.js';

import type { ClaimId } from './claim-ids.generated.js';

/** What a claim is about. */
export type ClaimTopic = 'rankings' | 'trade' | 'balance' | 'agreements' | 'memberships' | 'diplomacy' | 'taxonomy';

/**
 * The outcome of a check (see docs/claims.md for the rules):
 * `supported` — the data agree within the paper's printed precision;
 * `partly` — part of the claim holds, or the figure is close but not equal;
 * `contradicted` — the data disagree;
 * `not-checkable` — the shipped data cannot decide it (the explanation says why).
 */
export type Verdict = 'supported' | 'partly' | 'contradicted' | 'not-checkable';

/** Where a verdict comes from: the library's datasets, a cited external source, or nothing. */
export type CheckBasis = 'data' | 'external-source' | 'none';

/**
 * A number or statement the paper gives, or one the check computes.
 *
 * @example
 * ```ts
 * import { ClaimFigure } from 'korea-latam/claims';
 * const figure: ClaimFigure = { label: "Korea's share of Mexico's trade", value: 2, unit: '%' };
 * ```
 */
export interface ClaimFigure {
  readonly label: string;
  readonly value: number | string | boolean | null;
  readonly unit?: string;
}

/**
 * How a claim was checked and what came out.
 *
 * @example
 * ```ts
 * import { claims, ClaimCheck } from 'korea-latam/claims';
 * const check: ClaimCheck = claims[0]!.check;
 * check.verdict; // 'supported'
 * ```
 */
export interface ClaimCheck {
  readonly basis: CheckBasis;
  /** What was computed, with which helper and data. */
  readonly method: string;
  readonly computed: readonly ClaimFigure[];
  readonly verdict: Verdict;
  readonly explanation: string;
  readonly sources: readonly SourceId[];
}

/**
 * One of the paper's checkable claims, in our words, with the paper's
 * figures and the result of checking it against the data.
 *
 * @example
 * ```ts
 * import { claims, Claim } from 'korea-latam/claims';
 * const claim: Claim | undefined = claims.find((c) => c.id === 'korea-sixth-partner-of-mexico');
 * claim?.check.computed[0]?.value; // 6
 * ```
 */
export interface Claim {
  readonly id: ClaimId;
  readonly statement: string;
  readonly topic: ClaimTopic;
  readonly paperFigures: readonly ClaimFigure[];
  /** The period the paper's figures refer to; `null` where it gives none. */
  readonly period: YearPeriod | null;
  readonly periodNote?: string;
  readonly sources: readonly SourceId[];
  readonly check: ClaimCheck;
}

/**
 * The datasets the checks read. Pass newer or corrected data to
 * {@link verifyClaims} to see how the verdicts move.
 *
 * @example
 * ```ts
 * import { ClaimDatasets } from 'korea-latam/claims';
 * import { tradeFlows } from 'korea-latam/trade';
 * const data: Partial<ClaimDatasets> = { tradeFlows: tradeFlows.filter((f) => f.year <= 2010) };
 * ```
 */
export interface ClaimDatasets {
  readonly tradeFlows: readonly TradeFlow[];
  readonly partnerShares: readonly PartnerShare[];
  readonly agreements: readonly Agreement[];
  readonly timelineEvents: readonly TimelineEvent[];
  readonly challenges: readonly Challenge[];
  readonly roles: readonly Role[];
}

/** A claim as defined in data (everything but its check). */
export type ClaimDefinition = Omit<Claim, 'check'>;
