import { lazyIndex } from '../internal/lazy-index.js';
import { didYouMean, unknownValueError } from '../internal/unknown-value-error.js';
import { agreementIds } from './agreement-ids.generated.js';
import { agreements } from './timeline.generated.js';
import type { Agreement, AgreementId } from './types.js';

const agreementsById = /* @__PURE__ */ lazyIndex(agreements, (agreement) => agreement.id);

/**
 * An agreement by id.
 *
 * @param id - An agreement id (see `agreementIds`).
 * @throws RangeError for an unknown id, naming it and suggesting close matches.
 * @example
 * ```ts
 * import { getAgreement } from 'korea-latam/timeline';
 * getAgreement('kor-col-fta').status; // 'in-force'
 * // @ts-expect-error: not an agreement id; the compiler says so, and at run time:
 * getAgreement('kor-col'); // throws RangeError: Unknown agreement id "kor-col".
 * ```
 */
export function getAgreement(id: AgreementId): Agreement {
  const found = agreementsById().get(id);
  if (found === undefined) throw unknownValueError('agreement id', id, agreementIds, didYouMean(id, agreementIds));
  return found;
}
