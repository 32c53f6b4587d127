import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import type { Claim } from '../../src/claims/types.js';
import type { CpiAnnualAverage } from '../../src/prices/types.js';
import type { PartnerShare } from '../../src/rankings/types.js';
import type { Agreement, DiplomaticTie, TimelineEvent } from '../../src/timeline/types.js';
import { preferredFlows } from '../../src/trade/preferred-flows.js';
import type { TradeFlow } from '../../src/trade/types.js';
import { emitFile } from '../lib/emit.js';
import { TRADE_SOURCE_IDS } from './trade.js';
import type { Schemas } from './types.js';

/** Frictionless field types used here. */
type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

/** One CSV column: its name, type, description (with unit), and how to read it from a record. */
export interface Column<T> {
  readonly name: string;
  readonly type: FieldType;
  readonly description: string;
  readonly get: (record: T) => unknown;
}

/** One dataset written as CSV and JSON, described in datapackage.json. */
export interface Resource<T> {
  readonly name: string;
  readonly title: string;
  readonly records: readonly T[];
  readonly columns: readonly Column<T>[];
  readonly primaryKey: readonly string[];
  readonly sources: readonly string[];
  readonly license: string;
  /** The records as JSON (defaults to the records themselves). */
  readonly json?: unknown;
}

const list = (values: readonly unknown[] | undefined): string => (values ?? []).join(';');

function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'string' ? value : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with a header row, LF line endings. */
export function toCsv<T>(records: readonly T[], columns: readonly Column<T>[]): string {
  const lines = [columns.map((c) => c.name).join(',')];
  for (const record of records) lines.push(columns.map((c) => csvCell(c.get(record))).join(','));
  return `${lines.join('\n')}\n`;
}

const DOTS_LICENSE =
  "IMF statistics, subject to the IMF's copyright and terms of use; cite as 'IMF Direction of Trade Statistics'.";
const PAGES_LICENSE = "Facts from the cited pages (each record lists its sources); wording is korea-latam's own.";
const PAPER_LICENSE = "Paraphrase of López Aymes (2012) in korea-latam's own words; cite the paper.";

