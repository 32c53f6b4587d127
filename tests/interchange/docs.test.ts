import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackage } from '../helpers/data-package.js';
import { repoRoot } from '../helpers/raw.js';

const guide = readFileSync(join(repoRoot, 'docs', 'interchange.md'), 'utf8');
const blocks = (language: string) =>
  [...guide.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]);

describe('docs/interchange.md', () => {
  it('shows the R, pandas and DuckDB examples exactly as the files CI runs', () => {
    expect(blocks('r')).toEqual([readFileSync(join(repoRoot, 'examples/data/read-tables.R'), 'utf8')]);
    expect(blocks('python')).toEqual([readFileSync(join(repoRoot, 'examples/data/read_tables.py'), 'utf8')]);
    expect(blocks('sql')).toEqual([readFileSync(join(repoRoot, 'examples/data/korea-mexico.sql'), 'utf8')]);
  });

  it('names every table of the data package', () => {
    const tables = readPackage(join(repoRoot, 'datasets'))
      .resources.filter((r) => r.format === 'csv')
      .map((r) => r.name);
    expect(tables.filter((name) => !guide.includes(`\`${name}\``))).toEqual([]);
  });
});
