import { describe, expect, it } from 'vitest';
import { codeCheck } from '../../src/internal/code-check.js';

describe('codeCheck', () => {
  it('answers the same before and after it builds its Set (on the tenth check)', () => {
    const isCode = codeCheck(['MEX', 'BRA'], ['OAS']);
    const asked = ['MEX', 'OAS', 'ARG', 'BRA', undefined, 1, 'mex', 'MEX', 'OAS', 'ARG', 'BRA', 'XYZ', 'OAS'];
    const answers = asked.map((value) => isCode(value));
    expect(answers).toEqual([true, true, false, true, false, false, false, true, true, false, true, false, true]);
  });

  it('reads every list given, and no value that is not in one', () => {
    const isCode = codeCheck([], ['KOR']);
    for (let i = 0; i < 12; i += 1) {
      expect(isCode('KOR')).toBe(true);
      expect(isCode('kor')).toBe(false);
    }
  });
});
