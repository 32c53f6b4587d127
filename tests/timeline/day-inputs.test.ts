import { describe, expect, it } from 'vitest';
import {
  type Agreement,
  durationToEntryIntoForce,
  eventsBetween,
  getAgreement,
  inForceStatus,
  isInForce,
  precisionOf,
  timelineEvents,
  toInterval,
} from '../../src/timeline/index.js';

// The Korea–Chile FTA entered into force on 2004-04-01 (data/timeline/agreements.json, with its sources).
const chile = getAgreement('kor-chl-fta');

describe('a Date is read by its UTC calendar day', () => {
  it('on either side of the day the FTA entered into force', () => {
    expect(isInForce(chile, new Date('2004-04-01T00:00:00.000Z'))).toBe(true);
    expect(isInForce(chile, new Date('2004-03-31T23:59:59.999Z'))).toBe(false);
    expect(isInForce(chile, new Date('2004-04-30T12:00:00.000Z'))).toBe(true);
    expect(isInForce(chile, new Date('2003-12-31T23:00:00.000Z'))).toBe(false);
  });

  it('in the years 1 to 9999 only', () => {
    expect(() => isInForce(chile, new Date('0000-06-01T00:00:00Z'))).toThrow(
      new RangeError('Invalid date for "on": year 0 is outside 1–9999.'),
    );
    expect(() => isInForce(chile, new Date('+010000-01-01T00:00:00Z'))).toThrow(
      new RangeError('Invalid date for "on": year 10000 is outside 1–9999.'),
    );
    // Year 1 is before the talks began (1999); in 9999 the in-force state of the status date carries forward.
    expect(inForceStatus(chile, new Date('0001-01-01T00:00:00Z'))).toBe('not-in-force');
    expect(inForceStatus(chile, new Date('9999-12-31T23:59:59Z'))).toBe('in-force');
    expect(() => isInForce(chile, new Date(Number.NaN))).toThrow(
      `Invalid date an invalid Date for "on": expected a Date or an ISO day such as '2004-04-01'.`,
    );
  });
});

describe('strings', () => {
  it('must be a day where a day is asked for, and may be a month or year for a range bound', () => {
    for (const partial of ['2004', '2004-04']) {
      expect(() => isInForce(chile, partial)).toThrow(
        new RangeError(`Invalid date "${partial}" for "on": expected a Date or an ISO day such as '2004-04-01'.`),
      );
    }
    const in2004 = eventsBetween(timelineEvents, '2004', '2004').map((e) => e.id);
    expect(in2004).toContain('kor-chl-fta-in-force');
    expect(eventsBetween(timelineEvents, '2004-04', '2004-04').map((e) => e.id)).toContain('kor-chl-fta-in-force');
    expect(eventsBetween(timelineEvents, '2004-05', '2004-12').map((e) => e.id)).not.toContain('kor-chl-fta-in-force');
  });

  it('are strings: a boxed string is not a date', () => {
    expect(() => isInForce(chile, new String('2004-04-01') as never)).toThrow(
      new RangeError(`Invalid date [object String] for "on": expected a Date or an ISO day such as '2004-04-01'.`),
    );
    expect(() => toInterval(new String('2004-04-01') as never, 'day')).toThrow(RangeError);
  });

  it('are checked every time they are asked, and a good day gives the same answer again', () => {
    for (let round = 0; round < 2; round += 1) {
      expect(() => isInForce(chile, '2004-02-30')).toThrow(/Invalid date "2004-02-30" for "on"/);
      expect(isInForce(chile, '2004-04-01')).toBe(true);
      expect(isInForce(chile, '2004-03-31')).toBe(false);
    }
  });

  const notDays = [
    '2004/04/01',
    '2004-04-1',
    '2004-04-011',
    ' 2004-04-01',
    '20a4-04-01',
    '2004-0:-01',
    '2004-/4-01',
    '2004-04-1/',
    '0000-04-01',
    '2004-00-01',
    '2004-13-01',
    '2004-04-00',
    '2004-04-31',
    '2004-06-31',
    '2004-09-31',
    '2004-11-31',
    '2005-02-29',
    '1900-02-29',
    '2004-02-30',
  ];
  it.each(notDays)('%j is not a calendar day', (text) => {
    expect(() => toInterval(text, 'day')).toThrow(
      new RangeError(
        `Invalid date ${JSON.stringify(text)}: expected a real date written at day precision (YYYY-MM-DD).`,
      ),
    );
    expect(() => isInForce(chile, text)).toThrow(RangeError);
  });

  const days = ['2004-02-29', '2000-02-29', '2004-12-31', '2004-06-30', '2004-01-31', '0001-01-01', '9999-12-31'];
  it.each(days)('%j is a calendar day', (text) => {
    expect(toInterval(text, 'day')).toMatchObject({ first: text, last: text });
    expect(precisionOf(text)).toBe('day');
  });

  it('reads months and years in the years 1 to 9999', () => {
    expect(toInterval('2004-02', 'month')).toMatchObject({ first: '2004-02-01', last: '2004-02-29' });
    expect(toInterval('0001', 'year')).toMatchObject({ first: '0001-01-01', last: '0001-12-31' });
    expect(precisionOf('2015-02')).toBe('month');
    for (const [text, precision] of [
      ['0000-01', 'month'],
      ['2015-13', 'month'],
      ['0000', 'year'],
    ] as const) {
      expect(() => toInterval(text, precision)).toThrow(`Invalid date "${text}"`);
      expect(() => precisionOf(text)).toThrow(`Invalid date "${text}"`);
    }
  });
});

