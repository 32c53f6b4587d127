import { describe, expect, it } from 'vitest';
import { entryOf, groupBy, pushTo } from '../../src/internal/group-by.js';

describe('grouping helpers', () => {
  it('starts a list under a new key with pushTo', () => {
    const byYear = new Map<number, string[]>();
    pushTo(byYear, 2008, 'MEX');
    expect(byYear.get(2008)).toEqual(['MEX']);
  });

  it('groups items by key, in their order', () => {
    expect(groupBy(['MEX', 'BRA', 'MAR'], (code) => code[0]).get('M')).toEqual(['MEX', 'MAR']);
  });

  it('makes an entry the first time it is asked for and keeps it', () => {
    const byReporter = new Map<string, Map<number, string[]>>();
    entryOf(byReporter, 'MEX', () => new Map()).set(2008, ['a row']);
    expect(entryOf(byReporter, 'MEX', () => new Map()).get(2008)).toEqual(['a row']);
  });
});
