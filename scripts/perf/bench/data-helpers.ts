import { join } from 'node:path';
import { type PackageModule, TARGETS } from '../fuzz/targets.js';

/**
 * Every exported function of the built package whose first argument (in the
 * fuzzer's valid call) is a list of records: the helpers that read a dataset
 * or a list like one. Enumerated, not listed, so a new one cannot go
 * unmeasured; functions that take one record (an agreement) are added.
 */
export async function dataHelpers(root: string): Promise<string[]> {
  const m: PackageModule = {
    ...(await import(join(root, 'dist', 'index.js'))),
    ...(await import(join(root, 'dist', 'schemas.js'))),
  };
  const names: string[] = [];
  for (const [name, args] of Object.entries(TARGETS)) {
    if (typeof m[name] !== 'function' || name.startsWith('parse')) continue;
    const [first] = args(m);
    const isRecords = Array.isArray(first) && first.length > 0 && typeof first[0] === 'object';
    const isAgreement = typeof first === 'object' && first !== null && 'milestones' in first;
    if (isRecords || isAgreement) names.push(name);
  }
  return names.sort();
}
