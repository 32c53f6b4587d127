import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffCells, formatDiff, readCells, VINTAGE_FILES } from '../../scripts/data/vintage-diff.js';
import { repoRoot } from '../helpers/raw.js';

// A made-up vintage: a copy of a shipped raw file with known changes (one value revised, one
// cell removed, one year added), so every count of the report is known in advance.
function madeUpVintage(file: string, change: (lines: string[]) => string[]): string {
  const lines = readFileSync(join(repoRoot, file), 'utf8').trimEnd().split('\n');
  const path = join(mkdtempSync(join(tmpdir(), 'vintage-')), 'new.csv');
  writeFileSync(path, `${change(lines).join('\n')}\n`);
  return path;
}

describe('the vintage diff a maintainer runs before a rebuild', () => {
  it('reports added years, revised values and removed cells of a new IMF DOTS file', () => {
    const file = VINTAGE_FILES['imf-dots'];
    // The shipped file: Korea's exports to Mexico in 2020, US$ 8,241,982,000; Argentina's exports to Korea in 1960, US$ 100,000.
    const revisedRow = 'KOR,MEX,2020,export,8241982000,';
    const removedRow = 'ARG,KOR,1960,export,100000,';
    const path = madeUpVintage(file, (lines) => {
      expect(lines.filter((l) => l.startsWith(revisedRow))).toHaveLength(1);
      expect(lines.filter((l) => l.startsWith(removedRow))).toHaveLength(1);
      return [
        ...lines
          .filter((l) => !l.startsWith(removedRow))
          .map((l) => (l.startsWith(revisedRow) ? l.replace('8241982000,', '8246982000,') : l)),
        'KOR,MEX,2021,export,11000000000,11000,FOB,false,IMF_DOTS_2022',
        'KOR,MEX,2021,import,9000000000,9000,CIF,false,IMF_DOTS_2022',
      ];
    });
    const shipped = readCells('imf-dots', join(repoRoot, file));
    const diff = diffCells(shipped, readCells('imf-dots', path));
    expect(diff.addedYears).toEqual([2021]);
    expect(diff.addedCells).toBe(2);
    expect(diff.revised).toBe(1);
    expect(diff.largestRevisions).toEqual([
      {
        reporter: 'KOR',
        partner: 'MEX',
        year: 2020,
        flow: 'export',
        shippedUsd: 8241982000,
        newUsd: 8246982000,
        changeUsd: 5000000,
      },
    ]);
    expect(diff.removed).toEqual([{ reporter: 'ARG', partner: 'KOR', year: 1960, flow: 'export', valueUsd: 100000 }]);
    expect(diff.newCells).toBe(diff.shippedCells + 1);
    const report = formatDiff('imf-dots', diff);
    expect(report).toContain('Added years: 2021 (2 new cells in all)');
    expect(report).toContain('KOR→MEX 2020 export: US$ 8,241,982,000 → US$ 8,246,982,000 (+US$ 5,000,000)');
    expect(report).toContain('Removed cells: 1');
  });

  it('reads the KOSIS carrier file by its KOSIS columns and world totals, and finds a new year', () => {
    const file = VINTAGE_FILES.kosis;
    const path = madeUpVintage(file, (lines) => {
      const mexico2023 = lines.find((l) => l.startsWith('MEX,Mexico,2023,'));
      expect(mexico2023).toBeDefined();
      // The same row again for 2024, unchanged values: one new year, no revision.
      return [...lines, (mexico2023 as string).replace('MEX,Mexico,2023,', 'MEX,Mexico,2024,')];
    });
    const shipped = readCells('kosis', join(repoRoot, file));
    // Korea's 2023 exports to Mexico as Korea Customs publishes them (the README's quick start): US$ 12,221,993,000.
    expect(shipped.find((c) => c.partner === 'MEX' && c.year === 2023 && c.flow === 'export')?.valueUsd).toBe(
      12221993000,
    );
    const diff = diffCells(shipped, readCells('kosis', path));
    expect(diff.addedYears).toEqual([2024]);
    // Mexico's exports and imports, and the world totals of 2024 (copied from the row).
    expect(diff.addedCells).toBe(4);
    expect(diff.revised).toBe(0);
    expect(diff.removed).toEqual([]);
  });

  it('keeps only the largest revisions asked for, largest change first', () => {
    const cell = (partner: string, valueUsd: number) =>
      ({ reporter: 'KOR', partner, year: 2020, flow: 'export', valueUsd }) as const;
    const diff = diffCells(
      [cell('MEX', 100), cell('BRA', 100), cell('CHL', 100)],
      [cell('MEX', 90), cell('BRA', 400), cell('CHL', 101)],
      2,
    );
    expect(diff.revised).toBe(3);
    expect(diff.largestRevisions.map((r) => [r.partner, r.changeUsd])).toEqual([
      ['BRA', 300],
      ['MEX', -10],
    ]);
  });
});
