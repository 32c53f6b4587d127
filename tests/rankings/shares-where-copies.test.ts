import { describe, expect, it } from 'vitest';
import { koreaRank, partnerShares, sharesWhere } from '../../src/rankings/index.js';
import { periodKey } from '../../src/rankings/table-index.js';
import type { PartnerShare } from '../../src/rankings/types.js';

/** What sharesWhere must return: a plain filter, in the order of the data. */
function filtered(shares: readonly PartnerShare[], q: Record<string, unknown>): PartnerShare[] {
  const period =
    typeof q.period === 'number' ? { from: q.period, to: q.period } : (q.period as { from: number; to: number });
  return shares.filter(
    (s) =>
      (q.reporter === undefined || s.reporter === q.reporter) &&
      (q.partner === undefined || s.partner === q.partner) &&
      (q.basis === undefined || s.basis === q.basis) &&
      (period === undefined || (s.period.from === period.from && s.period.to === period.to)) &&
      (q.source === undefined || s.sources[0] === q.source),
  );
}

const queries: Record<string, unknown>[] = [
  {},
  { reporter: 'MEX' },
  { partner: 'KOR' },
  { partner: 'CHN', basis: 'exports' },
  { reporter: 'KOR', partner: 'MEX' },
  { reporter: 'MEX', partner: 'KOR', basis: 'total', period: { from: 2007, to: 2009 } },
  { reporter: 'KOR', source: 'kosis-kcs-trade', period: 2023 },
  { partner: 'BRA', source: 'imf-dots-2022', period: 2010 },
  { source: 'lopez-aymes-2012' },
  { period: { from: 2007, to: 2009 }, basis: 'imports' },
];

describe('sharesWhere on the shipped data and on a copy', () => {
  // A copy is not settled, so it takes the path that indexes a plain array on every call.
  const sample = partnerShares.filter((s) => ['MEX', 'BRA'].includes(s.reporter) || s.partner === 'MEX');
  const copy = sample.map((s) => ({ ...s, period: { ...s.period }, sources: [...s.sources] }));

  for (const q of queries) {
    it(`matches a plain filter for ${JSON.stringify(q)}`, () => {
      const expected = filtered(partnerShares, q);
      expect(sharesWhere(partnerShares, q as never)).toEqual(expected);
      expect(sharesWhere(copy, q as never)).toEqual(filtered(copy, q));
    });
  }

  it('returns a new array each time, even with no condition', () => {
    const a = sharesWhere(copy, {});
    const b = sharesWhere(copy, {});
    expect(a).not.toBe(b);
    expect(a).toEqual(copy);
    a.length = 0;
    expect(sharesWhere(copy, {})).toHaveLength(copy.length);
  });

  it('names every bad argument', () => {
    expect(() => sharesWhere(null as never, {})).toThrow(new TypeError('Expected "shares" to be an array, got null.'));
    expect(() => sharesWhere(partnerShares, 'MEX' as never)).toThrow(
      new TypeError('Expected query to be an object, got "MEX".'),
    );
    expect(() => sharesWhere(partnerShares, { year: 2008 } as never)).toThrow(
      new TypeError('Unknown query field "year". Valid fields: reporter, partner, basis, period, source.'),
    );
    expect(() => sharesWhere(partnerShares, { partner: 'XXX' } as never)).toThrow(/^Unknown partner code "XXX"/);
    expect(() => sharesWhere(partnerShares, { basis: 'sum' } as never)).toThrow(/^Unknown share basis "sum"/);
    expect(() => sharesWhere(copy, { source: 'bogus' } as never)).toThrow(
      /^Unknown source "bogus"\. Valid values: imf-dots-2022, kosis-kcs-trade, lopez-aymes-2012\.$/,
    );
    expect(() => sharesWhere([7] as never, {})).toThrow(/^Expected shares\[0\] to be a partner share, got 7\.$/);
  });
});

describe('table keys and the latest table', () => {
  it('keys a period by its two years, and falls back to text outside plausible years', () => {
    expect(periodKey(2007, 2009)).toBe(200702009);
    expect(periodKey(2008, 2008)).not.toBe(periodKey(2008, 2009));
    expect(periodKey(0, 0)).toBe(0);
    expect(periodKey(9999, 99_999)).toBe(9999 * 100_000 + 99_999);
    expect(periodKey(-1, 2008)).toBe('-1|2008');
    expect(periodKey(10_000, 2008)).toBe('10000|2008');
    expect(periodKey(2008, 100_000)).toBe('2008|100000');
    expect(periodKey(2008, -1)).toBe('2008|-1');
  });

  it('defaults to the latest single-year table, never a multi-year one', () => {
    // IMF DOTS tables for Mexico run to 2020; the 2007–2009 table ends in 2009 and is a span.
    expect(koreaRank(partnerShares, { reporter: 'MEX' })?.period).toEqual({ from: 2020, to: 2020 });
    const copy = partnerShares
      .filter((s) => s.reporter === 'MEX' && s.sources[0] === 'imf-dots-2022')
      .map((s) => ({ ...s, period: { ...s.period }, sources: [...s.sources] }))
      .filter((s) => s.period.to <= 2010);
    expect(koreaRank(copy, { reporter: 'MEX' })?.period).toEqual({ from: 2010, to: 2010 });
  });
});
