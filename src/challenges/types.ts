import type { SourceId } from '../sources/types.js';

/**
 * The closed set of themes the six challenges are grouped in (our own
 * grouping, not the paper's words).
 */
export type ChallengeTheme = 'competition' | 'perception' | 'institutions' | 'capabilities' | 'management';

/** Ids of the paper's six challenges, in the paper's order. */
export type ChallengeId =
  | 'china-competition'
  | 'low-visibility'
  | 'lack-of-interest'
  | 'agreements-and-partnerships'
  | 'low-technological-level'
  | 'localization-and-incentives';

/** Who a challenge concerns or a recommendation addresses. */
export type Actor =
  | 'korean-government'
  | 'korean-firms'
  | 'latin-american-governments'
  | 'latin-american-firms'
  | 'latin-american-public'
  | 'universities'
  | 'local-employees';

/** Ids of the three roles Latin America could see Korea play. */
export type RoleId = 'capital-and-technology' | 'counterweight' | 'diversification';

/** Ids of the motives for Korean internationalisation the paper discusses. */
export type MotiveId = 'resource-seeking' | 'market-seeking' | 'efficiency-seeking' | 'technology-seeking';

/** Ids of the phases of Korean foreign policy the paper describes. */
export type PolicyPhaseId =
  | 'recognition'
  | 'economic-turn'
  | 'country-branding'
  | 'comprehensive-latin-america-policy'
  | 'regional-architecture'
  | 'non-proliferation-support';

/**
 * A measure the paper proposes for a challenge, paraphrased.
 *
 * @example
 * ```ts
 * import { getChallenge, Recommendation } from 'korea-latam/challenges';
 * const rec: Recommendation | undefined = getChallenge('lack-of-interest').recommendations[0];
 * rec?.id; // 'awareness-campaign'
 * ```
 */
export interface Recommendation {
  readonly id: string;
  readonly text: string;
  readonly actors: readonly Actor[];
}

/**
 * One of the paper's six challenges for Korea's engagement in Latin America,
 * summarised in our own words.
 *
 * @example
 * ```ts
 * import { challenges, Challenge } from 'korea-latam/challenges';
 * const first: Challenge = challenges[0]!;
 * first.id; // 'china-competition'
 * ```
 */
export interface Challenge {
  readonly id: ChallengeId;
  /** Position in the paper's list, 1 to 6. */
  readonly order: number;
  readonly label: string;
  readonly summary: string;
  readonly theme: ChallengeTheme;
  /** What the paper proposes for it; empty where it proposes nothing. */
  readonly recommendations: readonly Recommendation[];
  /** Why the list is empty, where it is. */
  readonly recommendationsNote?: string;
  readonly actors: readonly Actor[];
  /** The challenge this one sets up, where the paper links them. */
  readonly leadsTo?: ChallengeId;
  readonly relatedRoles?: readonly RoleId[];
  readonly relatedMotives?: readonly MotiveId[];
  readonly sources: readonly SourceId[];
}

/**
 * A role Latin American countries could see Korea playing.
 *
 * @example
 * ```ts
 * import { roles, Role } from 'korea-latam/challenges';
 * roles.map((r: Role) => r.id); // ['capital-and-technology', 'counterweight', 'diversification']
 * ```
 */
export interface Role {
  readonly id: RoleId;
  readonly order: number;
  readonly label: string;
  readonly summary: string;
  readonly sources: readonly SourceId[];
}

/**
 * Where the paper sees a motive heading: `gaining` or `losing-ground` as a
 * share of the mix, or `not-present` for a motive it rules out.
 */
export type MotiveDirection = 'gaining' | 'losing-ground' | 'not-present';

/**
 * A motive for Korean investment abroad, as the paper applies it to Latin America.
 *
 * @example
 * ```ts
 * import { motives, Motive } from 'korea-latam/challenges';
 * const m: Motive | undefined = motives.find((x) => x.direction === 'gaining');
 * m?.id; // 'efficiency-seeking'
 * ```
 */
export interface Motive {
  readonly id: MotiveId;
  readonly label: string;
  readonly summary: string;
  readonly direction: MotiveDirection;
  readonly sources: readonly SourceId[];
}

/** Precision of a period bound in {@link PolicyPhase}: a decade or a year. */
export type PeriodBoundPrecision = 'decade' | 'year';

/**
 * One end of a period, with the precision the paper gives it. A decade bound
 * is written as its first year (`'1980'` with precision `decade` = the 1980s).
 *
 * @example
 * ```ts
 * import { PeriodBound } from 'korea-latam/challenges';
 * const bound: PeriodBound = { date: '1950', precision: 'decade' };
 * ```
 */
export interface PeriodBound {
  readonly date: string;
  readonly precision: PeriodBoundPrecision;
}

/**
 * A phase of Korean foreign policy. `start` or `end` is `null` where the
 * paper gives none (an open end means the phase continues).
 *
 * @example
 * ```ts
 * import { policyPhases, PolicyPhase } from 'korea-latam/challenges';
 * const first: PolicyPhase = policyPhases[0]!;
 * first.period.label; // '1950s–1960s'
 * ```
 */
export interface PolicyPhase {
  readonly id: PolicyPhaseId;
  readonly order: number;
  readonly label: string;
  readonly period: {
    readonly start: PeriodBound | null;
    readonly end: PeriodBound | null;
    /** The period in words, at the paper's precision. */
    readonly label: string;
  };
  readonly summary: string;
  readonly sources: readonly SourceId[];
}

/**
 * What a partnership item is: a policy `area`, a `shared-interest`, a
 * `channel` to work through, or an example `project`.
 */
export type PartnershipAreaKind = 'area' | 'shared-interest' | 'channel' | 'project';

/**
 * An item of the paper's agenda for a U.S.–Korea partnership in Latin America.
 *
 * @example
 * ```ts
 * import { partnershipAreas, PartnershipArea } from 'korea-latam/challenges';
 * partnershipAreas.filter((a: PartnershipArea) => a.kind === 'area').length; // 4
 * ```
 */
export interface PartnershipArea {
  readonly id: string;
  readonly label: string;
  readonly kind: PartnershipAreaKind;
  readonly sources: readonly SourceId[];
}

/**
 * Notes that apply to a whole classification (where the taxonomy comes
 * from, what is missing), kept beside the data.
 *
 * @example
 * ```ts
 * import { taxonomyNotes } from 'korea-latam/challenges';
 * taxonomyNotes.challenges.sources.includes('kwon-et-al-2009'); // true
 * ```
 */
export interface TaxonomyNotes {
  readonly challenges: { readonly note: string; readonly sources: readonly SourceId[] };
  readonly roles: string;
  readonly motives: string;
  readonly policyPhases: string;
  readonly partnershipAreas: string;
}
