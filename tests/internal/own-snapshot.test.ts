import { describe, expect, it } from 'vitest';
import { MAX_NESTED_LIST, NestedListTooLong, ownSnapshot } from '../../src/schemas/own-snapshot.js';

/** What ownSnapshot throws for `input`, or fails the test. */
function thrown(input: unknown): NestedListTooLong {
  try {
    ownSnapshot(input);
  } catch (error) {
    if (error instanceof NestedListTooLong) return error;
    throw error;
  }
  throw new Error('expected NestedListTooLong');
}

describe('ownSnapshot', () => {
  it('copies own enumerable data only, into objects without a prototype', () => {
    const input = Object.defineProperty({ own: 2 }, 'hidden', { value: 3, enumerable: false });
    const copy = ownSnapshot(input) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(null);
    expect(Object.keys(copy)).toEqual(['own']);
    expect('toString' in copy).toBe(false);
  });

  it('copies an object that has no prototype too, reading each getter once', () => {
    let reads = 0;
    const input = Object.create(null, {
      value: {
        enumerable: true,
        get: () => {
          reads += 1;
          return reads === 1 ? 5 : Number.NaN;
        },
      },
    });
    const copy = ownSnapshot(input) as { value: number };
    const readsOnCopy = reads;
    expect([copy.value, copy.value]).toEqual([5, 5]);
    expect(readsOnCopy).toBe(1);
    expect(copy === input).toBe(false);
  });

  it('keeps other objects as they are, for the schema to reject', () => {
    const date = new Date(0);
    const map = new Map();
    expect(ownSnapshot(date)).toBe(date);
    expect(ownSnapshot(map)).toBe(map);
  });

  it('copies a value met twice once, so a cycle stays a cycle and never recurses forever', () => {
    const cyclic: Record<string, unknown> = { id: 1 };
    cyclic.self = cyclic;
    const copy = ownSnapshot(cyclic) as Record<string, unknown>;
    expect(copy.self).toBe(copy);
    const shared = { x: 1 };
    const both = ownSnapshot({ a: shared, b: shared }) as Record<string, unknown>;
    expect(both.a).toBe(both.b);
    const list: unknown[] = [];
    list.push(list);
    const listCopy = ownSnapshot(list) as unknown[];
    expect(listCopy[0]).toBe(listCopy);
  });

  it(`reads a nested list of up to ${MAX_NESTED_LIST} items, and stops at a longer one`, () => {
    expect((ownSnapshot({ items: new Array(MAX_NESTED_LIST).fill(1) }) as { items: unknown[] }).items).toHaveLength(
      MAX_NESTED_LIST,
    );
    const error = thrown({ items: new Array(MAX_NESTED_LIST + 1) });
    expect([error.path, error.length]).toEqual(['.items', MAX_NESTED_LIST + 1]);
    // The top-level list is the caller's to bound (parse* reads it element by element).
    expect(ownSnapshot(new Array(MAX_NESTED_LIST + 1))).toHaveLength(MAX_NESTED_LIST + 1);
  });

  it('names the path of a list too long to read, through lists and with long keys cut', () => {
    expect(thrown({ matrix: [[], new Array(MAX_NESTED_LIST + 1)] }).path).toBe('.matrix[1]');
    const key = 'k'.repeat(100);
    expect(thrown({ [key]: new Array(MAX_NESTED_LIST + 1) }).path).toBe(`.${'k'.repeat(60)}`);
  });

  it('sees no inherited key', () => {
    expect(Object.keys(ownSnapshot(Object.create({ inherited: 1 })) as object)).toEqual([]);
  });
});
