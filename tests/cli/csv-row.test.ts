import { describe, expect, it } from 'vitest';
import { csvRow } from '../../src/cli/csv-row.js';

describe('csvRow', () => {
  it('quotes a cell with a comma and writes null as an empty cell', () => {
    expect(csvRow(['a', 'x,y', null, 3, true])).toBe('a,"x,y",,3,true');
  });
});
