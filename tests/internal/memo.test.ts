import { describe, expect, it } from 'vitest';
import { factsAbout, memoForSettled, memoPerObject } from '../../src/internal/memo.js';

describe('memo helpers', () => {
  it('computes the answer for a frozen list', () => {
    const total = memoForSettled((list: readonly number[]) => list.reduce((a, b) => a + b, 0));
    expect(total(Object.freeze([1, 2]))).toBe(3);
  });

  it('builds one value per object', () => {
    const lists = memoPerObject((_index: object) => new Map<string, number[]>());
    const index = {};
    expect(lists(index)).toBe(lists(index));
  });

  it('reads back a fact recorded about a list, and none about another list', () => {
    const layouts = factsAbout<readonly number[], string>();
    const list = Object.freeze([1]);
    layouts.record(list, 'one run');
    expect(layouts.of(list)).toBe('one run');
    expect(layouts.of([1])).toBe(undefined);
  });
});
