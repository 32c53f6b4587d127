import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sortByDate } from '../../../src/timeline/events.js';
import { shippedFactsFor } from '../../../src/timeline/is-in-force.js';
import type { Agreement, TimelineEvent } from '../../../src/timeline/types.js';
import { type CsvRow, fail, readCsv } from '../lib/csv.js';
import { constList, emitModule, frozenArray, parsedJson, TRUSTED_IMPORT } from '../lib/emit.js';
import { freshnessBySource } from '../lib/freshness.js';
import { loadCuratedSources, type RawSource, webSource, webSourceId } from '../lib/load-sources.js';
import type { CountryCodes } from './countries.js';
import { readDiplomaticTies, TIES_FILE } from './diplomatic-ties.js';
import type { Schemas } from './types.js';

const DIR = 'data/timeline';
const FROM = [
  `${DIR}/events.csv`,
  `${DIR}/events-additions.csv`,
  `${DIR}/events-corrections.csv`,
  `${DIR}/paper-events.json`,
  `${DIR}/alternatives.json`,
  `${DIR}/agreements.json`,
  TIES_FILE,
];

/** Splits a `source_url` cell ("a | b | c"). */
export function urlsOf(cell: string): string[] {
  return cell
    .split('|')
    .map((u) => u.trim())
    .filter((u) => u !== '');
}

/**
 * The event rows: events.csv, then the rows of events-additions.csv (the
 * research collection's additions) and of events-corrections.csv (ours, each
 * row citing the pages read), each added or, for a reused id, replacing the
 * row before it.
 */
function eventRows(root: string): CsvRow[] {
  const base = readCsv(join(root, DIR, 'events.csv'));
  const byId = new Map(base.map((row) => [row.values.id, row]));
  for (const file of ['events-additions.csv', 'events-corrections.csv']) {
    for (const row of readCsv(join(root, DIR, file))) byId.set(row.values.id, row);
  }
  return [...byId.values()];
}

/** A web-page source record for every URL the timeline rows and alternatives cite. */
export function collectTimelineSources(root: string): RawSource[] {
  const byUrl = new Map<string, RawSource>();
  const rows = ['events.csv', 'events-additions.csv', 'events-corrections.csv'].flatMap((f) =>
    readCsv(join(root, DIR, f)),
  );
  for (const row of rows) {
    for (const url of urlsOf(row.values.source_url ?? '')) {
      if (!byUrl.has(url)) byUrl.set(url, webSource(url, row.values.title ?? ''));
    }
  }
  const alternatives = JSON.parse(readFileSync(join(root, DIR, 'alternatives.json'), 'utf8')).alternatives as {
    event: string;
    sources: string[];
  }[];
  for (const alt of alternatives) {
    for (const ref of alt.sources) {
      if (ref.startsWith('http') && !byUrl.has(ref))
        byUrl.set(ref, webSource(ref, `an alternative date for ${alt.event}`));
    }
  }
  return [...byUrl.values()];
}

/** Writes the agreement ids, which the timeline schema is written against. */
export function buildTimelineIds(root: string): void {
  const agreementData = JSON.parse(readFileSync(join(root, DIR, 'agreements.json'), 'utf8')) as {
    agreements: { id: string }[];
  };
  const ids = agreementData.agreements.map((a) => a.id);
  emitModule(
    join(root, 'src/timeline/agreement-ids.generated.ts'),
    [`${DIR}/agreements.json`],
    [
      '/**',
      ' * Every agreement id, in dataset order.',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { agreementIds } from 'korea-latam/timeline';",
      " * agreementIds.includes('kor-chl-fta'); // true",
      ' * ```',
      ' */',
      `export const agreementIds = ${constList(ids, 1)};`,
      '',
      '/** The id of an agreement in `korea-latam/timeline`. */',
      'export type AgreementId = (typeof agreementIds)[number];',
    ].join('\n'),
  );
}

