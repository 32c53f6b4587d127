import { describeValue } from './describe-value.js';
import { unknownValueError } from './unknown-value-error.js';

/**
 * Checks that `value` is one of `valid`, else throws the shared `RangeError`.
 *
 * @example
 * ```ts
 * assertOneOf('export', ['export', 'import'] as const, 'flow'); // ok
 * ```
 */
export function assertOneOf<T extends string>(value: unknown, valid: readonly T[], what: string): asserts value is T {
  if (!(valid as readonly unknown[]).includes(value)) {
    throw unknownValueError(what, value, valid);
  }
}

/**
 * Checks that `value` is a whole-number year, else throws a `RangeError`
 * naming the parameter and the bad value.
 *
 * @example
 * ```ts
 * assertYear(2008, 'year'); // ok
 * assertYear(Number.NaN, 'year'); // RangeError: Invalid year NaN for "year": expected a whole number such as 2008.
 * ```
 */
export function assertYear(value: unknown, name: string): asserts value is number {
  // Number.isInteger is false for anything that is not a number.
  if (!Number.isInteger(value) || (value as number) < 1000 || (value as number) > 9999) {
    throw new RangeError(`Invalid year ${describeValue(value)} for "${name}": expected a whole number such as 2008.`);
  }
}

/**
 * Checks that `value` is an array, else throws a `TypeError` naming it.
 *
 * @example
 * ```ts
 * assertArray([], 'flows'); // ok
 * ```
 */
export function assertArray(value: unknown, name: string): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) {
    throw new TypeError(`Expected "${name}" to be an array, got ${describeValue(value)}.`);
  }
}

/**
 * Reads an options bag: `undefined` and `null` become `{}`, and a
 * non-object is boxed, so destructuring never crashes; a missing required
 * option is then reported by its own check.
 *
 * @example
 * ```ts
 * const { partner } = readOptions(undefined); // partner: undefined
 * ```
 */
export function readOptions<T extends object>(value: T | undefined): Partial<T> {
  return Object(value) as Partial<T>;
}
