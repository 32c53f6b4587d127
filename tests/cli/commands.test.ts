import { describe, expect, it } from 'vitest';
import { parseChallenges } from '../../src/schemas/index.js';
import { tradeFlows } from '../../src/trade/index.js';
import { cli } from '../helpers/cli.js';

describe('command line', () => {
  it('lists the datasets', () => {
    const { code, out } = cli('list');
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`trade-flows\\s+${tradeFlows.length.toLocaleString('en-US')} rows`));
    expect(out).toMatch(/sources: .*Direction of Trade Statistics/);
  });

  it('starts a balance at the first year with trade, and names the zero years it leaves out', () => {
    const { code, out } = cli('balance', 'BRA');
    expect(code).toBe(0);
    const [, , note, first] = out.split('\n');
    // The historical series (COW) reports 0 for Korea–Brazil trade in 1949–1964; KOSIS starts in 1965.
    expect(note).toBe(
      '(1949–1964 left out: cow-bilateral-trade reports 0 for every value; add --from 1949 to show them)',
    );
    expect(first).toMatch(/^1965\s+0\.1\s+0\.5\s+-0\.4 kosis-kcs-trade$/);
    // --from shows them, and a range that starts with trade has no note.
    expect(cli('balance', 'BRA', '--from', '1949').out.split('\n')[2]).toMatch(/^1949\s+0\.0\s+0\.0\s+0\.0 cow/);
    expect(cli('balance', 'MEX', '--to', '2000').out).not.toMatch(/left out/);
    // Machine formats keep every row.
    expect(JSON.parse(cli('balance', 'BRA', '--format', 'json').out)[0].year).toBe(1949);
  });

  it('exports a dataset filtered by column, as CSV and JSON', () => {
    const csv = cli('export', 'trade-flows', '--filter', 'partner=MEX', '--filter', 'year=2008');
    expect(csv.code).toBe(0);
    expect(csv.out.trim().split('\n')).toEqual([
      'reporter,partner,year,flow,value_usd,valuation,estimated,source,preferred',
      'KOR,MEX,2008,export,9089949001,FOB,false,imf-dots-2022,false',
      'KOR,MEX,2008,export,9089949000,FOB,false,kosis-kcs-trade,true',
      'KOR,MEX,2008,import,1049283999,CIF,false,imf-dots-2022,false',
      'KOR,MEX,2008,import,1049284000,CIF,false,kosis-kcs-trade,true',
    ]);
    const json = JSON.parse(
      cli('export', 'trade-flows', '--format', 'json', '--filter', 'reporter=MEX', '--filter', 'year=2008').out,
    );
    expect(json).toContainEqual(
      expect.objectContaining({ flow: 'import', valueUsd: 14_338_916_800, estimated: false }),
    );
  });

  it('prints a balance table (values from the IMF DOTS CSV, in US$ millions)', () => {
    const { code, out } = cli('balance', 'MEX', '--from', '2008', '--to', '2008', '--source', 'imf-dots-2022');
    expect(code).toBe(0);
    expect(out).toMatch(/2008\s+9,089\.9\s+1,049\.3\s+8,040\.7 imf-dots-2022/);
    // By default Korea's own customs figures, which reach 2023 (KOSIS: 12,221,993,000 and 7,630,719,000).
    expect(cli('balance', 'MEX', '--from', '2023').out).toMatch(
      /2023\s+12,222\.0\s+7,630\.7\s+4,591\.3 kosis-kcs-trade/,
    );
    expect(cli('balance', 'MEX', '--source', 'bogus')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/Unknown source "bogus"/),
    });
    const json = JSON.parse(cli('balance', 'mex', '--from', '2008', '--to', '2008', '--format', 'json').out);
    expect(json[0]).toMatchObject({ year: 2008, exportsUsd: 9_089_949_000, source: 'kosis-kcs-trade' });
    expect(cli('balance', 'KOR', '--reporter', 'MEX', '--from', '2008', '--to', '2008').out).toMatch(
      /537\.6\s+14,338\.9/,
    );
  });

  it('fails clearly, with a non-zero exit, on unknown datasets, codes, options and commands', () => {
    expect(cli('export', 'trade-flow')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/Unknown table "trade-flow". Datasets: trade-flows, partner-shares/),
    });
    expect(cli('balance', 'MEXX')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/Unknown partner code "MEXX". Valid values: KOR, ARG, .*MEX/),
    });
    expect(cli('balance', 'MEX', '--from', '20x0')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/Invalid --from "20x0"/),
    });
    expect(cli('balance', 'MEX', '--frm', '2000').code).toBe(2);
    expect(cli('export', 'trade-flows', '--filter', 'country=MEX')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/Invalid filter "country=MEX"/),
    });
    expect(cli('export', 'trade-flows', '--format', 'xml')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/Unknown format "xml"/),
    });
    expect(cli('list', '--format', 'csv')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/Unknown option --format for 'list'/),
    });
    expect(cli('frobnicate')).toMatchObject({ code: 2, err: expect.stringMatching(/Unknown command "frobnicate"/) });
    expect(cli('balance')).toMatchObject({ code: 2, err: expect.stringMatching(/Missing partner code/) });
  });

  it('has help for every command', () => {
    expect(cli().out).toMatch(/korea-latam list/);
    for (const command of ['list', 'export', 'balance']) {
      const { code, out } = cli(command, '--help');
      expect(code).toBe(0);
      expect(out).toMatch(new RegExp(`Usage: korea-latam ${command}`));
    }
  });

  it('--lang words record texts and the balance table in es, pt or ko, and never changes ids, codes or numbers', () => {
    const csv = cli('export', 'agreements', '--lang', 'es', '--filter', 'id=kor-col-fta');
    expect(csv.code).toBe(0);
    // The official Spanish title, as Colombia's Ley 1747 de 2014 gives it.
    expect(csv.out).toContain(
      'kor-col-fta,fta,Acuerdo de Libre Comercio entre la República de Colombia y la República de Corea,in-force,',
    );
    const json = JSON.parse(cli('export', 'challenges', '--format', 'json', '--lang', 'ko').out);
    expect(json[0].id).toBe('china-competition');
    expect(json[0].label).toBe('중국과의 경쟁');
    expect(parseChallenges(json)).toHaveLength(6);
    const english = cli('balance', 'MEX', '--from', '2023', '--to', '2023').out.split('\n');
    const spanish = cli('balance', 'MEX', '--from', '2023', '--to', '2023', '--lang', 'es').out.split('\n');
    // Names, not codes, and numbers in the language's own format.
    expect(spanish[0]).toBe(
      'Comercio bilateral Corea del Sur–México, millones de US$ (país declarante: Corea del Sur)',
    );
    expect(spanish[1]).toMatch(/^año +exportaciones +importaciones +saldo fuente$/);
    // 2023: Korea's exports to Mexico US$ 12,221,993,000 and imports 7,630,670,000 (KOSIS), in millions.
    expect(english[2]).toMatch(/^2023 +12,222\.0 +7,630\.7 +4,591\.3 kosis-kcs-trade$/);
    expect(spanish[2]).toMatch(/^2023 +12\.222,0 +7630,7 +4591,3 kosis-kcs-trade$/);
    // Each number ends in the same column in both languages.
    expect(spanish[2]?.length).toBe(english[2]?.length);
  });

  it('--lang rejects an unknown language and commands without texts, with exit 2 and one line', () => {
    const bad = cli('export', 'agreements', '--lang', 'fr');
    expect(bad.code).toBe(2);
    expect(bad.err.trim()).toBe('korea-latam: Unknown language "fr". Languages: en, es, pt, ko.');
    const list = cli('list', '--lang', 'es');
    expect(list.code).toBe(2);
    expect(list.err.trim().split('\n')).toHaveLength(1);
  });
});
