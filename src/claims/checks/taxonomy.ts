import type { ClaimCheck, ClaimDatasets } from '../types.js';
import { dateText } from './format.js';

/** The paper: 16 challenges in Kwon et al. (2009), condensed to six. */
export function checkSixteenToSix(data: ClaimDatasets): ClaimCheck {
  return {
    basis: 'none',
    method: 'Counts the shipped challenge taxonomy; the list of 16 in Kwon et al. (2009) was not found.',
    computed: [{ label: 'Challenges in the shipped taxonomy', value: data.challenges.length, unit: 'count' }],
    verdict: 'not-checkable',
    explanation: `The six challenges are the paper's own condensation and are shipped as data (${data.challenges.length} records); only the preface of Kwon et al. (2009) could be read, so its 16 items cannot be compared.`,
    sources: ['kwon-et-al-2009'],
  };
}

/** The paper: three roles for Korea. */
export function checkThreeRoles(data: ClaimDatasets): ClaimCheck {
  return {
    basis: 'none',
    method: "Counts the shipped roles; the roles are the paper's own classification.",
    computed: [{ label: 'Roles in the shipped taxonomy', value: data.roles.length, unit: 'count' }],
    verdict: 'not-checkable',
    explanation: `The roles are the paper's own framing of Latin American views, shipped as data (${data.roles.length} records); no dataset measures how Latin Americans see Korea.`,
    sources: ['lopez-aymes-2012'],
  };
}

/** Claims outside what any shipped dataset measures; external checks from the research notes where they exist. */
export function checkInputsForReexport(): ClaimCheck {
  return {
    basis: 'none',
    method: "Needs Mexico's imports from Korea by product and end use; the shipped trade data are totals only.",
    computed: [],
    verdict: 'not-checkable',
    explanation:
      'No source read gives the share; López Aymes (2011) makes a related qualitative point about inputs for Korean firms exporting to the United States from Mexico.',
    sources: ['lopez-aymes-2011'],
  };
}

/** The paper: the Mexican government does not see the deficit as a problem. */
export function checkMexicanAttitude(): ClaimCheck {
  return {
    basis: 'none',
    method: "A government's view is not trade data; the deficit itself is checked in mexico-deficit-with-korea-grows.",
    computed: [],
    verdict: 'not-checkable',
    explanation:
      "No source read states the Mexican government's view; Mexican business opposition stalled the 2006–2008 talks, which is a different matter.",
    sources: ['lopez-aymes-2012'],
  };
}

/** The paper: Korea is in the G20. */
export function checkG20(data: ClaimDatasets): ClaimCheck {
  const summit = data.timelineEvents.find((e) => e.id === 'kor-g20-seoul-summit');
  return {
    basis: summit === undefined ? 'none' : 'data',
    method: "The timeline event kor-g20-seoul-summit: Korea hosting the G20 leaders' summit.",
    computed:
      summit === undefined
        ? []
        : [{ label: 'Korea hosted the G20 summit', value: summit.date, unit: summit.precision }],
    verdict: summit === undefined ? 'not-checkable' : 'supported',
    explanation:
      summit === undefined
        ? 'The timeline given has no G20 event.'
        : `Korea hosted the G20 leaders' summit in Seoul (${dateText(summit.date)}), which only a member does.`,
    sources: summit?.sources ?? ['lopez-aymes-2012'],
  };
}

/** The paper: Korea is in the OECD. */
export function checkOecd(data: ClaimDatasets): ClaimCheck {
  const joined = data.timelineEvents.find((e) => e.id === 'kor-oecd-member');
  return {
    basis: joined === undefined ? 'none' : 'data',
    method: 'The timeline event kor-oecd-member: the day Korea joined the OECD, before the paper (2012).',
    computed: joined === undefined ? [] : [{ label: 'Korea joined the OECD', value: joined.date, unit: 'date' }],
    verdict: joined === undefined ? 'not-checkable' : joined.date < '2012' ? 'supported' : 'contradicted',
    explanation:
      joined === undefined
        ? 'The timeline given has no OECD event.'
        : joined.date < '2012'
          ? `Korea joined the OECD on ${joined.date}, well before the paper.`
          : `The data date Korea's accession to ${joined.date}, after the paper.`,
    sources: joined?.sources ?? ['lopez-aymes-2012'],
  };
}
