import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/internal/compare-text.js';

describe('compareText', () => {
  it('sorts codes in order', () => {
    expect(['MEX', 'BRA'].sort(compareText)).toEqual(['BRA', 'MEX']);
  });
});
