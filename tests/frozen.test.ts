import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { challenges, taxonomyNotes } from '../src/challenges/index.js';
import { blocs, countries, lacCountries } from '../src/countries/index.js';
import { usCpiAnnual, usCpiMeta } from '../src/prices/index.js';
import { partnerShares, rankingsMeta } from '../src/rankings/index.js';
import { sources } from '../src/sources/index.js';
import { agreements, timelineEvents } from '../src/timeline/index.js';
import {
  caribbeanTerritoryCodes,
  tradeFlows,
  tradeMeta,
  tradeRegionIds,
  tradeSourcePreference,
} from '../src/trade/index.js';
import { repoRoot } from './helpers/raw.js';

function isDeepFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (value === null || typeof value !== 'object' || seen.has(value)) return true;
  seen.add(value);
  return Object.isFrozen(value) && Object.values(value).every((child) => isDeepFrozen(child, seen));
}

describe('shipped data is deeply frozen', () => {
  const datasets = {
    sources,
    countries,
    lacCountries,
    blocs,
    challenges,
    taxonomyNotes,
    tradeFlows,
    tradeMeta,
    partnerShares,
    rankingsMeta,
    usCpiAnnual,
    usCpiMeta,
    tradeSourcePreference,
    caribbeanTerritoryCodes,
    tradeRegionIds,
    timelineEvents,
    agreements,
  };

  for (const [name, data] of Object.entries(datasets)) {
    it(`${name} cannot be changed`, () => {
      expect(isDeepFrozen(data)).toBe(true);
    });
  }

  it('throws on a mutation attempt (ES modules run in strict mode)', () => {
    expect(() => {
      (tradeFlows[0] as { valueUsd: number }).valueUsd = 0;
    }).toThrow(TypeError);
    expect(() => {
      (challenges as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (agreements[0]!.milestones as unknown as unknown[]).pop();
    }).toThrow(TypeError);
  });
});

describe('every exported array of every entry, enumerated', () => {
  it('throws on an in-place sort or reverse, so shared data cannot be reordered for other readers', async () => {
    const { ENTRIES } = await import('./helpers/entries.js');
    let checked = 0;
    for (const entry of ENTRIES) {
      const module = (await import(
        /* @vite-ignore */ pathToFileURL(join(repoRoot, 'src', `${entry}.ts`)).href
      )) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        if (!Array.isArray(value) || value.length < 2) continue;
        expect(() => (value as unknown[]).sort(() => -1), `${entry}: ${name}.sort`).toThrow(TypeError);
        expect(() => (value as unknown[]).reverse(), `${entry}: ${name}.reverse`).toThrow(TypeError);
        checked += 1;
      }
    }
    // The datasets and the code lists of every entry: far more than the handful named above.
    expect(checked).toBeGreaterThan(30);
  });
});
