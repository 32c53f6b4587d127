import { describe, expect, it } from 'vitest';
import { partnerShares } from '../../src/rankings/index.js';
import {
  byRank,
  decodedTablesOf,
  periodKey,
  periodLabel,
  recordTables,
  slotFor,
} from '../../src/rankings/table-index.js';
import type { PartnerShare } from '../../src/rankings/types.js';

describe('the table index', () => {
  it('labels a span with a dash and keys a period by its two years', () => {
    expect(periodLabel({ from: 2007, to: 2009 })).toBe('2007–2009');
    expect(periodKey(2007, 2009)).toBe(200702009);
  });

  it('orders rows by rank', () => {
    const mexico = partnerShares.filter((s) => s.reporter === 'MEX' && s.sources[0] === 'lopez-aymes-2012');
    expect([...mexico].sort(byRank)[0]?.partner).toBe('USA');
  });

  it('makes the slot of a table once', () => {
    const groups = new Map();
    const slot = slotFor(groups, 'MEX', 'total', { from: 2008, to: 2008 }, 'imf-dots-2022', () => ({
      rows: [],
      start: 0,
      end: 0,
    }));
    expect(
      slotFor(groups, 'MEX', 'total', { from: 2008, to: 2008 }, 'imf-dots-2022', () => ({
        rows: [],
        start: 1,
        end: 1,
      })) === slot,
    ).toBe(true);
  });

  it('remembers the tables of a decoded list', () => {
    const shares: PartnerShare[] = [];
    recordTables(shares, []);
    expect(decodedTablesOf(shares)?.sources.size).toBe(0);
    // Reporters, each with its bases.
    expect(decodedTablesOf(partnerShares)?.groups.size).toBe(7);
  });
});
