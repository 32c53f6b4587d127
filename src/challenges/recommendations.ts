import { assertOneOf, checkRecords, readOptions } from '../internal/assert.js';
import { memoOnSecondUse } from '../internal/memo.js';
import { isTrusted } from '../internal/settled.js';
import { actorIds } from './actors.js';
import type { Actor, Challenge, ChallengeId, Recommendation } from './types.js';

const CHALLENGE_FIELDS = { id: 'string', recommendations: 'array' } as const;
const LISTED_FIELDS = { recommendations: 'array' } as const;
const RECOMMENDATION_FIELDS = { id: 'string', text: 'string', actors: 'array' } as const;

/**
 * A recommendation together with the challenge it answers.
 *
 * @example
 * ```ts
 * import { RecommendationWithChallenge } from 'korea-latam/challenges';
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
 * @param list - The challenges whose recommendations to list: `challenges`, or your own array.
 * @param options - `actor`: keep only the recommendations addressed to this actor.
 * @example
 * ```ts
 * import { challenges, allRecommendations } from 'korea-latam/challenges';
 * allRecommendations(challenges).length; // 7
 * allRecommendations(challenges, { actor: 'universities' }).map((r) => r.id); // ['awareness-campaign']
 * ```
 * @throws RangeError for an unknown actor.
 * @throws TypeError when `list` is not an array of challenges with recommendation records.
 */
export function allRecommendations(
  list: readonly Challenge[],
  options?: { readonly actor?: Actor },
): RecommendationWithChallenge[] {
  checkRecords(list, 'challenges', 'a challenge', CHALLENGE_FIELDS);
  const { actor } = readOptions(options);
  if (actor !== undefined) assertOneOf(actor, actorIds, 'actor');
  const rows: RecommendationWithChallenge[] = [];
  list.forEach((challenge, i) => {
    const name = `challenges[${i}].recommendations`;
    // A shipped challenge's recommendations were checked when the data were built.
    if (!isTrusted(challenge)) checkRecords(challenge.recommendations, name, 'a recommendation', RECOMMENDATION_FIELDS);
    for (const recommendation of challenge.recommendations) {
      if (actor !== undefined && !recommendation.actors.includes(actor)) continue;
      rows.push({ ...recommendation, actors: [...recommendation.actors], challengeId: challenge.id });
    }
  });
  return rows;
}

/**
 * The challenges for which the paper proposes no remedy.
 *
 * @param list - The challenges to look through: `challenges`, or your own array.
 * @example
 * ```ts
 * import { challenges, challengesWithoutRecommendations } from 'korea-latam/challenges';
 * challengesWithoutRecommendations(challenges).map((c) => c.id);
 * // ['low-visibility', 'low-technological-level']
 * ```
 * @throws TypeError when `list` is not an array of records with a `recommendations` array.
 */
export function challengesWithoutRecommendations<T extends Pick<Challenge, 'recommendations'>>(
  list: readonly T[],
): T[] {
  checkRecords(list, 'challenges', 'a challenge', LISTED_FIELDS);
  const known = withoutRecommendationsOf(list);
  if (known !== undefined) return known.slice() as T[];
  // A first question about the shipped list: a scan (the answer is kept from the second).
  const found: T[] = [];
  for (let i = 0; i < list.length; i += 1) if ((list[i] as T).recommendations.length === 0) found.push(list[i] as T);
  return found;
}

/** The records of a list that have no recommendation (for the shipped list, kept from the second question). */
const withoutRecommendationsOf = /* @__PURE__ */ memoOnSecondUse(
  (records: readonly Pick<Challenge, 'recommendations'>[]): readonly unknown[] =>
    records.filter((challenge) => challenge.recommendations.length === 0),
);
