import type { SourceId } from '../../sources/types.js';

/**
 * The sources a check read, without duplicates; the paper alone when the data
 * held nothing to cite (a claim's check always names at least one source).
 */
export function cited(sources: readonly SourceId[]): SourceId[] {
  return sources.length === 0 ? ['lopez-aymes-2012'] : [...new Set(sources)];
}
