import { describe, expect, it } from 'vitest';
import { decodePartnerShares } from '../../src/rankings/decode-partner-shares.js';

describe('decodePartnerShares', () => {
  it('computes a share from the value and the world total', () => {
    expect(
      decodePartnerShares(
        {
          codes: ['MEX', 'USA'],
          sources: [['imf-dots-2022']],
          tables: [0, 2008, 2008, 2, 200, 150, 0, 1],
          rows: [1, 1, 130],
        },
        [],
      )[0]?.sharePct,
    ).toBe(65);
  });
});
