import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../scripts/lib/csv.js';
import { challenges, motives, partnershipAreas, policyPhases, roles } from '../src/challenges/index.js';
import { claims } from '../src/claims/index.js';
import { blocs, countries } from '../src/countries/index.js';
import { usCpiAnnual } from '../src/prices/index.js';
import { partnerShares } from '../src/rankings/index.js';
import { parseTradeFlows } from '../src/schemas/index.js';
import { sources } from '../src/sources/index.js';
import { agreements, diplomaticTies, timelineEvents } from '../src/timeline/index.js';
import { tradeFlows } from '../src/trade/index.js';
import { repoRoot } from './helpers/raw.js';

const dir = join(repoRoot, 'datasets');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const json = (name: string) => JSON.parse(read(name));
const csv = (name: string) => readCsv(join(dir, name)).map((r) => r.values);

describe('data files for users outside JavaScript', () => {
  const datasets = {
    'trade-flows': tradeFlows,
    'partner-shares': partnerShares,
    'us-cpi-annual': usCpiAnnual,
    'diplomatic-ties': diplomaticTies,
    'timeline-events': timelineEvents,
    agreements,
    claims,
    sources,
    countries,
    blocs,
    challenges,
    roles,
    motives,
    'policy-phases': policyPhases,
    'partnership-areas': partnershipAreas,
  } as const;

  it('writes each dataset as JSON equal to the exported array', () => {
    for (const [name, data] of Object.entries(datasets)) {
      expect(json(`${name}.json`), name).toEqual(JSON.parse(JSON.stringify(data)));
    }
  });

  it('writes each dataset as CSV with one row per record', () => {
    for (const [name, data] of Object.entries(datasets)) {
      const rows = name === 'blocs' ? blocs.flatMap((b) => b.members).length : data.length; // one row per membership
      expect(csv(`${name}.csv`), name).toHaveLength(rows);
    }
  });

  it('round-trips trade values through CSV exactly', () => {
    const rows = csv('trade-flows.csv');
    const back = rows.map((r) => ({
      reporter: r.reporter,
      partner: r.partner,
      year: Number(r.year),
      flow: r.flow,
      valueUsd: Number(r.value_usd),
      valuation: r.valuation,
      estimated: r.estimated === 'true',
      source: r.source,
      sources: r.sources?.split(';'),
    }));
    expect(parseTradeFlows(back)).toEqual(JSON.parse(JSON.stringify(tradeFlows)));
    const shares = csv('partner-shares.csv');
    shares.forEach((r, i) => {
      expect(Number(r.share_pct)).toBe(partnerShares[i]?.sharePct);
    });
  });

  it('describes every file in datapackage.json with the right size and hash', () => {
    const pkg = json('datapackage.json');
    expect(pkg.resources.map((r: { name: string }) => r.name).sort()).toEqual(Object.keys(datasets).sort());
    for (const resource of pkg.resources) {
      const text = read(resource.path);
      expect(resource.bytes).toBe(Buffer.byteLength(text));
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
      const header = text.slice(0, text.indexOf('\n')).split(',');
      expect(resource.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
      for (const key of resource.schema.primaryKey) expect(header).toContain(key);
      expect(resource.licenses[0].title.length).toBeGreaterThan(10);
    }
  });

  it('ships a JSON Schema for every record type', () => {
    for (const name of [
      'source',
      'country',
      'bloc',
      'challenge',
      'trade-flow',
      'partner-share',
      'timeline-event',
      'agreement',
      'claim',
    ]) {
      expect(json(`json-schema/${name}.schema.json`).type, name).toBe('object');
    }
  });
});
