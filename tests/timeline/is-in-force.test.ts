import { describe, expect, it } from 'vitest';
import { getAgreement } from '../../src/timeline/index.js';
import { agreementFacts, checkAgreement, checkParty, entryMilestones } from '../../src/timeline/is-in-force.js';

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
