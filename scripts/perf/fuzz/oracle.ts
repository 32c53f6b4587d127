/**
 * What the package fuzzer accepts as the outcome of a call (docs/errors.md):
 * a result with no NaN, no ±Infinity and no non-number where a number belongs,
 * or one of the library's own errors — a TypeError or RangeError (a
 * ValidationError is a TypeError) with a message that names the problem, not
 * an engine message — and, either way, the arguments exactly as they were:
 * not changed and not frozen, at any depth.
 */

/** Messages a JavaScript engine writes when code crashes on bad input. */
export const ENGINE_MESSAGE =
  /Cannot read propert|Cannot destructure|is not a function|is not iterable|Cannot convert|undefined is not|null is not|Maximum call stack|Invalid time value|toISOString|is not a constructor|Cannot mix BigInt|Cannot assign to read only|object is not extensible|Invalid array length/;

/** Longest message the contract allows: values are truncated, lists capped. */
export const MAX_MESSAGE = 2000;

/** Result fields that must hold a finite number (or null) when present. */
const NUMERIC_KEY = /(Usd|Pct|Count|Ratio)$|^(rank|year|index|days|constantUsd|base|partnerCount)$/;

/** A structural fingerprint of a value: what it holds and which objects are frozen, at any depth. */
export function snapshot(value: unknown, seen = new Map<object, number>()): string {
  try {
    return snapshotOf(value, seen);
  } catch {
    // A revoked Proxy cannot be looked into; it cannot be changed either.
    return 'unreadable';
  }
}

function snapshotOf(value: unknown, seen: Map<object, number>): string {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'symbol') return `sym(${value.description ?? ''})`;
  if (typeof value === 'function') return `fn(${seen.size})`;
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? String(value);
  const known = seen.get(value);
  if (known !== undefined) return `ref${known}`;
  seen.set(value, seen.size);
  const frozen = Object.isFrozen(value) ? 'F' : 'U';
  if (value instanceof Date) return `${frozen}Date(${value.getTime()})`;
  if (value instanceof Map)
    return `${frozen}Map[${[...value].map(([k, v]) => `${snapshot(k, seen)}=>${snapshot(v, seen)}`)}]`;
  if (value instanceof Set) return `${frozen}Set[${[...value].map((v) => snapshot(v, seen))}]`;
  if (ArrayBuffer.isView(value)) return `${frozen}${value.constructor.name}[${String(value)}]`;
  const keys = Reflect.ownKeys(value).map((k) => {
    const descriptor = Object.getOwnPropertyDescriptor(value, k);
    const shown = descriptor && 'value' in descriptor ? snapshot(descriptor.value, seen) : 'accessor';
    return `${String(k)}:${shown}`;
  });
  return `${frozen}${Array.isArray(value) ? 'A' : 'O'}{${keys.join(',')}}`;
}

/** Every object reachable from `value`: a result may hand the caller's own records back, unchecked. */
export function objectsIn(value: unknown, found = new Set<object>(), depth = 0): Set<object> {
  if (value === null || typeof value !== 'object' || found.has(value) || depth > 6) return found;
  found.add(value);
  let children: unknown[] = [];
  try {
    // Own data values only: a getter of the caller's is not run here, and a revoked Proxy is skipped.
    children = Object.values(Object.getOwnPropertyDescriptors(value)).map((d) => d.value);
  } catch {
    return found;
  }
  for (const child of children) objectsIn(child, found, depth + 1);
  return found;
}

/**
 * The first bad number the library computed, with its path, or undefined.
 * Objects in `seen` (the caller's own records handed back, such as the
 * events `sortByDate` returns) are not checked: they hold what the caller put in.
 */
export function badNumber(value: unknown, path = 'result', depth = 0, seen = new Set<object>()): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path} is ${value}`;
  if (value === null || typeof value !== 'object' || depth > 6 || seen.has(value)) return undefined;
  seen.add(value);
  for (const [key, child] of Object.entries(value)) {
    const where = `${path}.${key}`;
    if (NUMERIC_KEY.test(key) && child !== null && child !== undefined && typeof child !== 'number') {
      return `${where} is ${typeof child}, not a number`;
    }
    const found = badNumber(child, where, depth + 1, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Why an error thrown by a call breaks the contract, or undefined when it keeps it. */
export function badError(error: unknown): string | undefined {
  if (!(error instanceof TypeError || error instanceof RangeError)) {
    return `threw ${error instanceof Error ? error.constructor.name : typeof error}: ${String(error).slice(0, 200)}`;
  }
  if (ENGINE_MESSAGE.test(error.message)) return `engine error: ${error.message.slice(0, 200)}`;
  if (error.message.length < 10) return `message too short: ${JSON.stringify(error.message)}`;
  if (error.message.length > MAX_MESSAGE) return `message of ${error.message.length} characters`;
  return undefined;
}
