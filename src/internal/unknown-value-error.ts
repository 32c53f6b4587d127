import { describeValue } from './describe-value.js';

/**
 * Builds the `RangeError` every lookup throws for a value it does not know:
 * it names the bad value, suggests look-alikes (same first two characters,
 * any case), and lists the valid values (the first 40 when there are more).
 *
 * @example
 * ```ts
 * throw unknownValueError('country code', 'MEXX', ['ARG', 'MEX']);
 * // RangeError: Unknown country code "MEXX". Did you mean MEX? Valid values: ARG, MEX.
 * ```
 */
export function unknownValueError(what: string, value: unknown, valid: readonly string[]): RangeError {
  const head = typeof value === 'string' && value.length > 1 ? value.slice(0, 2).toLowerCase() : '\0';
  const near = valid.filter((v) => v.toLowerCase().startsWith(head)).slice(0, 3);
  return new RangeError(
    `Unknown ${what} ${describeValue(value)}.${near[0] ? ` Did you mean ${near.join(' or ')}?` : ''} Valid values: ${valid.slice(0, 40).join(', ')}${valid[40] ? ', …' : ''}.`,
  );
}
