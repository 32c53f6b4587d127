import { describe, expect, it } from 'vitest';
import { freshnessRows } from '../../src/cli/freshness.js';
import { isTextColumn, translatedRecord } from '../../src/cli/language.js';
import { markdownTable } from '../../src/cli/markdown-table.js';
import { countries } from '../../src/countries/index.js';
import { es } from '../../src/i18n/es/index.js';
import { cli } from '../helpers/cli.js';

describe('markdownTable', () => {
  it('pads every column to its widest cell (at least three), escapes pipes, fills short rows', () => {
    expect(markdownTable([['name', 'n'], ['a|b', '12345'], ['c']])).toBe(
      ['| name | n     |', '| ---- | ----- |', '| a\\|b | 12345 |', '| c    |       |'].join('\n'),
    );
  });
});

describe('freshnessRows', () => {
  it('names each source by publisher and title, newest coverage first within a dataset', () => {
    const rows = freshnessRows();
    const trade = rows.filter((r) => r.dataset.startsWith('Trade flows'));
    // Sources reaching 2024 come before KOSIS (2023), which comes before IMF DOTS (2020).
    const at = (name: string) => trade.findIndex((r) => r.source.includes(name));
    expect(at('KOSIS')).toBeLessThan(at('Direction of Trade'));
    expect(trade[0]?.covers.endsWith('2024')).toBe(true);
    for (let i = 1; i < trade.length; i += 1) {
      expect((trade[i - 1]?.covers.slice(-4) ?? '') >= (trade[i]?.covers.slice(-4) ?? '')).toBe(true);
    }
    expect(trade.every((r) => /^.+: .+$/.test(r.source))).toBe(true);
    for (const name of ['Diplomatic ties', 'Bloc memberships']) {
      expect(
        rows.some((r) => r.dataset.startsWith(name)),
        name,
      ).toBe(true);
    }
  });
});

describe('the language of exported text', () => {
  it('treats titles and labels as text, a bloc name as text only in blocs, codes never', () => {
    expect(isTextColumn('agreements', 'title')).toBe(true);
    expect(isTextColumn('blocs', 'name')).toBe(true);
    expect(isTextColumn('countries', 'name')).toBe(false);
    expect(isTextColumn('agreements', 'id')).toBe(false);
  });

  it('translates the text fields of a record and keeps ids, codes and names of countries', () => {
    const mexico = countries.find((c) => c.code === 'MEX');
    // The subregion is text; the code, the ISO name and the source ids are not.
    expect(translatedRecord(mexico, es, 'countries')).toEqual({ ...mexico, subregion: 'Centroamérica' });
    expect(translatedRecord({ name: 'Pacific Alliance', id: 'PA' }, es, 'blocs')).toEqual({
      name: 'Alianza del Pacífico',
      id: 'PA',
    });
    expect(translatedRecord({ name: 'Pacific Alliance' }, es, 'countries')).toEqual({ name: 'Pacific Alliance' });
  });

  it('translates text cells of a CSV export and leaves empty cells empty', () => {
    const out = cli('export', 'blocs', '--lang', 'es', '--filter', 'id=PA').out;
    expect(out).toContain('Alianza del Pacífico');
    expect(out).not.toContain('Pacific Alliance');
    const english = cli('export', 'blocs', '--filter', 'id=PA').out;
    expect(english).toContain('Pacific Alliance');
    // The same empty cells in both languages.
    expect(out.split(',').filter((c) => c === '').length).toBe(english.split(',').filter((c) => c === '').length);
  });
});

describe('export filters name the values a column has', () => {
  it('lists every value of a short column, and the first 40 of a long one', () => {
    const kinds = cli('export', 'agreements', '--filter', 'kind=treaty').err;
    expect(kinds).toMatch(/Values of kind: [a-z-]+(, [a-z-]+)*\.\n$/);
    expect(kinds).not.toContain('…');
    const years = cli('export', 'trade-flows', '--filter', 'year=1800').err;
    expect(years).toMatch(/Values of year: (\d{4}, ){40}…\.\n$/);
  });
});

describe('balance options', () => {
  it('passes --source on to the series', () => {
    const rows = cli('balance', 'MEX', '--from', '2010', '--to', '2010', '--source', 'imf-dots-2022', '--format', 'csv')
      .out.trim()
      .split('\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(/^2010,.*,imf-dots-2022,/);
    const kosis = cli(
      'balance',
      'MEX',
      '--from',
      '2010',
      '--to',
      '2010',
      '--source',
      'kosis-kcs-trade',
      '--format',
      'csv',
    );
    expect(kosis.out.trim().split('\n')[1]).toMatch(/,kosis-kcs-trade,/);
  });
});