/** Everything the build writes under datasets/: CSV + JSON per dataset, datapackage.json, JSON Schemas. */
export function buildOutputs(
  root: string,
  schemas: Schemas,
  data: {
    trade: readonly TradeFlow[];
    rankings: readonly PartnerShare[];
    prices: readonly CpiAnnualAverage[];
    ties: readonly DiplomaticTie[];
    timeline: { events: readonly TimelineEvent[]; agreements: readonly Agreement[] };
    claims: readonly Claim[];
    sources: readonly Record<string, unknown>[];
    countries: readonly Record<string, unknown>[];
    challenges: readonly Record<string, unknown>[];
    blocs: readonly {
      id: string;
      name: string;
      members: readonly Record<string, unknown>[];
      sources: readonly string[];
    }[];
    taxonomy: Record<'roles' | 'motives' | 'policyPhases' | 'partnershipAreas', readonly Record<string, unknown>[]>;
  },
): void {
  const dir = join(root, 'datasets');
  rmSync(dir, { recursive: true, force: true });
  const preferred = new Set(preferredFlows(data.trade));
  const resources: Resource<never>[] = [
    {
      name: 'trade-flows',
      title: 'Merchandise trade between Korea and each LAC country, by reporter',
      records: data.trade,
      primaryKey: ['reporter', 'partner', 'year', 'flow', 'source'],
      sources: TRADE_SOURCE_IDS,
      license: `${DOTS_LICENSE} UN Comtrade terms of use for un-comtrade-plus rows. Korea Customs Service / KOSIS figures are Korean public data (carried by the MIT-licensed kdiplo package); Correlates of War terms for cow-bilateral-trade rows.`,
      columns: [
        {
          name: 'reporter',
          type: 'string',
          description: 'ISO 3166-1 alpha-3 code of the economy whose statistics are reported',
          get: (r: TradeFlow) => r.reporter,
        },
        {
          name: 'partner',
          type: 'string',
          description: "ISO alpha-3 code of the partner; WLD = the reporter's total with the world",
          get: (r: TradeFlow) => r.partner,
        },
        { name: 'year', type: 'integer', description: 'Calendar year', get: (r: TradeFlow) => r.year },
        {
          name: 'flow',
          type: 'string',
          description: "export = reporter's exports to partner; import = reporter's imports from partner",
          get: (r: TradeFlow) => r.flow,
        },
        {
          name: 'value_usd',
          type: 'number',
          description: 'Value in current US dollars (not thousands or millions)',
          get: (r: TradeFlow) => r.valueUsd,
        },
        {
          name: 'valuation',
          type: 'string',
          description: 'FOB, CIF, or not-stated',
          get: (r: TradeFlow) => r.valuation,
        },
        {
          name: 'estimated',
          type: 'boolean',
          description: 'true where the source marks the value as its own estimate',
          get: (r: TradeFlow) => r.estimated,
        },
        {
          name: 'source',
          type: 'string',
          description: 'Id of the publisher whose figure this is (see sources.csv); part of the key',
          get: (r: TradeFlow) => r.source,
        },
        {
          name: 'preferred',
          type: 'boolean',
          description:
            "true for the one row per reporter, partner, year and flow that the library's source preference picks (Korea: KOSIS, then IMF DOTS, then Correlates of War; LAC reporters: IMF DOTS, then UN Comtrade); filter on it before summing",
          get: (r: TradeFlow) => preferred.has(r),
        },
        {
          name: 'sources',
          type: 'string',
          description: 'Source ids to cite (see sources.csv), separated by ;: the publisher first, then any carrier',
          get: (r: TradeFlow) => list(r.sources),
        },
      ],
    },
    {
      name: 'partner-shares',
      title: 'Partner shares and ranks in the trade of Korea and six LAC economies',
      records: data.rankings,
      primaryKey: ['reporter', 'partner', 'period_from', 'period_to', 'basis', 'sources'],
      sources: ['imf-dots-2022', 'kosis-kcs-trade', 'kdiplo', 'lopez-aymes-2012'],
      license: `${DOTS_LICENSE} Korea Customs Service / KOSIS figures (tables whose sources start with kosis-kcs-trade) are Korean public data.`,
      columns: [
        {
          name: 'reporter',
          type: 'string',
          description: 'ISO alpha-3 code of the reporting economy',
          get: (r: PartnerShare) => r.reporter,
        },
        {
          name: 'partner',
          type: 'string',
          description: 'ISO alpha-3 code of the partner (former economies keep their former codes)',
          get: (r: PartnerShare) => r.partner,
        },
        {
          name: 'period_from',
          type: 'integer',
          description: 'First year of the period',
          get: (r: PartnerShare) => r.period.from,
        },
        {
          name: 'period_to',
          type: 'integer',
          description: 'Last year of the period',
          get: (r: PartnerShare) => r.period.to,
        },
        {
          name: 'basis',
          type: 'string',
          description: 'exports, imports, or total (exports + imports)',
          get: (r: PartnerShare) => r.basis,
        },
        {
          name: 'share_pct',
          type: 'number',
          description: "Partner's share of the reporter's trade with the world, in percent",
          get: (r: PartnerShare) => r.sharePct,
        },
        {
          name: 'rank',
          type: 'integer',
          description: '1 = largest partner; equal values share a rank',
          get: (r: PartnerShare) => r.rank,
        },
        {
          name: 'value_usd',
          type: 'number',
          description: "Partner's value over the period, current US dollars (empty for the paper's table)",
          get: (r: PartnerShare) => r.valueUsd,
        },
        {
          name: 'world_usd',
          type: 'number',
          description: "Reporter's world total over the period, current US dollars (empty for the paper's table)",
          get: (r: PartnerShare) => r.worldUsd,
        },
        {
          name: 'partner_count',
          type: 'integer',
          description: 'Number of partners ranked in the table',
          get: (r: PartnerShare) => r.partnerCount,
        },
        {
          name: 'sources',
          type: 'string',
          description: 'Source ids, separated by ;',
          get: (r: PartnerShare) => list(r.sources),
        },
        { name: 'note', type: 'string', description: 'Note', get: (r: PartnerShare) => r.note },
      ],
    },
    {
      name: 'us-cpi-annual',
      title: 'US consumer price index (CPI-U), annual averages of complete years',
      records: data.prices,
      primaryKey: ['year'],
      sources: ['bls-cpi-u'],
      license: 'US public domain (Bureau of Labor Statistics); carrier data package under ODC-PDDL 1.0.',
      columns: [
        { name: 'year', type: 'integer', description: 'Calendar year', get: (r: CpiAnnualAverage) => r.year },
        {
          name: 'index',
          type: 'number',
          description:
            'Mean of the twelve monthly CPI-U values (U.S. city average, all items, 1982–84 = 100), to three decimals',
          get: (r: CpiAnnualAverage) => r.index,
        },
        {
          name: 'sources',
          type: 'string',
          description: 'Source ids (see sources.csv), separated by ;',
          get: (r: CpiAnnualAverage) => list(r.sources),
        },
      ],
    },
    {
      name: 'diplomatic-ties',
      title: "The two Koreas' diplomatic ties with each LAC country (year precision)",
      records: data.ties,
      primaryKey: ['country', 'korea'],
      sources: ['kdiplo-diplomatic-ties', 'mofa-kr-diplomatic-relations', 'ayhan-2024-two-koreas-ties'],
      license: 'MIT for the kdiplo package; the underlying lists belong to their publishers.',
      columns: [
        {
          name: 'country',
          type: 'string',
          description: 'ISO alpha-3 code of the LAC country',
          get: (r: DiplomaticTie) => r.country,
        },
        {
          name: 'korea',
          type: 'string',
          description: 'ROK (South Korea) or DPRK (North Korea)',
          get: (r: DiplomaticTie) => r.korea,
        },
        {
          name: 'established',
          type: 'integer',
          description: 'Year ties were first established; empty when never',
          get: (r: DiplomaticTie) => r.established,
        },
        {
          name: 'cut',
          type: 'integer',
          description: 'Year ties were cut; empty when never',
          get: (r: DiplomaticTie) => r.cut,
        },
        {
          name: 'reestablished',
          type: 'integer',
          description: 'Year ties were re-established after a cut; empty when not',
          get: (r: DiplomaticTie) => r.reestablished,
        },
        {
          name: 'sources',
          type: 'string',
          description: 'Source ids (see sources.csv), separated by ;',
          get: (r: DiplomaticTie) => list(r.sources),
        },
      ],
    },
    {
      name: 'timeline-events',
      title: 'Dated events between Korea and LAC',
      records: data.timeline.events,
      primaryKey: ['id'],
      sources: ['lopez-aymes-2012'],
      license: PAGES_LICENSE,
      columns: [
        { name: 'id', type: 'string', description: 'Event id', get: (r: TimelineEvent) => r.id },
        {
          name: 'kind',
          type: 'string',
          description:
            'fta, seca, bit, negotiation, dialogue, diplomatic-relations, membership, observer, summit, policy, other',
          get: (r: TimelineEvent) => r.kind,
        },
        {
          name: 'event',
          type: 'string',
          description: 'launched, concluded, signed, in-force, suspended, established, joined, visit, other',
          get: (r: TimelineEvent) => r.event,
        },
        { name: 'title', type: 'string', description: 'Short title', get: (r: TimelineEvent) => r.title },
        {
          name: 'parties',
          type: 'string',
          description: 'Party codes, separated by ;',
          get: (r: TimelineEvent) => list(r.parties),
        },
        {
          name: 'date',
          type: 'string',
          description: 'ISO date at its precision: YYYY-MM-DD, YYYY-MM, YYYY, or a decade as its first year',
          get: (r: TimelineEvent) => r.date,
        },
        {
          name: 'precision',
          type: 'string',
          description: 'day, month, year, or decade',
          get: (r: TimelineEvent) => r.precision,
        },
        {
          name: 'agreement_id',
          type: 'string',
          description: 'Agreement the event belongs to',
          get: (r: TimelineEvent) => r.agreementId,
        },
        {
          name: 'confidence',
          type: 'string',
          description: 'high, medium, or low',
          get: (r: TimelineEvent) => r.confidence,
        },
        {
          name: 'status_note',
          type: 'string',
          description: 'Status as the source describes it',
          get: (r: TimelineEvent) => r.statusNote,
        },
        {
          name: 'sources',
          type: 'string',
          description: 'Source ids, separated by ;',
          get: (r: TimelineEvent) => list(r.sources),
        },
        { name: 'note', type: 'string', description: 'Note', get: (r: TimelineEvent) => r.note },
        {
          name: 'alternatives',
          type: 'string',
          description: 'Other dates sources give, as date/precision, separated by ;',
          get: (r: TimelineEvent) => list(r.alternatives?.map((a) => `${a.date}/${a.precision}`)),
        },
      ],
    },
    {
      name: 'agreements',
      title: 'Agreements and institutional ties with their status',
      records: data.timeline.agreements,
      primaryKey: ['id'],
      sources: ['lopez-aymes-2012'],
      license: PAGES_LICENSE,
      columns: [
        { name: 'id', type: 'string', description: 'Agreement id', get: (r: Agreement) => r.id },
        {
          name: 'kind',
          type: 'string',
          description: 'fta, seca, trade-negotiation, bit, membership, observer',
          get: (r: Agreement) => r.kind,
        },
        { name: 'title', type: 'string', description: 'Title', get: (r: Agreement) => r.title },
        {
          name: 'parties',
          type: 'string',
          description: 'Party codes, separated by ;',
          get: (r: Agreement) => list(r.parties),
        },
        { name: 'status', type: 'string', description: 'Status as of status_as_of', get: (r: Agreement) => r.status },
        {
          name: 'status_as_of',
          type: 'date',
          description: 'Date the status describes',
          get: (r: Agreement) => r.statusAsOf,
        },
        {
          name: 'entry_into_force',
          type: 'string',
          description: 'recorded, not-in-force, or unknown',
          get: (r: Agreement) => r.entryIntoForce,
        },
        {
          name: 'milestones',
          type: 'string',
          description: 'event:date:parties, separated by ;',
          get: (r: Agreement) => list(r.milestones.map((m) => `${m.event}:${m.date}:${m.parties.join('+')}`)),
        },
        {
          name: 'sources',
          type: 'string',
          description: 'Source ids, separated by ;',
          get: (r: Agreement) => list(r.sources),
        },
        { name: 'note', type: 'string', description: 'Note', get: (r: Agreement) => r.note },
      ],
    },
    {
      name: 'claims',
      title: "The paper's claims checked against the data",
      records: data.claims,
      primaryKey: ['id'],
      sources: ['lopez-aymes-2012'],
      license: PAPER_LICENSE,
      columns: [
        { name: 'id', type: 'string', description: 'Claim id', get: (r: Claim) => r.id },
        {
          name: 'statement',
          type: 'string',
          description: "The claim in korea-latam's words",
          get: (r: Claim) => r.statement,
        },
        { name: 'topic', type: 'string', description: 'Topic', get: (r: Claim) => r.topic },
        {
          name: 'period_from',
          type: 'integer',
          description: 'First year of the period checked',
          get: (r: Claim) => r.period?.from,
        },
        {
          name: 'period_to',
          type: 'integer',
          description: 'Last year of the period checked',
          get: (r: Claim) => r.period?.to,
        },
        {
          name: 'paper_figures',
          type: 'string',
          description: "The paper's figures, label=value, separated by ;",
          get: (r: Claim) => list(r.paperFigures.map((f) => `${f.label}=${f.value}${f.unit ?? ''}`)),
        },
        {
          name: 'computed',
          type: 'string',
          description: 'Computed figures, label=value, separated by ;',
          get: (r: Claim) => list(r.check.computed.map((f) => `${f.label}=${f.value}`)),
        },
        {
          name: 'verdict',
          type: 'string',
          description: 'supported, partly, contradicted, or not-checkable',
          get: (r: Claim) => r.check.verdict,
        },
        {
          name: 'basis',
          type: 'string',
          description: 'data, external-source, or none',
          get: (r: Claim) => r.check.basis,
        },
        { name: 'explanation', type: 'string', description: 'Why the verdict', get: (r: Claim) => r.check.explanation },
        {
          name: 'check_sources',
          type: 'string',
          description: 'Sources of the check, separated by ;',
          get: (r: Claim) => list(r.check.sources),
        },
      ],
    },
    {
      name: 'sources',
      title: 'Bibliography',
      records: data.sources,
      primaryKey: ['id'],
      sources: ['lopez-aymes-2012'],
      license: 'Bibliographic records written by korea-latam.',
      columns: [
        'id',
        'kind',
        'title',
        'authors',
        'year',
        'short',
        'publisher',
        'url',
        'doi',
        'license',
        'note',
        'verified',
      ].map((name) => ({
        name,
        type: (name === 'year' ? 'integer' : name === 'verified' ? 'boolean' : 'string') as FieldType,
        description:
          name === 'authors'
            ? 'Authors, separated by ;'
            : name === 'verified'
              ? 'false for works known only through the paper'
              : name,
        get: (r: Record<string, unknown>) => (Array.isArray(r[name]) ? list(r[name] as unknown[]) : r[name]),
      })),
    },
    {
      name: 'countries',
      title: 'Countries and former economies with ISO codes, M49 subregions and blocs',
      records: data.countries,
      primaryKey: ['code'],
      sources: ['iso-3166-regional-codes'],
      license: 'ISO 3166-1 codes and UN M49 regions as published; bloc lists from the cited sources.',
      columns: ['code', 'alpha2', 'numeric', 'name', 'group', 'subregion', 'blocs', 'sources', 'note'].map((name) => ({
        name,
        type: 'string' as FieldType,
        description: name === 'code' ? 'ISO 3166-1 alpha-3 (or former) code' : name,
        get: (r: Record<string, unknown>) => (Array.isArray(r[name]) ? list(r[name] as unknown[]) : r[name]),
      })),
    },
    {
      name: 'blocs',
      title: 'Regional blocs and their LAC members (one row per membership)',
      records: data.blocs.flatMap((b) => b.members.map((m) => ({ ...m, bloc: b.id, blocName: b.name }))),
      json: data.blocs,
      primaryKey: ['bloc', 'country'],
      sources: [
        ...new Set(data.blocs.flatMap((b) => [...b.sources, ...b.members.flatMap((m) => m.sources as string[])])),
      ],
      license: 'Member lists and dates from the cited sources.',
      columns: [
        { name: 'bloc', type: 'string', description: 'Bloc id', get: (r: Record<string, unknown>) => r.bloc },
        {
          name: 'bloc_name',
          type: 'string',
          description: 'Bloc name',
          get: (r: Record<string, unknown>) => r.blocName,
        },
        {
          name: 'country',
          type: 'string',
          description: 'ISO alpha-3 code of the member',
          get: (r: Record<string, unknown>) => r.country,
        },
        {
          name: 'status',
          type: 'string',
          description: 'The state as of the data: member, suspended or former',
          get: (r: Record<string, unknown>) => r.status,
        },
        {
          name: 'joined',
          type: 'string',
          description: 'When membership began: an ISO date at joined_precision (2012 is a year, 2016-12 a month)',
          get: (r: Record<string, unknown>) => r.joined,
        },
        {
          name: 'joined_precision',
          type: 'string',
          description: 'day, month or year',
          get: (r: Record<string, unknown>) => r.joinedPrecision,
        },
        {
          name: 'suspended',
          type: 'string',
          description: 'When a suspended member was suspended (ISO date at suspended_precision); empty otherwise',
          get: (r: Record<string, unknown>) => r.suspended,
        },
        {
          name: 'suspended_precision',
          type: 'string',
          description: 'day, month or year; empty when not suspended',
          get: (r: Record<string, unknown>) => r.suspendedPrecision,
        },
        {
          name: 'left',
          type: 'string',
          description: 'When a former member left (ISO date at left_precision); empty otherwise',
          get: (r: Record<string, unknown>) => r.left,
        },
        {
          name: 'left_precision',
          type: 'string',
          description: 'day, month or year; empty when still a member',
          get: (r: Record<string, unknown>) => r.leftPrecision,
        },
        { name: 'note', type: 'string', description: 'Note', get: (r: Record<string, unknown>) => r.note },
        {
          name: 'sources',
          type: 'string',
          description: 'Source ids, separated by ;',
          get: (r: Record<string, unknown>) => list(r.sources as unknown[]),
        },
      ],
    },
    {
      name: 'challenges',
      title: "The paper's six challenges, paraphrased",
      records: data.challenges,
      primaryKey: ['id'],
      sources: ['lopez-aymes-2012'],
      license: PAPER_LICENSE,
      columns: [
        'id',
        'order',
        'label',
        'summary',
        'theme',
        'recommendations',
        'recommendationsNote',
        'actors',
        'leadsTo',
        'sources',
      ].map((name) => ({
        name: name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
        type: (name === 'order' ? 'integer' : 'string') as FieldType,
        description: name === 'recommendations' ? 'Recommendations as id: text, separated by ;' : name,
        get: (r: Record<string, unknown>) =>
          name === 'recommendations'
            ? list((r.recommendations as { id: string; text: string }[]).map((x) => `${x.id}: ${x.text}`))
            : Array.isArray(r[name])
              ? list(r[name] as unknown[])
              : r[name],
      })),
    },
    ...(
      [
        [
          'roles',
          'Roles Latin America could see Korea play',
          data.taxonomy.roles,
          ['id', 'order', 'label', 'summary', 'sources'],
        ],
        [
          'motives',
          'Motives for Korean investment in Latin America',
          data.taxonomy.motives,
          ['id', 'label', 'summary', 'direction', 'sources'],
        ],
        [
          'policy-phases',
          'Phases of Korean foreign policy',
          data.taxonomy.policyPhases,
          ['id', 'order', 'label', 'period', 'summary', 'sources'],
        ],
        [
          'partnership-areas',
          'Agenda for a U.S.–Korea partnership in Latin America',
          data.taxonomy.partnershipAreas,
          ['id', 'label', 'kind', 'sources'],
        ],
      ] as const
    ).map(([name, title, records, fields]) => ({
      name,
      title,
      records,
      primaryKey: ['id'],
      sources: ['lopez-aymes-2012'],
      license: PAPER_LICENSE,
      columns: fields.map((field) => ({
        name: field,
        type: (field === 'order' ? 'integer' : 'string') as FieldType,
        description: field === 'period' ? "The period at the paper's precision, in words" : field,
        get: (r: Record<string, unknown>) =>
          field === 'period'
            ? (r.period as { label: string }).label
            : Array.isArray(r[field])
              ? list(r[field] as unknown[])
              : r[field],
      })),
    })),
  ] as unknown as Resource<never>[];

  const packageResources = resources.map((resource) => {
    const csv = toCsv(resource.records, resource.columns);
    const json = `${JSON.stringify(resource.json ?? resource.records)}\n`;
    emitFile(join(dir, `${resource.name}.csv`), csv);
    emitFile(join(dir, `${resource.name}.json`), json);
    return {
      name: resource.name,
      title: resource.title,
      path: `${resource.name}.csv`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: Buffer.byteLength(csv),
      hash: `sha256:${createHash('sha256').update(csv).digest('hex')}`,
      schema: {
        fields: resource.columns.map((c) => ({ name: c.name, type: c.type, description: c.description })),
        primaryKey: resource.primaryKey,
      },
      sources: resource.sources.map((id) => ({ title: id, path: `sources.csv#${id}` })),
      licenses: [{ name: 'other', title: resource.license }],
    };
  });
  emitFile(
    join(dir, 'datapackage.json'),
    `${JSON.stringify(
      {
        profile: 'data-package',
        name: 'korea-latam',
        title: 'korea-latam: Korea and Latin America & the Caribbean',
        description:
          "Trade, partner rankings, agreements, the challenge taxonomy of López Aymes (2012) and the paper's claims checked against the data. Every record names its sources (see sources.csv).",
        homepage: 'https://www.npmjs.com/package/korea-latam',
        licenses: [{ name: 'MIT', title: "Code: MIT. Data keep their publishers' terms (see each resource)." }],
        resources: packageResources,
      },
      null,
      2,
    )}\n`,
  );
  const schemasToWrite: [string, z.ZodType][] = [
    ['source', schemas.SourceSchema],
    ['country', schemas.CountrySchema],
    ['bloc', schemas.BlocSchema],
    ['challenge', schemas.ChallengeSchema],
    ['role', schemas.RoleSchema],
    ['motive', schemas.MotiveSchema],
    ['policy-phase', schemas.PolicyPhaseSchema],
    ['partnership-area', schemas.PartnershipAreaSchema],
    ['trade-flow', schemas.TradeFlowSchema],
    ['partner-share', schemas.PartnerShareSchema],
    ['cpi-annual-average', schemas.CpiAnnualAverageSchema],
    ['timeline-event', schemas.TimelineEventSchema],
    ['agreement', schemas.AgreementSchema],
    ['diplomatic-tie', schemas.DiplomaticTieSchema],
    ['claim', schemas.ClaimSchema],
  ];
  for (const [name, schema] of schemasToWrite) {
    const jsonSchema = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'output' });
    emitFile(join(dir, 'json-schema', `${name}.schema.json`), `${JSON.stringify(jsonSchema, null, 2)}\n`);
  }
}
