import { deepFreeze } from '../internal/deep-freeze.js';
import type { Claim, ClaimCheck, ClaimDefinition } from './types.js';

/**
 * Joins claim definitions with their checks, in order, into frozen claims.
 *
 * @example
 * ```ts
 * withChecks(claimDefinitions, checks)[0]?.check.verdict;
 * ```
 */
export function withChecks(definitions: readonly ClaimDefinition[], checks: readonly ClaimCheck[]): readonly Claim[] {
  return deepFreeze(definitions.map((definition, i) => ({ ...definition, check: checks[i] as ClaimCheck })));
}
