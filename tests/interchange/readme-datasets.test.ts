import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { challenges, motives, partnershipAreas, policyPhases, roles } from '../../src/challenges/index.js';
import { claims } from '../../src/claims/index.js';
import { blocs, countries } from '../../src/countries/index.js';
import { es } from '../../src/i18n/es/index.js';
import { ko } from '../../src/i18n/ko/index.js';
import { pt } from '../../src/i18n/pt/index.js';
import { usCpiAnnual } from '../../src/prices/index.js';
import { partnerShares } from '../../src/rankings/index.js';
import { sources } from '../../src/sources/index.js';
import { agreements, diplomaticTies, timelineEvents } from '../../src/timeline/index.js';
import { tradeFlows } from '../../src/trade/index.js';
import { repoRoot } from '../helpers/raw.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const n = (x: number) => x.toLocaleString('en-US');

describe("the README's datasets table", () => {
  it('gives the record counts the library exports', () => {
    const table = readme.slice(readme.indexOf('## Datasets'), readme.indexOf('What each covers'));
    const sizes = new Set([es, pt, ko].map((table) => Object.keys(table.texts).length));
    expect(sizes.size).toBe(1);
    const perLocale = n([...sizes][0] ?? 0);
    const records = Object.fromEntries(
      [...table.matchAll(/^\| ([^|]+?) +\| [^|]+\| +([^|]+?) \|$/gm)].map((m) => [m[1], m[2]]),
    );
    expect(records).toEqual({
      Dataset: 'Records',
      '------------------': '------------------------:',
      Bibliography: n(sources.length),
      Countries: n(countries.length),
      Blocs: n(blocs.length),
      'Challenge taxonomy': [challenges, roles, motives, policyPhases, partnershipAreas]
        .map((l) => l.length)
        .join(' + '),
      'Trade flows': n(tradeFlows.length),
      'Partner rankings': n(partnerShares.length),
      'US prices': n(usCpiAnnual.length),
      'Agreement timeline': `${timelineEvents.length} events, ${agreements.length} agreements`,
      'Diplomatic ties': n(diplomaticTies.length),
      Claims: n(claims.length),
      Translations: `${perLocale} texts per language`,
    });
    expect(readme).toContain(`${sources.filter((s) => !s.verified).length} not found`);
    expect(readme).toContain(`${sources.filter((s) => s.kind === 'web-page').length} cited web pages`);
    const official = [es, pt, ko].flatMap((table) => Object.values(table.texts)).filter((t) => t.status === 'official');
    expect(readme).toContain(`${official.length} official names`);
  });
});
