import { describe, expect, it } from 'vitest';
import { agreements, getAgreement, inForceDetails } from '../../src/timeline/index.js';
import { agreementFacts, checkAgreement, checkParty, entryMilestones } from '../../src/timeline/is-in-force.js';
import type { Agreement } from '../../src/timeline/types.js';

describe('agreement checks and facts', () => {
  it('passes a shipped agreement and one of its parties', () => {
    expect(checkAgreement(getAgreement('kor-chl-fta'))).toBe(undefined);
    expect(checkParty(getAgreement('kor-ca-fta'), 'GTM')).toBe(undefined);
  });

  it('gives the milestone that put an agreement into effect for a party', () => {
    expect(entryMilestones(getAgreement('kor-ca-fta'), 'NIC')[0]?.date).toBe('2019-10-01');
  });

  it('gives the day the status was last checked', () => {
    expect(agreementFacts(getAgreement('kor-chl-fta')).asOf).toBe('2025-12-15');
  });
});

describe('a shipped agreement (dates read without checks) and its plain copy (dates checked) agree', () => {
  it('on every status, for every agreement, party and a spread of days', () => {
    const days = [
      '1960-01-01',
      '1995-06-30',
      '2004-03-31',
      '2004-04-01',
      '2012-12-31',
      '2019-10-01',
      '2025-12-15',
      '2030-01-01',
    ];
    let compared = 0;
    for (const shipped of agreements) {
      const copy = JSON.parse(JSON.stringify(shipped)) as Agreement;
      for (const party of [undefined, ...shipped.parties.filter((p) => p !== 'KOR')]) {
        const options = party === undefined ? undefined : { party };
        for (const day of days) {
          expect(inForceDetails(shipped, day, options), `${shipped.id} ${party} ${day}`).toEqual(
            inForceDetails(copy, day, options),
          );
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(400);
  });
});

describe('an agreement with no entry into force', () => {
  const base = { kind: 'bit', title: 'A test treaty', status: 'signed', sources: ['lopez-aymes-2012'] };
  const milestone = (event: string, date: string, precision: string) => ({
    eventId: `t-${event}`,
    event,
    date,
    precision,
    parties: ['CHL'],
  });
  /** A Korea–Chile treaty of our own with these milestones. */
  const treaty = (id: string, milestones: ReturnType<typeof milestone>[], entryIntoForce: string): Agreement =>
    ({
      ...base,
      id,
      parties: ['KOR', 'CHL'],
      milestones,
      statusAsOf: '2025-12-15',
      entryIntoForce,
    }) as unknown as Agreement;

  it('is not in force before its first step, known not in force after it, and unknown while a termination may apply', () => {
    // Listed out of order: the earliest step (2001) counts, not the first listed.
    const ended = treaty(
      'test-ended',
      [
        milestone('other', '2005-03-01', 'day'),
        milestone('signed', '2001-05-10', 'day'),
        milestone('terminated', '2010-06', 'month'),
      ],
      'not-in-force',
    );
    expect(inForceDetails(ended, '2001-05-09').status).toBe('not-in-force');
    expect(inForceDetails(ended, '2003-01-01').status).toBe('not-in-force');
    expect(inForceDetails(ended, '2010-05-31').status).toBe('not-in-force');
    // Inside the month the termination is dated to: it may already apply.
    expect(inForceDetails(ended, '2010-06-01').status).toBe('unknown');
    expect(inForceDetails(ended, '2010-06-29').status).toBe('unknown');
    expect(inForceDetails(ended, '2010-06-30').status).toBe('not-in-force');
  });

  it('is unknown after its first step when the sources do not say whether it entered into force', () => {
    const unknown = treaty(
      'test-unknown',
      [milestone('other', '2005-03-01', 'day'), milestone('signed', '2001-05-10', 'day')],
      'unknown',
    );
    expect(inForceDetails(unknown, '2001-05-09').status).toBe('not-in-force');
    expect(inForceDetails(unknown, '2001-05-10').status).toBe('unknown');
    expect(inForceDetails(unknown, '2003-01-01').status).toBe('unknown');
  });

  it('answers the shipped treaties so: Brazil (signed 1995, never in force) and the Dominican Republic (in force unknown)', () => {
    const brazil = agreements.find((a) => a.id === 'kor-bra-bit') as Agreement;
    expect(inForceDetails(brazil, '1995-08-31').status).toBe('not-in-force');
    expect(inForceDetails(brazil, '2000-01-01').status).toBe('not-in-force');
    // For its one partner too: not in force, though Brazil is not listed as a party it is not in force for.
    expect(inForceDetails(brazil, '2000-01-01', { party: 'BRA' }).status).toBe('not-in-force');
    const dominican = agreements.find((a) => a.id === 'kor-dom-bit') as Agreement;
    expect(inForceDetails(dominican, '2006-06-29').status).toBe('not-in-force');
    expect(inForceDetails(dominican, '2006-06-30').status).toBe('unknown');
  });

  it('is not in force for any party when its entry into force is said to be recorded but no party has one', () => {
    const recorded = treaty('test-recorded', [milestone('signed', '2001-05-10', 'day')], 'recorded');
    expect(inForceDetails(recorded, '2003-01-01').status).toBe('not-in-force');
    // For a party, only a recorded "not in force" decides it.
    expect(inForceDetails(recorded, '2003-01-01', { party: 'CHL' }).status).toBe('unknown');
  });
});
