import { checkRecords } from '../internal/assert.js';
import { groupBy } from '../internal/group-by.js';
import { memoOnSecondUse } from '../internal/memo.js';
import { didYouMean, unknownValueError } from '../internal/unknown-value-error.js';
import type { Challenge, ChallengeTheme } from './types.js';

const THEME_FIELDS = { theme: 'string' } as const;

/**
 * Every challenge theme, in a fixed order.
 *
 * @example
 * ```ts
 * import { challenges, challengeThemes, challengesByTheme } from 'korea-latam/challenges';
 * challengeThemes.map((theme) => challengesByTheme(challenges, theme).length); // [1, 2, 1, 1, 1]
 * ```
 */
export const challengeThemes: readonly ChallengeTheme[] = /* @__PURE__ */ Object.freeze([
  'competition',
  'perception',
  'institutions',
  'capabilities',
  'management',
] as const);

/**
 * The challenges of one theme, in the order they come in `list`.
 *
 * @param list - The challenges to filter: `challenges`, or your own array.
 * @param theme - A challenge theme: competition, perception, institutions, capabilities or management.
 * @throws RangeError for a theme outside {@link ChallengeTheme}.
 * @throws TypeError when `list` is not an array of records with a string `theme`.
 * @example
 * ```ts
 * import { challenges, challengesByTheme } from 'korea-latam/challenges';
 * challengesByTheme(challenges, 'perception').map((c) => c.id);
 * // ['low-visibility', 'lack-of-interest']
 * ```
 */
export function challengesByTheme<T extends Pick<Challenge, 'theme'>>(list: readonly T[], theme: ChallengeTheme): T[] {
  checkRecords(list, 'challenges', 'a challenge', THEME_FIELDS);
  if (!challengeThemes.includes(theme))
    throw unknownValueError('challenge theme', theme, challengeThemes, didYouMean(theme, challengeThemes));
  const lists = themeListsOf(list);
  if (lists !== undefined) return (lists.get(theme) ?? []).slice() as T[];
  // A first question about the shipped list: a scan (the lists by theme are made on the second).
  const found: T[] = [];
  for (let i = 0; i < list.length; i += 1) if ((list[i] as T).theme === theme) found.push(list[i] as T);
  return found;
}

/** The records of a list by theme (for the shipped list, made when a second question comes). */
const themeListsOf = /* @__PURE__ */ memoOnSecondUse(
  (records: readonly Pick<Challenge, 'theme'>[]): ReadonlyMap<string, readonly unknown[]> =>
    groupBy<unknown, string>(records, (record) => (record as Pick<Challenge, 'theme'>).theme),
);
