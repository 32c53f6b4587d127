import { describe, expect, it } from 'vitest';
import { tradeFlows } from '../../src/trade/index.js';
import { seriesRows } from '../../src/trade/series-query.js';

describe('seriesRows', () => {
  it('gives the years in range that have records', () => {
    expect(seriesRows(tradeFlows, { partner: 'MEX', from: 2008, to: 2009 }).years).toEqual([2008, 2009]);
  });
});
