import { describe, expect, it } from 'vitest';
import { partnerShares } from '../../src/rankings/index.js';
import { readPeriod, selectTable, tableRow, tableRows } from '../../src/rankings/select-table.js';

describe('selecting a table', () => {
  it('reads a single year as a one-year period', () => {
    expect(readPeriod(2010)).toEqual({ from: 2010, to: 2010 });
  });

  it('gives the rows of a table by rank', () => {
    expect(tableRows(partnerShares, { reporter: 'MEX', period: 2008 })[0]?.partner).toBe('USA');
    expect(selectTable(partnerShares, { reporter: 'MEX', period: 2008 })[0]?.partner).toBe('USA');
  });

  it("finds one partner's row in a multi-year table", () => {
    expect(tableRow(partnerShares, { reporter: 'MEX', period: { from: 2007, to: 2009 } }, 'KOR')?.rank).toBe(6);
  });
});
