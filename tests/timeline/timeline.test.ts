import { describe, expect, it } from 'vitest';
import { milestoneOrderProblems } from '../../scripts/data/steps/timeline.js';
import { isCountryCode } from '../../src/countries/index.js';
import { isSourceId } from '../../src/sources/index.js';
import {
  agreements,
  agreementsFor,
  durationToEntryIntoForce,
  eventsBetween,
  eventsFor,
  getAgreement,
  groupEvents,
  inForceStatus,
  isInForce,
  organizationCodes,
  precisionOf,
  timelineEvents,
  timelineMeta,
  toInterval,
} from '../../src/timeline/index.js';
import { rawRows } from '../helpers/raw.js';

describe('toInterval', () => {
  it('covers the whole span a partial date stands for', () => {
    expect(toInterval('2004-04-01', 'day')).toMatchObject({ first: '2004-04-01', last: '2004-04-01' });
    expect(toInterval('2004-02', 'month').last).toBe('2004-02-29');
    expect(toInterval('2003-02', 'month').last).toBe('2003-02-28');
    expect(toInterval('1999', 'year')).toMatchObject({ first: '1999-01-01', last: '1999-12-31' });
    expect(toInterval('1990', 'decade')).toMatchObject({ first: '1990-01-01', last: '1999-12-31' });
    expect(toInterval('2004-04-01', 'day').start.toISOString()).toBe('2004-04-01T00:00:00.000Z');
    expect(toInterval('2004-04-01', 'day').end.toISOString()).toBe('2004-04-01T23:59:59.999Z');
  });

  it('rejects dates that do not exist or do not match the precision, naming them', () => {
    expect(() => toInterval('2003-02-30', 'day')).toThrow('Invalid date "2003-02-30"');
    expect(() => toInterval('2003-02', 'day')).toThrow(RangeError);
    expect(() => toInterval('1995', 'decade')).toThrow(/"1995"/);
    expect(() => toInterval('2003', 'week' as never)).toThrow(/Unknown date precision "week"/);
    expect(precisionOf('2003-02')).toBe('month');
    expect(() => precisionOf('yesterday')).toThrow(/"yesterday"/);
  });
});

describe('isInForce', () => {
  it('knows the Korea–Chile FTA entered into force on 2004-04-01', () => {
    const chile = getAgreement('kor-chl-fta');
    expect(inForceStatus(chile, '2004-03-31')).toBe('not-in-force');
    expect(inForceStatus(chile, '2004-04-01')).toBe('in-force');
    expect(inForceStatus(chile, new Date('2010-06-15T12:00:00Z'))).toBe('in-force');
    // After the data's status date the last confirmed state carries forward: in force today.
    expect(inForceStatus(chile, new Date())).toBe('in-force');
    expect(isInForce(chile, new Date())).toBe(true);
  });

  it('answers per party for the Central America FTA', () => {
    const ca = getAgreement('kor-ca-fta');
    expect(inForceStatus(ca, '2019-10-01', { party: 'NIC' })).toBe('in-force');
    expect(inForceStatus(ca, '2019-10-01', { party: 'CRI' })).toBe('not-in-force'); // in force from 2019-11-01
    expect(inForceStatus(ca, '2019-12-31', { party: 'SLV' })).toBe('not-in-force');
    expect(inForceStatus(ca, '2020-01-01', { party: 'SLV' })).toBe('in-force');
    expect(inForceStatus(ca, '2021-02-28', { party: 'PAN' })).toBe('not-in-force');
    expect(inForceStatus(ca, '2021-03-01', { party: 'PAN' })).toBe('in-force');
    // Guatemala signed the accession protocol in 2024 but it was not in force in the latest source.
    expect(inForceStatus(ca, '2025-06-01', { party: 'GTM' })).toBe('not-in-force');
    expect(inForceStatus(ca, '2019-10-01')).toBe('in-force');
    expect(() => isInForce(ca, '2020-01-01', { party: 'MEX' })).toThrow(/Unknown party "MEX" for kor-ca-fta/);
  });

  it("answers 'unknown' inside a year-precision date and definitely outside it", () => {
    const acs = getAgreement('kor-acs-observer'); // observer since 1998 (year only)
    expect(inForceStatus(acs, '1997-12-31')).toBe('not-in-force');
    expect(inForceStatus(acs, '1998-06-01')).toBe('unknown');
    expect(inForceStatus(acs, '1999-01-01')).toBe('in-force');
  });

  it('is false before signature and unknown after it when entry into force was never found', () => {
    const peruBit = getAgreement('kor-per-bit'); // 1993, year only
    expect(inForceStatus(peruBit, '1992-12-31')).toBe('not-in-force');
    expect(inForceStatus(peruBit, '2000-01-01')).toBe('unknown');
    expect(inForceStatus(getAgreement('kor-bra-bit'), '2000-01-01')).toBe('not-in-force'); // signed 1995, never in force
  });

  it('rejects invalid dates with a RangeError naming them', () => {
    const chile = getAgreement('kor-chl-fta');
    expect(() => isInForce(chile, '2004-13-01')).toThrow(/Invalid date "2004-13-01" for "on"/);
    expect(() => isInForce(chile, new Date('nope'))).toThrow(/invalid Date/);
    expect(() => isInForce(chile, 20040401 as never)).toThrow(/Invalid date 20040401/);
    expect(() => getAgreement('kor-col' as never)).toThrow(/Unknown agreement id "kor-col"/);
  });
});

