import { describe, expect, it } from 'vitest';
import { challenges, challengesMeta, motives, partnershipAreas, policyPhases, roles } from '../src/challenges/index.js';
import { claims, claimsMeta } from '../src/claims/index.js';
import { countries, countriesMeta } from '../src/countries/index.js';
import { partnerShares, rankingsMeta } from '../src/rankings/index.js';
import { isSourceId, sources, sourcesMeta } from '../src/sources/index.js';
import { timelineEvents, timelineMeta } from '../src/timeline/index.js';
import { tradeFlows, tradeMeta } from '../src/trade/index.js';

describe('dataset meta records', () => {
  const taxonomy = challenges.length + roles.length + motives.length + policyPhases.length + partnershipAreas.length;
  const metas = [
    [sourcesMeta, sources.length],
    [countriesMeta, countries.length],
    [challengesMeta, taxonomy],
    [claimsMeta, claims.length],
    [tradeMeta, tradeFlows.length],
    [rankingsMeta, partnerShares.length],
    [timelineMeta, timelineEvents.length],
  ] as const;

  it('count the records they describe and cite known sources, with a licence and an attribution line', () => {
    for (const [meta, count] of metas) {
      const records = 'records' in meta ? meta.records : meta.events;
      expect(records, meta.title).toBe(count);
      expect(meta.sources.length).toBeGreaterThan(0);
      expect(meta.sources.every(isSourceId), meta.title).toBe(true);
      expect(meta.license.length).toBeGreaterThan(10);
      expect(meta.attribution).toMatch(/^Source: /);
    }
  });
});
