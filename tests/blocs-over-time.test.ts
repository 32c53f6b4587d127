import { describe, expect, it } from 'vitest';
import { blocMembers, blocs, getBloc } from '../src/countries/index.js';
import { parseBlocs } from '../src/schemas/index.js';
import { aggregate, tradeFlows } from '../src/trade/index.js';
import { rawRows } from './helpers/raw.js';

// Membership dates are those of the cited pages (data/countries/blocs.json names them per member):
// MERCOSUR founded 26 March 1991 (Notícia Brasil); Venezuela a member from 2012 (Lexology),
// suspended in December 2016 (IstoÉ); Bolivia a full member from 5 July 2024 (Só Notícias);
// Pacific Alliance founded 28 April 2011 (Colombian foreign ministry); Chile left the Andean
// Community in October 1976 and Venezuela joined in February 1973 (UIA).
describe('bloc membership on the date asked', () => {
  it('answers for the day asked, never with today’s members', () => {
    expect(blocMembers('MERCOSUR', { on: '2010-12-31' })).toEqual(['ARG', 'BRA', 'PRY', 'URY']);
    expect(blocMembers('MERCOSUR', { on: '2013-12-31' })).toEqual(['ARG', 'BRA', 'PRY', 'URY', 'VEN']);
    expect(blocMembers('MERCOSUR', { on: '2017-12-31' })).toEqual(['ARG', 'BRA', 'PRY', 'URY']);
    expect(blocMembers('MERCOSUR', { on: '2017-12-31', includeSuspended: true })).toContain('VEN');
    expect(blocMembers('MERCOSUR', { on: new Date('2024-07-05T00:00:00Z') })).toContain('BOL');
    expect(blocMembers('MERCOSUR', { on: '2024-07-04' })).not.toContain('BOL');
    expect(blocMembers('PA', { on: '2011-04-27' })).toEqual([]);
    expect(blocMembers('PA', { on: '2011-04-28' })).toEqual(['CHL', 'COL', 'MEX', 'PER']);
    expect(blocMembers('CAN', { on: '1975-01-01' }).sort()).toEqual(['BOL', 'CHL', 'COL', 'ECU', 'PER', 'VEN']);
    expect(blocMembers('CAN', { on: '1977-01-01' })).not.toContain('CHL');
    expect(blocMembers('MERCOSUR', { on: '1990-12-31' })).toEqual([]);
  });

  it('counts a date known only to the month or year from its last day', () => {
    // Venezuela joined MERCOSUR in 2012 (year precision): a member at the end of 2012, not in mid-2012.
    expect(blocMembers('MERCOSUR', { on: '2012-06-30' })).not.toContain('VEN');
    expect(blocMembers('MERCOSUR', { on: '2012-12-31' })).toContain('VEN');
    // Suspended in December 2016: still a member on 30 November 2016.
    expect(blocMembers('MERCOSUR', { on: '2016-11-30' })).toContain('VEN');
    expect(blocMembers('MERCOSUR', { on: '2016-12-31' })).not.toContain('VEN');
  });

  it('rejects a bad date and keeps every membership sourced and dated', () => {
    expect(() => blocMembers('MERCOSUR', { on: '2015-02-30' })).toThrow(/Invalid date "2015-02-30" for "on"/);
    expect(() => blocMembers('MERCOSUR', { on: 2013 as never })).toThrow(RangeError);
    for (const bloc of blocs) {
      for (const m of bloc.members) expect(m.sources.length, `${bloc.id} ${m.country}`).toBeGreaterThan(0);
    }
    expect(getBloc('CAN').members.find((m) => m.country === 'CHL')).toMatchObject({
      status: 'former',
      joined: '1969-05-26',
      left: '1976-10',
      leftPrecision: 'month',
    });
    expect(() => parseBlocs([{ ...blocs[0], members: [{ ...blocs[0]!.members[0], joined: '1991-02-30' }] }])).toThrow(
      /members\.\[0\]\.joined|members\[0\]\.joined/,
    );
  });
});

describe('aggregate by bloc uses the membership of each year', () => {
  const dots = rawRows('data/trade/kor_lac_trade_imf_dots.csv');
  const koreaExports = (codes: string[], year: string) =>
    dots
      .filter(
        (r) => r.reporter_iso3 === 'KOR' && r.flow === 'export' && r.year === year && codes.includes(r.partner_iso3!),
      )
      .reduce((sum, r) => sum + Number(r.value_usd), 0);
  const mercosur = (year: number) =>
    aggregate(tradeFlows, { by: 'bloc', blocs, from: year, to: year, source: 'imf-dots-2022' }).find(
      (r) => r.group === 'MERCOSUR',
    );

  it('counts Venezuela in MERCOSUR for 2013 but not for 2010 or 2017', () => {
    const founders = ['ARG', 'BRA', 'PRY', 'URY'];
    expect(mercosur(2010)?.exportsUsd).toBe(koreaExports(founders, '2010'));
    expect(mercosur(2013)?.exportsUsd).toBe(koreaExports([...founders, 'VEN'], '2013'));
    expect(mercosur(2017)?.exportsUsd).toBe(koreaExports(founders, '2017'));
    expect(mercosur(2013)?.exportCount).toBe(5);
  });

  it('has no row for a bloc before it existed', () => {
    const groups = aggregate(tradeFlows, { by: 'bloc', blocs, from: 2010, to: 2010 }).map((r) => r.group);
    expect(groups).not.toContain('PA');
    expect(groups).toContain('MERCOSUR');
    const pa2011 = aggregate(tradeFlows, { by: 'bloc', blocs, from: 2011, to: 2011, source: 'imf-dots-2022' }).find(
      (r) => r.group === 'PA',
    );
    expect(pa2011?.exportsUsd).toBe(koreaExports(['CHL', 'COL', 'MEX', 'PER'], '2011'));
  });
});