describe('durations and lookups', () => {
  it('counts days from signature to entry into force', () => {
    expect(durationToEntryIntoForce(getAgreement('kor-per-fta'))).toBe(133); // 2011-03-21 → 2011-08-01
    expect(durationToEntryIntoForce(getAgreement('kor-col-fta'))).toBe(1240); // 2013-02-21 → 2016-07-15
    expect(durationToEntryIntoForce(getAgreement('kor-ca-fta'), { party: 'PAN' })).toBe(1104); // 2018-02-21 → 2021-03-01
    // Signed 2003-02-15 (Emol, reported that day) → in force 2004-04-01.
    expect(durationToEntryIntoForce(getAgreement('kor-chl-fta'))).toBe(411);
    expect(durationToEntryIntoForce(getAgreement('kor-ca-fta'), { party: 'GTM' })).toBeUndefined();
  });

  it('finds events and agreements by party and date range', () => {
    expect(eventsFor(timelineEvents, 'COL').map((e) => e.id)).toEqual([
      'kor-col-relations',
      'kor-col-fta-concluded',
      'kor-col-fta-signed',
      'kor-col-fta-ratified-kor',
      'park-2015-south-america',
      'kor-col-fta-in-force',
    ]);
    expect(agreementsFor(agreements, 'CHL').map((a) => a.id)).toEqual(['kor-chl-fta', 'kor-chl-bit']);
    const in2004 = eventsBetween(timelineEvents, '2004', '2004').map((e) => e.id);
    expect(in2004).toContain('kor-chl-fta-in-force');
    expect(in2004).not.toContain('paper-country-branding');
    expect(eventsBetween(timelineEvents, '1995-01-01', '1995-12-31').map((e) => e.id)).toContain(
      'paper-regional-architecture',
    );
    expect(
      eventsBetween(timelineEvents, '1995-01-01', '1995-12-31', { match: 'within' }).map((e) => e.id),
    ).not.toContain('paper-regional-architecture');
    expect(() => eventsBetween(timelineEvents, '2005', '2004')).toThrow(
      /"from" \(2005-01-01\) is after "to" \(2004-12-31\)/,
    );
    expect(() => eventsFor(timelineEvents, 42 as never)).toThrow(/Unknown party code 42/);
  });

  it('groups for charts without guessing a year for decade-precision events', () => {
    const byYear = groupEvents(timelineEvents, 'year');
    expect(byYear.find((g) => g.key === '1950s')?.events.map((e) => e.id)).toEqual(['paper-recognition-diplomacy']);
    expect(byYear.find((g) => g.key === '2004')?.events.length).toBe(in2004Count());
    const byDecade = groupEvents(timelineEvents, 'decade');
    expect(byDecade.reduce((s, g) => s + g.events.length, 0)).toBe(timelineEvents.length);
  });
});

function in2004Count(): number {
  return timelineEvents.filter((e) => e.date.startsWith('2004') && e.precision !== 'decade').length;
}

