import { describe, expect, it } from 'vitest';
import { whenAvailable } from '../../src/claims/checks/when-available.js';
import { partnerRanking } from '../../src/rankings/index.js';

describe('whenAvailable', () => {
  it('answers undefined when the table a lookup needs is not in the data', () => {
    expect(whenAvailable(() => partnerRanking([], { reporter: 'MEX', period: 2010 }))).toBe(undefined);
  });
});
