import { describe, expect, it } from 'vitest';
import { blocs, countries, lacCountries } from '../../src/countries/index.js';
import { aggregate, flowSeries, type TradeFlow, tradeFlows } from '../../src/trade/index.js';
import { madeUpFlow } from '../helpers/made-up-flow.js';

// Made-up flows, small enough to sum by hand.
const flow = (partner: string, valueUsd: number): TradeFlow =>
  madeUpFlow({ partner, year: 2001, flow: 'export', valueUsd });
const data = [flow('CHL', 10), flow('PER', 20), flow('MEX', 40)];

describe('aggregate: the tables it groups by are checked, naming the bad field', () => {
  it('the country table', () => {
    expect(() => aggregate(data, { by: 'subregion', countries: [{ code: 'CHL', subregion: 5 }] } as never)).toThrow(
      new TypeError('countries[0].subregion is 5: expected a string or null.'),
    );
    expect(() => aggregate(data, { by: 'subregion', countries: [{ subregion: 'x' }] } as never)).toThrow(
      new TypeError('countries[0].code is undefined: expected a string.'),
    );
  });

  it('the bloc table', () => {
    expect(() => aggregate(data, { by: 'bloc', blocs: [{ id: 'X' }] } as never)).toThrow(
      new TypeError('blocs[0].members is undefined: expected an array.'),
    );
    expect(() => aggregate(data, { by: 'bloc', blocs: [{ id: 'X', members: [{ country: 'CHL' }] }] } as never)).toThrow(
      new TypeError('blocs[0].members[0].joined is undefined: expected a string.'),
    );
  });

  it('the years', () => {
    expect(() => aggregate(data, { by: 'year', from: 2002, to: 2001 })).toThrow(
      new RangeError('"from" (2002) is after "to" (2001).'),
    );
    expect(() => aggregate(data, { by: 'year', from: 2001.5 })).toThrow(
      new RangeError('Invalid year 2001.5 for "from": expected a whole number such as 2008.'),
    );
    expect(() => aggregate(data, { by: 'year', to: 'x' as never })).toThrow(
      new RangeError('Invalid year "x" for "to": expected a whole number such as 2008.'),
    );
    expect(aggregate(data, { by: 'year', from: 2001, to: 2001 })[0]?.exportsUsd).toBe(70);
    expect(aggregate(data, { by: 'year', from: 2002 })).toEqual([]);
    expect(aggregate(data, { by: 'year', to: 2000 })).toEqual([]);
  });
});

describe('aggregate: grouping', () => {
  it('by subregion: a country listed twice keeps its first subregion; one without a subregion is in no group', () => {
    const countries = [
      { code: 'CHL', subregion: 'South America' },
      { code: 'PER', subregion: 'South America' },
      { code: 'CHL', subregion: 'Caribbean' },
      { code: 'MEX', subregion: null },
    ] as const;
    expect(aggregate(data, { by: 'subregion', countries }).map((r) => [r.group, r.exportsUsd, r.exportCount])).toEqual([
      ['South America', 30, 2],
    ]);
  });

  it('by subregion: the full country table (economies outside the Americas have a null subregion) gives the same rows as the LAC table', () => {
    const options = { by: 'subregion', from: 2010, to: 2012 } as const;
    expect(aggregate(tradeFlows, { ...options, countries })).toEqual(
      aggregate(tradeFlows, { ...options, countries: lacCountries }),
    );
  });

  it('by bloc: a suspended member counts only when asked (Venezuela in MERCOSUR, 2017)', () => {
    const row = (includeSuspended: boolean) =>
      aggregate(tradeFlows, { by: 'bloc', blocs, includeSuspended, from: 2017, to: 2017 }).find(
        (r) => r.group === 'MERCOSUR',
      );
    const without = row(false);
    const withVenezuela = row(true);
    const venezuela = flowSeries(tradeFlows, { partner: 'VEN', flow: 'export', from: 2017, to: 2017 })[0];
    expect(venezuela?.valueUsd).toBeGreaterThan(0);
    // Full members at the end of 2017: Argentina, Brazil, Paraguay and Uruguay.
    expect(without?.exportCount).toBe(4);
    expect(withVenezuela?.exportCount).toBe((without?.exportCount ?? 0) + 1);
    expect(withVenezuela?.exportsUsd).toBe((without?.exportsUsd ?? 0) + (venezuela?.valueUsd ?? 0));
    expect(
      aggregate(tradeFlows, { by: 'bloc', blocs, from: 2017, to: 2017 }).find((r) => r.group === 'MERCOSUR'),
    ).toEqual(without);
  });
});
