/**
 * The English texts of the shipped records that have translations: one entry
 * per record field, keyed `<dataset>/<record id>/<field>` (the dataset is the
 * export's name). The build checks each locale file against this list.
 */
import {
  challenges,
  challengesMeta,
  motives,
  partnershipAreas,
  policyPhases,
  roles,
  taxonomyNotes,
} from '../../../src/challenges/index.js';
import { claims, claimsMeta } from '../../../src/claims/index.js';
import { blocs, countries, countriesMeta } from '../../../src/countries/index.js';
import { usCpiMeta } from '../../../src/prices/index.js';
import { rankingsMeta } from '../../../src/rankings/index.js';
import { sourcesMeta } from '../../../src/sources/index.js';
import { agreements, diplomaticTiesMeta, timelineEvents, timelineMeta } from '../../../src/timeline/index.js';
import { tradeMeta } from '../../../src/trade/index.js';

/** One translatable English text and where it lives. */
export interface CatalogueEntry {
  /** `<dataset>/<record id>/<field>`, or `terms/<kind>/<value>` for a value of a closed list. */
  readonly key: string;
  readonly en: string;
}

/**
 * Record fields that stay in English, each with the reason. `patterns` are
 * paths as `<export>[].<field>`; a test walks every text of every exported
 * record and fails on one that is neither translated nor matched here.
 */
export const UNTRANSLATED_FIELDS: readonly { readonly patterns: readonly string[]; readonly reason: string }[] = [
  {
    patterns: [
      'sources[].title',
      'sources[].short',
      'sources[].publisher',
      'sources[].authors[]',
      'sources[].note',
      'sources[].license',
    ],
    reason: 'A cited work is named by its own title, authors and publisher; the bibliography stays as published.',
  },
  {
    patterns: ['countries[].name', 'lacCountries[].name', 'korea.name'],
    reason: 'Country names in any language come from countryName(code, locale) (Intl.DisplayNames).',
  },
  {
    patterns: [
      'timelineEvents[].note',
      'timelineEvents[].statusNote',
      'timelineEvents[].alternatives[].note',
      'agreements[].note',
      'blocs[].note',
      'blocs[].members[].note',
      'blocs[].members[].suspensions[].note',
      'countries[].note',
      'diplomaticTies[].note',
      'partnerShares[].note',
      'paperMexicoTable[].note',
      'claims[].periodNote',
      'claims[].check.method',
    ],
    reason:
      'Provenance notes reconcile sources and a check’s method names helper calls; they are for checking the data, not for display.',
  },
  {
    patterns: ['*Meta.license', '*Meta.retrieved', '*Meta.freshness[].retrieved', '*Meta.gaps[]'],
    reason:
      'Licence terms are the publishers’ own; retrieval dates and gap lists document provenance for checking the data.',
  },
  {
    patterns: [
      'claims[].check.computed[].unit',

      'claims[].check.computed[].value',
      'claims[].paperFigures[].value',
    ],
    reason:
      "Unit codes (USD, %, rank) that a display formats itself, and values: codes, ids, dates, or a figure as the paper prints it ('15 or 20').",
  },
];

const VERDICTS = ['supported', 'partly', 'contradicted', 'not-checkable'] as const;

/** Every translatable English text of the shipped records, in a stable order. */
export function catalogue(): CatalogueEntry[] {
  const out: CatalogueEntry[] = [];
  const add = (key: string, en: string | undefined): void => {
    if (en !== undefined) out.push({ key, en });
  };
  for (const c of challenges) {
    add(`challenges/${c.id}/label`, c.label);
    add(`challenges/${c.id}/summary`, c.summary);
    add(`challenges/${c.id}/recommendationsNote`, c.recommendationsNote);
    for (const r of c.recommendations) add(`challenges/${c.id}/recommendations/${r.id}/text`, r.text);
  }
  for (const r of roles) {
    add(`roles/${r.id}/label`, r.label);
    add(`roles/${r.id}/summary`, r.summary);
  }
  for (const m of motives) {
    add(`motives/${m.id}/label`, m.label);
    add(`motives/${m.id}/summary`, m.summary);
  }
  for (const p of policyPhases) {
    add(`policyPhases/${p.id}/label`, p.label);
    add(`policyPhases/${p.id}/summary`, p.summary);
    add(`policyPhases/${p.id}/period/label`, p.period.label);
  }
  for (const a of partnershipAreas) add(`partnershipAreas/${a.id}/label`, a.label);
  for (const [name, value] of Object.entries(taxonomyNotes)) {
    if (typeof value === 'string') add(`taxonomyNotes/${name}`, value);
    else add(`taxonomyNotes/${name}/note`, value.note);
  }
  for (const b of blocs) add(`blocs/${b.id}/name`, b.name);
  for (const a of agreements) add(`agreements/${a.id}/title`, a.title);
  for (const e of timelineEvents) add(`timelineEvents/${e.id}/title`, e.title);
  for (const c of claims) {
    add(`claims/${c.id}/statement`, c.statement);
    c.paperFigures.forEach((f, i) => {
      add(`claims/${c.id}/paperFigures/${i}/label`, f.label);
    });
    add(`claims/${c.id}/check/explanation`, c.check.explanation);
    c.check.computed.forEach((v, i) => {
      add(`claims/${c.id}/check/computed/${i}/label`, v.label);
    });
  }
  for (const v of VERDICTS) add(`terms/verdict/${v}`, v);
  const subregions = new Set<string>();
  for (const c of countries) if (typeof c.subregion === 'string') subregions.add(c.subregion);
  for (const s of [...subregions].sort()) add(`terms/subregion/${s}`, s);
  const metas = {
    sourcesMeta,
    countriesMeta,
    challengesMeta,
    tradeMeta,
    rankingsMeta,
    usCpiMeta,
    timelineMeta,
    diplomaticTiesMeta,
    claimsMeta,
  } as const;
  for (const [name, meta] of Object.entries(metas) as unknown as [string, Record<string, unknown>][]) {
    for (const field of ['title', 'description', 'unit', 'caveat', 'attribution', 'statusAsOfNote']) {
      const value = meta[field];
      if (typeof value === 'string') add(`${name}/${field}`, value);
    }
  }
  return out;
}
