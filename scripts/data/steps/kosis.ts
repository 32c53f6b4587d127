import { join } from 'node:path';
import { caribbeanTerritoryCodes } from '../../../src/trade/regions.js';
import { type CsvRow, fail, readCsv } from '../lib/csv.js';

/** The raw Korea Customs (KOSIS) file, as copied from the research collection. */
export const KOSIS_FILE = 'data/trade/kor_all_partners_kosis_kdiplo.csv';

/** The 33 CELAC states, as in the trade provenance notes. */
export const LAC_CODES =
  'ATG ARG BHS BRB BLZ BOL BRA CHL COL CRI CUB DMA DOM ECU SLV GRD GTM GUY HTI HND JAM MEX NIC PAN PRY PER KNA LCA VCT SUR TTO URY VEN'.split(
    ' ',
  );

/** The territories Korea Customs counts in "Central and South America": the library's own list. */
export const TERRITORY_CODES: readonly string[] = caribbeanTerritoryCodes;

/** Source ids: the publisher whose figure it is, then the carrier it was read through. */
export const KOSIS_SOURCES = ['kosis-kcs-trade', 'kdiplo'] as const;
export const COW_SOURCES = ['cow-bilateral-trade', 'kdiplo'] as const;

/** One value of the KOSIS file: Korea's exports to or imports from a partner (or the world). */
export interface KosisValue {
  readonly partner: string;
  readonly year: number;
  readonly flow: 'export' | 'import';
  readonly valueUsd: number;
  readonly sources: readonly string[];
}

function amount(row: CsvRow, field: string): number | undefined {
  const text = row.values[field];
  if (text === 'NA') return undefined;
  if (text === undefined || !/^\d+(\.\d+)?$/.test(text)) fail(row, field, 'expected a number of US dollars or NA');
  return Number(text);
}

/**
 * Reads every value of the KOSIS file with the source it came from: the
 * `*_kosis` column where it has a value, else the `*_cow` column (the rule the
 * carrier's merged `export`/`import` columns follow, checked on every row);
 * world totals from `total_export`/`total_import` (KOSIS, per the carrier's
 * documentation), checked to be the same on every row of a year. The
 * carrier's own `*_cons_2015` columns are never read.
 */
export function readKosis(root: string): { values: KosisValue[]; rows: number } {
  const rows = readCsv(join(root, KOSIS_FILE));
  const values: KosisValue[] = [];
  const world = new Map<number, string>();
  for (const row of rows) {
    const partner = row.values.iso3c ?? '';
    if (!/^[A-Z]{3}$/.test(partner)) fail(row, 'iso3c', 'expected an ISO alpha-3 code');
    const year = Number(row.values.year);
    if (!Number.isInteger(year)) fail(row, 'year', 'not a whole number');
    for (const flow of ['export', 'import'] as const) {
      const kosis = amount(row, `${flow}_kosis`);
      const cow = amount(row, `${flow}_cow`);
      const merged = amount(row, flow);
      if (merged !== (kosis ?? cow)) fail(row, flow, 'differs from the KOSIS value, else the COW value');
      if (kosis !== undefined) values.push({ partner, year, flow, valueUsd: kosis, sources: KOSIS_SOURCES });
      else if (cow !== undefined) values.push({ partner, year, flow, valueUsd: cow, sources: COW_SOURCES });
    }
    const totals = `${row.values.total_export}|${row.values.total_import}`;
    const seen = world.get(year);
    if (seen !== undefined && seen !== totals) fail(row, 'total_export', `world totals differ within ${year}`);
    if (seen === undefined) {
      world.set(year, totals);
      for (const flow of ['export', 'import'] as const) {
        const total = amount(row, `total_${flow}`);
        if (total !== undefined) values.push({ partner: 'WLD', year, flow, valueUsd: total, sources: KOSIS_SOURCES });
      }
    }
  }
  return { values, rows: rows.length };
}
