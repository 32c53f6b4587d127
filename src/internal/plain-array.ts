/**
 * A plain array with the elements of `list`, read by index (a hole is read as
 * `undefined`). Unlike `list.map`, `list.filter` or `list.slice`, it never
 * asks the caller's array for its `Symbol.species` constructor or iterator,
 * so an array subclass cannot run code of its own inside a helper.
 */
export function plainArray<T>(list: readonly T[]): T[] {
  const length = list.length;
  const out: T[] = [];
  for (let i = 0; i < length; i += 1) out.push(list[i] as T);
  return out;
}
