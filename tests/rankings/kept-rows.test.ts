import { describe, expect, it } from 'vitest';
import { lacCountryCodes } from '../../src/countries/index.js';
import { deepFreeze } from '../../src/internal/deep-freeze.js';
import { koreaRank, partnerShares, rankAmongKoreaPartners } from '../../src/rankings/index.js';
import { tableRows } from '../../src/rankings/select-table.js';
import { decodedTablesOf, newSlot, periodKey, slotFor, tableAt } from '../../src/rankings/table-index.js';
import type { PartnerShare, ShareBasis } from '../../src/rankings/types.js';

// The ranking helpers keep what they found on a table (Korea's row, the rows by partner) and find a
// single year from a list: every answer must stay the one a plain search of a copy gives, however
// often it is asked.
const copy = deepFreeze(JSON.parse(JSON.stringify(partnerShares)) as PartnerShare[]);
const singleYearTables = (decodedTablesOf(partnerShares)?.runs ?? []).filter((run) => run.from === run.to);
const described = (row: PartnerShare | undefined) =>
  row === undefined ? undefined : `${row.reporter} ${row.partner} ${row.rank} ${row.sharePct} ${row.sources[0]}`;
const ASKED = 3;

describe('rows the ranking helpers keep', () => {
  it("koreaRank answers every LAC reporter's single-year table as a search of a copy, each time it is asked", () => {
    const lacTables = singleYearTables.filter((run) => run.reporter !== 'KOR');
    expect(lacTables.length).toBeGreaterThan(500);
    for (const { reporter, basis, from } of lacTables) {
      const query = { reporter, basis, period: from };
      const expected = described(tableRows(copy, query).find((r) => r.partner === 'KOR'));
      expect(expected, `${reporter} ${basis} ${from}`).toMatch(/ KOR /);
      for (let i = 0; i < ASKED; i += 1) expect(described(koreaRank(partnerShares, query))).toBe(expected);
    }
  });

  it("rankAmongKoreaPartners answers every LAC code in Korea's single-year tables as a search of a copy, each time", () => {
    const koreaTables = singleYearTables.filter((run) => run.reporter === 'KOR');
    expect(koreaTables.length).toBeGreaterThan(60);
    let found = 0;
    for (const { basis, from } of koreaTables) {
      const rows = tableRows(copy, { reporter: 'KOR', basis, period: from });
      for (const partner of lacCountryCodes) {
        const expected = described(rows.find((r) => r.partner === partner));
        if (expected !== undefined) found += 1;
        for (let i = 0; i < ASKED; i += 1) {
          expect(described(rankAmongKoreaPartners(partnerShares, { partner, basis, period: from })), partner).toBe(
            expected,
          );
        }
      }
    }
    expect(found).toBeGreaterThan(1000);
  });

  it("still refuses a partner outside LAC that Korea's table lists, once the table's rows by partner are made", () => {
    const query = { basis: 'total' as ShareBasis, period: 2015 };
    const listed = tableRows(copy, { reporter: 'KOR', ...query }).map((r) => r.partner);
    expect(listed).toContain('CHN');
    for (let i = 0; i < ASKED; i += 1) rankAmongKoreaPartners(partnerShares, { ...query, partner: 'MEX' });
    for (const partner of ['CHN', 'USA', 'JPN'].filter((p) => (listed as readonly string[]).includes(p))) {
      expect(() => rankAmongKoreaPartners(partnerShares, { ...query, partner } as never)).toThrow(RangeError);
      expect(() => rankAmongKoreaPartners(partnerShares, { ...query, partner } as never)).toThrow(partner);
    }
  });

  it('names a bad partner before a bad period or a missing table, as it always has', () => {
    expect(() => rankAmongKoreaPartners(partnerShares, { partner: 'CHN' as never, period: 1800 })).toThrow(/CHN/);
    expect(() => rankAmongKoreaPartners(partnerShares, { partner: 'CHN' as never, period: 1.5 })).toThrow(/CHN/);
    expect(() => rankAmongKoreaPartners(partnerShares, { partner: 'MEX', period: 1800 })).toThrow(/1800/);
    expect(() => rankAmongKoreaPartners('x' as never, { partner: 'CHN' as never, period: 2015 })).toThrow(/CHN/);
  });

  it('answers a settled list of your own, with and without Korea, the same each time', () => {
    const mexico = copy.filter((s) => s.reporter === 'MEX' && s.basis === 'total' && s.period.from === 2015);
    const withKorea = deepFreeze(mexico.map((s) => ({ ...s, period: { ...s.period }, sources: [...s.sources] })));
    const withoutKorea = deepFreeze(withKorea.filter((s) => s.partner !== 'KOR'));
    const expected = described(mexico.find((s) => s.partner === 'KOR'));
    expect(expected).toMatch(/^MEX KOR /);
    for (let i = 0; i < ASKED; i += 1) {
      expect(described(koreaRank(withKorea, { reporter: 'MEX', period: 2015 }))).toBe(expected);
      expect(koreaRank(withoutKorea, { reporter: 'MEX', period: 2015 })).toBe(undefined);
    }
  });
});

describe('the years listed for a warm query', () => {
  it('lists single years from 1900 for 300 years, and finds any other period by its key alone', () => {
    const tables: Parameters<typeof slotFor>[0] = [];
    const at = tableAt('MEX', 'total');
    for (const year of [1850, 1899, 1900, 2015, 2199, 2200]) {
      slotFor(tables, at, { from: year, to: year }, 'imf-dots-2022', () => newSlot([], 0, 0));
    }
    slotFor(tables, at, { from: 2007, to: 2009 }, 'imf-dots-2022', () => newSlot([], 0, 0));
    const group = tables[at];
    expect(Object.keys(group?.byYear ?? {}).map(Number)).toEqual([0, 115, 299]);
    expect(group?.byYear[115]).toBe(group?.byPeriod.get(periodKey(2015, 2015)));
    expect(group?.byPeriod.size).toBe(7);
  });

  it('takes the latest single year as the greatest, whatever order the rows come in', () => {
    const mexico = (year: number) =>
      copy.filter((s) => s.reporter === 'MEX' && s.basis === 'total' && s.period.from === year && s.period.to === year);
    const newerFirst = deepFreeze([...mexico(2015), ...mexico(2010)]);
    expect(mexico(2015).length).toBeGreaterThan(0);
    expect(mexico(2010).length).toBeGreaterThan(0);
    expect(koreaRank(newerFirst, { reporter: 'MEX' })?.period.from).toBe(2015);
    expect(koreaRank([...mexico(2010), ...mexico(2015)], { reporter: 'MEX' })?.period.from).toBe(2015);
  });

  it('answers a shipped-list question in a year no table has with the same message as before', () => {
    expect(() => koreaRank(partnerShares, { reporter: 'MEX', period: 1950 })).toThrow(
      /No total ranking for MEX in 1950\. Available: years 19\d\d–20\d\d/,
    );
    expect(() => koreaRank(partnerShares, { reporter: 'MEX', period: 2015.5 })).toThrow(RangeError);
  });
});
