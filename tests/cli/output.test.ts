import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBlocs, parsePartnerShares, parseTradeFlows } from '../../src/schemas/index.js';
import { sources } from '../../src/sources/index.js';
import { tradeFlows } from '../../src/trade/index.js';
import { cli } from '../helpers/cli.js';

const shipped = (file: string) => readFileSync(new URL(`../../datasets/${file}`, import.meta.url), 'utf8');
const datasetNames = (
  JSON.parse(shipped('datapackage.json')) as { resources: { name: string; format: string }[] }
).resources
  .filter((r) => r.format === 'csv')
  .map((r) => r.name);
const csvFiles = readdirSync(new URL('../../datasets/', import.meta.url)).filter((f) => f.endsWith('.csv'));

describe('export writes the shipped files back exactly', () => {
  it('prints every table as the very CSV the package ships (quoting, empty cells, order)', () => {
    expect(datasetNames.map((n) => `${n}.csv`).sort()).toEqual(csvFiles.sort());
    for (const name of datasetNames) {
      expect(cli('export', name).out, name).toBe(shipped(`${name}.csv`));
    }
  });

  it('quotes a cell with quotes or commas by doubling its quotes', () => {
    const line = shipped('challenges.csv')
      .split('\n')
      .find((l) => l.startsWith('low-visibility,'));
    expect(line).toContain('"Low visibility (""What is Korea?"")"');
    expect(cli('export', 'challenges', '--filter', 'id=low-visibility').out).toBe(
      `${shipped('challenges.csv').split('\n')[0]}\n${line}\n`,
    );
  });

  it('writes JSON as the library records, which the parse functions accept', () => {
    // The paper's Mexico table (2007–2009 average): the United States first with 65%, China second with 6%.
    const rows = JSON.parse(
      cli('export', 'partner-shares', '--format', 'json', '--filter', 'table_source=lopez-aymes-2012').out,
    ) as Record<string, unknown>[];
    expect(rows[0]).toMatchObject({
      reporter: 'MEX',
      partner: 'USA',
      period: { from: 2007, to: 2009 },
      sharePct: 65,
      rank: 1,
      valueUsd: null,
      worldUsd: null,
      partnerCount: null,
      sources: ['lopez-aymes-2012'],
    });
    expect(rows[1]).toMatchObject({ partner: 'CHN', sharePct: 6, rank: 2 });
    expect(parsePartnerShares(rows)).toHaveLength(6);
    const [paper] = JSON.parse(cli('export', 'sources', '--format', 'json', '--filter', 'id=lopez-aymes-2012').out);
    expect(paper).toMatchObject({ year: 2012, verified: true, title: "Korea's Engagement in Latin America" });
    const flows = JSON.parse(
      cli('export', 'trade-flows', '--format', 'json', '--filter', 'reporter=BHS', '--filter', 'year=1990').out,
    );
    expect(flows[0]).toEqual({
      reporter: 'BHS',
      partner: 'KOR',
      year: 1990,
      flow: 'export',
      valueUsd: 1_670_000,
      valuation: 'FOB',
      estimated: true,
      source: 'imf-dots-2022',
      sources: ['imf-dots-2022'],
    });
    expect(parseTradeFlows(flows)).toHaveLength(4); // exports and imports, with Korea and with the world
    // A bloc is one row of blocs.csv; its members are the list table bloc-members, which has no JSON copy.
    const blocs = JSON.parse(cli('export', 'blocs', '--format', 'json', '--filter', 'id=MERCOSUR').out);
    expect(parseBlocs(blocs).map((b) => b.members.find((m) => m.country === 'VEN')?.status)).toEqual(['suspended']);
    expect(cli('export', 'bloc-members', '--format', 'json')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^korea-latam: bloc-members is a list table .* has no JSON copy; use --format csv/),
    });
  });

  it('keeps the text after the first "=" of a filter as the value', () => {
    // The value is "2008=x", which no row holds: a mistake named with the column's values, not an empty table.
    const { code, err } = cli('export', 'trade-flows', '--filter', 'year=2008=x');
    expect(code).toBe(2);
    expect(err).toMatch(
      /^korea-latam: No row of trade-flows has year = "2008=x"\. Values of year: 1949, 1950, .*, …\.\n$/,
    );
    const partner = cli('export', 'trade-flows', '--filter', 'partner=XXX');
    expect(partner.code).toBe(2);
    expect(partner.out).toBe('');
    expect(partner.err).toContain('No row of trade-flows has partner = "XXX". Values of partner: ABW, AIA, ARG,');
    expect(cli('export', 'trade-flows', '--filter', 'year')).toMatchObject({
      code: 2,
      err: 'korea-latam: Invalid filter "year": expected column=value with a column of trade-flows: reporter, partner, year, flow, value_usd, valuation, estimated, source, preferred.\n',
    });
    expect(cli('export')).toMatchObject({
      code: 2,
      err: `korea-latam: Unknown table "". Datasets: ${datasetNames.filter((n) => existsSync(new URL(`../../datasets/${n}.json`, import.meta.url))).join(', ')}; the lists inside their records are tables of their own (see 'korea-latam list').\n`,
    });
  });
});

