import { challenges, roles } from '../challenges/challenges.generated.js';
import { describeValue } from '../internal/describe-value.js';
import { partnerShares } from '../rankings/partner-shares.generated.js';
import { agreements, timelineEvents } from '../timeline/timeline.generated.js';
import { tradeFlows } from '../trade/trade-flows.generated.js';
import { CHECKS } from './check-registry.js';
import { claimDefinitions } from './claims.generated.js';
import type { Claim, ClaimDatasets } from './types.js';
import { withChecks } from './with-checks.js';

const DATASET_KEYS: readonly (keyof ClaimDatasets)[] = [
  'tradeFlows',
  'partnerShares',
  'agreements',
  'timelineEvents',
  'challenges',
  'roles',
];

/**
 * Re-runs every claim's check and returns the claims with fresh results.
 * Pass newer or corrected datasets (any subset; the shipped data fill the
 * rest) to see how the verdicts move. Your data are read, never changed.
 * Where the data you pass lack what a check needs (a ranking table, an
 * event), that claim comes back `not-checkable` with the reason, and the
 * result still passes `parseClaims`.
 *
 * Importing this function brings the shipped datasets into your bundle;
 * import `claims` alone for the precomputed results.
 *
 * @throws {TypeError} for an unknown dataset name or a value that is not an array.
 * @example
 * ```ts
 * import { verifyClaims } from 'korea-latam/claims';
 * import { tradeFlows } from 'korea-latam/trade';
 * verifyClaims().find((c) => c.id === 'korea-sixth-partner-of-mexico')?.check.verdict; // 'supported'
 * // What if Korea's own statistics stopped at 2005?
 * verifyClaims({ tradeFlows: tradeFlows.filter((f) => f.year <= 2005) });
 * ```
 */
export function verifyClaims(datasets: Partial<ClaimDatasets> = {}): readonly Claim[] {
  if (datasets === null || typeof datasets !== 'object' || Array.isArray(datasets)) {
    throw new TypeError(`Expected datasets to be an object, got ${describeValue(datasets)}.`);
  }
  for (const key of Object.keys(datasets)) {
    if (!DATASET_KEYS.includes(key as keyof ClaimDatasets)) {
      throw new TypeError(
        `Unknown dataset ${JSON.stringify(key)}. Valid names: ${DATASET_KEYS.map((k) => JSON.stringify(k)).join(', ')}.`,
      );
    }
    if (!Array.isArray((datasets as Record<string, unknown>)[key])) {
      throw new TypeError(
        `Expected datasets.${key} to be an array, got ${describeValue((datasets as Record<string, unknown>)[key])}.`,
      );
    }
  }
  const data: ClaimDatasets = {
    tradeFlows: datasets.tradeFlows ?? tradeFlows,
    partnerShares: datasets.partnerShares ?? partnerShares,
    agreements: datasets.agreements ?? agreements,
    timelineEvents: datasets.timelineEvents ?? timelineEvents,
    challenges: datasets.challenges ?? challenges,
    roles: datasets.roles ?? roles,
  };
  return withChecks(
    claimDefinitions,
    claimDefinitions.map((definition) => CHECKS[definition.id](data)),
  );
}
