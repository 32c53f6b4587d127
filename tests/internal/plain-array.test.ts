import { describe, expect, it } from 'vitest';
import { plainArray } from '../../src/internal/plain-array.js';

describe('plainArray', () => {
  it('copies by index into a plain array, a hole read as undefined', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const copy = plainArray([1, , 3]);
    expect(copy).toEqual([1, undefined, 3]);
    expect(Object.hasOwn(copy, 1)).toBe(true);
    expect(plainArray([])).toEqual([]);
  });

  it('never asks an array subclass for its species or iterator', () => {
    let ran = 0;
    class Hostile<T> extends Array<T> {
      static override get [Symbol.species]() {
        ran += 1;
        return Array;
      }
      override [Symbol.iterator](): ArrayIterator<T> {
        ran += 1;
        return super[Symbol.iterator]();
      }
    }
    const list = Hostile.from([4, 5]);
    ran = 0;
    const copy = plainArray(list);
    expect(copy).toEqual([4, 5]);
    expect(Object.getPrototypeOf(copy)).toBe(Array.prototype);
    expect(ran).toBe(0);
  });
});
