import { describe, expect, it } from 'vitest';
import {
  challenges,
  challengesByTheme,
  challengesWithoutRecommendations,
  challengeThemes,
} from '../../src/challenges/index.js';

describe('challenges by theme', () => {
  it('gives the same challenges, in list order, to the first question (a scan) and to later ones (the index)', () => {
    for (const theme of challengeThemes) {
      const expected = challenges.filter((c) => c.theme === theme).map((c) => c.id);
      const first = challengesByTheme(challenges, theme);
      const later = challengesByTheme(challenges, theme);
      expect(
        first.map((c) => c.id),
        theme,
      ).toEqual(expected);
      expect(
        later.map((c) => c.id),
        theme,
      ).toEqual(expected);
      // Each answer is a new array the caller may change.
      expect(later).not.toBe(challengesByTheme(challenges, theme));
    }
    // The paper's six challenges cover every theme.
    expect(challengeThemes.flatMap((t) => challengesByTheme(challenges, t))).toHaveLength(challenges.length);
  });
});

describe('challenges without recommendations', () => {
  it('are the same to the first question (a scan) and to later ones (kept), each answer a new array', () => {
    const expected = challenges.filter((c) => c.recommendations.length === 0).map((c) => c.id);
    const first = challengesWithoutRecommendations(challenges);
    const later = challengesWithoutRecommendations(challenges);
    expect(first.map((c) => c.id)).toEqual(expected);
    expect(later.map((c) => c.id)).toEqual(expected);
    expect(later).not.toBe(challengesWithoutRecommendations(challenges));
    // Seven recommendations over six challenges: some challenge has none.
    expect(expected.length).toBeGreaterThan(0);
  });
});
