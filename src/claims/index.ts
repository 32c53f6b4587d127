/**
 * The paper's checkable claims as data, each checked against the library's
 * own datasets with its own public helpers, with a verdict
 * (`supported`, `partly`, `contradicted`, `not-checkable`) and an explanation.
 *
 * @example
 * ```ts
 * import { claims } from 'korea-latam/claims';
 * claims.map((c) => `${c.id}: ${c.check.verdict}`);
 * ```
 * @module korea-latam/claims
 */
export { claimIds } from './claim-ids.generated.js';
export { claims, claimsMeta } from './claims.generated.js';
export type {
  CheckBasis,
  Claim,
  ClaimCheck,
  ClaimDatasets,
  ClaimFigure,
  ClaimId,
  ClaimTopic,
  Verdict,
} from './types.js';
export { combineVerdicts, compareToPrinted } from './verdict-rules.js';
export { verifyClaims } from './verify-claims.js';
