/**
 * Freezes a value and everything reachable from it, so shipped data cannot be
 * changed by accident. Returns the same value, typed as given.
 *
 * @example
 * ```ts
 * const table = deepFreeze([{ code: 'MEX' }]);
 * Object.isFrozen(table[0]); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) {
      deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value;
}
