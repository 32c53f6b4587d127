import { describe, expect, it } from 'vitest';
import { displayWidth, padEndColumns, padStartColumns } from '../../src/cli/display-width.js';

describe('terminal columns', () => {
  it('counts a Korean syllable as two columns', () => {
    expect(displayWidth('수출')).toBe(4);
  });

  it('pads to a number of columns on the left or on the right', () => {
    expect(padStartColumns('수출', 6)).toBe('  수출');
    expect(padEndColumns('연도', 6)).toBe('연도  ');
  });
});
