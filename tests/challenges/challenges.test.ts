import { describe, expect, it } from 'vitest';
import {
  allRecommendations,
  challenges,
  challengesByTheme,
  challengesWithoutRecommendations,
  getChallenge,
  motives,
  partnershipAreas,
  policyPhases,
  roles,
  taxonomyNotes,
} from '../../src/challenges/index.js';

describe('challenge taxonomy (paper-notes §4a)', () => {
  it('has the six challenges in the paper order', () => {
    expect(challenges.map((c) => c.id)).toEqual([
      'china-competition',
      'low-visibility',
      'lack-of-interest',
      'agreements-and-partnerships',
      'low-technological-level',
      'localization-and-incentives',
    ]);
    expect(challenges.map((c) => c.order)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('attaches what the paper recommends, and nothing where it recommends nothing', () => {
    // §4a: challenges 2 and 5 have no recommendation of their own.
    expect(challengesWithoutRecommendations(challenges).map((c) => c.id)).toEqual([
      'low-visibility',
      'low-technological-level',
    ]);
    expect(getChallenge('low-visibility').leadsTo).toBe('lack-of-interest');
    expect(getChallenge('china-competition').recommendations.map((r) => r.id)).toEqual(['partner-with-local-firms']);
    expect(getChallenge('lack-of-interest').recommendations[0]?.text).toMatch(/Korean-studies/);
    expect(getChallenge('localization-and-incentives').recommendations.map((r) => r.id)).toEqual([
      'localize-management',
      'integrate-local-producers',
      'non-wage-incentives',
    ]);
    expect(allRecommendations(challenges)).toHaveLength(7);
    expect(allRecommendations(challenges, { actor: 'universities' }).map((r) => r.challengeId)).toEqual([
      'lack-of-interest',
    ]);
  });

  it('groups by theme and rejects unknown themes', () => {
    expect(challengesByTheme(challenges, 'perception').map((c) => c.order)).toEqual([2, 3]);
    expect(challengesByTheme(challenges, 'management').map((c) => c.order)).toEqual([6]);
    expect(() => challengesByTheme(challenges, 'culture' as never)).toThrow(/Unknown challenge theme "culture"/);
    expect(() => getChallenge('china' as never)).toThrow(/Did you mean china-competition\?/);
  });

  it('has the related classifications (§4b–§4e)', () => {
    expect(roles.map((r) => r.id)).toEqual(['capital-and-technology', 'counterweight', 'diversification']);
    expect(motives.find((m) => m.direction === 'gaining')?.id).toBe('efficiency-seeking');
    expect(motives.find((m) => m.direction === 'not-present')?.id).toBe('technology-seeking');
    expect(policyPhases[0]?.period.start).toEqual({ date: '1950', precision: 'decade' });
    expect(partnershipAreas.filter((a) => a.kind === 'area').map((a) => a.id)).toEqual([
      'citizen-security',
      'climate-change',
      'green-growth',
      'sustainable-development',
    ]);
    expect(getChallenge('china-competition').relatedRoles).toEqual(['counterweight']);
    expect(taxonomyNotes.challenges.sources).toContain('kwon-et-al-2009');
  });

  it('cites the paper on every record', () => {
    for (const list of [challenges, roles, motives, policyPhases, partnershipAreas]) {
      for (const record of list) expect(record.sources).toContain('lopez-aymes-2012');
    }
  });
});
