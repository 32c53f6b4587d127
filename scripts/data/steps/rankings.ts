import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PartnerShare } from '../../../src/rankings/types.js';
import { fail, readCsv } from '../lib/csv.js';
import { emitModule, parsedJson } from '../lib/emit.js';
import { freshnessBySource } from '../lib/freshness.js';
import { KOSIS_FILE, KOSIS_SOURCES, readKosis } from './kosis.js';
import { rawFlow } from './trade.js';
import type { Schemas } from './types.js';

const FILES = ['lac6_all_partners_imf_dots.csv', 'kor_all_partners_imf_dots.csv'];
const REPORTERS = ['KOR', 'MEX', 'BRA', 'CHL', 'ARG', 'PER', 'COL'];
const LAC =
  'ATG ARG BHS BRB BLZ BOL BRA CHL COL CRI CUB DMA DOM ECU SLV GRD GTM GUY HTI HND JAM MEX NIC PAN PRY PER KNA LCA VCT SUR TTO URY VEN'.split(
    ' ',
  );
/** Top partners kept per computed table. */
export const TOP_N = 10;
/** Multi-year periods computed besides single years (the paper's span). */
export const PERIODS = [{ from: 2007, to: 2009 }];
const BASES = ['exports', 'imports', 'total'] as const;

interface Table {
  reporter: string;
  from: number;
  to: number;
  basis: (typeof BASES)[number];
  worldUsd: number;
  partnerCount: number;
  rows: { partner: string; rank: number; valueUsd: number }[];
  sources: readonly string[];
}

/** Sums of a reporter's values by partner over a set of years, for a basis. */
function sums(
  values: Map<string, number>,
  reporter: string,
  years: number[],
  basis: Table['basis'],
): Map<string, number> {
  const out = new Map<string, number>();
  const flows = basis === 'total' ? ['export', 'import'] : [basis === 'exports' ? 'export' : 'import'];
  for (const [key, value] of values) {
    const [r, partner, year, flow] = key.split('|') as [string, string, string, string];
    if (r !== reporter || !years.includes(Number(year)) || !flows.includes(flow)) continue;
    out.set(partner, (out.get(partner) ?? 0) + value);
  }
  return out;
}

