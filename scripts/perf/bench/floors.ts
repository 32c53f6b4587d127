import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { brotliBytes } from '../lib/bundle-size.js';

/** A dataset written in the least a reader needs to rebuild every record, compressed two ways. */
export interface MinimalFloor {
  readonly dataset: 'tradeFlows' | 'partnerShares';
  /** `long`: one row per record; `per-series`: one row per series with its values in a list. */
  readonly layout: 'long' | 'per-series';
  readonly columns: string;
  readonly gzipBytes: number;
  readonly brotliBytes: number;
}

const measure = (
  dataset: MinimalFloor['dataset'],
  layout: MinimalFloor['layout'],
  columns: string,
  rows: string[],
): MinimalFloor => {
  const text = `${[columns, ...rows].join('\n')}\n`;
  return {
    dataset,
    layout,
    columns,
    gzipBytes: gzipSync(text, { level: 9 }).byteLength,
    brotliBytes: brotliBytes(text),
  };
};

/**
 * The minimal CSVs of the two large datasets: only the columns that rebuild
 * the records, no derived column (no share computed from value and world
 * total, no `preferred` flag, no carrier in the sources), values at the
 * precision the data have. Each in a long layout (one row per record) and a
 * per-series layout (one row per series, its yearly values or its ranked
 * rows joined by `;`), the fairest floors for the compact encodings.
 */
export async function minimalFloors(root: string): Promise<MinimalFloor[]> {
  const { tradeFlows } = (await import(join(root, 'dist', 'trade.js'))) as typeof import('../../../src/trade/index.js');
  const { partnerShares } = (await import(
    join(root, 'dist', 'rankings.js')
  )) as typeof import('../../../src/rankings/index.js');
  const tradeLong = tradeFlows.map((f) =>
    [f.reporter, f.partner, f.year, f.flow, f.valueUsd, f.valuation, f.estimated, f.source].join(','),
  );
  const series = new Map<string, string[]>();
  for (const f of tradeFlows) {
    const key = [f.reporter, f.partner, f.flow, f.valuation, f.source].join(',');
    const list = series.get(key) ?? [];
    list.push(`${f.year}:${f.valueUsd}${f.estimated ? 'e' : ''}`);
    series.set(key, list);
  }
  const tradeSeries = [...series].map(([key, values]) => `${key},${values.join(';')}`);
  // A computed row's share is value / world total, so only the paper's printed rows keep share_pct.
  const sharesLong = partnerShares.map((s) =>
    [
      s.reporter,
      s.partner,
      s.period.from,
      s.period.to,
      s.basis,
      s.rank,
      s.valueUsd ?? '',
      s.worldUsd ?? '',
      s.partnerCount ?? '',
      s.valueUsd === null ? s.sharePct : '',
      s.sources.join(' '),
    ].join(','),
  );
  const tables = new Map<string, string[]>();
  for (const s of partnerShares) {
    const key = [
      s.reporter,
      s.period.from,
      s.period.to,
      s.basis,
      s.worldUsd ?? '',
      s.partnerCount ?? '',
      s.sources.join(' '),
    ].join(',');
    const list = tables.get(key) ?? [];
    list.push(`${s.partner}:${s.rank}:${s.valueUsd ?? `=${s.sharePct}`}`);
    tables.set(key, list);
  }
  const sharesSeries = [...tables].map(([key, rows]) => `${key},${rows.join(';')}`);
  return [
    measure('tradeFlows', 'long', 'reporter,partner,year,flow,value_usd,valuation,estimated,source', tradeLong),
    measure('tradeFlows', 'per-series', 'reporter,partner,flow,valuation,source,year:value;…', tradeSeries),
    measure(
      'partnerShares',
      'long',
      'reporter,partner,from,to,basis,rank,value_usd,world_usd,partner_count,share_pct (printed rows only),sources',
      sharesLong,
    ),
    measure(
      'partnerShares',
      'per-series',
      'reporter,from,to,basis,world_usd,partner_count,sources,partner:rank:value;…',
      sharesSeries,
    ),
  ];
}
