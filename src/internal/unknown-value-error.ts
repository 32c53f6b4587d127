import { closeMatches } from './close-matches.js';
import { describeValue } from './describe-value.js';

/**
 * Builds the `RangeError` every lookup throws for a value it does not know:
 * it names the bad value, suggests close matches, and lists the valid ones
 * (abridged when there are many).
 *
 * @example
 * ```ts
 * throw unknownValueError('country code', 'MEXX', ['MEX', 'ARG']);
 * // RangeError: Unknown country code "MEXX". Did you mean "MEX"? Valid values: "ARG", "MEX".
 * ```
 */
export function unknownValueError(what: string, value: unknown, valid: readonly string[]): RangeError {
  const hints = typeof value === 'string' ? closeMatches(value, valid) : [];
  const hint = hints.length > 0 ? ` Did you mean ${hints.map((h) => JSON.stringify(h)).join(' or ')}?` : '';
  const sorted = [...valid].sort();
  const shown = sorted.slice(0, 40).map((v) => JSON.stringify(v));
  const more = sorted.length > shown.length ? `, … (${sorted.length} in all)` : '';
  return new RangeError(`Unknown ${what} ${describeValue(value)}.${hint} Valid values: ${shown.join(', ')}${more}.`);
}
