import { join } from 'node:path';
import type { TradeFlow } from '../../../src/trade/types.js';
import { type CsvRow, fail, readCsv } from '../lib/csv.js';
import { emitModule, parsedJson } from '../lib/emit.js';
import { freshnessBySource } from '../lib/freshness.js';
import { KOSIS_FILE, LAC_CODES, readKosis, TERRITORY_CODES } from './kosis.js';
import type { Schemas } from './types.js';

/** Source ids of the raw files, mapped to bibliography ids. */
export const RAW_SOURCE_IDS: Readonly<Record<string, string>> = {
  IMF_DOTS_2022: 'imf-dots-2022',
  UN_COMTRADE_PLUS: 'un-comtrade-plus',
  PAGE_DAUM_ENC_KOR_BRA: 'page-daum-enc-kor-bra',
  PAGE_MBN_MEX_KOR_2025: 'page-mbn-mex-kor-2025',
};

/** Every source of the trade dataset, for its meta and its data-package entry. */
export const TRADE_SOURCE_IDS = [
  'kosis-kcs-trade',
  'kdiplo',
  'cow-bilateral-trade',
  'imf-dots-2022',
  'un-comtrade-plus',
  'page-daum-enc-kor-bra',
  'page-mbn-mex-kor-2025',
];

/** Reads one raw trade row into a TradeFlow-shaped object (validated later). */
export function rawFlow(row: CsvRow): Record<string, unknown> {
  const v = row.values;
  const source = RAW_SOURCE_IDS[v.source_id ?? ''];
  if (source === undefined) fail(row, 'source_id', 'unknown source id');
  const value = Number(v.value_usd);
  if (v.value_usd === '' || !Number.isFinite(value)) fail(row, 'value_usd', 'not a number');
  const year = Number(v.year);
  if (!Number.isInteger(year)) fail(row, 'year', 'not a whole number');
  const valuation = v.valuation === 'not stated' ? 'not-stated' : v.valuation;
  if (v.estimated !== undefined && v.estimated !== 'true' && v.estimated !== 'false')
    fail(row, 'estimated', 'expected true or false');
  return {
    reporter: v.reporter_iso3,
    partner: v.partner_iso3,
    year,
    flow: v.flow,
    valueUsd: value,
    valuation,
    estimated: v.estimated === 'true',
    source,
    sources: [source],
  };
}

/** Validates rows one by one so a failure names the file and line. */
export function validateRows(rows: readonly CsvRow[], schemas: Schemas): TradeFlow[] {
  return rows.map((row) => {
    try {
      return schemas.parseTradeFlow(rawFlow(row));
    } catch (error) {
      throw new Error(`${row.file}:${row.line}: ${(error as Error).message}`);
    }
  });
}

const TRADE_FILES = ['kor_lac_trade_imf_dots.csv', 'lac_exports_to_kor_uncomtrade.csv', 'kor_lac_trade_2021_2024.csv'];

