import { describe, expect, it } from 'vitest';
import { allRecommendations, challenges } from '../../src/challenges/index.js';
import type { Challenge } from '../../src/challenges/types.js';

describe('the recommendations of challenges you pass', () => {
  it('are checked record by record, the bad one named by its position', () => {
    const shipped = challenges.find((c) => c.recommendations.length > 0) as Challenge;
    const copy = JSON.parse(JSON.stringify(shipped)) as Challenge & { recommendations: unknown[] };
    copy.recommendations.push(null);
    const at = copy.recommendations.length - 1;
    expect(() => allRecommendations([copy as Challenge])).toThrow(
      `Expected challenges[0].recommendations[${at}] to be a recommendation, got null.`,
    );
  });

  it('of a shipped challenge, in a list of your own, give the same rows as in the shipped list', () => {
    const own = [...challenges].reverse();
    const byId = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
    expect(byId(allRecommendations(own))).toEqual(byId(allRecommendations(challenges)));
    expect(allRecommendations(own)).toHaveLength(7);
  });
});