describe('list', () => {
  // Listed inside each test (not once at collection), so every test sees the code under test.
  const listed = () => {
    const lines = cli('list').out.trimEnd().split('\n');
    return { lines, tableLines: lines.filter((l) => /^ *[a-z][a-z0-9-]* +[\d,]+ rows? {2}/.test(l)) };
  };

  it('prints every table once, with its row count, in a terminal of 100 columns', () => {
    const { lines, tableLines } = listed();
    expect(tableLines.map((l) => l.trim().split(' ')[0]).sort()).toEqual(
      readdirSync(new URL('../../datasets/', import.meta.url))
        .filter((f) => f.endsWith('.csv'))
        .map((f) => f.replace(/\.csv$/, ''))
        .sort(),
    );
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
    // The count is the library's own record count, grouped in thousands.
    expect(lines[0]).toMatch(/^trade-flows +14,477 rows {2}Merchandise trade/);
    expect(tradeFlows.length).toBe(14_477);
  });

  it('puts each list table under the table it belongs to, and names the sources once', () => {
    const { lines, tableLines } = listed();
    const at = (name: string) => tableLines.find((l) => l.trim().startsWith(`${name} `)) ?? '';
    const indent = (name: string) => at(name).length - at(name).trimStart().length;
    expect(indent('trade-flows')).toBe(0);
    expect(indent('trade-flow-sources')).toBe(2);
    expect(indent('diplomatic-tie-sources')).toBe(2);
    expect(indent('country-blocs')).toBe(2);
    expect(indent('bloc-member-suspensions')).toBe(4);
    expect(indent('bloc-member-suspension-sources')).toBe(6);
    // A table whose first key points elsewhere (partner-shares → countries) stands alone.
    expect(indent('partner-shares')).toBe(0);
    expect(lines.indexOf(at('trade-flow-sources'))).toBeGreaterThan(lines.indexOf(at('trade-flows')));
    // The sources line follows its table; a list table does not repeat it.
    const titles = ['kosis-kcs-trade', 'kdiplo'].map((id) => sources.find((s) => s.id === id)?.title);
    expect(lines[lines.indexOf(at('trade-flows')) + 2]).toMatch(
      new RegExp(`^ {2}5 sources: ${titles.join('; ').replace(/[()]/g, '\\$&').slice(0, 60)}`),
    );
    expect(lines.filter((l) => /^ +\d* ?sources?: /.test(l))).toHaveLength(
      tableLines.filter((l) => !l.startsWith(' ')).length,
    );
  });

  it('says "1 row", not "1 rows"', () => {
    const { lines, tableLines } = listed();
    expect(tableLines.find((l) => l.includes('agreement-not-in-force-for'))).toMatch(/ 1 row {3}Parties/);
    expect(lines.some((l) => / 1 rows/.test(l))).toBe(false);
  });

  it('wraps a long title under itself at a space, and cuts a long sources line with an ellipsis', () => {
    const { lines } = listed();
    for (const [i, l] of lines.entries()) {
      const continued = /^ {20,}\S/.test(l) && !/^ +\d* ?sources?: /.test(l);
      if (!continued) continue;
      // A continuation starts where the title above starts, and the line above ended at a word.
      const above = lines[i - 1] ?? '';
      const start = l.length - l.trimStart().length;
      expect(above.slice(start - 2, start), l).toBe('  ');
      expect(above.length + 1 + (l.trim().split(' ')[0]?.length ?? 0), l).toBeGreaterThan(100);
    }
    expect(lines.some((l) => /^ {20,}\S/.test(l) && !/sources?: /.test(l))).toBe(true);
    const sourceLines = lines.filter((l) => /^ {2}(\d+ sources|source): /.test(l));
    expect(sourceLines.some((l) => l.length === 100 && l.endsWith('…'))).toBe(true);
    expect(sourceLines.some((l) => /^ {2}source: \S/.test(l))).toBe(true);
    for (const l of sourceLines) expect(l.length).toBeLessThanOrEqual(100);
  });
});

