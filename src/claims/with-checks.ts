import { deepFreeze } from '../internal/deep-freeze.js';
import type { Claim, ClaimCheck, ClaimDefinition } from './types.js';

/** Joins claim definitions with their checks, in order, into frozen claims. */
export function withChecks(definitions: readonly ClaimDefinition[], checks: readonly ClaimCheck[]): readonly Claim[] {
  // A check may quote the caller's data (an event's sources); a plain copy keeps freezing off the caller's objects.
  return deepFreeze(
    definitions.map((definition, i) => ({ ...definition, check: JSON.parse(JSON.stringify(checks[i])) as ClaimCheck })),
  );
}
