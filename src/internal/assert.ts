import { describeValue } from './describe-value.js';
import { isSettled, isTrusted } from './settled.js';
import { unknownValueError } from './unknown-value-error.js';

/** Checks that `value` is one of `valid`, else throws the shared `RangeError`. */
export function assertOneOf<T extends string>(value: unknown, valid: readonly T[], what: string): asserts value is T {
  if (!(valid as readonly unknown[]).includes(value)) {
    throw unknownValueError(what, value, valid);
  }
}

/**
 * Checks that `value` is a whole-number year, else throws a `RangeError`
 * naming the parameter and the bad value.
 *
 * @throws RangeError when the value is not a whole number in the years 1–9999.
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
 * @throws TypeError when the value is not an array.
 */
export function assertArray(value: unknown, name: string): asserts value is readonly unknown[] {
  let array = false;
  try {
    array = Array.isArray(value);
  } catch {
    // A revoked Proxy makes Array.isArray throw: it is not an array either.
  }
  if (!array) throw new TypeError(`Expected "${name}" to be an array, got ${describeValue(value)}.`);
}

/**
 * Reads an options bag: `undefined` and `null` become `{}`; anything else
 * that is not a plain object (a string, a number, an array, a function) is a
 * `TypeError` naming it, so a misplaced argument never passes for options.
 * Only own enumerable properties are read, each once, into a snapshot with no
 * prototype: an option inherited from `Object.prototype` (a polluted
 * prototype) is never seen, and a getter cannot answer differently later.
 *
 * @throws TypeError when the value is not a plain object, or a getter on it throws.
 */
export function readOptions<T extends object>(value: T | undefined, name = 'options'): Partial<T> {
  // No options: a first call without them compiles only these lines.
  return value === undefined || value === null ? (NO_OPTIONS as Partial<T>) : snapshotOptions(value, name);
}

/** {@link readOptions} for a value given: its own enumerable properties, each read once, into a snapshot. */
function snapshotOptions<T extends object>(value: T, name: string): Partial<T> {
  const snapshot: Record<string, unknown> = Object.create(null);
  let key = '';
  try {
    if (typeof value !== 'object' || Array.isArray(value)) throw name;
    for (key of Object.keys(value)) snapshot[key] = (value as Record<string, unknown>)[key];
  } catch (problem) {
    // Not an options bag, a revoked Proxy (Array.isArray throws on one) or a getter that throws.
    throw new TypeError(
      problem === name || key === ''
        ? `Expected ${name} to be an object, got ${describeValue(value)}.`
        : `${name}.${key.slice(0, 40)} cannot be read: its getter threw.`,
    );
  }
  return snapshot as Partial<T>;
}

/**
 * An option's value as read (`options.key`, once), kept only when it is the object's own: `undefined`
 * when the object only inherits it (a value from a polluted `Object.prototype` is not an option).
 * The own-property test runs only when a value is there, so a query helper called in a loop pays
 * little for it. The caller reads the property itself, so that each read site sees one name.
 *
 * @param options - The options object the value was read from.
 * @param key - The option's name.
 * @param value - `options[key]`, read once by the caller.
 */
export function ownOption(options: object, key: string, value: unknown): unknown {
  return value === undefined || Object.hasOwn(options, key) ? value : undefined;
}

/**
 * Options read by `read` (which keeps each with {@link ownOption}) straight from the object
 * given, with no snapshot. When the object cannot be read so (not an object, a revoked Proxy, a
 * getter that throws, or `read` rejects it), it is read through {@link readOptions} instead,
 * whose error names the problem.
 *
 * @param value - The options as given.
 * @param name - The parameter's name, for messages.
 * @param read - Reads the options the helper knows from an object.
 * @throws TypeError as {@link readOptions}, or whatever `read` throws for the snapshot.
 */
export function readOwn<R>(value: unknown, name: string, read: (options: object) => R): R {
  try {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return read(value);
  } catch {
    // Read again below, through the snapshot, whose error names the problem.
  }
  return read(readOptions(value as object, name));
}

/**
 * Throws when `query` has an own field the helper does not know: a misspelt field is an error,
 * not "no filter".
 *
 * @param query - The query (an object).
 * @param fields - The fields the helper reads.
 * @throws TypeError naming the first unknown field and listing the valid ones.
 */