describe('balance', () => {
  // Raw IMF DOTS rows, as the Bahamas reports its trade with Korea (all estimated):
  // 1991 exports 1.14 / imports 20.35, 1992 imports 80.52 only, 1993 exports 2.18 / imports 2.64 (US$ millions).
  const bahamas = ['balance', 'KOR', '--reporter', 'bhs', '--from', '1991', '--to', '1993'];

  it('prints a table in US$ millions, skipping a year with one flow and marking estimates', () => {
    expect(cli(...bahamas).out).toBe(
      [
        'Trade between Bahamas and South Korea, US$ millions (as Bahamas reports it)',
        'year          exports        imports        balance source',
        '1991              1.1           20.4          -19.2 imf-dots-2022 (estimated)',
        '1993              2.2            2.6           -0.5 imf-dots-2022 (estimated)',
        '',
      ].join('\n'),
    );
  });

  it('prints CSV in dollars, and JSON rows', () => {
    expect(cli(...bahamas, '--format', 'csv').out).toBe(
      [
        'year,exports_usd,imports_usd,balance_usd,total_usd,source,estimated',
        '1991,1140000,20350000,-19210000,21490000,imf-dots-2022,true',
        '1993,2180000,2640000,-460000,4820000,imf-dots-2022,true',
        '',
      ].join('\n'),
    );
    const rows = JSON.parse(cli(...bahamas, '--format', 'json').out);
    expect(rows.map((r: { year: number }) => r.year)).toEqual([1991, 1993]);
    expect(rows[1]).toMatchObject({ exportsUsd: 2_180_000, importsUsd: 2_640_000, estimated: true });
  });

  it('honours --from and --to separately', () => {
    const years = (...extra: string[]) =>
      (
        JSON.parse(cli('balance', 'KOR', '--reporter', 'BHS', '--format', 'json', ...extra).out) as { year: number }[]
      ).map((r) => r.year);
    expect(years('--to', '1991')[0]).toBeLessThan(1991);
    expect(years('--to', '1991').at(-1)).toBe(1991);
    expect(years('--from', '1993')[0]).toBe(1993);
    expect(years('--from', '1993').at(-1)).toBeGreaterThan(1993);
  });

  it('says so when no year has both flows', () => {
    expect(cli('balance', 'KOR', '--reporter', 'BHS', '--from', '1992', '--to', '1992').out).toBe(
      [
        'Trade between Bahamas and South Korea, US$ millions (as Bahamas reports it)',
        'year          exports        imports        balance source',
        '(no year with both flows in this range)',
        '',
      ].join('\n'),
    );
  });

  it('rejects an unknown reporter, format or year with exit code 2 and one line', () => {
    expect(cli('balance', 'MEX', '--reporter', 'USA')).toEqual({
      code: 2,
      out: '',
      err: expect.stringMatching(/^korea-latam: Unknown reporter "USA". Reporters: ARG, ATG, .*, KOR, .*, VEN\.\n$/),
    });
    expect(cli('balance', 'MEX', '--format', 'xml')).toEqual({
      code: 2,
      out: '',
      err: 'korea-latam: Unknown format "xml". Formats: table, csv, json.\n',
    });
    for (const bad of ['208', '20081', 'x2008', '2008x']) {
      expect(cli('balance', 'MEX', '--to', bad)).toEqual({
        code: 2,
        out: '',
        err: `korea-latam: Invalid --to ${JSON.stringify(bad)}: expected a year such as 2008.\n`,
      });
    }
    expect(cli('balance', 'MEX', '--from', '2010', '--to', '2000').err).toBe(
      'korea-latam: "from" (2010) is after "to" (2000).\n',
    );
  });
});