describe('timeline integrity', () => {
  const raw = [...rawRows('data/timeline/events.csv'), ...rawRows('data/timeline/events-additions.csv')];

  it('ships every sourced row (additions replacing corrected rows) and the paper events', () => {
    const ids = new Set(raw.map((r) => r.id));
    for (const id of ids) expect(timelineEvents.some((e) => e.id === id)).toBe(true);
    expect(timelineEvents.filter((e) => e.sources.includes('lopez-aymes-2012'))).toHaveLength(7);
    const gtmBit = timelineEvents.find((e) => e.id === 'kor-gtm-bit-signed');
    expect(gtmBit?.statusNote).toMatch(/Xinhua 2024/); // the correction from events-additions.csv
    expect(gtmBit?.alternatives?.[0]).toMatchObject({ date: '2002', precision: 'year' });
    expect(timelineMeta.events).toBe(timelineEvents.length);
  });

  it('keeps each row’s date, precision and confidence', () => {
    const corrected = new Set(rawRows('data/timeline/events-corrections.csv').map((r) => r.id));
    for (const row of raw) {
      const event = timelineEvents.find((e) => e.id === row.id);
      if (row.id === 'kor-gtm-bit-signed' && row.status_note === 'status not verified') continue; // superseded
      if (corrected.has(row.id)) continue; // replaced by a row of events-corrections.csv, checked below
      expect(event).toMatchObject({ date: row.date, precision: row.date_precision, confidence: row.confidence });
    }
  });

  it('applies the corrections, each pinned to the page it cites', () => {
    const byId = (id: string) => timelineEvents.find((e) => e.id === id);
    // Emol, 15 February 2003: signed in Seoul that Saturday.
    expect(byId('kor-chl-fta-signed')).toMatchObject({ date: '2003-02-15', precision: 'day' });
    expect(byId('kor-chl-fta-signed')?.alternatives?.map((a) => a.date)).toEqual(['2003-04']);
    // Chile's foreign ministry: relations established on 18 April 1962; Korean sources' 12 June kept beside it.
    expect(byId('kor-chl-relations')).toMatchObject({ date: '1962-04-18', precision: 'day' });
    expect(byId('kor-chl-relations')?.alternatives?.map((a) => a.date)).toEqual(['1962-06-12']);
    // CABEI's release of 29 January 2021: member from December 2019; Yonhap's January 2020 and
    // CABEI's announcement of 10 January 2020 (its "official accession day") kept beside it.
    expect(byId('kor-cabei-member')).toMatchObject({ date: '2019-12', precision: 'month' });
    expect(byId('kor-cabei-member')?.alternatives?.map((a) => a.date)).toEqual(['2020-01', '2020-01-10']);
    // Added events.
    expect(byId('kor-caricom-high-level-meeting-2017')).toMatchObject({
      date: '2017-02-27',
      parties: ['KOR', 'CARICOM'],
    });
    expect(byId('kor-cdb-mou-2023')).toMatchObject({ date: '2023-11-24', parties: ['KOR', 'CDB'] });
    expect(byId('kor-oecd-member')).toMatchObject({ date: '1996-12-12', precision: 'day' });
    expect(byId('kor-g20-seoul-summit')).toMatchObject({ date: '2010-11', precision: 'month' });
    for (const row of rawRows('data/timeline/events-corrections.csv')) {
      expect(byId(row.id!)).toMatchObject({
        date: row.date,
        precision: row.date_precision,
        confidence: row.confidence,
      });
    }
  });

  it('has unique ids, known party codes and sources', () => {
    expect(new Set(timelineEvents.map((e) => e.id)).size).toBe(timelineEvents.length);
    for (const e of timelineEvents) {
      for (const p of e.parties)
        expect(isCountryCode(p) || (organizationCodes as readonly string[]).includes(p)).toBe(true);
      expect(e.sources.length).toBeGreaterThan(0);
      expect(e.sources.every(isSourceId)).toBe(true);
      for (const alt of e.alternatives ?? []) expect(alt.sources.every(isSourceId)).toBe(true);
    }
  });

  it('orders milestones launched ≤ signed ≤ in force for every party, unless a note explains', () => {
    expect(milestoneOrderProblems(agreements)).toEqual([]);
    // The check finds an agreement signed before it was launched.
    const [first] = agreements;
    const swapped = {
      ...first!,
      note: undefined,
      milestones: [
        {
          eventId: 'x-signed',
          event: 'signed',
          date: '2001-01-01',
          precision: 'day',
          parties: first!.parties.filter((p) => p !== 'KOR'),
        },
        {
          eventId: 'x-launched',
          event: 'launched',
          date: '2002',
          precision: 'year',
          parties: first!.parties.filter((p) => p !== 'KOR'),
        },
      ],
    } as never;
    expect(milestoneOrderProblems([swapped])[0]).toMatch(/signed \(2001-01-01\) comes before launched \(2002\)/);
  });
  it('keeps the disagreements between sources beside the chosen date', () => {
    const pan = timelineEvents.find((e) => e.id === 'kor-pan-fta-in-force');
    expect(pan?.date).toBe('2021-03-01');
    expect(pan?.alternatives).toEqual([expect.objectContaining({ date: '2021-09-01', sources: ['latamfdi-2025'] })]);
    const gtm = timelineEvents.find((e) => e.id === 'kor-gtm-relations');
    expect(gtm?.precision).toBe('year');
    expect(gtm?.alternatives?.map((a) => a.date)).toEqual(['1962-05-15', '1962-10-24']);
  });
});

describe('isInForce is true only when the sources say so', () => {
  it('keeps exactly the agreements known to be in force, so the obvious filter is right', () => {
    const day = '2015-01-01';
    const known = agreements.filter((a) => inForceStatus(a, day) === 'in-force').map((a) => a.id);
    expect(agreements.filter((a) => isInForce(a, day)).map((a) => a.id)).toEqual(known);
    // 10 known in force; 6 more are 'unknown', which the old truthy answer let through.
    expect(known).toHaveLength(10);
    expect(agreements.filter((a) => inForceStatus(a, day) === 'unknown')).toHaveLength(6);
    expect(isInForce(getAgreement('kor-acs-observer'), '1998-06-01')).toBe(false);
    expect(inForceStatus(getAgreement('kor-acs-observer'), '1998-06-01')).toBe('unknown');
    expect(isInForce(getAgreement('kor-chl-fta'), '2004-04-01')).toBe(true);
  });
});
