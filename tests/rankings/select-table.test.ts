import { describe, expect, it } from 'vitest';
import { partnerShares } from '../../src/rankings/index.js';
import { readPeriod, readTableQuery, rowOf, selectTable, slotOf, tableRows } from '../../src/rankings/select-table.js';

describe('selecting a table', () => {
  it('reads a single year as a one-year period', () => {
    expect(readPeriod(2010)).toEqual({ from: 2010, to: 2010 });
  });

  it('gives the rows of a table by rank', () => {
    expect(tableRows(partnerShares, { reporter: 'MEX', period: 2008 })[0]?.partner).toBe('USA');
    expect(selectTable(partnerShares, { reporter: 'MEX', period: 2008 })[0]?.partner).toBe('USA');
  });

  it("finds one partner's row in a multi-year table", () => {
    const asked = readTableQuery({ reporter: 'MEX', period: { from: 2007, to: 2009 } });
    expect(rowOf(slotOf(partnerShares, asked), 'KOR')?.rank).toBe(6);
  });
});

describe('the query, read once from the object given', () => {
  it('names a missing or non-object query with the parameter the helper calls it', async () => {
    const { koreaRank, partnerRanking, rankAmongKoreaPartners } = await import('../../src/rankings/index.js');
    expect(() => partnerRanking(partnerShares, null as never)).toThrow(
      new TypeError('Expected options to be an object, got null.'),
    );
    expect(() => koreaRank(partnerShares, null as never)).toThrow(
      new TypeError('Expected options to be an object, got null.'),
    );
    expect(() => koreaRank(partnerShares, 'MEX' as never)).toThrow(
      new TypeError('Expected query to be an object, got "MEX".'),
    );
    expect(() => rankAmongKoreaPartners(partnerShares, 'MEX' as never)).toThrow(
      new TypeError('Expected query to be an object, got "MEX".'),
    );
  });

  it('names a table that is not there, also when a source is given for a period with no tables', async () => {
    const { koreaRank } = await import('../../src/rankings/index.js');
    expect(() => koreaRank(partnerShares, { reporter: 'MEX', period: 1985, source: 'imf-dots-2022' })).toThrow(
      new RangeError(
        'No total ranking for MEX in 1985 from source "imf-dots-2022". Available: years 1990–2020 and periods 2007–2009.',
      ),
    );
  });
});
