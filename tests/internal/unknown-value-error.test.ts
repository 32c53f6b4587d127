import { describe, expect, it } from 'vitest';
import { didYouMean, listForMessage, unknownValueError } from '../../src/internal/unknown-value-error.js';

describe('unknown value errors', () => {
  it('names the bad value and lists the valid ones', () => {
    expect(unknownValueError('share basis', 'total ', ['exports', 'imports', 'total']).message).toBe(
      'Unknown share basis "total ". Valid values: exports, imports, total.',
    );
    expect(listForMessage(['ARG', 'MEX'])).toBe('ARG, MEX');
  });

  it('suggests a value that looks alike, and nothing when none does', () => {
    expect(didYouMean('MEXX', ['ARG', 'MEX'])).toBe(' Did you mean MEX?');
    expect(didYouMean('ZZ', ['ARG', 'MEX'])).toBe('');
  });
});
