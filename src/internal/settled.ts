/**
 * Whether a list can no longer change in any way a helper reads: the array
 * is frozen and so is every record in it (and, with `deep`, whatever `deep`
 * returns for a record, such as a nested `period`). Only such lists are
 * checked and indexed once and then served from a cache; any other array is
 * read afresh on every call, so a helper never answers from stale data.
 *
 * The shipped datasets are settled; so is anything a `parse*` function from
 * `korea-latam/schemas` returns. To get the cached speed on your own array,
 * parse it, or freeze it and its records (`Object.freeze(rows.map(Object.freeze))`).
 *
 * @example
 * ```ts
 * isSettled(Object.freeze([Object.freeze({ year: 2008 })])); // true
 * isSettled([{ year: 2008 }]); // false
 * ```
 */
export function isSettled(list: readonly unknown[], deep?: (record: never) => unknown): boolean {
  if (!Object.isFrozen(list)) return false;
  for (let i = 0; i < list.length; i += 1) {
    const record = list[i];
    if (typeof record === 'object' && record !== null && !Object.isFrozen(record)) return false;
    if (deep !== undefined && typeof record === 'object' && record !== null) {
      const inner = deep(record as never);
      if (typeof inner === 'object' && inner !== null && !Object.isFrozen(inner)) return false;
    }
  }
  return true;
}

/**
 * Returns `build(list)`, memoised in `cache` when the list is settled
 * (see {@link isSettled}); otherwise builds afresh on every call.
 *
 * @example
 * ```ts
 * const cache = new WeakMap<readonly number[], number>();
 * const sum = (list: readonly number[]) => cachedForSettled(cache, list, (l) => l.reduce((a, b) => a + b, 0));
 * sum(Object.freeze([1, 2])); // 3, computed once
 * ```
 */
export function cachedForSettled<L extends readonly unknown[], T>(
  cache: WeakMap<L, T>,
  list: L,
  build: (list: L) => T,
  deep?: (record: never) => unknown,
): T {
  const hit = cache.get(list);
  if (hit !== undefined) return hit;
  const value = build(list);
  if (isSettled(list, deep)) cache.set(list, value);
  return value;
}
