import { describe, expect, it } from 'vitest';
import { decodeCpi } from '../../src/prices/decode-cpi.js';

describe('decodeCpi', () => {
  it('expands a [year, index] pair into a record', () => {
    expect(decodeCpi([[2020, 258.811]])[0]?.index).toBe(258.811);
  });
});
