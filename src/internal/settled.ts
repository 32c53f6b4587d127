import { deepFreeze } from './deep-freeze.js';

const trusted = new WeakSet<object>();

/**
 * Marks a list the library built itself from its own validated data (a
 * decoded dataset: frozen, every record frozen and of the right shape), so
 * helpers neither check nor walk it again on a user's first call.
 *
 * @example
 * ```ts
 * const flows = trustDecoded(Object.freeze([Object.freeze({ year: 2008 })]));
 * ```
 */
export function trustDecoded<T extends readonly object[]>(list: T): T {
  if (Object.isFrozen(list)) trusted.add(list);
  return list;
}

/**
 * Deep-freezes a list of records the generator wrote from validated data and
 * marks the list and each record as trusted (see {@link trustDecoded}), so a
 * helper neither re-checks nor walks shipped data on its first call.
 *
 * @example
 * ```ts
 * const roles = trustedData([{ id: 'korea' }]);
 * isTrusted(roles[0]); // true
 * ```
 */
export function trustedData<T extends readonly object[]>(list: T): T {
  deepFreeze(list);
  for (const record of list) trusted.add(record);
  return trustDecoded(list);
}

/**
 * Whether {@link trustDecoded} or {@link trustedData} marked this list or record.
 *
 * @example
 * ```ts
 * import { tradeFlows } from 'korea-latam/trade';
 * isTrusted(tradeFlows); // true
 * ```
 */
export function isTrusted(list: unknown): boolean {
  // A WeakSet answers false for anything that is not an object.
  return trusted.has(list as object);
}

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
export function isSettled<R>(list: readonly R[], deep?: (record: R & object) => unknown): boolean {
  if (trusted.has(list)) return true;
  if (!Object.isFrozen(list)) return false;
  for (let i = 0; i < list.length; i += 1) {
    const record = list[i];
    // Object.isFrozen is true for anything that is not an object: a number cannot change.
    if (!Object.isFrozen(record)) return false;
    if (deep !== undefined && typeof record === 'object' && record !== null && !Object.isFrozen(deep(record)))
      return false;
  }
  return true;
}

/**
 * Whether a value and everything reachable from it are frozen, so nothing a
 * helper reads from it can change (the test for caching what a single
 * record, such as an agreement with its milestones, implies).
 *
 * @example
 * ```ts
 * isDeepFrozen(Object.freeze({ parties: Object.freeze(['KOR', 'CHL']) })); // true
 * isDeepFrozen(Object.freeze({ parties: ['KOR', 'CHL'] })); // false
 * ```
 */
export function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  if (Array.isArray(value)) return value.every(isDeepFrozen);
  for (const key of Object.keys(value)) if (!isDeepFrozen((value as Record<string, unknown>)[key])) return false;
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
 * sum(Object.freeze([1, 2])); // 3 (computed once per frozen list)
 * ```
 */
export function cachedForSettled<L extends readonly unknown[], T>(
  cache: WeakMap<L, T>,
  list: L,
  build: (list: L) => T,
  deep?: (record: L[number] & object) => unknown,
): T {
  const hit = cache.get(list);
  if (hit !== undefined) return hit;
  const value = build(list);
  if (isSettled(list, deep)) cache.set(list, value);
  return value;
}
