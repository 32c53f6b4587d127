// Helpers from their own modules, never the barrels: the claims entry must not load a dataset.
import { eventsBetween } from '../../timeline/events.js';
import { inForceStatus } from '../../timeline/is-in-force.js';
import type { Agreement, AgreementId, InForceStatus, TimelineEvent } from '../../timeline/types.js';
import type { ClaimCheck, ClaimDatasets } from '../types.js';
import { cited } from './cited.js';

const findAgreement = (data: ClaimDatasets, id: AgreementId): Agreement | undefined =>
  data.agreements.find((a) => a.id === id);
const findEvent = (data: ClaimDatasets, id: string): TimelineEvent | undefined =>
  data.timelineEvents.find((e) => e.id === id);

/** The paper: Korea joined the IDB in 2005 as a non-borrowing member. */
export function checkIdbMember2005(data: ClaimDatasets): ClaimCheck {
  const joined = findEvent(data, 'kor-idb-member');
  const year = joined === undefined ? null : Number(joined.date.slice(0, 4));
  const nonBorrowing = joined?.statusNote?.includes('non-borrowing') ?? false;
  return {
    basis: 'data',
    method: 'The timeline event kor-idb-member (timelineEvents): its date and status note.',
    computed: [
      { label: 'Date Korea joined the IDB', value: joined?.date ?? null, unit: 'date' },
      { label: 'Non-borrowing member', value: nonBorrowing },
    ],
    verdict:
      year === null
        ? 'not-checkable'
        : year === 2005 && nonBorrowing
          ? 'supported'
          : year === 2005
            ? 'partly'
            : 'contradicted',
    explanation:
      joined === undefined
        ? 'The IDB membership event is not in the data.'
        : `Korea's membership was formalised on ${joined.date} (${year === 2005 ? 'in 2005, as the paper says' : `in ${year}, not 2005`}), ${nonBorrowing ? 'as the non-borrowing member the paper describes' : 'but the data do not say it joined as a non-borrowing member'}.`,
    sources: joined?.sources ?? ['lopez-aymes-2012'],
  };
}

/** A status as the check's figures show it: true, false or 'unknown'. */
const asValue = (status: InForceStatus): boolean | 'unknown' =>
  status === 'in-force' ? true : status === 'not-in-force' ? false : 'unknown';

/** The paper: Korea is an OAS permanent observer. */
export function checkOasObserver(data: ClaimDatasets): ClaimCheck {
  const oas = findAgreement(data, 'kor-oas-observer');
  const since = oas?.milestones.find((m) => m.event === 'joined');
  const atPaper = oas === undefined ? 'unknown' : asValue(inForceStatus(oas, '2012-03-01'));
  return {
    basis: 'data',
    method:
      "inForceStatus(kor-oas-observer, '2012-03-01'): whether Korea held OAS observer status when the paper was written.",
    computed: [
      { label: 'Observer since', value: since?.date ?? null, unit: 'date' },
      { label: 'Observer in March 2012', value: atPaper },
    ],
    verdict: atPaper === true ? 'supported' : atPaper === false ? 'contradicted' : 'not-checkable',
    explanation:
      atPaper === true
        ? `Korea has been an OAS permanent observer since ${since?.date}.`
        : atPaper === false
          ? `The data date Korea's observer status from ${since?.date ?? 'no recorded day'}, after March 2012.`
          : 'The data do not settle it.',
    sources: oas?.sources ?? ['lopez-aymes-2012'],
  };
}

/** The paper: Korea joined the formal regional architecture only from the mid-1990s. */
export function checkArchitectureMid1990s(data: ClaimDatasets): ClaimCheck {
  const oas = findAgreement(data, 'kor-oas-observer');
  const before1994 = oas === undefined ? 'unknown' : asValue(inForceStatus(oas, '1993-12-31'));
  const joinedLater = data.agreements
    .filter((a) => a.kind === 'membership' || a.kind === 'observer')
    .filter((a) => inForceStatus(a, '1993-12-31') === 'not-in-force')
    .map((a) => a.id);
  return {
    basis: 'data',
    method:
      'inForceStatus on each membership and observer record for 1993-12-31: which ties existed before the mid-1990s.',
    computed: [
      { label: 'OAS permanent observer before 1994', value: before1994 },
      { label: 'Memberships and observer seats that came later', value: joinedLater.join(', ') },
    ],
    verdict: before1994 === true ? 'partly' : before1994 === false ? 'supported' : 'not-checkable',
    explanation:
      before1994 === true
        ? `True of most ties (${joinedLater.length} of the memberships and observer seats in the data came later, such as the IDB in 2005), but Korea was already an OAS permanent observer from 1981.`
        : before1994 === false
          ? 'No formal tie in the data predates the mid-1990s.'
          : 'The data do not say when Korea became an OAS observer.',
    sources: oas?.sources ?? ['lopez-aymes-2012'],
  };
}

