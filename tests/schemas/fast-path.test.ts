import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTradeFlows, TradeFlowSchema } from '../../src/schemas/index.js';
import { isValidTradeFlow } from '../../src/schemas/trade.js';
import { tradeFlows } from '../../src/trade/index.js';
import { PROPERTY_RUNS } from '../helpers/arbitraries.js';

const hostile = fc.oneof(
  fc.constantFrom(undefined, null, NaN, Infinity, -1, -0, 0, 1.5, 1947, 1948, 2100, 2101, '', 'KOR', 'WLD', 'AIA'),
  fc.constantFrom('MEX', 'export', 'import', 'FOB', 'CIF', 'not-stated', true, false, [], ['imf-dots-2022']),
  fc.constantFrom(['kosis-kcs-trade', 'kdiplo'], ['bogus'], 'imf-dots-2022', 'kosis-kcs-trade', {}, 2008, 9089949001),
);

describe("parseTradeFlows' fast path", () => {
  it('accepts a record exactly when TradeFlowSchema does, for shipped records with one field changed, added or removed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: tradeFlows.length - 1 }),
        fc.constantFrom(
          'reporter',
          'partner',
          'year',
          'flow',
          'valueUsd',
          'valuation',
          'estimated',
          'source',
          'sources',
          'extra',
        ),
        hostile,
        fc.boolean(),
        (at, field, value, remove) => {
          const record: Record<string, unknown> = { ...tradeFlows[at] };
          if (remove) delete record[field];
          else record[field] = value;
          expect(isValidTradeFlow(record)).toBe(TradeFlowSchema.safeParse(record).success);
        },
      ),
      { numRuns: PROPERTY_RUNS * 10 },
    );
  });

  it('accepts every shipped record, and parses the dataset to equal records, frozen', () => {
    expect(tradeFlows.every((f) => isValidTradeFlow({ ...f }))).toBe(true);
    const parsed = parseTradeFlows(tradeFlows);
    expect(parsed).toEqual(tradeFlows);
    expect(Object.isFrozen(parsed) && parsed.every((f) => Object.isFrozen(f) && Object.isFrozen(f.sources))).toBe(true);
  });

  it('still reports through zod: a duplicate and a bad value get their messages', () => {
    const first = tradeFlows[0] as (typeof tradeFlows)[number];
    expect(() => parseTradeFlows([first, first])).toThrow(/duplicate flow/);
    expect(() => parseTradeFlows([{ ...first, valueUsd: -1 }])).toThrow(/valueUsd/);
    // A record that is not a plain object goes to zod, whatever zod decides.
    const odd = Object.assign(Object.create({ inherited: 1 }), first);
    if (TradeFlowSchema.safeParse(odd).success) expect(() => parseTradeFlows([odd])).not.toThrow();
    else expect(() => parseTradeFlows([odd])).toThrow(/Invalid trade flows/);
  });
});
