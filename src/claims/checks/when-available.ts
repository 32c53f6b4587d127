/**
 * Runs a ranking lookup that throws a `RangeError` when the table it needs is
 * not in the data given, and returns `undefined` instead, so a check on
 * reduced data says it cannot decide rather than failing. The checks pass
 * only fixed, valid options, so a missing table is the only `RangeError` left.
 */
export function whenAvailable<T>(lookup: () => T): T | undefined {
  try {
    return lookup();
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
