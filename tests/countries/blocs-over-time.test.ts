import { describe, expect, it } from 'vitest';
import { blocMembers, blocs, getBloc } from '../../src/countries/index.js';
import { parseBlocs } from '../../src/schemas/index.js';
import { aggregate, tradeFlows } from '../../src/trade/index.js';
import { rawRows } from '../helpers/raw.js';

// Membership dates are those of the cited pages (data/countries/blocs.json names them per member):
// MERCOSUR founded 26 March 1991 (Notícia Brasil); Paraguay suspended at the Mendoza summit of
// 29 June 2012 until the inauguration of 15 August 2013 (AP, Infobae); Venezuela admitted on
// 31 July 2012 (EFE) and suspended from 2 December 2016 (IstoÉ, Venezuelanalysis); Bolivia a full
// member when its accession protocol took effect on 7 August 2024 (MERCOSUR, La Ventana);
// Pacific Alliance founded 28 April 2011 (Colombian foreign ministry); Honduras out of SICA from
// 29 June 2009 to 20 July 2010 (Europa Press, teleSUR); the Dominican Republic a full SICA member
// from 27 June 2013 (its government); Chile left the Andean Community on 30 October 1976 (IPS);
// Venezuela joined it on 13 February 1973 and left on 22 April 2006 (Colombian Law 28 of 1973,
// CAN Decision 642).
describe('bloc membership on the date asked', () => {
  it('answers for the day asked, never with today’s members', () => {
    expect(blocMembers('MERCOSUR', { on: '2010-12-31' })).toEqual(['ARG', 'BRA', 'PRY', 'URY']);
    expect(blocMembers('MERCOSUR', { on: '2013-12-31' })).toEqual(['ARG', 'BRA', 'PRY', 'URY', 'VEN']);
    expect(blocMembers('MERCOSUR', { on: '2017-12-31' })).toEqual(['ARG', 'BRA', 'PRY', 'URY']);
    expect(blocMembers('MERCOSUR', { on: '2017-12-31', includeSuspended: true })).toContain('VEN');
    expect(blocMembers('MERCOSUR', { on: new Date('2024-08-07T00:00:00Z') })).toContain('BOL');
    expect(blocMembers('MERCOSUR', { on: '2024-08-06' })).not.toContain('BOL');
    expect(blocMembers('PA', { on: '2011-04-27' })).toEqual([]);
    expect(blocMembers('PA', { on: '2011-04-28' })).toEqual(['CHL', 'COL', 'MEX', 'PER']);
    expect(blocMembers('CAN', { on: '1975-01-01' }).sort()).toEqual(['BOL', 'CHL', 'COL', 'ECU', 'PER', 'VEN']);
    expect(blocMembers('CAN', { on: '1976-10-29' })).toContain('CHL');
    expect(blocMembers('CAN', { on: '1976-10-30' })).not.toContain('CHL');
    expect(blocMembers('CAN', { on: '2006-04-21' })).toContain('VEN');
    expect(blocMembers('CAN', { on: '2006-04-22' })).not.toContain('VEN');
    expect(blocMembers('MERCOSUR', { on: '1990-12-31' })).toEqual([]);
  });

  it('holds every period: a suspension that ended, and one that lasts', () => {
    // Paraguay: a member the day before the Mendoza summit, suspended from it, a member again from 15 August 2013.
    expect(blocMembers('MERCOSUR', { on: '2012-06-28' })).toContain('PRY');
    expect(blocMembers('MERCOSUR', { on: '2012-06-29' })).not.toContain('PRY');
    expect(blocMembers('MERCOSUR', { on: '2013-01-01' })).not.toContain('PRY');
    expect(blocMembers('MERCOSUR', { on: '2013-01-01', includeSuspended: true })).toContain('PRY');
    expect(blocMembers('MERCOSUR', { on: '2013-08-14' })).not.toContain('PRY');
    expect(blocMembers('MERCOSUR', { on: '2013-08-15' })).toContain('PRY');
    // Honduras in SICA: out from 29 June 2009 to 20 July 2010.
    expect(blocMembers('SICA', { on: '2009-06-28' })).toContain('HND');
    expect(blocMembers('SICA', { on: '2010-01-01' })).not.toContain('HND');
    expect(blocMembers('SICA', { on: '2010-07-20' })).toContain('HND');
    // Venezuela's suspension has no end: it carries forward past the data's date.
    expect(blocMembers('MERCOSUR', { on: '2099-01-01' })).not.toContain('VEN');
    expect(blocMembers('MERCOSUR', { on: '2099-01-01', includeSuspended: true })).toContain('VEN');
    const paraguay = getBloc('MERCOSUR').members.find((m) => m.country === 'PRY');
    expect(paraguay?.suspensions.map((s) => [s.from, s.until])).toEqual([['2012-06-29', '2013-08-15']]);
    // A member today even though it was once suspended.
    expect(paraguay?.status).toBe('member');
  });

  it('counts a date known only to the month or year from its last day', () => {
    // Belize joined SICA in 1998 (year precision): a member at the end of 1998, not in mid-1998.
    expect(blocMembers('SICA', { on: '1998-06-30' })).not.toContain('BLZ');
    expect(blocMembers('SICA', { on: '1998-12-31' })).toContain('BLZ');
    // Venezuela: a member on 1 December 2016, suspended from the letter of 2 December.
    expect(blocMembers('MERCOSUR', { on: '2016-12-01' })).toContain('VEN');
    expect(blocMembers('MERCOSUR', { on: '2016-12-02' })).not.toContain('VEN');
  });

  it('rejects a bad date and keeps every membership and suspension sourced and dated', () => {
    expect(() => blocMembers('MERCOSUR', { on: '2015-02-30' })).toThrow(/Invalid date "2015-02-30" for "on"/);
    expect(() => blocMembers('MERCOSUR', { on: 2013 as never })).toThrow(RangeError);
    for (const bloc of blocs) {
      for (const m of bloc.members) {
        expect(m.sources.length, `${bloc.id} ${m.country}`).toBeGreaterThan(0);
        for (const s of m.suspensions) expect(s.sources.length, `${bloc.id} ${m.country} ${s.from}`).toBeGreaterThan(0);
      }
    }
    expect(getBloc('CAN').members.find((m) => m.country === 'CHL')).toMatchObject({
      status: 'former',
      joined: '1969-05-26',
      left: '1976-10-30',
      leftPrecision: 'day',
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
