import { describe, expect, it } from 'vitest';
import type { ClaimDatasets } from '../../src/claims/index.js';
import { verifyClaims } from '../../src/claims/index.js';
import { type Agreement, agreements, type TimelineEvent, timelineEvents } from '../../src/timeline/index.js';
import { withData } from '../helpers/shipped-datasets.js';

// Each test changes one shipped record and checks that the verdict and its explanation follow.
const checkOf = (id: string, data: Partial<ClaimDatasets>) =>
  verifyClaims(withData(data)).find((c) => c.id === id)?.check;
const withEvent = (id: string, change: Partial<TimelineEvent>) =>
  timelineEvents.map((e) => (e.id === id ? ({ ...e, ...change } as TimelineEvent) : e));
const withAgreement = (id: string, change: Partial<Agreement>) =>
  agreements.map((a) => (a.id === id ? ({ ...a, ...change } as Agreement) : a));

describe('IDB membership (2005, non-borrowing)', () => {
  it('needs both the year and the non-borrowing status for support', () => {
    expect(checkOf('korea-idb-member-2005', {})).toMatchObject({
      verdict: 'supported',
      sources: ['web-oas-c66074', 'web-nacion-861ab7', 'web-imaeil-7fe6d7'],
    });
    const { statusNote: _, ...noNote } = timelineEvents.find((e) => e.id === 'kor-idb-member') as TimelineEvent;
    const unstated = timelineEvents.map((e) => (e.id === 'kor-idb-member' ? noNote : e));
    expect(checkOf('korea-idb-member-2005', { timelineEvents: unstated })).toMatchObject({
      verdict: 'partly',
      explanation:
        "Korea's membership was formalised on 2005-03-16 (in 2005, as the paper says), but the data do not say it joined as a non-borrowing member.",
      computed: [
        { label: 'Date Korea joined the IDB', value: '2005-03-16', unit: 'date' },
        { label: 'Non-borrowing member', value: false },
      ],
    });
    const borrowing = withEvent('kor-idb-member', { statusNote: 'member' });
    expect(checkOf('korea-idb-member-2005', { timelineEvents: borrowing })?.verdict).toBe('partly');
    const late = withEvent('kor-idb-member', { date: '2006-03-16' });
    expect(checkOf('korea-idb-member-2005', { timelineEvents: late })?.explanation).toBe(
      "Korea's membership was formalised on 2006-03-16 (in 2006, not 2005), as the non-borrowing member the paper describes.",
    );
  });
});

describe('OAS observer status and the mid-1990s architecture', () => {
  // The OAS record with one joining date, written at a precision.
  const oasJoined = (date: string, precision: string) =>
    withAgreement('kor-oas-observer', {
      milestones: [{ eventId: 'kor-oas-observer', event: 'joined', date, precision, parties: ['OAS'] } as never],
    });

  it('follows the date Korea became an observer', () => {
    const later = oasJoined('2013-06-03', 'day');
    expect(checkOf('korea-oas-permanent-observer', { agreements: later })).toMatchObject({
      verdict: 'contradicted',
      explanation: "The data date Korea's observer status from 2013-06-03, after March 2012.",
      computed: [
        { label: 'Observer since', value: '2013-06-03', unit: 'date' },
        { label: 'Observer in March 2012', value: false },
      ],
      sources: ['web-oas-486198', 'web-oas-c66074'],
    });
    expect(checkOf('korea-joined-architecture-mid-1990s', { agreements: later })).toMatchObject({
      verdict: 'supported',
      explanation: 'No formal tie in the data predates the mid-1990s.',
    });
    const undated = oasJoined('1990s', 'decade');
    expect(() => checkOf('korea-oas-permanent-observer', { agreements: undated })).toThrow(/Invalid date "1990s"/);
    const decade = oasJoined('1990', 'decade');
    expect(checkOf('korea-joined-architecture-mid-1990s', { agreements: decade })).toMatchObject({
      verdict: 'not-checkable',
      explanation: 'The data do not say when Korea became an OAS observer.',
    });
  });

  it('counts the ties that came later, and says the OAS one came first', () => {
    expect(checkOf('korea-joined-architecture-mid-1990s', {})).toMatchObject({
      verdict: 'partly',
      computed: [
        { label: 'OAS permanent observer before 1994', value: true },
        {
          label: 'Memberships and observer seats that came later',
          value: expect.stringMatching(/kor-idb-membership/),
        },
      ],
    });
  });
});