/** Builds, checks and writes the timeline (events and agreements). */
export function buildTimeline(
  root: string,
  schemas: Schemas,
  _codes: Pick<CountryCodes, 'countryCodes' | 'lacCountryCodes'>,
): { events: readonly TimelineEvent[]; agreements: readonly Agreement[] } {
  const curated = loadCuratedSources(join(root, 'data/sources/sources.json'));
  const sourceFor = (ref: string): string => {
    if (!ref.startsWith('http')) return ref;
    return curated.find((s) => s.url === ref)?.id ?? webSourceId(ref);
  };
  const agreementData = JSON.parse(readFileSync(join(root, DIR, 'agreements.json'), 'utf8')) as {
    statusAsOf: string;
    statusAsOfNote: string;
    agreements: (Record<string, unknown> & { id: string; events: string[]; parties: string[] })[];
  };
  const agreementOf = new Map<string, string>();
  for (const a of agreementData.agreements) {
    for (const e of a.events) {
      if (agreementOf.has(e)) throw new Error(`${DIR}/agreements.json: event ${e} is in two agreements`);
      agreementOf.set(e, a.id);
    }
  }
  buildTimelineIds(root);
  const alternatives = JSON.parse(readFileSync(join(root, DIR, 'alternatives.json'), 'utf8')).alternatives as {
    event: string;
    date: string;
    precision: string;
    sources: string[];
    note?: string;
  }[];
  const rawEvents: Record<string, unknown>[] = eventRows(root).map((row) => {
    const v = row.values;
    const sources = urlsOf(v.source_url ?? '').map(sourceFor);
    if (sources.length === 0) fail(row, 'source_url', 'no source');
    const parties = (v.parties ?? '').split(';').filter((p) => p !== '');
    return {
      id: v.id,
      kind: v.kind,
      event: v.event,
      title: v.title,
      parties,
      date: v.date,
      precision: v.date_precision,
      ...(agreementOf.has(v.id ?? '') ? { agreementId: agreementOf.get(v.id ?? '') } : {}),
      confidence: v.confidence,
      ...(v.status_note ? { statusNote: v.status_note } : {}),
      sources,
      ...(v.note ? { note: v.note } : {}),
      _row: row,
    };
  });
  const paper = JSON.parse(readFileSync(join(root, DIR, 'paper-events.json'), 'utf8')) as Record<string, unknown>[];
  const all: Record<string, unknown>[] = [
    ...rawEvents,
    ...paper.map((e) => ({
      ...e,
      ...(agreementOf.has(e.id as string) ? { agreementId: agreementOf.get(e.id as string) } : {}),
    })),
  ];
  for (const alt of alternatives) {
    const target = all.find((e) => e.id === alt.event);
    if (target === undefined) throw new Error(`${DIR}/alternatives.json: unknown event ${alt.event}`);
    const list = (target.alternatives as unknown[] | undefined) ?? [];
    list.push({
      date: alt.date,
      precision: alt.precision,
      sources: alt.sources.map(sourceFor),
      ...(alt.note ? { note: alt.note } : {}),
    });
    target.alternatives = list;
  }
  // A second, year-level source for South Korea's relations (the kdiplo ties table): where its
  // year differs from the dated event, the event keeps that year as an alternative.
  for (const tie of readDiplomaticTies(root)) {
    if (tie.korea !== 'ROK' || tie.established === null) continue;
    const target = all.find(
      (e) =>
        e.kind === 'diplomatic-relations' &&
        e.event === 'established' &&
        (e.parties as string[]).includes(tie.country) &&
        (e.parties as string[]).includes('KOR'),
    );
    // The event may be the first establishment or a re-establishment (Cuba, 2024).
    const year = String(target?.date).slice(0, 4);
    if (target === undefined || year === tie.established || year === tie.reestablished) continue;
    const list = (target.alternatives as unknown[] | undefined) ?? [];
    list.push({
      date: tie.established,
      precision: 'year',
      sources: ['kdiplo-diplomatic-ties', 'mofa-kr-diplomatic-relations'],
      note: `The Korean foreign ministry's list, as the kdiplo ties table carries it, gives ${tie.established}.`,
    });
    target.alternatives = list;
  }
  const byDateThenId = all
    .map((e) => {
      const { _row, ...event } = e as Record<string, unknown> & { _row?: CsvRow };
      try {
        return schemas.parseTimelineEvent(event);
      } catch (error) {
        const where = _row ? `${_row.file}:${_row.line}` : `${DIR}/paper-events.json (${event.id})`;
        throw new Error(`${where}: ${(error as Error).message}`);
      }
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  // In the order sortByDate gives (a stable sort, so by id on the same date), which the
  // generated module records: the date helpers then need no sort of the shipped list.
  const events = sortByDate(byDateThenId);
  schemas.parseTimelineEvents(events);
  for (const id of agreementOf.keys())
    if (!events.some((e) => e.id === id)) throw new Error(`${DIR}/agreements.json: unknown event ${id}`);

  const agreements = agreementData.agreements.map((a) => {
    const own = a.events.map((id) => events.find((e) => e.id === id) as TimelineEvent);
    const milestones = own.map((e) => ({
      eventId: e.id,
      event: e.event,
      date: e.date,
      precision: e.precision,
      parties: e.parties.filter((p) => p !== 'KOR'),
    }));
    const { events: _events, statusAsOf: ownStatusAsOf, ...rest } = a;
    // An agreement whose status a newer source confirms carries its own status date.
    const statusAsOf = typeof ownStatusAsOf === 'string' ? ownStatusAsOf : agreementData.statusAsOf;
    if (statusAsOf < agreementData.statusAsOf)
      throw new Error(
        `${DIR}/agreements.json: ${a.id}: statusAsOf ${statusAsOf} is before the data's ${agreementData.statusAsOf}`,
      );
    const lastMilestone = milestones
      .map((m) => m.date)
      .sort()
      .at(-1);
    if (lastMilestone !== undefined && lastMilestone.slice(0, 7) > statusAsOf.slice(0, 7))
      throw new Error(
        `${DIR}/agreements.json: ${a.id}: milestone ${lastMilestone} is after its statusAsOf ${statusAsOf}`,
      );
    return schemas.parseAgreement({
      ...rest,
      milestones,
      statusAsOf,
      sources: [...new Set(own.flatMap((e) => e.sources))],
    });
  });
  const outOfOrder = milestoneOrderProblems(agreements);
  if (outOfOrder.length > 0) throw new Error(outOfOrder[0]);
  const meta = {
    title: "Korea's agreements and dated events with Latin America & the Caribbean",
    description:
      'Dated, sourced events (FTAs and negotiations, SECAs, investment treaties, memberships and observer status, diplomatic relations, summits and dialogues) and the policy phases the paper describes, at their real precision; one record per agreement with its milestones and status.',
    sources: [...new Set(events.flatMap((e) => e.sources))].sort(),
    events: events.length,
    agreements: agreements.length,
    coverage: { first: events[0]?.date ?? '', last: events[events.length - 1]?.date ?? '' },
    statusAsOf: agreementData.statusAsOf,
    statusAsOfNote: agreementData.statusAsOfNote,
    freshness: freshnessBySource(
      [{ source: null, first: events[0]?.date ?? '', last: events[events.length - 1]?.date ?? '' }],
      {
        '': `statuses confirmed as of ${agreementData.statusAsOf} (the newest agreement: ${agreements
          .map((a) => a.statusAsOf)
          .sort()
          .at(-1)}); pages read up to December 2026`,
      },
    ),
    gaps: [
      'Day-level dates are missing for diplomatic relations with HND, NIC, SLV, PAN, GTM, HTI, BOL, GUY, BHS, TTO and BLZ.',
      'Investment-treaty dates are partial: most entry-into-force dates were not found, and an IDB study implies about ten more treaties than are listed.',
      'No double-taxation agreements are recorded.',
      'The date of the first ROK–CELAC Troika meeting was not found.',
      "The start and status of Korea's Pacific Alliance associate-member talks were not confirmed.",
    ],
    license: "Dates and facts from the cited pages; each event lists its sources. Wording is korea-latam's own.",
    attribution: 'Source: korea-latam agreement timeline (sources listed per event).',
  };
  const sourceFiles = FROM;
  emitModule(
    join(root, 'src/timeline/timeline.generated.ts'),
    sourceFiles,
    [
      "import { deepFreeze } from '../internal/deep-freeze.js';",
      TRUSTED_IMPORT,
      "import { withShippedFacts } from './agreement-facts.js';",
      "import { inDateOrder } from './shipped-order.js';",
      "import type { Agreement, TimelineEvent, TimelineMeta } from './types.js';",
      '',
      '/**',
      ' * Every dated event, in the order `sortByDate` gives (by the first day a date could be, a coarser',
      ' * date first on the same day), then by id. Dates keep their precision.',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { timelineEvents } from 'korea-latam/timeline';",
      " * timelineEvents.filter((e) => e.kind === 'diplomatic-relations').length;",
      ' * ```',
      ' */',
      `export const timelineEvents: readonly TimelineEvent[] = /* @__PURE__ */ inDateOrder(${frozenArray(events)});`,
      '',
      '/**',
      ' * One record per agreement or institutional tie, with its milestones.',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { agreements } from 'korea-latam/timeline';",
      " * agreements.filter((a) => a.kind === 'fta').map((a) => a.id);",
      ' * ```',
      ' */',
      `export const agreements: readonly Agreement[] = /* @__PURE__ */ withShippedFacts(\n  ${frozenArray(agreements)},\n  ${parsedJson(agreements.map(shippedFactsFor))},\n);`,
      '',
      '/**',
      ' * What the timeline covers, its status date and its known gaps.',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { timelineMeta } from 'korea-latam/timeline';",
      ' * timelineMeta.gaps.length > 0; // true',
      ' * ```',
      ' */',
      `export const timelineMeta: TimelineMeta = /* @__PURE__ */ deepFreeze(${JSON.stringify(meta, null, 2)});`,
    ].join('\n'),
  );
  return { events, agreements };
}

/**
 * The agreements whose first launch, signature and entry into force (for each party, else for the
 * agreement) are out of that order, one line each, unless the agreement's note explains it. The
 * one order check: the data build, the data audit and the tests call it.
 */
export function milestoneOrderProblems(agreements: readonly Agreement[]): string[] {
  const order = ['launched', 'signed', 'in-force'] as const;
  const problems: string[] = [];
  for (const a of agreements) {
    if (a.note !== undefined) continue;
    const firstOf = (event: string, party?: string) =>
      a.milestones
        .filter((m) => m.event === event && (party === undefined || m.parties.includes(party as never)))
        .map((m) => m.date)
        .sort()[0];
    for (const party of a.parties.filter((p) => p !== 'KOR')) {
      const dates = order.map((e) => firstOf(e, party) ?? firstOf(e));
      for (let i = 0; i < dates.length; i += 1) {
        for (let j = i + 1; j < dates.length; j += 1) {
          const earlier = dates[i];
          const later = dates[j];
          // Dates of different precision compare on the digits both have.
          if (
            earlier !== undefined &&
            later !== undefined &&
            later.slice(0, earlier.length) < earlier.slice(0, later.length)
          ) {
            problems.push(
              `agreement ${a.id}: ${order[j]} (${later}) comes before ${order[i]} (${earlier}) for ${party}`,
            );
          }
        }
      }
    }
  }
  return problems;
}
