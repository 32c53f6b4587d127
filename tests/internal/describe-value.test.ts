import { describe, expect, it } from 'vitest';
import { describeValue } from '../../src/internal/describe-value.js';

describe('describeValue', () => {
  it('quotes a string, writes NaN as NaN and names an array by its kind', () => {
    expect(describeValue('MEXX')).toBe('"MEXX"');
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue([1, 2])).toBe('[object Array]');
  });
});