describe('an agreement record of your own', () => {
  const copy = (): Agreement => structuredClone(chile) as Agreement;

  it('must list the party asked about, other than Korea', () => {
    expect(() => isInForce(chile, '2004-04-01', { party: 'KOR' })).toThrow(
      new RangeError('Unknown party "KOR" for kor-chl-fta. Its parties besides Korea: "CHL".'),
    );
    expect(isInForce(chile, '2004-04-01', { party: 'CHL' })).toBe(true);
  });

  it('names the field that is wrong', () => {
    expect(() => isInForce({ ...copy(), statusAsOf: '2015-02-30' }, '2004-04-01')).toThrow(
      new TypeError(
        'agreement.statusAsOf is not a valid day: Invalid date "2015-02-30": expected a real date written at day precision (YYYY-MM-DD).',
      ),
    );
    expect(() => durationToEntryIntoForce({ ...copy(), statusAsOf: '2015' })).toThrow(
      /^agreement\.statusAsOf is not a valid day: Invalid date "2015"/,
    );
    const inForce = copy().milestones[3] as Agreement['milestones'][number];
    const badDate: Agreement = { ...copy(), milestones: [{ ...inForce, date: '2004-02-30' }] };
    expect(() => isInForce(badDate, '2004-04-01')).toThrow(
      new TypeError(
        'agreement.milestones[0] has no valid date: Invalid date "2004-02-30": expected a real date written at day precision (YYYY-MM-DD).',
      ),
    );
    const badEvent: Agreement = { ...copy(), milestones: [{ ...inForce, event: 5 } as never] };
    expect(() => isInForce(badEvent, '2004-04-01')).toThrow(
      new TypeError('agreement.milestones[0].event is 5: expected a string.'),
    );
    // The same record with its fields intact answers like the shipped one.
    expect(isInForce(copy(), '2004-04-01')).toBe(true);
    expect(isInForce(copy(), '2004-03-31')).toBe(false);
  });
});

describe('only a real Date is read as a Date', () => {
  // Objects that look like a Date but lack its internal slot would make getTime() throw a
  // TypeError from the engine; the reader names them instead, in the timeline and the blocs alike.
  const lookalike = Object.create(Date.prototype) as Date;
  const proxied = new Proxy(new Date('2004-04-01T00:00:00Z'), {});

  it.each([
    ['an object built on Date.prototype', lookalike],
    ['a Proxy of a Date', proxied],
  ])('%s is a RangeError naming the argument', (_, value) => {
    expect(() => isInForce(chile, value)).toThrow(RangeError);
    expect(() => isInForce(chile, value)).toThrow(/for "on": expected a Date or an ISO day such as '2004-04-01'/);
    expect(() => eventsBetween(timelineEvents, value, '2010')).toThrow(/for "from": expected a Date/);
  });

  it('a Date subclass is read once, by its time value', () => {
    class Shifting extends Date {
      override getUTCFullYear(): number {
        return 12345;
      }
    }
    // The subclass's own getters are not consulted: the day comes from the time value.
    expect(isInForce(chile, new Shifting('2004-04-01T00:00:00Z'))).toBe(true);
    expect(isInForce(chile, new Shifting('2004-03-31T00:00:00Z'))).toBe(false);
  });
});
