import { describe, expect, it } from 'vitest';
import { countries } from '../../src/countries/index.js';
import { lazyIndex } from '../../src/internal/lazy-index.js';

describe('lazyIndex', () => {
  it('finds an item by its key', () => {
    const byCode = lazyIndex(countries, (c) => c.code);
    expect(byCode().get('MEX')?.code).toBe('MEX');
  });
});
