/**
 * Writes the README's "data as of" table between its markers from the datasets' `freshness`
 * rows (the same text `korea-latam freshness` prints), so the README never states a coverage or
 * retrieval date the data do not.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withSection } from '../../lib/generated-section.js';
import { emitFile } from '../lib/emit.js';

/** Replaces the text between the README's markers with the freshness table. */
export async function writeReadmeFreshness(root: string): Promise<void> {
  const { freshnessTable } = await import('../../../src/cli/freshness.js');
  const path = join(root, 'README.md');
  emitFile(path, withSection(readFileSync(path, 'utf8'), 'data-as-of', freshnessTable(), 'README.md'));
}
