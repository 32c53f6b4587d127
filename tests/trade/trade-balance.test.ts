import { describe, expect, it } from 'vitest';
import { tradeFlows } from '../../src/trade/index.js';
import { balanceOf } from '../../src/trade/trade-balance.js';

describe('balanceOf', () => {
  it('is the export less the import', () => {
    const row = (flow: string) =>
      tradeFlows.find(
        (f) =>
          f.reporter === 'KOR' &&
          f.partner === 'MEX' &&
          f.year === 2008 &&
          f.flow === flow &&
          f.source === 'imf-dots-2022',
      )!;
    expect(balanceOf(row('export'), row('import'), 'imf-dots-2022').balanceUsd).toBe(8040665002);
  });
});
