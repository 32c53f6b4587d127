import { describe, expect, it } from 'vitest';
import { cited } from '../../src/claims/checks/cited.js';

describe('cited', () => {
  it('cites the paper when the data held nothing, and each source once', () => {
    expect(cited([])).toEqual(['lopez-aymes-2012']);
    expect(cited(['imf-dots-2022', 'imf-dots-2022'])).toEqual(['imf-dots-2022']);
  });
});
