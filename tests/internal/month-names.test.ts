import { describe, expect, it } from 'vitest';
import { MONTH_NAMES } from '../../src/internal/month-names.js';

describe('MONTH_NAMES', () => {
  it('lists the English month names, January first', () => {
    expect(MONTH_NAMES[10]).toBe('November');
  });
});
