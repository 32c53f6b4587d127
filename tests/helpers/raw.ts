import { join } from 'node:path';
import { readCsv } from '../../scripts/data/lib/csv.js';

const root = join(import.meta.dirname, '..', '..');

/** Rows of a raw CSV under data/, as plain string records. */
export function rawRows(relativePath: string): Record<string, string>[] {
  return readCsv(join(root, relativePath)).map((row) => ({ ...row.values }));
}

/** The repository root, for tests that read files. */
export const repoRoot = root;