function encode(flows: readonly TradeFlow[]): string {
  // Written as JSON.parse('…'): much faster to load than the same literal.
  const codes = [...new Set(flows.flatMap((f) => [f.reporter, f.partner]))].sort();
  const sourceLists = [...new Set(flows.map((f) => JSON.stringify(f.sources)))];
  const groups = new Map<string, TradeFlow[]>();
  for (const f of flows) {
    const key = [f.reporter, f.partner, f.flow, f.valuation, f.sources[0]].join('|');
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  // Flat lists of numbers (a gap is -1; every value is at least 0): JSON.parse
  // keeps them unboxed, one array for all values instead of one per series.
  const series: number[] = [];
  const values: number[] = [];
  const estimated: number[] = [];
  for (const list of groups.values()) {
    const sorted = [...list].sort((a, b) => a.year - b.year);
    const first = sorted[0] as TradeFlow;
    const last = sorted[sorted.length - 1] as TradeFlow;
    const years: number[] = Array.from({ length: last.year - first.year + 1 }, () => -1);
    for (const f of sorted) years[f.year - first.year] = f.valueUsd;
    const estimatedYears = sorted.filter((f) => f.estimated).map((f) => f.year);
    series.push(
      codes.indexOf(first.reporter),
      codes.indexOf(first.partner),
      first.flow === 'export' ? 0 : 1,
      ['FOB', 'CIF', 'not-stated'].indexOf(first.valuation),
      sourceLists.indexOf(JSON.stringify(first.sources)),
      first.year,
      years.length,
      estimatedYears.length,
    );
    values.push(...years);
    estimated.push(...estimatedYears);
  }
  return parsedJson({ codes, sources: sourceLists.map((l) => JSON.parse(l)), series, values, estimated });
}

/** Reads, validates and writes the trade dataset; returns the flows. */
export function buildTrade(root: string, schemas: Schemas): readonly TradeFlow[] {
  const rows = TRADE_FILES.flatMap((file) => readCsv(join(root, 'data/trade', file)));
  const region = new Set([...LAC_CODES, ...TERRITORY_CODES, 'WLD']);
  const kosis = readKosis(root)
    .values.filter((v) => region.has(v.partner))
    .map((v) => ({
      reporter: 'KOR',
      partner: v.partner,
      year: v.year,
      flow: v.flow,
      valueUsd: v.valueUsd,
      valuation: v.flow === 'export' ? 'FOB' : 'CIF',
      estimated: false,
      source: v.sources[0],
      sources: v.sources,
    }));
  const flows = schemas.parseTradeFlows([...validateRows(rows, schemas), ...kosis]);
  for (const f of flows) {
    const ok = f.reporter === 'KOR' ? f.partner !== 'KOR' : f.partner === 'KOR' || f.partner === 'WLD';
    if (!ok) throw new Error(`trade: unexpected pair ${f.reporter}→${f.partner} (${f.year})`);
  }
  // Encoding order: by reporter, partner, flow, source, year.
  const sorted = [...flows].sort(
    (a, b) =>
      a.reporter.localeCompare(b.reporter) ||
      a.partner.localeCompare(b.partner) ||
      a.flow.localeCompare(b.flow) ||
      a.source.localeCompare(b.source) ||
      a.year - b.year,
  );
  const coverage = coverageOf(sorted);
  const freshness = freshnessBySource(
    coverage.map((c) => ({ source: c.source ?? null, first: String(c.firstYear), last: String(c.lastYear) })),
    {
      'kosis-kcs-trade': '2025-06-19 (update of the kdiplo package that carries it)',
      'cow-bilateral-trade': '2025-06-19 (carried by the kdiplo package)',
      'imf-dots-2022': 'by 2022-02-02 (early-2022 vintage)',
      'un-comtrade-plus': 'not stated by the repository that carries it',
      'page-daum-enc-kor-bra': 'undated encyclopedia entry, figures "as of 2023"',
      'page-mbn-mex-kor-2025': '2025-08-12 (publication date of the page)',
    },
  );
  const meta = {
    title: 'Merchandise trade between Korea and Latin America & the Caribbean',
    description:
      "Annual goods trade between Korea and each of the 33 LAC countries. Korea's side: Korea Customs Service figures via KOSIS (1965–2023; Correlates of War for earlier or missing cells), also with the 15 Caribbean territories Korea Customs counts in its 'Central and South America' region, and Korea's world totals; and IMF DOTS (1960–2020). Each LAC country's side: IMF DOTS (1960–2020) with its world totals; LAC exports to Korea from UN Comtrade (ten countries, 2000–2024); and four page-level figures for 2023–2024.",
    sources: TRADE_SOURCE_IDS,
    unit: 'current US dollars',
    records: sorted.length,
    coverage,
    retrieved:
      'KOSIS: as carried by the kdiplo package, updated 2025-06-19 (last year 2023); IMF DOTS: downloaded shortly before 2022-02-02 (last year 2020); UN Comtrade: retrieval date not stated; page figures: pages published up to 2025-08-12.',
    freshness,
    license:
      "Data remain subject to their publishers' terms: Korea Customs Service / KOSIS (Korean public data; the kdiplo package is MIT); Correlates of War terms; IMF copyright and terms of use (DOTS); UN Comtrade terms of use; the cited pages' own terms.",
    attribution:
      'Source: Korea Customs Service via KOSIS; IMF Direction of Trade Statistics; UN Comtrade; via korea-latam.',
    gaps: [
      'Korea-reported figures end in 2023 (KOSIS); no source in the data has Korea-reported values for 2024 or later. LAC-reported figures end in 2020 (IMF DOTS), except UN Comtrade exports to Korea to 2024 and two page figures.',
      "Korea Customs' 'Central and South America' region is the 33 CELAC states plus the 15 territories in caribbeanTerritoryCodes; other small territories in the KOSIS table (e.g. Saint Martin, Saint Barthélemy, the Falklands) are not shipped.",
      'KOSIS publishes thousands of US dollars: its values are multiples of 1,000, and a 0 is a published zero (under US$500), not a gap.',
      'Where KOSIS and Correlates of War both have a cell, only the KOSIS value ships (as in the carrier); Correlates of War values ship only where KOSIS has none (1949–2014 cells).',
      'Mexico–Korea 2024 is Mexico-reported and rounded as printed (US$6.16 bn exports, US$23 bn imports).',
      'UN Comtrade covers only exports of ten LAC countries (ARG, BOL, BRA, CHL, COL, ECU, GTM, HND, MEX, PER) to Korea; Honduras has no rows for 2008, 2013 and 2022.',
      'A missing record means the source has no value; it is never zero.',
      'IMF DOTS Korea-reported imports have gaps for small economies (e.g. LCA, CUB, VCT, BRB, HTI, GRD, SUR, KNA).',
    ],
  };
  emitModule(
    join(root, 'src/trade/trade-flows.generated.ts'),
    [...TRADE_FILES.map((f) => `data/trade/${f}`), KOSIS_FILE],
    [
      "import { deepFreeze } from '../internal/deep-freeze.js';",
      "import { decodeTradeFlows } from './decode-trade-flows.js';",
      "import type { TradeFlow, TradeMeta } from './types.js';",
      '',
      '/**',
      ' * Every annual trade value between Korea and the LAC countries, from both',
      " * sides, plus each reporter's world totals (`partner: 'WLD'`). Values are",
      ' * current US dollars exactly as the source gives them; a missing value has',
      ' * no record. Stored compactly and expanded once at import.',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { tradeFlows } from 'korea-latam/trade';",
      " * tradeFlows.filter((f) => f.reporter === 'KOR' && f.partner === 'BRA' && f.year === 2010);",
      ' * ```',
      ' */',
      `export const tradeFlows: readonly TradeFlow[] = /* @__PURE__ */ decodeTradeFlows(${encode(sorted)});`,
      '',
      '/**',
      ' * What the trade dataset is, where it comes from, its unit, coverage and gaps.',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { tradeFlows, tradeMeta } from 'korea-latam/trade';",
      ' * tradeMeta.records === tradeFlows.length; // true',
      ' * ```',
      ' */',
      `export const tradeMeta: TradeMeta = /* @__PURE__ */ deepFreeze(${JSON.stringify(meta, null, 2)});`,
    ].join('\n'),
  );
  return sorted;
}

function coverageOf(flows: readonly TradeFlow[]) {
  const groups = new Map<string, TradeFlow[]>();
  for (const f of flows) {
    const key = `${f.reporter}|${f.source}`;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  return [...groups.entries()].map(([key, list]) => {
    const [reporter, source] = key.split('|');
    const years = list.map((f) => f.year);
    return {
      reporter,
      source,
      firstYear: Math.min(...years),
      lastYear: Math.max(...years),
      partners: [...new Set(list.map((f) => f.partner).filter((p) => p !== 'WLD'))].sort(),
      records: list.length,
    };
  });
}
