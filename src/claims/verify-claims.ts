import { checkRecords } from '../internal/assert.js';
import { describeValue } from '../internal/describe-value.js';
import { SHARE_FIELDS } from '../rankings/select-table.js';
import { FLOW_FIELDS } from '../trade/flow-index.js';
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

const AGREEMENT_FIELDS = {
  id: 'string',
  kind: 'string',
  parties: 'array',
  milestones: 'array',
  statusAsOf: 'string',
} as const;
const ID_FIELDS = { id: 'string' } as const;
const MILESTONE_FIELDS = { event: 'string', date: 'string', precision: 'string', parties: 'array' } as const;
const EVENT_FIELDS = {
  id: 'string',
  kind: 'string',
  event: 'string',
  date: 'string',
  precision: 'string',
  parties: 'array',
  sources: 'array',
} as const;

/**
 * Re-runs every claim's check on the datasets you pass and returns the
 * claims with fresh results: pass the shipped datasets with one of them
 * replaced by newer or corrected data to see how the verdicts move. Your
 * data are read, never changed. Where the data lack what a check needs (a
 * ranking table, an event), that claim comes back `not-checkable` with the
 * reason, and the result still passes `parseClaims`.
 *
 * It takes the six datasets as an argument, so importing `korea-latam/claims`
 * loads no dataset: the precomputed `claims` cost only their own bytes and
 * start-up time, and a bundle gets only the datasets you import yourself.
 *
 * @param datasets - All six: `tradeFlows`, `partnerShares`, `agreements`,
 *   `timelineEvents`, `challenges` and `roles` (the shipped ones are exported
 *   by `korea-latam/trade`, `/rankings`, `/timeline` and `/challenges`).
 * @throws TypeError when `datasets` is not an object, names an unknown dataset, lacks one of the six,
 *   or holds a value that is not an array of records of its kind (the message names the record and field).
 * @example
 * ```ts
 * import { verifyClaims } from 'korea-latam/claims';
 * import { challenges, roles } from 'korea-latam/challenges';
 * import { partnerShares } from 'korea-latam/rankings';
 * import { agreements, timelineEvents } from 'korea-latam/timeline';
 * import { tradeFlows } from 'korea-latam/trade';
 * const shipped = { tradeFlows, partnerShares, agreements, timelineEvents, challenges, roles };
 * verifyClaims(shipped).find((c) => c.id === 'korea-sixth-partner-of-mexico')?.check.verdict; // 'supported'
 * // What if Korea's own statistics stopped at 2005?
 * verifyClaims({ ...shipped, tradeFlows: tradeFlows.filter((f) => f.year <= 2005) });
 * ```
 */
export function verifyClaims(datasets: ClaimDatasets): readonly Claim[] {
  if (datasets === null || typeof datasets !== 'object' || Array.isArray(datasets)) {
    throw new TypeError(`Expected datasets to be an object, got ${describeValue(datasets)}.`);
  }
  const given = datasets as unknown as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!DATASET_KEYS.includes(key as keyof ClaimDatasets)) {
      throw new TypeError(
        `Unknown dataset ${describeValue(key)}. Valid names: ${DATASET_KEYS.map((k) => JSON.stringify(k)).join(', ')}.`,
      );
    }
  }
  for (const key of DATASET_KEYS) {
    if (!Object.hasOwn(given, key)) {
      throw new TypeError(
        `Missing datasets.${key}: verifyClaims needs all six datasets (${DATASET_KEYS.join(', ')}); pass the shipped ones for any you do not replace.`,
      );
    }
    if (!Array.isArray(given[key])) {
      throw new TypeError(`Expected datasets.${key} to be an array, got ${describeValue(given[key])}.`);
    }
  }
  // The records' fields the checks read: a bad record is a TypeError naming it, never an engine error.
  checkRecords(datasets.tradeFlows, 'datasets.tradeFlows', 'a trade flow', FLOW_FIELDS);
  checkRecords(datasets.partnerShares, 'datasets.partnerShares', 'a partner share', SHARE_FIELDS);
  checkRecords(datasets.agreements, 'datasets.agreements', 'an agreement', AGREEMENT_FIELDS);
  // The checks read each agreement's milestones too: a missing or broken one is named, not an engine error.
  datasets.agreements.forEach((agreement, i) => {
    checkRecords(agreement.milestones, `datasets.agreements[${i}].milestones`, 'a milestone', MILESTONE_FIELDS);
  });
  checkRecords(datasets.timelineEvents, 'datasets.timelineEvents', 'a timeline event', EVENT_FIELDS);
  checkRecords(datasets.challenges, 'datasets.challenges', 'a challenge', ID_FIELDS);
  checkRecords(datasets.roles, 'datasets.roles', 'a role', ID_FIELDS);
  return withChecks(
    claimDefinitions,
    claimDefinitions.map((definition) => CHECKS[definition.id](datasets)),
  );
}