describe('agreements signed in the 1990s', () => {
  it('needs a trade agreement among the signatures for full support', () => {
    const chile1999 = withEvent('kor-chl-fta-signed', { date: '1999-02-15', precision: 'day' });
    expect(checkOf('agreements-signed-in-1990s', { timelineEvents: chile1999 })).toMatchObject({
      verdict: 'supported',
      explanation:
        '6 investment treaties were signed in the decade, and trade agreements too. Cooperation agreements are not in the data.',
      computed: [
        { label: 'Investment treaties signed in the 1990s', value: 6 },
        { label: 'Trade agreements signed in the 1990s', value: 1 },
        { label: 'Partners', value: expect.stringMatching(/CHL/) },
      ],
    });
    // A launch is not a signature, and a signature of another kind of tie does not count.
    const launched = withEvent('kor-chl-fta-signed', { date: '1999-02-15', precision: 'day', event: 'launched' });
    expect(checkOf('agreements-signed-in-1990s', { timelineEvents: launched })?.verdict).toBe('partly');
    const membership = withEvent('kor-chl-fta-signed', { date: '1999-02-15', precision: 'day', kind: 'membership' });
    expect(checkOf('agreements-signed-in-1990s', { timelineEvents: membership })?.verdict).toBe('partly');
  });

  it('names the first trade-agreement signature when none falls in the decade', () => {
    expect(checkOf('agreements-signed-in-1990s', {})?.explanation).toContain(
      'but no trade agreement (the first trade-agreement signature in the data is that of the Korea–Chile Free Trade Agreement, on 2003-02-15)',
    );
    // Signatures outside the decade make its silence a contradiction.
    const outside = timelineEvents.filter(
      (e) => !(e.event === 'signed' && e.date >= '1990' && e.date < '2000' && ['bit', 'fta', 'seca'].includes(e.kind)),
    );
    expect(checkOf('agreements-signed-in-1990s', { timelineEvents: outside })).toMatchObject({
      verdict: 'contradicted',
      explanation: 'No agreement signed in the 1990s is in the data.',
    });
    const noTrade = timelineEvents.filter((e) => !(e.kind === 'fta' || e.kind === 'seca'));
    expect(checkOf('agreements-signed-in-1990s', { timelineEvents: noTrade })?.explanation).toContain(
      '(the data hold no trade-agreement signature)',
    );
  });
});

describe('recognition diplomacy in the 1950s–60s', () => {
  const established = timelineEvents.filter((e) => e.kind === 'diplomatic-relations' && e.event === 'established');

  it('is supported when most establishments fall in 1950–1969, partly otherwise', () => {
    expect(established).toHaveLength(33);
    const early = established.filter((e) => e.date < '1970');
    expect(early).toHaveLength(21);
    // Move five early ones to 1990: 16 of 33 is no longer a majority.
    const moved = new Set(early.slice(0, 5).map((e) => e.id));
    const later = timelineEvents.map((e) => (moved.has(e.id) ? { ...e, date: '1990', precision: 'year' as const } : e));
    expect(checkOf('recognition-diplomacy-1950s-60s', { timelineEvents: later })).toMatchObject({
      verdict: 'partly',
      computed: [
        { label: 'LAC states establishing relations in 1950–1969', value: 16 },
        { label: 'LAC states with a recorded establishment date', value: 33 },
      ],
    });
    // Events of another kind or type are not establishments.
    const visits = early.map((e) => ({ ...e, event: 'visit' as const }));
    const asMembership = early.map((e) => ({ ...e, kind: 'membership' as const }));
    for (const replaced of [visits, asMembership]) {
      const ids = new Set(replaced.map((e) => e.id));
      const data = [...timelineEvents.filter((e) => !ids.has(e.id)), ...replaced];
      expect(checkOf('recognition-diplomacy-1950s-60s', { timelineEvents: data })?.explanation).toMatch(
        /^0 of the 12 /,
      );
    }
  });
});

describe("Lee's 2010 visit to Mexico", () => {
  it('is partly right once the talks record a conclusion or signature, or the visit moves', () => {
    const fta = agreements.find((a) => a.id === 'kor-mex-fta') as Agreement;
    const concluded = withAgreement('kor-mex-fta', {
      milestones: [
        ...fta.milestones,
        { eventId: 'x', event: 'concluded', date: '2024', precision: 'year', parties: ['MEX'] },
      ],
    });
    expect(checkOf('lee-visit-mexico-2010', { agreements: concluded })).toMatchObject({
      verdict: 'partly',
      computed: [
        { label: 'Visit date', value: '2010-06-30', unit: 'date' },
        { label: 'Next step in the Korea–Mexico talks', value: '2012-06-17 (kor-mex-fta-resume-agreed-2012)' },
        { label: 'Agreement concluded or signed since', value: true },
      ],
    });
    const signed = withAgreement('kor-mex-fta', {
      milestones: [
        ...fta.milestones,
        { eventId: 'x', event: 'signed', date: '2024', precision: 'year', parties: ['MEX'] },
      ],
    });
    expect(checkOf('lee-visit-mexico-2010', { agreements: signed })?.verdict).toBe('partly');
    const moved = withEvent('lee-2010-mexico', { date: '2011-06-30' });
    expect(checkOf('lee-visit-mexico-2010', { timelineEvents: moved })?.verdict).toBe('partly');
  });

  it('takes the earliest later step, and says when there is none', () => {
    const shuffled = withAgreement('kor-mex-fta', {
      milestones: [...(agreements.find((a) => a.id === 'kor-mex-fta') as Agreement).milestones].reverse(),
    });
    expect(checkOf('lee-visit-mexico-2010', { agreements: shuffled })?.computed[1]?.value).toBe(
      '2012-06-17 (kor-mex-fta-resume-agreed-2012)',
    );
    const stalled = withAgreement('kor-mex-fta', {
      milestones: (agreements.find((a) => a.id === 'kor-mex-fta') as Agreement).milestones.filter(
        (m) => m.date < '2010',
      ),
    });
    expect(checkOf('lee-visit-mexico-2010', { agreements: stalled })).toMatchObject({
      verdict: 'supported',
      explanation: expect.stringContaining('The next step in the talks was not recorded, and no agreement'),
      sources: ['web-koreaherald-090c50', 'web-etoday-co-c6b078', 'rt-2010-lee-mexico'],
    });
    const noTalks = agreements.filter((a) => a.id !== 'kor-mex-fta');
    expect(checkOf('lee-visit-mexico-2010', { agreements: noTalks })?.explanation).toContain(
      'in the sources (the talks themselves are not in the data).',
    );
  });
});
