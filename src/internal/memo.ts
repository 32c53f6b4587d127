import { isSettled, isTrusted } from './settled.js';

/**
 * The library's one cache layer. Every module-level memo is made here, so the
 * rule of issue #21 (an answer is remembered only for data that can no longer
 * change) is written once:
 *
 * - {@link memoForSettled}: an answer computed from a list or record, kept
 *   only while that value is settled (frozen at every depth, or trusted);
 * - {@link memoPerObject}: a value built once per object the library made
 *   itself (an index it built for a settled list), never for caller data;
 * - {@link factsAbout}: facts a decoder records about a list it built.
 */

/**
 * `build` with a memory: the answer for a settled list or record (see
 * {@link isSettled}) is computed once; for any other value, on every call,
 * so a helper never answers from stale data.
 *
 * @param build - Computes the answer from the value; it must not depend on anything else.
 */
export function memoForSettled<K extends object, T>(build: (value: K) => T): (value: K) => T {
  const answers = new WeakMap<K, T>();
  return (value) => {
    // One lookup for a kept answer; the second only when the answer kept may be `undefined`.
    const known = answers.get(value);
    if (known !== undefined || answers.has(value)) return known as T;
    const answer = build(value);
    if (isSettled(value as unknown as readonly unknown[])) answers.set(value, answer);
    return answer;
  };
}

/**
 * Like {@link memoForSettled}, except for the library's own shipped lists (checked when the
 * data were built): for one of those, the first question gets `undefined`, so that the caller
 * answers it with a scan of the list, and the index is built when a second question comes. One
 * question about the shipped data costs no more than a filter would; repeated questions use the
 * index. Any other list is indexed at once, as `memoForSettled` does (its records are checked
 * while the index is built).
 *
 * @param build - Makes the index of a list.
 */
export function memoOnSecondUse<K extends object, T>(build: (value: K) => T): (value: K) => T | undefined {
  const answers = new WeakMap<K, T>();
  const asked = new WeakSet<K>();
  // Builds and keeps the index (its own function: a first question about a shipped list never compiles it).
  const buildAndKeep = (value: K): T => {
    const answer = build(value);
    if (isSettled(value as unknown as readonly unknown[])) answers.set(value, answer);
    return answer;
  };
  return (value) => {
    const known = answers.get(value);
    if (known !== undefined) return known;
    if (isTrusted(value) && !asked.has(value)) {
      asked.add(value);
      return undefined;
    }
    return buildAndKeep(value);
  };
}

/**
 * `build` with a memory per object, for objects the library made itself and
 * never hands to callers to change (an index built for a settled list).
 *
 * @param build - Makes the value for an object, once.
 */
export function memoPerObject<K extends object, T>(build: (key: K) => T): (key: K) => T {
  const values = new WeakMap<K, T>();
  return (key) => {
    if (values.has(key)) return values.get(key) as T;
    const value = build(key);
    values.set(key, value);
    return value;
  };
}

/**
 * A place for facts a decoder records about a list it built (its layout), read back by the
 * helpers; a list the decoder did not build has none. The list recorded last answers without a
 * lookup (a decoder records the one list it builds, and a helper in a loop asks about it each time).
 */
export function factsAbout<K extends object, V>(): {
  readonly record: (key: K, facts: V) => void;
  readonly of: (key: K) => V | undefined;
} {
  const facts = new WeakMap<K, V>();
  let lastKey: K | undefined;
  let lastFacts: V | undefined;
  return {
    record: (key, value) => {
      facts.set(key, value);
      lastKey = key;
      lastFacts = value;
    },
    of: (key) => (key === lastKey ? lastFacts : facts.get(key)),
  };
}

/**
 * A place for facts a data module records beside a list, one per element in the same order, read
 * back by element: the recorded lists are searched the first time an element is asked about (a
 * first question runs no other code), and the answer is kept for that element.
 */
export function factsBeside<K extends object, V>(): {
  readonly record: (list: readonly K[], facts: readonly V[]) => void;
  readonly of: (key: K) => V | undefined;
} {
  const found = new WeakMap<K, V>();
  const recorded: { readonly list: readonly K[]; readonly facts: readonly V[] }[] = [];
  return {
    record: (list, facts) => {
      recorded.push({ list, facts });
    },
    of: (key) => {
      let facts = found.get(key);
      for (let i = 0; facts === undefined && i < recorded.length; i += 1) {
        const { list, facts: beside } = recorded[i] as (typeof recorded)[number];
        facts = beside[list.indexOf(key)];
        if (facts !== undefined) found.set(key, facts);
      }
      return facts;
    },
  };
}
