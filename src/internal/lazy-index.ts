/**
 * Returns a function that builds a `Map` from `items` by `keyOf` the first
 * time it is called and reuses it afterwards, so nothing runs at import time.
 */
export function lazyIndex<T, K>(items: readonly T[], keyOf: (item: T) => K): () => ReadonlyMap<K, T> {
  let index: Map<K, T> | undefined;
  return () => {
    if (index === undefined) {
      index = new Map();
      for (const item of items) index.set(keyOf(item), item);
    }
    return index;
  };
}
