import { describe, expect, it } from 'vitest';
import { deepFreeze, frozenConcat } from '../../src/internal/deep-freeze.js';

describe('deepFreeze and frozenConcat', () => {
  it('freezes the records inside a list', () => {
    const table = deepFreeze([{ code: 'MEX' }]);
    expect(Object.isFrozen(table[0])).toBe(true);
  });

  it('concatenates into a new frozen array', () => {
    expect(frozenConcat([1], [2, 3])).toEqual([1, 2, 3]);
    expect(Object.isFrozen(frozenConcat([1], [2, 3]))).toBe(true);
  });
});
