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

describe('codeCheck reads its lists until the tenth check, then answers from the Set it built', () => {
  it('sees a code added before the tenth check, and none added after it', () => {
    const list = ['A'];
    const isCode = codeCheck(list);
    for (let i = 0; i < 8; i += 1) expect(isCode('A')).toBe(true);
    list.push('B');
    expect(isCode('B')).toBe(true); // the ninth check reads the list
    list.push('C');
    expect(isCode('C')).toBe(true); // the tenth builds the Set from the list as it is now
    list.push('D');
    expect(isCode('D')).toBe(false); // later checks ask the Set
    expect(isCode('A')).toBe(true);
  });
});
