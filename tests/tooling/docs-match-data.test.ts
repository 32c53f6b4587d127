import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocs } from '../../src/countries/index.js';
import { agreements, getAgreement, timelineEvents } from '../../src/timeline/index.js';
import { repoRoot } from '../helpers/raw.js';

const page = readFileSync(join(repoRoot, 'docs/timeline.md'), 'utf8');
// Each table row as its trimmed cells joined by ' | ', whatever the column padding.
const tableRows = page
  .split('\n')
  .filter((line) => line.startsWith('|'))
  .map(
    (line) =>
      `| ${line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim())
        .join(' | ')} |`,
  );

describe('docs/timeline.md never contradicts the data', () => {
  it('states no date in a table that the shipped data do not hold', () => {
    const known = new Set<string>();
    for (const e of timelineEvents) {
      known.add(e.date);
      for (const a of e.alternatives ?? []) known.add(a.date);
    }
    for (const a of agreements) known.add(a.statusAsOf);
    for (const b of blocs) {
      for (const m of b.members) {
        for (const d of [m.joined, m.left, ...m.suspensions.flatMap((s) => [s.from, s.until])]) {
          if (d !== undefined) known.add(d);
        }
      }
    }
    const dates = tableRows.flatMap((row) => row.match(/\b\d{4}-\d{2}(?:-\d{2})?\b/g) ?? []);
    expect(dates.length).toBeGreaterThan(100);
    expect(dates.filter((d) => !known.has(d))).toEqual([]);
  });

  it('gives each agreement its own status date, and CABEI the date the record uses', () => {
    for (const a of agreements) {
      expect(tableRows.find((row) => row.startsWith(`| ${a.title} |`))).toContain(` ${a.statusAsOf} `);
    }
    // CABEI's own 2021 release: a member from December 2019 (its 2020-01-10 announcement is an alternative).
    expect(getAgreement('kor-cabei-membership').milestones[0]?.date).toBe('2019-12');
    expect(tableRows.find((row) => row.includes('Central American Bank'))).toContain('joined 2019-12');
  });

  it('lists every bloc membership with every suspension', () => {
    for (const b of blocs) {
      for (const m of b.members) {
        const row = tableRows.find((r) => r.startsWith(`| ${b.id} | ${m.country} |`));
        expect(row, `${b.id} ${m.country}`).toContain(` ${m.joined} `);
        for (const s of m.suspensions) expect(row).toContain(`${s.from} to ${s.until ?? 'still suspended'}`);
      }
    }
  });
});
