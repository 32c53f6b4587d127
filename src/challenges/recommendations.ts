import { readOptions } from '../internal/assert.js';
import type { Actor, Challenge, ChallengeId, Recommendation } from './types.js';

/**
 * A recommendation together with the challenge it answers.
 *
 * @example
 * ```ts
 * const row: RecommendationWithChallenge = {
 *   challengeId: 'china-competition', id: 'partner-with-local-firms', text: '…', actors: ['korean-firms'],
 * };
 * ```
 */
export interface RecommendationWithChallenge extends Recommendation {
  readonly challengeId: ChallengeId;
}

/**
 * Every recommendation in `list` as a flat array, each tagged with the
 * challenge it answers, optionally only those addressed to one actor.
 *
 * @example
 * ```ts
 * import { challenges, allRecommendations } from 'korea-latam/challenges';
 * allRecommendations(challenges).length; // 7
 * allRecommendations(challenges, { actor: 'universities' }).map((r) => r.id); // ['awareness-campaign']
 * ```
 */
export function allRecommendations(
  list: readonly Challenge[],
  options?: { readonly actor?: Actor },
): RecommendationWithChallenge[] {
  const { actor } = readOptions(options);
  const rows: RecommendationWithChallenge[] = [];
  for (const challenge of list) {
    for (const recommendation of challenge.recommendations) {
      if (actor !== undefined && !recommendation.actors.includes(actor)) continue;
      rows.push({ ...recommendation, challengeId: challenge.id });
    }
  }
  return rows;
}

/**
 * The challenges for which the paper proposes no remedy.
 *
 * @example
 * ```ts
 * import { challenges, challengesWithoutRecommendations } from 'korea-latam/challenges';
 * challengesWithoutRecommendations(challenges).map((c) => c.id);
 * // ['low-visibility', 'low-technological-level']
 * ```
 */
export function challengesWithoutRecommendations<T extends Pick<Challenge, 'recommendations'>>(
  list: readonly T[],
): T[] {
  return list.filter((challenge) => challenge.recommendations.length === 0);
}
