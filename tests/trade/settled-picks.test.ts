import { describe, expect, it } from 'vitest';
import { indexFlows } from '../../src/trade/flow-index.js';
import {
  balanceSeries,
  flowSeries,
  flowsWhere,
  preferredFlows,
  type TradeFlow,
  tradeBalance,
  tradeFlows,
  worldShare,
} from '../../src/trade/index.js';
import { madeUpFlow } from '../helpers/made-up-flow.js';

// Made-up flows with two sources, small enough to work out by hand. Korea's preference puts IMF DOTS before
// UN Comtrade, so every default answer below is DOTS's value where DOTS has one.
type Spec = [partner: string, year: number, flow: 'export' | 'import', valueUsd: number, source: string];
const make = (...specs: Spec[]): TradeFlow[] =>
  specs.map(([partner, year, flow, valueUsd, source]) => madeUpFlow({ partner, year, flow, valueUsd, source }));

const DOTS = 'imf-dots-2022';
const COMTRADE = 'un-comtrade-plus';
const specs: Spec[] = [
  ['PER', 2010, 'export', 40, COMTRADE],
  ['PER', 2010, 'import', 20, COMTRADE],
  ['PER', 2010, 'export', 50, DOTS],
  ['PER', 2010, 'import', 25, DOTS],
  ['PER', 2011, 'export', 60, COMTRADE],
  ['PER', 2011, 'import', 30, COMTRADE],
  ['PER', 2011, 'export', 70, DOTS],
  ['WLD', 2010, 'export', 1000, DOTS],
  ['WLD', 2010, 'export', 400, COMTRADE],
  ['WLD', 2011, 'export', 1000, DOTS],
  ['WLD', 2011, 'export', 1000, COMTRADE],
];
/** A settled copy (array and records frozen): helpers index it once and remember their picks. */
const settled = () => Object.freeze(make(...specs).map((row) => Object.freeze(row)));

describe('a settled list answers like an open one, in any order of questions', () => {
  const pickedDots = { exportsUsd: 50, importsUsd: 25, source: DOTS };
  const pickedComtrade = { exportsUsd: 40, importsUsd: 20, source: COMTRADE };

  it('a source asked for first is not remembered as the default pick', () => {
    const data = settled();
    expect(tradeBalance(data, { partner: 'PER', year: 2010, source: COMTRADE })).toMatchObject(pickedComtrade);
    expect(tradeBalance(data, { partner: 'PER', year: 2010 })).toMatchObject(pickedDots);
    expect(worldShare(data, { partner: 'PER', year: 2010, basis: 'exports', source: COMTRADE })).toBe(10);
    expect(worldShare(data, { partner: 'PER', year: 2010, basis: 'exports' })).toBe(5);
    expect(flowSeries(data, { partner: 'PER', flow: 'import', source: COMTRADE }).map((r) => r.valueUsd)).toEqual([
      20, 30,
    ]);
    expect(flowSeries(data, { partner: 'PER', flow: 'import' }).map((r) => [r.valueUsd, r.source])).toEqual([
      [25, DOTS],
      [30, COMTRADE],
    ]);
  });

  it('the default pick, once remembered, does not answer a question about one source', () => {
    const data = settled();
    expect(tradeBalance(data, { partner: 'PER', year: 2010 })).toMatchObject(pickedDots);
    expect(tradeBalance(data, { partner: 'PER', year: 2010, source: COMTRADE })).toMatchObject(pickedComtrade);
    expect(flowSeries(data, { partner: 'PER', flow: 'export' }).map((r) => r.valueUsd)).toEqual([50, 70]);
    expect(flowSeries(data, { partner: 'PER', flow: 'export', source: COMTRADE }).map((r) => r.valueUsd)).toEqual([
      40, 60,
    ]);
    // 60 of 1000 by Comtrade's own figures; 70 of 1000 by DOTS's.
    expect(worldShare(data, { partner: 'PER', year: 2011, basis: 'exports' })).toBeCloseTo(7, 12);
    expect(worldShare(data, { partner: 'PER', year: 2011, basis: 'exports', source: COMTRADE })).toBeCloseTo(6, 12);
  });

  it('remembers exports and imports of each year apart', () => {
    const data = settled();
    const exportsFirst = flowSeries(data, { partner: 'PER', flow: 'export' });
    const imports = flowSeries(data, { partner: 'PER', flow: 'import' });
    expect(exportsFirst.map((r) => r.valueUsd)).toEqual([50, 70]);
    expect(imports.map((r) => r.valueUsd)).toEqual([25, 30]);
    // 2011 has a DOTS export but no DOTS import, so the balance takes both flows from Comtrade.
    expect(balanceSeries(data, { partner: 'PER' }).map((r) => [r.year, r.exportsUsd, r.importsUsd, r.source])).toEqual([
      [2010, 50, 25, DOTS],
      [2011, 60, 30, COMTRADE],
    ]);
    // Asked twice, the remembered answers are the same.
    expect(balanceSeries(data, { partner: 'PER' })).toEqual(balanceSeries(make(...specs), { partner: 'PER' }));
    expect(flowSeries(data, { partner: 'PER', flow: 'import' })).toEqual(imports);
  });

  it('a year with no record is a gap, asked before or after the years that have one', () => {
    const data = Object.freeze(
      make(['PER', 2010, 'export', 1, DOTS], ['PER', 2012, 'export', 2, DOTS], ['PER', 2012, 'import', 1, DOTS]).map(
        (row) => Object.freeze(row),
      ),
    );
    expect(tradeBalance(data, { partner: 'PER', year: 2011 })).toBeUndefined();
    expect(tradeBalance(data, { partner: 'PER', year: 2010 })).toBeUndefined();
    expect(tradeBalance(data, { partner: 'PER', year: 2012 })).toMatchObject({ exportsUsd: 2, importsUsd: 1 });
    expect(tradeBalance(data, { partner: 'PER', year: 2010 })).toBeUndefined();
  });
});

