/**
 * Korea's bilateral merchandise trade with every LAC country, from both
 * sides, year by year, with helpers for balances, mirror gaps, regional
 * aggregates, growth and shares of world trade.
 *
 * @example
 * ```ts
 * import { tradeFlows, tradeBalance, balanceSeries } from 'korea-latam/trade';
 * tradeBalance(tradeFlows, { partner: 'MEX', year: 2008 })?.balanceUsd;
 * balanceSeries(tradeFlows, { partner: 'BRA', from: 2000, to: 2020 });
 * ```
 * @module korea-latam/trade
 */
export type { AggregateBaseOptions, AggregateOptions } from './aggregate.js';
export { aggregate } from './aggregate.js';
export type { BalanceSeriesOptions } from './balance-series.js';
export { balanceSeries } from './balance-series.js';
export { tradePartnerCodes, tradeReporterCodes } from './codes.js';
export type { FlowSeriesOptions, FlowSeriesRow } from './flow-series.js';
export { flowSeries } from './flow-series.js';
export type { FlowQuery } from './flows-where.js';
export { flowsWhere } from './flows-where.js';
export type { YearOverYearRow, YearValue } from './growth.js';
export { cagr, yearOverYear } from './growth.js';
export type { MirrorOptions } from './mirror.js';
export { mirror } from './mirror.js';
export { preferredFlows } from './preferred-flows.js';
export { caribbeanTerritoryCodes, tradeRegionIds, tradeRegionMembers } from './regions.js';
export { tradeSourcePreference } from './source-preference.js';
export type { TradeBalanceOptions } from './trade-balance.js';
export { tradeBalance } from './trade-balance.js';
export { tradeFlows, tradeMeta } from './trade-flows.generated.js';
export type {
  AggregateBy,
  AggregateGroup,
  AggregateGroupOf,
  AggregateRow,
  BalanceRow,
  CaribbeanTerritoryCode,
  MirrorDirection,
  MirrorRow,
  ShareBasis,
  TradeBalance,
  TradeCoverage,
  TradeFlow,
  TradeFlowKind,
  TradeMeta,
  TradePartner,
  TradeRegionEconomy,
  TradeRegionId,
  TradeReporter,
  Valuation,
} from './types.js';
export type { WorldShareOptions } from './world-share.js';
export { worldShare } from './world-share.js';
