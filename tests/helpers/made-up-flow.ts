import type { TradeFlow, TradeFlowKind } from '../../src/trade/index.js';

/** The fields a made-up record states; codes and sources are plain strings, so a test may use any. */
export interface MadeUpFields {
  readonly reporter?: string;
  readonly partner: string;
  readonly year: number;
  readonly flow: TradeFlowKind;
  readonly valueUsd: number;
  readonly valuation?: string;
  readonly estimated?: boolean;
  readonly source?: string;
  readonly sources?: readonly string[];
}

/**
 * A made-up trade record for rule tests, small enough to work out by hand:
 * Korea reporting, not estimated, valued FOB for an export and CIF for an
 * import, from IMF DOTS, unless the fields say otherwise. `source` and
 * `sources` follow each other when only one is given.
 *
 * @example
 * ```ts
 * madeUpFlow({ partner: 'PER', year: 2010, flow: 'import', valueUsd: 5 }).valuation; // 'CIF'
 * ```
 */
export function madeUpFlow(fields: MadeUpFields): TradeFlow {
  const source = fields.source ?? fields.sources?.[0] ?? 'imf-dots-2022';
  return {
    reporter: 'KOR',
    valuation: fields.flow === 'export' ? 'FOB' : 'CIF',
    estimated: false,
    ...fields,
    source,
    sources: fields.sources ?? [source],
  } as TradeFlow;
}
