import { describe, expect, it } from 'vitest';
import { claims } from '../../src/claims/index.js';
import { withChecks } from '../../src/claims/with-checks.js';

describe('withChecks', () => {
  it('joins a claim definition with its check', () => {
    const [first] = claims;
    const { check, ...definition } = first!;
    expect(withChecks([definition], [check])[0]?.check.verdict).toBe('supported');
  });
});
