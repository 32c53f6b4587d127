import { describe, expect, it } from 'vitest';
import { markdownTable } from '../../src/cli/markdown-table.js';

describe('markdownTable', () => {
  it('writes the first row as the header and pads each column to one width', () => {
    expect(
      markdownTable([
        ['a', 'b'],
        ['1', '22'],
      ]),
    ).toBe('| a   | b   |\n| --- | --- |\n| 1   | 22  |');
  });
});
