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
