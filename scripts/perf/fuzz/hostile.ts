/**
 * Hostile shapes for the package fuzzer, beyond hostile values: what an outside adversarial review
 * used against the input contract. A change may put one of these markers where a value was; the
 * fuzzer then builds the shape from the value it replaces:
 * - `getter`: the field becomes a getter that answers the original value first and NaN after, so
 *   a helper that checks one read and uses another returns NaN (the oracle's bad number);
 * - `species`: an array becomes an array subclass whose `Symbol.species` throws;
 * - `duplicate`: an array gets its first element again (a bloc, a party, a record counted twice);
 * - `holes`: an array gets three holes at its end.
 * Plain hostile values: revoked Proxies (object and array), a Proxy that claims a million elements,
 * objects and arrays that contain themselves, and a ten-million-slot holey array.
 */

/** The markers a change may carry instead of a value. */
export const HOSTILE_SHAPES = ['getter', 'species', 'duplicate', 'holes'] as const;

/** A marker of a hostile shape, told apart from any real value. */
export class HostileShape {
  constructor(readonly shape: (typeof HOSTILE_SHAPES)[number]) {}
}

class SpeciesThrows<T> extends Array<T> {
  static override get [Symbol.species](): never {
    throw new Error('a Symbol.species constructor of the caller ran');
  }
}

/** The array `value` reshaped, or `value` itself when the shape does not apply to it. */
export function reshape(value: unknown, shape: HostileShape['shape']): unknown {
  if (!Array.isArray(value)) return value;
  if (shape === 'species') {
    const out = new SpeciesThrows<unknown>();
    for (let i = 0; i < value.length; i += 1) out.push(value[i]);
    return out;
  }
  if (shape === 'duplicate') return value.length === 0 ? value : [...value, value[0]];
  if (shape === 'holes') {
    const out = [...value];
    out.length += 3;
    return out;
  }
  return value;
}

/** Defines `key` on `target` as a getter that answers `original` once, then NaN. */
export function defineFlipGetter(target: object, key: string, original: unknown): void {
  let reads = 0;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => (reads++ === 0 ? original : Number.NaN),
  });
}

function revoked<T extends object>(target: T): T {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}

const selfObject: Record<string, unknown> = { id: 'kor-chl-fta' };
selfObject.self = selfObject;
const selfArray: unknown[] = [];
selfArray.push(selfArray);

/**
 * A marker for one of {@link HOSTILE_VALUES}: fast-check inspects the values it generates, which a
 * revoked Proxy would not survive, so a change carries the marker and the fuzzer puts the value in.
 */
export class HostileValue {
  constructor(readonly index: number) {}
  get value(): unknown {
    return HOSTILE_VALUES[this.index % HOSTILE_VALUES.length];
  }
  toString(): string {
    return `hostile value #${this.index % HOSTILE_VALUES.length}`;
  }
}

/** Hostile values that need no original to build from. */
export const HOSTILE_VALUES: readonly unknown[] = [
  revoked({}),
  revoked([]),
  new Proxy([], { get: (target, key) => (key === 'length' ? 1_000_000 : Reflect.get(target, key)) }),
  selfObject,
  selfArray,
  new Array(10_000_000),
];

/** Option names an attacker would set on `Object.prototype` to steer every call. */
export const POLLUTED_KEYS: readonly string[] = [
  'party',
  'includeSuspended',
  'source',
  'reporter',
  'partner',
  'year',
  'from',
  'to',
  'flow',
  'preferred',
  'basis',
  'period',
  'order',
  'ties',
  'on',
  'match',
  'mode',
  'actor',
  'base',
  'by',
  'region',
  'locale',
];
