import type { BlocId, LacCountryCode, Subregion, WorldCode } from '../countries/types.js';
import type { SourceFreshness, SourceId } from '../sources/types.js';

/** An economy that reports trade in this dataset: Korea or a LAC country. */
export type TradeReporter = 'KOR' | LacCountryCode;

/**
 * A Caribbean or South American territory that is not a CELAC state but that
 * Korea Customs reports, and counts in its "Central and South America" region.
 */
export type CaribbeanTerritoryCode =
  | 'ABW'
  | 'AIA'
  | 'BES'
  | 'BMU'
  | 'CUW'
  | 'CYM'
  | 'GLP'
  | 'GUF'
  | 'MSR'
  | 'MTQ'
  | 'PRI'
  | 'SXM'
  | 'TCA'
  | 'VGB'
  | 'VIR';

/**
 * A trade partner in this dataset: Korea, a LAC country, a Caribbean
 * territory (reported by Korea only), or the world total.
 */
export type TradePartner = 'KOR' | LacCountryCode | CaribbeanTerritoryCode | WorldCode;

/**
 * A region a Korea–LAC total is for: `celac` (the 33 CELAC states) or
 * `central-and-south-america` (Korea Customs' 중남미: CELAC plus the Caribbean
 * territories), the region of Korean official figures.
 */
export type TradeRegionId = 'celac' | 'central-and-south-america';

/** `export`: the reporter's exports to the partner; `import`: its imports from the partner. */
export type TradeFlowKind = 'export' | 'import';

/**
 * How the value is measured: `FOB` (free on board, usual for exports), `CIF`
 * (cost, insurance and freight, usual for imports), or `not-stated` when the
 * source does not say.
 */
export type Valuation = 'FOB' | 'CIF' | 'not-stated';

/**
 * One annual merchandise trade value, as one economy reports it.
 *
 * Korea's exports to Mexico (reported by Korea) and Mexico's imports from
 * Korea (reported by Mexico) are two different records, and both are real.
 *
 * @example
 * ```ts
 * import { tradeFlows, TradeFlow } from 'korea-latam/trade';
 * const row: TradeFlow | undefined = tradeFlows.find(
 *   (f) => f.reporter === 'KOR' && f.partner === 'MEX' && f.year === 2008 && f.flow === 'export',
 * );
 * row?.valueUsd; // 9089949001 (the first match: IMF DOTS)
 * ```
 */
export interface TradeFlow {
  readonly reporter: TradeReporter;
  readonly partner: TradePartner;
  readonly year: number;
  readonly flow: TradeFlowKind;
  /** Current US dollars (not thousands, not millions), as the source gives them. */
  readonly valueUsd: number;
  readonly valuation: Valuation;
  /** `true` where the source marks the value as its own estimate (IMF's "e"). */
  readonly estimated: boolean;
  /**
   * The publisher whose figure this is (`kosis-kcs-trade`, `imf-dots-2022`,
   * `un-comtrade-plus`, `cow-bilateral-trade`, or a page). Together with
   * reporter, partner, year and flow it is the record's key.
   */
  readonly source: SourceId;
  /** Every work to cite for the value: `source` first, then any carrier it was read through. */
  readonly sources: readonly SourceId[];
}

/**
 * Coverage of one reporter in a trade dataset.
 *
 * @example
 * ```ts
 * import { tradeMeta, TradeCoverage } from 'korea-latam/trade';
 * const korea: TradeCoverage | undefined = tradeMeta.coverage.find((c) => c.reporter === 'KOR');
 * ```
 */
export interface TradeCoverage {
  readonly reporter: TradeReporter;
  readonly source: SourceId;
  readonly firstYear: number;
  readonly lastYear: number;
  /** Partners with at least one value, the world total excluded. */
  readonly partners: readonly TradePartner[];
  readonly records: number;
}

/**
 * Metadata of a dataset: what it is, where it comes from, its unit and
 * coverage, and when its sources were retrieved.
 *
 * @example
 * ```ts
 * import { tradeMeta, TradeMeta } from 'korea-latam/trade';
 * const meta: TradeMeta = tradeMeta;
 * meta.unit; // 'current US dollars'
 * ```
 */
export interface TradeMeta {
  readonly title: string;
  readonly description: string;
  readonly sources: readonly SourceId[];
  readonly unit: 'current US dollars';
  readonly records: number;
  readonly coverage: readonly TradeCoverage[];
  /** When the source data were retrieved, as far as the provenance says. */
  readonly retrieved: string;
  /** Per source, the first and last year covered and when it was retrieved. */
  readonly freshness: readonly SourceFreshness[];
  readonly license: string;
  readonly attribution: string;
  readonly gaps: readonly string[];
}

