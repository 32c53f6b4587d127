import * as z from 'zod';
import { caribbeanTerritoryCodes } from '../trade/regions.js';
import type { TradeFlow } from '../trade/types.js';
import { LacCountryCodeSchema, SourceIdSchema, SourcesFieldSchema } from './common.js';
import { parseWith } from './parse-with.js';

const ReporterSchema = z.union([z.literal('KOR'), LacCountryCodeSchema]);
const TerritorySchema = z.enum(caribbeanTerritoryCodes);
const PartnerSchema = z.union([z.literal('KOR'), LacCountryCodeSchema, TerritorySchema, z.literal('WLD')]);

/**
 * Schema of a {@link TradeFlow}: known codes, a whole-number year between
 * 1948 and 2100, a finite non-negative value in US dollars, reporter ≠ partner,
 * a valuation that matches the flow where one is stated, `source` listed first
 * in `sources`, and Caribbean territories only as Korea's partners.
 *
 * @example
 * ```ts
 * import { TradeFlowSchema } from 'korea-latam/schemas';
 * TradeFlowSchema.safeParse({ reporter: 'KOR', partner: 'MEX', year: 2008, flow: 'export',
 *   valueUsd: -1, valuation: 'FOB', estimated: false, source: 'imf-dots-2022', sources: ['imf-dots-2022'] }).success; // false
 * ```
 */
export const TradeFlowSchema: z.ZodType<TradeFlow> = z
  .object({
    reporter: ReporterSchema,
    partner: PartnerSchema,
    year: z.number().int().min(1948).max(2100),
    flow: z.enum(['export', 'import']),
    valueUsd: z.number().finite().nonnegative(),
    valuation: z.enum(['FOB', 'CIF', 'not-stated']),
    estimated: z.boolean(),
    source: SourceIdSchema,
    sources: SourcesFieldSchema,
  })
  .strict()
  .refine((f) => (f.reporter as string) !== f.partner, {
    message: 'reporter and partner must differ',
    path: ['partner'],
  })
  .refine((f) => f.sources[0] === f.source, {
    message: 'sources must start with the source the value comes from',
    path: ['sources'],
  })
  .refine((f) => f.reporter === 'KOR' || !TerritorySchema.safeParse(f.partner).success, {
    message: 'only Korea reports trade with the Caribbean territories',
    path: ['partner'],
  })
  .refine((f) => f.valuation === 'not-stated' || (f.flow === 'export') === (f.valuation === 'FOB'), {
    message: 'exports are valued FOB and imports CIF in these sources',
    path: ['valuation'],
  });

/**
 * Validates one trade flow.
 *
 * @throws {ValidationError} listing every problem with its path.
 * @example
 * ```ts
 * import { parseTradeFlow } from 'korea-latam/schemas';
 * import { tradeFlows } from 'korea-latam/trade';
 * parseTradeFlow(tradeFlows[0]).reporter;
 * ```
 */
export function parseTradeFlow(input: unknown): TradeFlow {
  return parseWith(TradeFlowSchema, input, 'trade flow');
}

/**
 * Validates a list of trade flows; the key (reporter, partner, year, flow,
 * source) must be unique.
 *
 * @throws {ValidationError} listing every problem with its path.
 * @example
 * ```ts
 * import { parseTradeFlows } from 'korea-latam/schemas';
 * import { tradeFlows } from 'korea-latam/trade';
 * parseTradeFlows(tradeFlows).length === tradeFlows.length; // true
 * ```
 */
export function parseTradeFlows(input: unknown): readonly TradeFlow[] {
  const schema = z.array(TradeFlowSchema).superRefine((rows, ctx) => {
    const seen = new Map<string, number>();
    rows.forEach((row, position) => {
      const key = `${row.reporter}|${row.partner}|${row.year}|${row.flow}|${row.source}`;
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: [position], message: `duplicate flow ${key} (first at [${first}])` });
      } else seen.set(key, position);
    });
  });
  return parseWith(schema, input, 'trade flows');
}