/** Competition ranking (1, 2, 2, 4) on descending value. */
function rank(entries: [string, number][]): { partner: string; rank: number; valueUsd: number }[] {
  const sorted = [...entries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  let current = 0;
  return sorted.map(([partner, valueUsd], i) => {
    if (i === 0 || valueUsd !== sorted[i - 1]?.[1]) current = i + 1;
    return { partner, rank: current, valueUsd };
  });
}

const DOTS_SOURCES: readonly string[] = ['imf-dots-2022'];

/** Ranks every reporter's partners for every period and basis from one source's values. */
function computeTables(
  values: Map<string, number>,
  reporters: readonly string[],
  periods: readonly { from: number; to: number }[],
  sources: readonly string[],
  /** Where the source's partner values sum above its own world total: tolerated and listed, or a build error. */
  above?: string[],
): Table[] {
  const tables: Table[] = [];
  for (const reporter of reporters) {
    for (const period of periods) {
      const years = Array.from({ length: period.to - period.from + 1 }, (_, i) => period.from + i);
      for (const basis of BASES) {
        const partnerSums = sums(values, reporter, years, basis);
        const worldUsd = partnerSums.get('WLD');
        partnerSums.delete('WLD');
        if (worldUsd === undefined || partnerSums.size === 0) continue;
        const ranked = rank([...partnerSums.entries()]);
        const keep = ranked.filter(
          (r, i) => i < TOP_N || (reporter === 'KOR' ? LAC.includes(r.partner) : r.partner === 'KOR'),
        );
        const partnerTotal = [...partnerSums.values()].reduce((a, b) => a + b, 0);
        if (partnerTotal > worldUsd) {
          const what = `${reporter} ${period.from === period.to ? period.from : `${period.from}–${period.to}`} ${basis}: partners sum to ${partnerTotal.toLocaleString('en-US')} against a world total of ${worldUsd.toLocaleString('en-US')}`;
          if (above === undefined) throw new Error(`rankings (${sources[0]}): ${what}`);
          above.push(what);
        }
        tables.push({ reporter, ...period, basis, worldUsd, partnerCount: ranked.length, rows: keep, sources });
      }
    }
  }
  return tables;
}

/** Computes and writes the rankings dataset; returns all shipped rows. */
export function buildRankings(root: string, schemas: Schemas): readonly PartnerShare[] {
  const rows = FILES.flatMap((f) => readCsv(join(root, 'data/rankings', f)));
  const values = new Map<string, number>();
  let firstYear = Number.POSITIVE_INFINITY;
  let lastYear = 0;
  for (const row of rows) {
    const flow = rawFlow(row) as { reporter: string; partner: string; year: number; flow: string; valueUsd: number };
    if (!REPORTERS.includes(flow.reporter)) fail(row, 'reporter_iso3', 'not a ranking reporter');
    if (flow.partner !== 'WLD' && !schemas.CountryCodeSchema.safeParse(flow.partner).success)
      fail(row, 'partner_iso3', 'unknown code');
    if (flow.flow !== 'export' && flow.flow !== 'import') fail(row, 'flow', 'expected export or import');
    if (flow.valueUsd < 0) fail(row, 'value_usd', 'negative');
    const key = `${flow.reporter}|${flow.partner}|${flow.year}|${flow.flow}`;
    if (values.has(key)) fail(row, 'partner_iso3', 'duplicate reporter/partner/year/flow');
    values.set(key, flow.valueUsd);
    firstYear = Math.min(firstYear, flow.year);
    lastYear = Math.max(lastYear, flow.year);
  }
  const periods = [
    ...Array.from({ length: lastYear - firstYear + 1 }, (_, i) => ({ from: firstYear + i, to: firstYear + i })),
    ...PERIODS,
  ];
  const dotsTables = computeTables(values, REPORTERS, periods, DOTS_SOURCES);
  // Korea's own customs figures (KOSIS), every partner: the same years as DOTS
  // and on to the file's last year, so both are reachable where both exist.
  const kosisValues = new Map<string, number>();
  let kosisLast = 0;
  for (const v of readKosis(root).values) {
    if (v.sources[0] !== KOSIS_SOURCES[0] || v.year < firstYear) continue;
    kosisValues.set(`KOR|${v.partner}|${v.year}|${v.flow}`, v.valueUsd);
    kosisLast = Math.max(kosisLast, v.year);
  }
  const kosisPeriods = [
    ...Array.from({ length: kosisLast - firstYear + 1 }, (_, i) => ({ from: firstYear + i, to: firstYear + i })),
    ...PERIODS,
  ];
  const kosisAbove: string[] = [];
  const kosisTables = computeTables(kosisValues, ['KOR'], kosisPeriods, KOSIS_SOURCES, kosisAbove);
  for (const t of kosisTables) {
    for (const r of t.rows) {
      if (!schemas.CountryCodeSchema.safeParse(r.partner).success)
        throw new Error(`rankings: KOSIS partner ${r.partner} (${t.from}) is kept but is not a known country code`);
    }
  }
  const tables = [...dotsTables, ...kosisTables];
  const codes = [...new Set(tables.flatMap((t) => [t.reporter, ...t.rows.map((r) => r.partner)]))].sort();
  const sourceLists = [DOTS_SOURCES, KOSIS_SOURCES];
  const encoded = {
    codes,
    sources: sourceLists,
    // Flat lists of numbers: JSON.parse keeps them unboxed and makes one array
    // for all rows instead of one per row, which is most of the decoding cost.
    tables: tables.flatMap((t) => [
      codes.indexOf(t.reporter),
      t.from,
      t.to,
      BASES.indexOf(t.basis),
      t.worldUsd,
      t.partnerCount,
      sourceLists.indexOf(t.sources),
      t.rows.length,
    ]),
    rows: tables.flatMap((t) => t.rows.flatMap((r) => [codes.indexOf(r.partner), r.rank, r.valueUsd])),
  };
  const paper = JSON.parse(readFileSync(join(root, 'data/rankings/paper-mexico-table.json'), 'utf8'));
  const paperRows = paper.rows.map((r: { partner: string; rank: number; sharePct: number }) => ({
    reporter: paper.reporter,
    partner: r.partner,
    period: paper.period,
    basis: paper.basis,
    sharePct: r.sharePct,
    rank: r.rank,
    valueUsd: null,
    worldUsd: null,
    partnerCount: null,
    sources: paper.sources,
    note: paper.note,
  }));
  // Validate every shipped row with the schema, as the user would receive it.
  const computed = tables.flatMap((t) =>
    t.rows.map((r) => ({
      reporter: t.reporter,
      partner: r.partner,
      period: { from: t.from, to: t.to },
      basis: t.basis,
      sharePct: (r.valueUsd / t.worldUsd) * 100,
      rank: r.rank,
      valueUsd: r.valueUsd,
      worldUsd: t.worldUsd,
      partnerCount: t.partnerCount,
      sources: [...t.sources],
    })),
  );
  const all = schemas.parsePartnerShares([...paperRows, ...computed]);
  const freshness = freshnessBySource(
    all.flatMap((r) =>
      r.sources.map((source) => ({ source, first: String(r.period.from), last: String(r.period.to) })),
    ),
    {
      'imf-dots-2022': 'by 2022-02-02 (early-2022 vintage)',
      'kosis-kcs-trade': '2025-06-19 (update of the kdiplo package that carries it)',
      kdiplo: '2025-06-19 (package update)',
      'lopez-aymes-2012': 'the paper, March 2012 (its printed table)',
    },
  );
  const meta = {
    title: 'Partner shares and ranks for Korea and six LAC economies',
    description: `Each reporter's partners ranked by share of its trade with the world (exports, imports, total), for single years and for ${PERIODS.map((p) => `${p.from}–${p.to}`).join(', ')} (summed values); each table keeps the top ${TOP_N} partners plus Korea (for LAC reporters) or every LAC country (for Korea). Tables from IMF DOTS for all seven reporters, ${firstYear}–${lastYear}; for Korea also tables from Korea Customs via KOSIS, ${firstYear}–${kosisLast}, with every partner Korea Customs reports. Where a year has both, the default table for Korea is IMF DOTS (source option 'kosis-kcs-trade' selects the other); from ${lastYear + 1} only KOSIS exists. Also the paper's own Mexico table as printed.`,
    sources: ['imf-dots-2022', 'kosis-kcs-trade', 'kdiplo', 'lopez-aymes-2012'],
    unit: "percent of the reporter's trade with the world",
    records: all.length,
    reporters: REPORTERS,
    years: { from: firstYear, to: kosisLast },
    periods: PERIODS,
    topN: TOP_N,
    retrieved:
      'IMF DOTS: downloaded shortly before 2022-02-02 (last year 2020); KOSIS: as carried by the kdiplo package, updated 2025-06-19 (last year 2023).',
    freshness,
    license:
      "IMF statistics, subject to the IMF's copyright and terms of use; Korea Customs Service / KOSIS figures are Korean public data (carried by the MIT-licensed kdiplo package).",
    attribution:
      'Source: IMF Direction of Trade Statistics; Korea Customs Service via KOSIS; López Aymes (2012); via korea-latam.',
    gaps: [
      ...kosisAbove.map(
        (what) =>
          `KOSIS, ${what} (US$). Shares use the published world total as it is, so they add up to slightly more than 100%.`,
      ),
      'KOSIS tables rank only partners with a KOSIS value; Correlates of War values in the same file are not used for rankings.',
    ],
  };
  emitModule(
    join(root, 'src/rankings/partner-shares.generated.ts'),
    [...FILES.map((f) => `data/rankings/${f}`), KOSIS_FILE, 'data/rankings/paper-mexico-table.json'],
    [
      "import { deepFreeze } from '../internal/deep-freeze.js';",
      "import { decodePartnerShares } from './decode-partner-shares.js';",
      "import type { PartnerShare, RankingsMeta } from './types.js';",
      '',
      '/**',
      " * The paper's Mexico partner table exactly as printed (2007–2009, citing the",
      ' * Mexican Ministry of Economy), with the paper as its source.',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { paperMexicoTable } from 'korea-latam/rankings';",
      " * paperMexicoTable.map((r) => r.partner + ' ' + r.sharePct + '%'); // ['USA 65%', 'CHN 6%', 'JPN 3%', 'DEU 2.8%', 'CAN 2.7%', 'KOR 2%']",
      ' * ```',
      ' */',
      `export const paperMexicoTable: readonly PartnerShare[] = /* @__PURE__ */ deepFreeze(${JSON.stringify(paperRows, null, 2)});`,
      '',
      '/**',
      " * Every shipped partner-table row: the paper's Mexico table, then the tables",
      ' * computed from IMF DOTS and, for Korea, from Korea Customs via KOSIS (one per',
      ' * reporter, period, basis and source).',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { partnerShares } from 'korea-latam/rankings';",
      " * partnerShares.filter((s) => s.reporter === 'BRA' && s.partner === 'KOR' && s.basis === 'total');",
      ' * ```',
      ' */',
      `export const partnerShares: readonly PartnerShare[] = /* @__PURE__ */ decodePartnerShares(\n  ${parsedJson(encoded)},\n  paperMexicoTable,\n);`,
      '',
      '/**',
      ' * What the rankings dataset is, where it comes from, and what it covers.',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { rankingsMeta } from 'korea-latam/rankings';",
      ' * rankingsMeta.years; // { from: 1990, to: 2023 }',
      ' * ```',
      ' */',
      `export const rankingsMeta: RankingsMeta = /* @__PURE__ */ deepFreeze(${JSON.stringify(meta, null, 2)});`,
    ].join('\n'),
  );
  return all;
}
