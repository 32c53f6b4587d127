import { lazyIndex } from '../internal/lazy-index.js';
import { didYouMean, unknownValueError } from '../internal/unknown-value-error.js';
import { challenges } from './challenges.generated.js';
import type { Challenge, ChallengeId } from './types.js';

const challengesById = /* @__PURE__ */ lazyIndex(challenges, (challenge) => challenge.id);

/**
 * One of the six challenges by id.
 *
 * @param id - A challenge id (see `challenges`).
 * @throws RangeError for an unknown id, naming it and listing the valid ones.
 * @example
 * ```ts
 * import { getChallenge } from 'korea-latam/challenges';
 * getChallenge('china-competition').order; // 1
 * // @ts-expect-error: not a challenge id; the compiler says so, and at run time:
 * getChallenge('china'); // throws RangeError: Unknown challenge id "china". Did you mean china-competition?
 * ```
 */
export function getChallenge(id: ChallengeId): Challenge {
  const found = challengesById().get(id);
  if (found === undefined) {
    const ids = challenges.map((challenge) => challenge.id);
    throw unknownValueError('challenge id', id, ids, didYouMean(id, ids));
  }
  return found;
}