describe('the first and last year of each reporter', () => {
  it('come from the earliest and latest record, whatever their order in the list', () => {
    const data = make(
      ['PER', 2005, 'export', 1, DOTS],
      ['PER', 2003, 'export', 1, DOTS],
      ['PER', 2007, 'export', 1, DOTS],
      ['PER', 2004, 'export', 1, DOTS],
    );
    expect(() => tradeBalance(data, { partner: 'PER', year: 2002 })).toThrow(
      'Year 2002 is outside the data reported by KOR in these flows (2003–2007).',
    );
    expect(() => tradeBalance(data, { partner: 'PER', year: 2008 })).toThrow(/\(2003–2007\)/);
    expect(tradeBalance(data, { partner: 'PER', year: 2003 })).toBeUndefined();
    expect(tradeBalance(data, { partner: 'PER', year: 2007 })).toBeUndefined();
  });

  it('are the same for the shipped list as for an open copy of it, as are the pairs and their years', () => {
    const shipped = indexFlows(tradeFlows);
    const open = indexFlows(tradeFlows.slice());
    expect(open).not.toBe(shipped);
    expect(new Map(shipped.years)).toEqual(new Map(open.years));
    expect([...shipped.pairKeys].sort()).toEqual([...open.pairKeys].sort());
    for (const key of open.pairKeys) {
      const a = shipped.pair(key);
      const b = open.pair(key);
      expect(a?.years, key).toEqual(b?.years);
      expect(a?.years, key).toEqual([...(b?.years ?? [])].sort((x, y) => x - y));
      expect(new Set(a?.rows), key).toEqual(new Set(b?.rows));
    }
    expect(shipped.pair('KOR|XXX')).toBeUndefined();
  });
});

describe('preferredFlows on an open list', () => {
  it('keeps one record per reporter, partner, year and flow, in list order', () => {
    const data = make(...specs);
    expect(preferredFlows(data).map((r) => [r.partner, r.year, r.flow, r.valueUsd])).toEqual([
      ['PER', 2010, 'export', 50],
      ['PER', 2010, 'import', 25],
      ['PER', 2011, 'import', 30],
      ['PER', 2011, 'export', 70],
      ['WLD', 2010, 'export', 1000],
      ['WLD', 2011, 'export', 1000],
    ]);
    expect(preferredFlows(data).filter((r) => r.source === COMTRADE)).toHaveLength(1);
    expect(flowsWhere(data, { partner: 'WLD', preferred: true }).map((r) => r.source)).toEqual([DOTS, DOTS]);
  });
});
