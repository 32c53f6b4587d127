import { assertYear, readOptions } from '../internal/assert.js';
import type { SourceId } from '../sources/types.js';
import { assertPair, assertPartner, assertReporter } from './codes.js';
import { assertSourceOption, assertYearCovered, indexFlows, pairOf, pickPair } from './flow-index.js';
import type { TradeBalance, TradeFlow, TradePartner, TradeReporter } from './types.js';

/**
 * Options of {@link tradeBalance}.
 *
 * @example
 * ```ts
 * import { TradeBalanceOptions } from 'korea-latam/trade';
 * const options: TradeBalanceOptions = { reporter: 'KOR', partner: 'MEX', year: 2008 };
 * ```
 * @expand
 */
export interface TradeBalanceOptions {
  /** Whose statistics to use; defaults to `'KOR'`. */
  readonly reporter?: TradeReporter;
  readonly partner: TradePartner;
  readonly year: number;
  /** Use only this source; by default the preferred source that has both flows. */
  readonly source?: SourceId;
}

/**
 * Exports, imports, balance, total and coverage ratio between a reporter and
 * a partner in one year, from the reporter's side. Both values come from one
 * source. Returns `undefined` when either flow is missing that year — a gap
 * is never filled with zero.
 *
 * @param flows - The trade records to read: `tradeFlows`, or your own array of {@link TradeFlow} records (checked, never changed).
 * @param options - The reporter (default `'KOR'`), the partner, the year and an optional single source; see {@link TradeBalanceOptions}.
 * @throws RangeError for an unknown reporter or partner code, a pair the
 *   dataset cannot hold (a reporter equal to the partner, two LAC countries),
 *   a `source` that no record of `flows` has, a year that is not a whole
 *   number, or a year outside the years the reporter has data for in `flows`.
 * @throws TypeError when `flows` is not an array of trade flows (naming the
 *   bad record and field) or `options` is not an object.
 * @example
 * ```ts
 * import { tradeFlows, tradeBalance } from 'korea-latam/trade';
 * const b = tradeBalance(tradeFlows, { partner: 'MEX', year: 2008 });
 * b?.exportsUsd; // 9089949000 (Korea's exports to Mexico, as Korea reports them: Korea Customs via KOSIS)
 * b && b.balanceUsd > 0; // true: a Korean surplus
 * ```
 */
export function tradeBalance(flows: readonly TradeFlow[], options: TradeBalanceOptions): TradeBalance | undefined {
  const { reporter = 'KOR', partner, year, source } = readOptions(options);
  assertReporter(reporter);
  assertPartner(partner);
  assertPair(reporter, partner);
  assertYear(year, 'year');
  const index = indexFlows(flows);
  assertSourceOption(index, source);
  if (!index.years.has(reporter)) return undefined;
  assertYearCovered(index, [reporter], year);
  const pair = pickPair(pairOf(index, reporter, partner), year, source);
  if (pair === undefined) return undefined;
  return balanceOf(...pair);
}

/** Builds a {@link TradeBalance} from an export and an import record. */
export function balanceOf(exportFlow: TradeFlow, importFlow: TradeFlow, source: SourceId): TradeBalance {
  const exportsUsd = exportFlow.valueUsd;
  const importsUsd = importFlow.valueUsd;
  return {
    exportsUsd,
    importsUsd,
    balanceUsd: exportsUsd - importsUsd,
    totalUsd: exportsUsd + importsUsd,
    coverageRatio: importsUsd === 0 ? null : exportsUsd / importsUsd,
    source,
    estimated: exportFlow.estimated || importFlow.estimated,
  };
}
