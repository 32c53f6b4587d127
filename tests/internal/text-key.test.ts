import { describe, expect, it } from 'vitest';
import { textKey } from '../../src/internal/text-key.js';

describe('textKey', () => {
  it('is the first 64 bits of SHA-256 (FIPS 180-2 appendix B.1, and the empty string)', () => {
    expect(textKey('abc')).toBe('ba7816bf8f01cfea');
    expect(textKey('')).toBe('e3b0c44298fc1c14');
  });
});