describe('commands and options', () => {
  it('prints the main help for no command, help, -h and --help', () => {
    const main = cli().out;
    expect(main).toMatch(/^korea-latam — typed, sourced data/);
    for (const flag of ['help', '-h', '--help']) expect(cli(flag)).toEqual({ code: 0, out: main, err: '' });
  });

  it('rejects options a command does not take, and unknown flags', () => {
    expect(cli('list', '--filter', 'a=b')).toEqual({
      code: 2,
      out: '',
      err: "korea-latam: Unknown option --filter for 'list'. See 'korea-latam list --help'.\n",
    });
    expect(cli('export', 'roles', '--reporter', 'KOR').err).toBe(
      "korea-latam: Unknown option --reporter for 'export'. See 'korea-latam export --help'.\n",
    );
    expect(cli('balance', 'MEX', '--filter', 'a=b').code).toBe(2);
    expect(cli('main')).toMatchObject({ code: 2, err: expect.stringMatching(/Unknown command "main"/) });
    expect(cli('list', '--verbose')).toMatchObject({ code: 2, err: expect.stringMatching(/--verbose/) });
    expect(cli('balance', 'MEX', '--from')).toMatchObject({ code: 2, err: expect.stringMatching(/--from/) });
  });
});

describe('command-line arguments a user mistypes', () => {
  it('rejects anything after a help or version flag, and gives help for a named command', () => {
    expect(cli('--help', 'extra')).toMatchObject({
      code: 2,
      err: 'korea-latam: Unexpected argument "extra" after "--help".\n',
    });
    expect(cli('help', 'bogus')).toMatchObject({
      code: 2,
      err: 'korea-latam: Unexpected argument "bogus" after "help".\n',
    });
    expect(cli('--version', 'extra')).toMatchObject({ code: 2 });
    expect(cli('help', 'balance').out).toMatch(/^Usage: korea-latam balance <partner>/);
    expect(cli('help', 'toString')).toMatchObject({ code: 2 });
    expect(cli('help', 'main')).toMatchObject({ code: 2 });
    expect(cli('help', 'balance', 'extra')).toMatchObject({
      code: 2,
      err: 'korea-latam: Unexpected argument "balance" after "help".\n',
    });
    expect(cli('--help', 'balance')).toMatchObject({ code: 2 });
    // -v is --version: the package's own version, and nothing may follow it.
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(cli('-v')).toEqual({ code: 0, out: `${version}\n`, err: '' });
    expect(cli('-v', 'x')).toMatchObject({ code: 2, err: 'korea-latam: Unexpected argument "x" after "-v".\n' });
  });

  it('cuts a long message at 400 characters, on one line', () => {
    const { code, err } = cli('balance', 'MEX', `--${'x'.repeat(1000)}`);
    expect(code).toBe(2);
    const line = err.slice('korea-latam: '.length, -1);
    expect(line.length).toBe(401);
    expect(line.endsWith('…')).toBe(true);
    expect(cli('list', 'extra').err.endsWith('…\n')).toBe(false);
  });

  it('rejects an option given twice (only --filter repeats)', () => {
    expect(cli('balance', 'MEX', '--from', '2000', '--from', '2010')).toMatchObject({
      code: 2,
      err: 'korea-latam: The option --from is given twice.\n',
    });
    expect(cli('export', 'trade-flows', '--filter', 'partner=MEX', '--filter', 'year=2008').code).toBe(0);
  });

  it('escapes the control characters it echoes, and names what was typed', () => {
    const { code, err } = cli('balance', 'MEX', '--bad\u001b[31m\r');
    expect(code).toBe(2);
    // Nothing below U+0020 before the closing newline.
    expect([...err.slice(0, -1)].filter((c) => c.charCodeAt(0) < 0x20)).toEqual([]);
    expect(err).toContain('\\u001b[31m\\u000d');
    const sharp = cli('balance', 'ß');
    expect(sharp.code).toBe(2);
    expect(sharp.err).toContain('"ß"');
    expect(sharp.err).not.toContain('"SS"');
  });
});
