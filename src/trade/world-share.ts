import { assertOneOf, assertYear, readOptions } from '../internal/assert.js';
import type { SourceId } from '../sources/types.js';
import { assertPair, assertPartner, assertReporter } from './codes.js';
import { assertSourceOption, assertYearCovered, indexFlows, pairOf, pickFlow } from './flow-index.js';
import type { ShareBasis, TradeFlow, TradePartner, TradeReporter } from './types.js';

/**
 * Options of {@link worldShare}.
 *
 * @example
 * ```ts
 * import { WorldShareOptions } from 'korea-latam/trade';
 * const options: WorldShareOptions = { reporter: 'MEX', partner: 'KOR', year: 2008, basis: 'total' };
 * ```
 * @expand
 */
export interface WorldShareOptions {
  /** Whose statistics to use; defaults to `'KOR'`. */
  readonly reporter?: TradeReporter;
  readonly partner: Exclude<TradePartner, 'WLD'>;
  readonly year: number;
  /** Defaults to `'total'` (exports + imports). */
  readonly basis?: ShareBasis;
  readonly source?: SourceId;
}

/**
 * A partner's share, in percent, of the reporter's trade with the world in
 * one year: partner value ÷ the reporter's world (`WLD`) value, for the same
 * flow, year and source. Returns `undefined` when a value is missing.
 *
 * @param flows - The trade records to read: `tradeFlows`, or your own array of {@link TradeFlow} records (checked, never changed).
 * @param options - The reporter (default `'KOR'`), the partner, the year, the basis (default total) and optionally one source; see {@link WorldShareOptions}.
 * @throws RangeError for unknown codes, a `source` no record has, `'WLD'` as partner, a bad basis, or a
 *   year that is not a whole number or lies outside the reporter's years in `flows`.
 * @throws TypeError when `flows` is not an array of trade flows or `options` not an object.
 * @example
 * ```ts
 * import { tradeFlows, worldShare } from 'korea-latam/trade';
 * worldShare(tradeFlows, { reporter: 'MEX', partner: 'KOR', year: 2008, basis: 'imports' });
 * // about 4.6 (Mexico's imports from Korea ÷ Mexico's imports from the world)
 * ```
 */
export function worldShare(flows: readonly TradeFlow[], options: WorldShareOptions): number | undefined {
  const { reporter = 'KOR', partner, year, basis = 'total', source } = readOptions(options);
  assertReporter(reporter);
  assertPartner(partner);
  assertPair(reporter, partner);
  if ((partner as string) === 'WLD') {
    throw new RangeError(
      `Invalid partner "${partner}" for reporter "${reporter}": choose another economy than the reporter or the world.`,
    );
  }
  assertYear(year, 'year');
  assertOneOf(basis, ['exports', 'imports', 'total'] as const, 'share basis');
  const index = indexFlows(flows);
  assertSourceOption(index, source);
  assertYearCovered(index, [reporter], year);
  const kinds =
    basis === 'total'
      ? (['export', 'import'] as const)
      : basis === 'exports'
        ? (['export'] as const)
        : (['import'] as const);
  let partnerSum = 0;
  let worldSum = 0;
  const partnerRows = pairOf(index, reporter, partner);
  const worldRows = pairOf(index, reporter, 'WLD');
  for (const kind of kinds) {
    const partnerFlow = pickFlow(partnerRows, year, kind, source);
    const chosen = source ?? partnerFlow?.source;
    const worldFlow = chosen === undefined ? undefined : pickFlow(worldRows, year, kind, chosen);
    if (partnerFlow === undefined || worldFlow === undefined) return undefined;
    partnerSum += partnerFlow.valueUsd;
    worldSum += worldFlow.valueUsd;
  }
  return worldSum === 0 ? undefined : (partnerSum / worldSum) * 100;
}
