/**
 * Freezes a value and everything reachable from it, so shipped data cannot be
 * changed by accident. Returns the same value, typed as given.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) deepFreeze(value[i]);
    } else {
      // for…in with an own-property test walks a record without allocating its key list.
      for (const key in value) if (Object.hasOwn(value, key)) deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value;
}

/**
 * Concatenates arrays into one new, deeply frozen array. A plain function
 * call, so generated modules can mark it `@__PURE__` and bundlers can drop it
 * when it is unused (an array spread would count as a side effect).
 */
export function frozenConcat<T>(...parts: readonly (readonly T[])[]): readonly T[] {
  return deepFreeze(parts.flat() as T[]);
}