/**
 * Exports, imports and the balance between a reporter and a partner in one
 * year, from the reporter's side.
 *
 * @example
 * ```ts
 * import { tradeFlows, tradeBalance, TradeBalance } from 'korea-latam/trade';
 * const b: TradeBalance | undefined = tradeBalance(tradeFlows, { partner: 'MEX', year: 2008 });
 * ```
 */
export interface TradeBalance {
  readonly exportsUsd: number;
  readonly importsUsd: number;
  /** Exports minus imports: positive is a surplus for the reporter. */
  readonly balanceUsd: number;
  /** Exports plus imports. */
  readonly totalUsd: number;
  /** Exports divided by imports; `null` when imports are zero. */
  readonly coverageRatio: number | null;
  /** The source both values come from. */
  readonly source: SourceId;
  /** `true` if either value is a source estimate. */
  readonly estimated: boolean;
}

/**
 * A {@link TradeBalance} for one year of a series.
 *
 * @example
 * ```ts
 * import { tradeFlows, balanceSeries, BalanceRow } from 'korea-latam/trade';
 * const rows: BalanceRow[] = balanceSeries(tradeFlows, { partner: 'BRA', from: 2000, to: 2005 });
 * ```
 */
export interface BalanceRow extends TradeBalance {
  readonly year: number;
}

/**
 * Which way the goods go in a {@link MirrorRow}: `korea-to-partner` compares
 * Korea's exports with the partner's imports from Korea;
 * `partner-to-korea` compares the partner's exports with Korea's imports.
 */
export type MirrorDirection = 'korea-to-partner' | 'partner-to-korea';

/**
 * The same flow of goods as Korea reports it and as the partner reports it.
 *
 * @example
 * ```ts
 * import { tradeFlows, mirror, MirrorRow } from 'korea-latam/trade';
 * const rows: MirrorRow[] = mirror(tradeFlows, { partner: 'MEX', year: 2008 });
 * ```
 */
export interface MirrorRow {
  readonly year: number;
  readonly direction: MirrorDirection;
  /** Korea's exports (FOB) or imports (CIF); `null` when Korea reports none. */
  readonly koreaReportedUsd: number | null;
  /** The partner's imports (CIF) or exports (FOB); `null` when it reports none. */
  readonly partnerReportedUsd: number | null;
  /** Partner-reported minus Korea-reported; `null` unless both exist. */
  readonly gapUsd: number | null;
  /** The gap as a percentage of the Korea-reported value; `null` unless both exist and Korea's is not zero. */
  readonly gapPct: number | null;
  /** The source of the Korea-reported value; `null` when there is none. */
  readonly koreaSource: SourceId | null;
  /** The source of the partner-reported value; `null` when there is none. */
  readonly partnerSource: SourceId | null;
  readonly estimated: boolean;
}

/** How {@link aggregate} groups flows. */
export type AggregateBy = 'year' | 'partner' | 'subregion' | 'bloc';

/**
 * An economy of a trade region: a CELAC state or a Caribbean territory that
 * Korea Customs reports (see {@link tradeRegionMembers}).
 */
export type TradeRegionEconomy = LacCountryCode | CaribbeanTerritoryCode;

/**
 * What {@link aggregate} puts in a row's `group` for each `by`: the region id
 * for `'year'`, the economy's code for `'partner'`, the subregion for
 * `'subregion'` and the bloc id for `'bloc'`.
 *
 * @example
 * ```ts
 * import type { AggregateGroupOf } from 'korea-latam/trade';
 * const group: AggregateGroupOf['bloc'] = 'MERCOSUR';
 * ```
 */
export interface AggregateGroupOf {
  readonly year: TradeRegionId;
  readonly partner: TradeRegionEconomy;
  readonly subregion: Subregion;
  readonly bloc: BlocId;
}

/** Any value of an {@link AggregateRow}'s `group`. */
export type AggregateGroup = AggregateGroupOf[AggregateBy];

/**
 * Totals of one group in one year, from {@link aggregate}.
 *
 * @example
 * ```ts
 * import { tradeFlows, aggregate, AggregateRow } from 'korea-latam/trade';
 * const rows: AggregateRow<'celac' | 'central-and-south-america'>[] = aggregate(tradeFlows, { by: 'year' });
 * ```
 */
export interface AggregateRow<G extends AggregateGroup = AggregateGroup> {
  /**
   * The region id (`'celac'` or `'central-and-south-america'`) for `by: 'year'`, else the partner code, subregion or
   * bloc id; typed by `by` (see {@link AggregateGroupOf}).
   */
  readonly group: G;
  readonly year: number;
  readonly exportsUsd: number;
  readonly importsUsd: number;
  readonly balanceUsd: number;
  readonly totalUsd: number;
  /** How many economies contributed an export value, and an import value. */
  readonly exportCount: number;
  readonly importCount: number;
  /** How many of the summed values are source estimates. */
  readonly estimatedCount: number;
}

/** What a share is a share of: exports, imports, or total trade (exports + imports). */
export type ShareBasis = 'exports' | 'imports' | 'total';
