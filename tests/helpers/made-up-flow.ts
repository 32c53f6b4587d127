import type { SourceId } from '../../src/sources/types.js';
import type { TradeFlow } from '../../src/trade/index.js';

/**
 * A made-up trade record for rule tests: Korea reporting, IMF DOTS, not
 * estimated, valued FOB for an export and CIF for an import, unless the
 * fields given say otherwise. `sources` follows `source`.
 *
 * @example
 * ```ts
 * madeUpFlow({ partner: 'PER', year: 2010, flow: 'export', valueUsd: 50 }).valuation; // 'FOB'
 * ```
 */
export function madeUpFlow(
  fields: Pick<TradeFlow, 'partner' | 'year' | 'flow' | 'valueUsd'> & Partial<TradeFlow>,
): TradeFlow {
  const source: SourceId = fields.source ?? 'imf-dots-2022';
  return {
    reporter: 'KOR',
    valuation: fields.flow === 'export' ? 'FOB' : 'CIF',
    estimated: false,
    ...fields,
    source,
    sources: [source],
  } as TradeFlow;
}
