import { describe, expect, it } from 'vitest';
import { lacCountryCodes } from '../../src/countries/index.js';
import {
  balanceSeries,
  caribbeanTerritoryCodes,
  flowSeries,
  tradeFlows,
  tradeRegionMembers,
  tradeSourcePreference,
  yearOverYear,
} from '../../src/trade/index.js';
import { compareSources, sourceRank } from '../../src/trade/source-preference.js';

describe('trade regions', () => {
  it('CELAC is the 33 LAC countries; the wider region adds the Caribbean territories', () => {
    expect(tradeRegionMembers('celac')).toEqual(lacCountryCodes);
    expect(tradeRegionMembers('celac')).toHaveLength(33);
    expect(tradeRegionMembers('central-and-south-america')).toEqual([...lacCountryCodes, ...caribbeanTerritoryCodes]);
    expect(() => tradeRegionMembers('americas' as never)).toThrow(
      new RangeError('Unknown trade region "americas". Valid values: celac, central-and-south-america.'),
    );
  });
});

describe('source preference', () => {
  it('ranks listed sources by position and every other source after them', () => {
    tradeSourcePreference.korea.forEach((source, position) => {
      expect(sourceRank('KOR', source)).toBe(position);
    });
    expect(sourceRank('KOR', 'lopez-aymes-2012')).toBe(tradeSourcePreference.korea.length);
    // Korea Customs reports only Korea's side: for a LAC reporter it is not a listed source.
    expect(sourceRank('MEX', 'kosis-kcs-trade')).toBe(tradeSourcePreference.partners.length);
    expect(sourceRank('MEX', 'un-comtrade-plus')).toBe(1);
  });

  it('breaks a tie between unlisted sources by id, and a source equals itself', () => {
    expect(compareSources('KOR', 'lopez-aymes-2012', 'rt-2010-lee-mexico')).toBe(-1);
    expect(compareSources('KOR', 'rt-2010-lee-mexico', 'lopez-aymes-2012')).toBe(1);
    expect(compareSources('KOR', 'lopez-aymes-2012', 'lopez-aymes-2012')).toBe(0);
    expect(compareSources('KOR', 'imf-dots-2022', 'kosis-kcs-trade')).toBe(1);
    expect(compareSources('MEX', 'imf-dots-2022', 'un-comtrade-plus')).toBe(-1);
  });
});

describe('series bounds', () => {
  it('a reversed range is an error, not an empty series', () => {
    expect(() => flowSeries(tradeFlows, { partner: 'MEX', flow: 'export', from: 2005, to: 2001 })).toThrow(
      new RangeError('"from" (2005) is after "to" (2001).'),
    );
    expect(() => balanceSeries(tradeFlows, { partner: 'MEX', from: 2005, to: 2001 })).toThrow(
      new RangeError('"from" (2005) is after "to" (2001).'),
    );
    expect(flowSeries(tradeFlows, { partner: 'MEX', flow: 'export', from: 2005, to: 2005 }).map((r) => r.year)).toEqual(
      [2005],
    );
  });

  it('a row whose year is outside 1000–9999 is named by its position', () => {
    expect(() =>
      yearOverYear([
        { year: 2000, value: 1 },
        { year: 999, value: 2 },
      ]),
    ).toThrow(new RangeError('Invalid year 999 for "series[1].year": expected a whole number such as 2008.'));
  });
});
