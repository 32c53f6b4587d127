import { describe, expect, it } from 'vitest';
import { freshnessRows, freshnessTable } from '../../src/cli/freshness.js';

describe('the "data as of" table', () => {
  it('gives the years each source covers', () => {
    expect(freshnessRows().find((r) => r.source.includes('KOSIS'))?.covers).toBe('1965–2023');
  });

  it('is a Markdown table', () => {
    expect(freshnessTable().startsWith('| Dataset')).toBe(true);
  });
});
