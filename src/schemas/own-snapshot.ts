/** A list inside a record is read up to this length; the records' own lists hold a few dozen items at most. */
export const MAX_NESTED_LIST = 10_000;

/** Thrown by {@link ownSnapshot} for a list inside a record longer than {@link MAX_NESTED_LIST}. */
export class NestedListTooLong extends RangeError {
  constructor(
    readonly path: string,
    readonly length: number,
  ) {
    super(`a list of ${length} items, where at most ${MAX_NESTED_LIST} are read`);
  }
}

/**
 * A copy of parsed input made of its own data only, for the schemas to check:
 * plain objects and arrays are copied with their own enumerable properties,
 * each read once, so an inherited key (a polluted `Object.prototype`) is never
 * seen as a field, a getter cannot answer one way when checked and another
 * later, and what a `parse*` function returns is what it checked. Other
 * objects (a Date, a Map, a class instance) are kept as they are, for the
 * schema to reject; a value met again is copied once (a cycle stays a cycle).
 * A list inside the value longer than {@link MAX_NESTED_LIST} stops the copy
 * ({@link NestedListTooLong}), so a hostile record cannot make the schema
 * collect millions of problems. Throws what reading throws (a revoked Proxy,
 * a getter that fails).
 *
 * @throws NestedListTooLong when a nested list is longer than the cap (the caller reports it).
 */
export function ownSnapshot(input: unknown, copies = new Map<object, unknown>(), path = ''): unknown {
  if (input === null || typeof input !== 'object') return input;
  const done = copies.get(input);
  if (done !== undefined) return done;
  if (Array.isArray(input)) {
    const length = input.length;
    if (path !== '' && length > MAX_NESTED_LIST) throw new NestedListTooLong(path, length);
    const out: unknown[] = new Array(length);
    copies.set(input, out);
    for (let i = 0; i < length; i += 1) out[i] = ownSnapshot(input[i], copies, `${path}[${i}]`);
    return out;
  }
  const proto = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return input;
  // No prototype: a schema that walks the copy's keys (for...in) meets no inherited one, and a key
  // named __proto__ stays an ordinary (and rejected) field.
  const out: Record<string, unknown> = Object.create(null);
  copies.set(input, out);
  for (const key of Object.keys(input)) {
    out[key] = ownSnapshot((input as Record<string, unknown>)[key], copies, `${path}.${key.slice(0, 60)}`);
  }
  return out;
}
