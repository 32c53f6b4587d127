import { deepFreeze } from './deep-freeze.js';

const trusted = /* @__PURE__ */ new WeakSet<object>();

/**
 * Marks a list the library built itself from its own validated data (a
 * decoded dataset: frozen, every record frozen and of the right shape), so
 * helpers neither check nor walk it again on a user's first call.
 */
export function trustDecoded<T extends readonly object[]>(list: T): T {
  if (Object.isFrozen(list)) trusted.add(list);
  return list;
}

/**
 * Deep-freezes a list of records the generator wrote from validated data and
 * marks the list and each record as trusted (see {@link trustDecoded}), so a
 * helper neither re-checks nor walks shipped data on its first call.
 */
export function trustedData<T extends readonly object[]>(list: T): T {
  deepFreeze(list);
  for (const record of list) trusted.add(record);
  return trustDecoded(list);
}

/** Whether {@link trustDecoded} or {@link trustedData} marked this list or record. */
export function isTrusted(list: unknown): boolean {
  // A WeakSet answers false for anything that is not an object.
  return trusted.has(list as object);
}

/**
 * Whether a list can no longer change in any way a helper reads: the array,
 * every record and everything reachable from them are frozen, with no getter
 * anywhere (see {@link isDeepFrozen}). Only such lists are checked and
 * indexed once and then served from a cache; any other array is read afresh
 * on every call, so a helper never answers from stale data.
 *
 * The shipped datasets are settled; so is anything a `parse*` function from
 * `korea-latam/schemas` returns. To get the cached speed on your own array,
 * parse it, or freeze it and everything in it.
 */
export function isSettled(list: readonly unknown[]): boolean {
  return trusted.has(list) || isDeepFrozen(list);
}

/**
 * Whether a value and everything reachable from it are frozen plain data, so
 * nothing a helper reads from it can change: every object frozen, and no
 * accessor (a getter on a frozen object can still answer differently each
 * time). The walk is iterative and remembers what it has seen, so a cycle or
 * a deeply nested value never overflows the stack; a revoked Proxy is not
 * frozen data. Records the library marked as trusted are not walked again.
 */
export function isDeepFrozen(value: unknown): boolean {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return true;
  const seen = new Set<object>();
  const stack: object[] = [value];
  try {
    while (stack.length > 0) {
      const current = stack.pop() as object;
      if (seen.has(current) || trusted.has(current)) continue;
      seen.add(current);
      if (!Object.isFrozen(current)) return false;
      for (const key of Object.keys(current)) {
        const descriptor = Object.getOwnPropertyDescriptor(current, key);
        if (descriptor === undefined || 'get' in descriptor || 'set' in descriptor) return false;
        const child: unknown = descriptor.value;
        if ((typeof child === 'object' && child !== null) || typeof child === 'function') stack.push(child);
      }
    }
  } catch {
    // A revoked or throwing Proxy: not data that is known never to change.
    return false;
  }
  return true;
}
