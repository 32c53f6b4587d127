import { expectTypeOf, test } from 'vitest';
import { type BlocId, blocs, countryName, lacCountries, type Subregion } from '../../src/countries/index.js';
import type { ShareQuery } from '../../src/rankings/index.js';
import {
  type AggregateOptions,
  type AggregateRow,
  aggregate,
  type TradeRegionEconomy,
  type TradeRegionId,
  tradeFlows,
} from '../../src/trade/index.js';

test("aggregate types each row's group by the `by` it was asked for", () => {
  const byPartner = aggregate(tradeFlows, { by: 'partner', from: 2023, to: 2023 });
  expectTypeOf(byPartner).toEqualTypeOf<AggregateRow<TradeRegionEconomy>[]>();
  // The natural ranking query compiles: a group is a code countryName accepts.
  expectTypeOf(byPartner.map((r) => countryName(r.group))).toEqualTypeOf<string[]>();
  expectTypeOf(aggregate(tradeFlows, { by: 'year' })[0]?.group).toEqualTypeOf<TradeRegionId | undefined>();
  expectTypeOf(aggregate(tradeFlows, { by: 'bloc', blocs })[0]?.group).toEqualTypeOf<BlocId | undefined>();
  expectTypeOf(aggregate(tradeFlows, { by: 'subregion', countries: lacCountries })[0]?.group).toEqualTypeOf<
    Subregion | undefined
  >();
  // Options typed as the whole union give the union of the groups.
  const options = { by: 'partner' } as AggregateOptions;
  expectTypeOf(aggregate(tradeFlows, options)).toEqualTypeOf<AggregateRow[]>();
  // Typos and missing tables are still errors.
  // @ts-expect-error: `form` is not an option
  aggregate(tradeFlows, { by: 'year', form: 2000 });
  // @ts-expect-error: grouping by bloc needs the bloc table
  aggregate(tradeFlows, { by: 'bloc' });
});

test('a share query names its partner by country code', () => {
  expectTypeOf<ShareQuery['partner']>().toEqualTypeOf<import('../../src/countries/index.js').CountryCode | undefined>();
});
