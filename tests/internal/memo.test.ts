import { describe, expect, it } from 'vitest';
import { factsAbout, factsBeside, memoForSettled, memoOnSecondUse, memoPerObject } from '../../src/internal/memo.js';
import { trustedData } from '../../src/internal/settled.js';

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

  it('reads back the facts of every recorded list, not only the last one', () => {
    const layouts = factsAbout<readonly number[], string>();
    const first = Object.freeze([1]);
    const second = Object.freeze([2]);
    layouts.record(first, 'first');
    layouts.record(second, 'second');
    expect(layouts.of(first)).toBe('first');
    expect(layouts.of(second)).toBe('second');
    expect(layouts.of(first)).toBe('first');
  });

  it('answers undefined to the first question about a shipped list, then builds once and keeps it', () => {
    let builds = 0;
    const index = memoOnSecondUse((list: readonly { n: number }[]) => {
      builds += 1;
      return list.length;
    });
    const shipped = trustedData([{ n: 1 }, { n: 2 }]);
    expect(index(shipped)).toBe(undefined);
    expect(builds).toBe(0);
    expect(index(shipped)).toBe(2);
    expect(index(shipped)).toBe(2);
    expect(builds).toBe(1);
  });

  it('builds at once for any other list, and keeps it only when the list is settled', () => {
    let builds = 0;
    const index = memoOnSecondUse((list: readonly number[]) => {
      builds += 1;
      return list.length;
    });
    const frozen = Object.freeze([1, 2, 3]);
    expect(index(frozen)).toBe(3);
    expect(index(frozen)).toBe(3);
    expect(builds).toBe(1);
    const open = [1, 2];
    expect(index(open)).toBe(2);
    open.push(3);
    expect(index(open)).toBe(3);
    expect(builds).toBe(3);
  });

  it('reads the fact recorded beside an element, for every element of every recorded list, and none for others', () => {
    const beside = factsBeside<{ id: string }, string>();
    const first = [{ id: 'a' }, { id: 'b' }];
    const second = [{ id: 'c' }];
    beside.record(first, ['fact a', 'fact b']);
    beside.record(second, ['fact c']);
    expect(first.map((x) => beside.of(x))).toEqual(['fact a', 'fact b']);
    expect(beside.of(second[0] as { id: string })).toBe('fact c');
    // An equal copy is another element.
    expect(beside.of({ id: 'a' })).toBe(undefined);
    // The answer is kept for the element: it does not move when the list does.
    first.reverse();
    expect(beside.of(first[1] as { id: string })).toBe('fact a');
  });
});
