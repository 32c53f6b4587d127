/**
 * The paper's challenge taxonomy as data: six challenges with the measures
 * the paper proposes, and the related classifications (the roles Latin
 * America could see Korea play, Korea's motives, the policy phases, and the
 * agenda for a U.S.–Korea partnership).
 *
 * @example
 * ```ts
 * import { challenges, challengesByTheme } from 'korea-latam/challenges';
 * challenges.length; // 6
 * challengesByTheme(challenges, 'competition')[0]?.label; // 'Competition from China'
 * ```
 * @module korea-latam/challenges
 */

export { actorIds } from './actors.js';
export {
  challenges,
  challengesMeta,
  motives,
  partnershipAreas,
  policyPhases,
  roles,
  taxonomyNotes,
} from './challenges.generated.js';
export { challengesByTheme, challengeThemes } from './challenges-by-theme.js';
export { getChallenge } from './get-challenge.js';
export type { RecommendationWithChallenge } from './recommendations.js';
export { allRecommendations, challengesWithoutRecommendations } from './recommendations.js';
export type {
  Actor,
  Challenge,
  ChallengeId,
  ChallengeTheme,
  Motive,
  MotiveDirection,
  MotiveId,
  PartnershipArea,
  PartnershipAreaKind,
  PeriodBound,
  PeriodBoundPrecision,
  PolicyPhase,
  PolicyPhaseId,
  Recommendation,
  Role,
  RoleId,
  TaxonomyNotes,
} from './types.js';