export function rejectUnknownFields(query: object, fields: readonly string[]): void {
  for (const key of Object.keys(query)) {
    if (!fields.includes(key)) {
      throw new TypeError(`Unknown query field ${describeValue(key)}. Valid fields: ${fields.join(', ')}.`);
    }
  }
}

/** The options of a call that passed none: one shared frozen object with no prototype, not a new one per call. */
const NO_OPTIONS: Readonly<Record<string, never>> = /* @__PURE__ */ Object.freeze(Object.create(null));

/** What a field of a record must hold, for {@link checkRecords}; the words appear in the error message. */
export type FieldKind =
  | 'string'
  | 'finite number'
  | 'whole number'
  | 'boolean'
  | 'array'
  | 'finite number or null'
  | 'whole number or null'
  | '{ from, to } pair of whole-number years';

const isPeriod = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  Number.isInteger((value as { from?: unknown }).from) &&
  Number.isInteger((value as { to?: unknown }).to);

/** One test per kind, chosen once per call rather than per field and record. */
const TESTS: Readonly<Record<FieldKind, (value: unknown) => boolean>> = {
  string: (value) => typeof value === 'string',
  // Arrow functions, not `Number.isFinite` itself: a bundler cannot prove reading a global's
  // property pure, so the table would stay in every bundle that imports this module.
  'finite number': (value) => Number.isFinite(value),
  'whole number': (value) => Number.isInteger(value),
  boolean: (value) => typeof value === 'boolean',
  array: (value) => Array.isArray(value),
  'finite number or null': (value) => value === null || Number.isFinite(value),
  'whole number or null': (value) => value === null || Number.isInteger(value),
  '{ from, to } pair of whole-number years': isPeriod,
};

/**
 * Checks that `list` is an array of records whose named fields hold the
 * kind of value they must (a finite number, a whole number, a string, …),
 * else throws a `TypeError` naming the position and the field — a bad record
 * is an error, never a value coerced into an answer.
 *
 * @throws TypeError naming the first record, field and value that break the rules.
 */
export function checkRecords(
  list: unknown,
  name: string,
  what: string,
  fields: Readonly<Record<string, FieldKind>>,
): void {
  // The shipped data (arrays of frozen records, checked when the data were built) need no check.
  // The loop is its own function, so a first call over the shipped data does not compile it.
  if (!isTrusted(list)) checkEachRecord(list, name, what, fields);
}

/** {@link checkRecords} for a list that is not the shipped data: each record, or once for a settled list. */
function checkEachRecord(list: unknown, name: string, what: string, fields: Readonly<Record<string, FieldKind>>): void {
  assertArray(list, name);
  // A settled list (frozen, with frozen records) cannot change: check it once per set of fields.
  const done = checked.get(list);
  if (done?.has(fields)) return;
  const names = Object.keys(fields);
  const tests = names.map((field) => TESTS[fields[field] as FieldKind]);
  // An index loop, not forEach: a hole in a sparse array is a missing record too.
  for (let position = 0; position < list.length; position += 1) {
    // A getter in place of a record could answer one way here and another when the helper reads it.
    if (Object.getOwnPropertyDescriptor(list, position)?.get !== undefined) {
      throw new TypeError(`Expected ${name}[${position}] to be ${what}, got a getter.`);
    }
    const record: unknown = list[position];
    if (record === null || typeof record !== 'object') {
      throw new TypeError(`Expected ${name}[${position}] to be ${what}, got ${describeValue(record)}.`);
    }
    for (let i = 0; i < names.length; i += 1) {
      const field = names[i] as string;
      const value = (record as Record<string, unknown>)[field];
      if (!(tests[i] as (value: unknown) => boolean)(value)) {
        const kind = fields[field] as FieldKind;
        throw new TypeError(
          `${name}[${position}].${field} is ${describeValue(value)}: expected ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}.`,
        );
      }
    }
  }
  if (isSettled(list)) checked.set(list, (done ?? new Set()).add(fields));
}

const checked = /* @__PURE__ */ new WeakMap<object, Set<object>>();