/** The paper: in the 1990s Korea signed trade, investment and cooperation agreements. */
export function checkAgreements1990s(data: ClaimDatasets): ClaimCheck {
  const isSignature = (e: TimelineEvent) =>
    e.event === 'signed' && (e.kind === 'bit' || e.kind === 'fta' || e.kind === 'seca');
  const signed = eventsBetween(data.timelineEvents, '1990', '1999', { match: 'within' }).filter(isSignature);
  // Without a single signature in any decade the data say nothing about the 1990s.
  const anySignature = data.timelineEvents.some(isSignature);
  const byKind = (kind: string) => signed.filter((e) => e.kind === kind).length;
  const firstTradeSignature = data.timelineEvents
    .filter((e) => (e.kind === 'fta' || e.kind === 'seca') && e.event === 'signed')
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  return {
    basis: 'data',
    method:
      "eventsBetween(timelineEvents, '1990', '1999', { match: 'within' }): signatures of trade and investment agreements dated within the decade.",
    computed: [
      { label: 'Investment treaties signed in the 1990s', value: byKind('bit') },
      { label: 'Trade agreements signed in the 1990s', value: byKind('fta') + byKind('seca') },
      {
        label: 'Partners',
        value: [...new Set(signed.flatMap((e) => e.parties.filter((p) => p !== 'KOR')))].join(', '),
      },
    ],
    verdict: !anySignature
      ? 'not-checkable'
      : signed.length === 0
        ? 'contradicted'
        : byKind('fta') + byKind('seca') > 0
          ? 'supported'
          : 'partly',
    explanation: !anySignature
      ? 'The data hold no signature of a trade or investment agreement.'
      : signed.length === 0
        ? 'No agreement signed in the 1990s is in the data.'
        : `${byKind('bit')} investment treaties were signed in the decade${byKind('fta') + byKind('seca') > 0 ? ', and trade agreements too' : `, but no trade agreement (${firstTradeSignature ? `the first trade-agreement signature in the data is that of the ${data.agreements.find((a) => a.id === firstTradeSignature.agreementId)?.title ?? 'agreement'}, on ${firstTradeSignature.date}` : 'the data hold no trade-agreement signature'})`}. Cooperation agreements are not in the data.`,
    sources: cited(signed.flatMap((e) => e.sources)),
  };
}

/** The paper: in the 1950s–60s diplomacy sought recognition. */
export function checkRecognition(data: ClaimDatasets): ClaimCheck {
  const established = eventsBetween(data.timelineEvents, '1950', '1969', { match: 'within' }).filter(
    (e) => e.kind === 'diplomatic-relations' && e.event === 'established',
  );
  const total = data.timelineEvents.filter(
    (e) => e.kind === 'diplomatic-relations' && e.event === 'established',
  ).length;
  return {
    basis: 'data',
    method:
      "eventsBetween(timelineEvents, '1950', '1969', { match: 'within' }): diplomatic relations established with LAC states in those two decades.",
    computed: [
      { label: 'LAC states establishing relations in 1950–1969', value: established.length },
      { label: 'LAC states with a recorded establishment date', value: total },
    ],
    verdict: total === 0 ? 'not-checkable' : established.length > total / 2 ? 'supported' : 'partly',
    explanation:
      total === 0
        ? 'No establishment of diplomatic relations is in the data.'
        : `${established.length} of the ${total} establishments of diplomatic relations in the data fall in 1950–1969 (${established.filter((e) => e.date.startsWith('1962')).length} in 1962 alone), consistent with a drive for recognition; Korea's aims themselves are not data.`,
    sources: cited(established.flatMap((e) => e.sources)).slice(0, 10),
  };
}

/** The paper: Lee's 2010 visit to Mexico brought no concrete FTA progress. */
export function checkLeeVisit(data: ClaimDatasets): ClaimCheck {
  const visit = findEvent(data, 'lee-2010-mexico');
  const talks = findAgreement(data, 'kor-mex-fta');
  const next = talks?.milestones.filter((m) => m.date > '2010-07-02').sort((a, b) => a.date.localeCompare(b.date))[0];
  const concluded = talks?.milestones.some((m) => m.event === 'concluded' || m.event === 'signed') ?? false;
  return {
    basis: 'data',
    method: 'The timeline event lee-2010-mexico and the milestones of kor-mex-fta after the visit.',
    computed: [
      { label: 'Visit date', value: visit?.date ?? null, unit: 'date' },
      { label: 'Next step in the Korea–Mexico talks', value: next ? `${next.date} (${next.eventId})` : null },
      { label: 'Agreement concluded or signed since', value: concluded },
    ],
    verdict:
      visit === undefined ? 'not-checkable' : visit.date.startsWith('2010') && !concluded ? 'supported' : 'partly',
    explanation:
      visit === undefined
        ? 'The visit is not in the data.'
        : `The state visit began on ${visit.date}; only cooperation accords were signed. The next step in the talks was ${next ? `on ${next.date}` : 'not recorded'}, and no agreement has been concluded in the sources (${talks ? `status: ${talks.status.replaceAll('-', ' ')}` : 'the talks themselves are not in the data'}).`,
    sources: cited([
      ...(visit?.sources ?? []),
      ...(next ? (data.timelineEvents.find((e) => e.id === next.eventId)?.sources ?? []) : []),
    ]),
  };
}
