import { describe, expect, it } from 'vitest';
import {
  allRecommendations,
  challenges,
  challengesByTheme,
  challengesWithoutRecommendations,
  getChallenge,
} from '../../src/challenges/index.js';
import { blocMembers, countryName } from '../../src/countries/index.js';
import { membershipOn } from '../../src/countries/membership.js';
import { readDay } from '../../src/internal/iso-day.js';

describe('membership on a day, at the precision of its dates', () => {
  it('counts a start known to the month from the last day of that month (leap years included)', () => {
    const m = { joined: '2016-02', joinedPrecision: 'month', suspensions: [] } as const;
    expect(membershipOn(m, '2016-02-28')).toBe('none');
    expect(membershipOn(m, '2016-02-29')).toBe('member');
    const n = { joined: '2015-02', joinedPrecision: 'month', suspensions: [] } as const;
    expect(membershipOn(n, '2015-02-27')).toBe('none');
    expect(membershipOn(n, '2015-02-28')).toBe('member');
    const d = { joined: '2015-12', joinedPrecision: 'month', suspensions: [] } as const;
    expect(membershipOn(d, '2015-12-30')).toBe('none');
    expect(membershipOn(d, '2015-12-31')).toBe('member');
  });

  it('counts a start known to the year from 31 December', () => {
    const m = { joined: '2012', joinedPrecision: 'year', suspensions: [] } as const;
    expect(membershipOn(m, '2012-12-30')).toBe('none');
    expect(membershipOn(m, '2012-12-31')).toBe('member');
  });

  it('ends a membership on the day it was left, and suspends it from the day of suspension', () => {
    const left = { joined: '2000-01-01', joinedPrecision: 'day', suspensions: [], left: '2010-06-15' } as const;
    expect(membershipOn(left, '2010-06-14')).toBe('member');
    expect(membershipOn(left, '2010-06-15')).toBe('none');
    const leftMonth = {
      joined: '2000-01-01',
      joinedPrecision: 'day',
      suspensions: [],
      left: '2010-06',
      leftPrecision: 'month',
    } as const;
    expect(membershipOn(leftMonth, '2010-06-29')).toBe('member');
    expect(membershipOn(leftMonth, '2010-06-30')).toBe('none');
    const suspended = {
      joined: '2012-07-31',
      joinedPrecision: 'day',
      suspensions: [{ from: '2016-12-02', fromPrecision: 'day' }],
    } as const;
    expect(membershipOn(suspended, '2016-12-01')).toBe('member');
    expect(membershipOn(suspended, '2016-12-02')).toBe('suspended');
    const both = { ...suspended, left: '2018-01-01' } as const;
    expect(membershipOn(both, '2018-01-01')).toBe('none');
  });

  it('reads a Date or an ISO day in the years 1–9999, and nothing else', () => {
    expect(readDay(new Date(Date.UTC(2013, 5, 30)), 'on')).toBe('2013-06-30');
    expect(readDay('2016-02-29', 'on')).toBe('2016-02-29');
    const farFuture = new Date(0);
    farFuture.setUTCFullYear(10000, 0, 1);
    const yearZero = new Date(0);
    yearZero.setUTCFullYear(0, 0, 1);
    for (const bad of [
      farFuture,
      yearZero,
      new Date(Number.NaN),
      '2015-02-29',
      '2015-13-01',
      '2015-02-30',
      '0000-01-01',
      ' 2015-02-03',
      '2015-02-03x',
      '2015-2-3',
      20150203,
    ]) {
      expect(() => readDay(bad, 'on'), String(bad)).toThrow(RangeError);
    }
    expect(() => readDay('2015-02-30', 'on')).toThrow(
      new RangeError(`Invalid date "2015-02-30" for "on": expected a Date or an ISO day such as '2004-04-01'.`),
    );
  });

  it('lists a bloc’s members on a day, suspended ones only when asked', () => {
    // MERCOSUR: Venezuela joined in 2012 and was suspended in December 2016; Bolivia joined in 2024.
    expect(blocMembers('MERCOSUR', { on: '2013-12-31' })).toEqual(['ARG', 'BRA', 'PRY', 'URY', 'VEN']);
    expect(blocMembers('MERCOSUR', { on: '2017-06-30' })).toEqual(['ARG', 'BRA', 'PRY', 'URY']);
    expect(blocMembers('MERCOSUR', { on: '2017-06-30', includeSuspended: true })).toEqual([
      'ARG',
      'BRA',
      'PRY',
      'URY',
      'VEN',
    ]);
    expect(blocMembers('MERCOSUR', { on: '2017-06-30', includeSuspended: false })).toEqual([
      'ARG',
      'BRA',
      'PRY',
      'URY',
    ]);
    expect(() => blocMembers('MERCOSUR', { includeSuspended: 'yes' as never })).toThrow(
      new TypeError('Expected includeSuspended to be true or false, got "yes".'),
    );
  });

  it('names a former economy by its own name in every language, not by a successor’s', () => {
    // Intl gives the region code SU the name of Russia; the USSR is a different economy.
    expect(countryName('SUN', 'es')).toBe('USSR (Union of Soviet Socialist Republics)');
    expect(countryName('ANT', 'pt')).toBe('Netherlands Antilles');
  });
});

describe('challenge helpers name what is wrong', () => {
  it('names the list, the record and the field', () => {
    expect(() => challengesByTheme(null as never, 'competition')).toThrow(
      new TypeError('Expected "challenges" to be an array, got null.'),
    );
    expect(() => challengesByTheme([{}] as never, 'competition')).toThrow(
      new TypeError('challenges[0].theme is undefined: expected a string.'),
    );
    expect(() => allRecommendations([7] as never)).toThrow(
      new TypeError('Expected challenges[0] to be a challenge, got 7.'),
    );
    expect(() => allRecommendations([{ ...challenges[0], recommendations: [{}] }] as never)).toThrow(
      new TypeError('challenges[0].recommendations[0].id is undefined: expected a string.'),
    );
    expect(() => challengesWithoutRecommendations([7] as never)).toThrow(
      new TypeError('Expected challenges[0] to be a challenge, got 7.'),
    );
    expect(() => getChallenge('china' as never)).toThrow(
      /^Unknown challenge id "china"\. Did you mean china-competition\?/,
    );
  });

  it('returns recommendations with their own actors, in a new array', () => {
    const rows = allRecommendations(challenges);
    const first = challenges[0]?.recommendations[0];
    expect(rows[0]?.actors).toEqual(first?.actors);
    expect(rows[0]?.actors).not.toBe(first?.actors);
    expect(rows[0]?.challengeId).toBe('china-competition');
    expect(rows.length).toBe(challenges.reduce((n, c) => n + c.recommendations.length, 0));
  });

  it('finds the challenges without a remedy in a copy as in the shipped list', () => {
    const copy = challenges.map((c) => ({ ...c, recommendations: [...c.recommendations] }));
    expect(challengesWithoutRecommendations(copy).map((c) => c.id)).toEqual([
      'low-visibility',
      'low-technological-level',
    ]);
    copy[0]!.recommendations.length = 0;
    expect(challengesWithoutRecommendations(copy).map((c) => c.id)).toEqual([
      'china-competition',
      'low-visibility',
      'low-technological-level',
    ]);
  });
});
