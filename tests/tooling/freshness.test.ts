import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshnessRows, freshnessTable } from '../../src/cli/freshness.js';
import { countriesMeta } from '../../src/countries/index.js';
import { usCpiMeta } from '../../src/prices/index.js';
import { rankingsMeta } from '../../src/rankings/index.js';
import { timelineMeta } from '../../src/timeline/index.js';
import { tradeFlows, tradeMeta } from '../../src/trade/index.js';
import { cli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/raw.js';

describe('how fresh the data are', () => {
  it("gives each trade source's first and last year as the records hold them", () => {
    // Per source, the span of the shipped records: computed here with a plain loop, not by the build.
    const spans = new Map<string, [number, number]>();
    for (const f of tradeFlows) {
      const s = spans.get(f.source);
      spans.set(f.source, s === undefined ? [f.year, f.year] : [Math.min(s[0], f.year), Math.max(s[1], f.year)]);
    }
    expect(Object.fromEntries(tradeMeta.freshness.map((f) => [f.source, [Number(f.first), Number(f.last)]]))).toEqual(
      Object.fromEntries(spans),
    );
    // The provenance notes: Korea Customs to 2023 (kdiplo update of 2025-06-19), IMF DOTS to 2020, UN Comtrade to 2024.
    const by = (id: string) => tradeMeta.freshness.find((f) => f.source === id);
    expect(by('kosis-kcs-trade')).toMatchObject({ first: '1965', last: '2023' });
    expect(by('kosis-kcs-trade')?.retrieved).toContain('2025-06-19');
    expect(by('imf-dots-2022')).toMatchObject({ last: '2020' });
    expect(by('un-comtrade-plus')).toMatchObject({ first: '2000', last: '2024' });
  });

  it('covers every dataset with a period, and the timeline up to its status date', () => {
    expect(usCpiMeta.freshness).toEqual([
      expect.objectContaining({ source: 'bls-cpi-u', last: String(usCpiMeta.years.to) }),
    ]);
    expect(rankingsMeta.freshness.map((f) => f.source).sort()).toEqual([...rankingsMeta.sources].sort());
    expect(timelineMeta.freshness[0]?.retrieved).toContain(timelineMeta.statusAsOf);
    // Bolivia's MERCOSUR membership (7 August 2024) is the newest bloc date.
    expect(countriesMeta.freshness?.[0]?.last).toBe('2024-08-07');
  });

  it('prints the same table on the command line as in the README', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('<!-- data-as-of:start'), readme.indexOf('<!-- data-as-of:end'));
    expect(section).toContain(freshnessTable());
    const { code, out } = cli('freshness');
    expect(code).toBe(0);
    expect(out).toBe(`${freshnessTable()}\n`);
    expect(freshnessRows().find((r) => r.source.startsWith('Statistics Korea'))?.covers).toBe('1965–2023');
    expect(out).toMatch(/\| Trade flows \(korea-latam\/trade\) +\| International Monetary Fund/);
    expect(cli('freshness', 'extra')).toMatchObject({ code: 2 });
    expect(cli('freshness', '--lang', 'es')).toMatchObject({ code: 2 });
  });
});
