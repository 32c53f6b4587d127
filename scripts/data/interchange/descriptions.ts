import type { Table, TableColumn } from './flatten.js';

/**
 * What each column means, with its unit. Keys are `table.column`; a plain `column` key applies
 * in every table that has that column and no more specific entry.
 */
const COLUMNS: Readonly<Record<string, string>> = {
  // Columns shared by many tables.
  position: 'Place of this item in the list, 1 = first (the order the record gives)',
  source_id:
    'Id of a cited source (see sources.csv); the first is the publisher of the figure, any later ones carry or confirm it',
  party: 'Code of a party: an ISO 3166-1 alpha-3 country code or an organization code (see codes.csv)',
  note: 'Free-text remark in our own words; empty when there is none',
  author: 'One author as the work names them',
  actor: 'Who the recommendation addresses (korean-firms, korean-government, latin-american-firms, …)',
  bloc: 'Id of a bloc the country belongs to, as of the data (see blocs.csv)',
  id: 'Stable id of the record (never changes between versions)',
  label: 'Short name in our own words',
  summary: 'One- or two-sentence summary in our own words (paraphrasing the paper, never quoting it)',
  order: "Order in the paper's own list, 1 = first",
  title: 'Short title in our own words',
  precision:
    'How precise the date is: day (YYYY-MM-DD), month (YYYY-MM), year (YYYY) or decade (the first year of the decade)',
  date: 'ISO 8601 date written at its precision: YYYY-MM-DD, YYYY-MM, YYYY, or for a decade its first year',
  kind: 'Kind of record (the allowed values are listed in the constraints)',
  // trade-flows
  'trade-flows.reporter': 'ISO 3166-1 alpha-3 code of the economy whose statistics are reported',
  'trade-flows.partner': "ISO alpha-3 code of the partner; WLD is the reporter's total with the world",
  'trade-flows.year': 'Calendar year the flow covers',
  'trade-flows.flow': "export: the reporter's exports to the partner; import: the reporter's imports from the partner",
  'trade-flows.value_usd': 'Value in current US dollars (whole dollars, not thousands or millions)',
  'trade-flows.valuation':
    'How the value is measured: FOB (free on board), CIF (cost, insurance and freight) or not-stated',
  'trade-flows.estimated': 'true where the publisher marks the value as its own estimate',
  'trade-flows.source':
    'Id of the publisher whose figure this is (see sources.csv); part of the key, so two publishers of the same flow are two rows',
  'trade-flows.preferred':
    "true for the one row per reporter, partner, year and flow that the library's source preference picks (Korea: KOSIS, then IMF DOTS, then Correlates of War; LAC reporters: IMF DOTS, then UN Comtrade); filter on it before summing",
  // partner-shares
  'partner-shares.reporter': 'ISO alpha-3 code of the reporting economy whose partners are ranked',
  'partner-shares.partner': 'ISO alpha-3 code of the partner (former economies keep their former codes)',
  'partner-shares.period_from': 'First year of the period the table covers',
  'partner-shares.period_to': 'Last year of the period the table covers (both ends included)',
  'partner-shares.basis': 'What is ranked: exports, imports, or total trade (exports + imports)',
  'partner-shares.share_pct':
    "The partner's share of the reporter's trade with the world over the period, in percent (0–100), as computed (value ÷ world total × 100, not rounded)",
  'partner-shares.rank': '1 = largest partner; equal values share a rank (competition ranking)',
  'partner-shares.value_usd':
    "The partner's value summed over the period, current US dollars; empty for the paper's printed table",
  'partner-shares.world_usd':
    "The reporter's world total summed over the period, current US dollars; empty for the paper's printed table",
  'partner-shares.partner_count': "How many partners the table ranks; empty for the paper's printed table",
  'partner-shares.table_source':
    "Id of the publisher of the whole table (the first of the row's sources); part of the key, so the same table from two publishers stays apart",
  // us-cpi-annual
  'us-cpi-annual.year': 'Calendar year (complete years only)',
  'us-cpi-annual.index':
    'Mean of the twelve monthly CPI-U values (US city average, all items, 1982–84 = 100), to three decimals',
  // diplomatic-ties
  'diplomatic-ties.country': 'ISO alpha-3 code of the LAC country',
  'diplomatic-ties.korea': 'Which Korea: ROK (Republic of Korea, the South) or DPRK (the North)',
  'diplomatic-ties.established': 'Year ties were first established (YYYY); empty when never',
  'diplomatic-ties.cut': 'Year ties were cut (YYYY); empty when never',
  'diplomatic-ties.reestablished': 'Year ties were re-established after a cut (YYYY); empty when not',
  'diplomatic-ties.precision': 'Precision of the dates in this row (year for every row shipped)',
  // timeline-events
  'timeline-events.kind':
    'What the event concerns: fta, seca, bit (investment treaty), negotiation, dialogue, diplomatic-relations, membership, observer, summit, policy or other',
  'timeline-events.event':
    'What happened: launched, concluded, signed, in-force, suspended, established, joined, visit, terminated or other',
  'timeline-events.agreement_id':
    'Id of the agreement the event belongs to (see agreements.csv); empty for events outside an agreement',
  'timeline-events.confidence': 'How sure the sources make the date: high, medium or low',
  'timeline-events.status_note': 'Status as the source describes it, in our own words; empty when not stated',
  'timeline-event-alternatives.date': 'Another date a source gives for the same event, at its own precision',
  'timeline-event-alternatives.precision': 'Precision of the alternative date: day, month, year or decade',
  // agreements
  'agreements.kind':
    'fta, seca (strategic economic cooperation agreement), trade-negotiation, bit (investment treaty), membership or observer',
  'agreements.title': 'Name of the agreement or tie in our own words (not the official title)',
  'agreements.status': 'Status as of status_as_of (in-force, in-force-for-some-parties, signed, under-negotiation, …)',
  'agreements.status_as_of': 'The day the status describes: the latest source date in the data (ISO 8601, YYYY-MM-DD)',
  'agreements.entry_into_force':
    'What the data know about entry into force: recorded (a date is in the milestones), not-in-force, or unknown',
  'agreement-milestones.event_id': 'Id of the timeline event this milestone is (see timeline-events.csv)',
  'agreement-milestones.event':
    'What happened at the milestone: launched, concluded, signed, in-force, suspended, joined, terminated or other',
  'agreement-milestone-parties.party': 'Code of a party the milestone concerns (see codes.csv)',
  'agreement-not-in-force-for.party':
    'Code of a party for which the sources say the agreement is not in force as of status_as_of',
  // claims
  'claims.statement': "The paper's claim restated in our own words",
  'claims.topic': 'Topic: rankings, trade, balance, agreements, memberships, diplomacy or taxonomy',
  'claims.period_from': 'First year of the period the claim speaks of; empty when the claim has no period',
  'claims.period_to': 'Last year of the period the claim speaks of; empty when the claim has no period',
  'claims.period_note': 'How the period was read from the paper, when it needed reading; empty otherwise',
  'claims.check_basis': 'What the verdict rests on: data (the shipped datasets), external-source, or none',
  'claims.check_method': 'How the check was made, in words',
  'claims.check_verdict': 'supported, partly, contradicted, or not-checkable',
  'claims.check_explanation': 'Why the verdict, in one or two sentences with the figures compared',
  'claim-paper-figures.label': 'What the figure measures',
  'claim-paper-figures.value_number': 'The figure as printed, when it is a number (in the unit of the unit column)',
  'claim-paper-figures.value_text': 'The figure as printed, when it is words',
  'claim-paper-figures.value_boolean': 'The figure, when it is a yes/no statement',
  'claim-paper-figures.unit': 'Unit of the figure (%, rank, count, year, years, period); empty when it has none',
  'claim-check-computed.label': 'What the computed figure measures',
  'claim-check-computed.value_number':
    'The figure computed from the data, when it is a number (in the unit of the unit column)',
  'claim-check-computed.value_text': 'The figure computed from the data, when it is words',
  'claim-check-computed.value_boolean': 'The figure computed from the data, when it is a yes/no result',
  'claim-check-computed.unit': 'Unit of the computed figure; empty when it has none',
  // sources
  'sources.kind':
    'Kind of work: paper, report, article, book-chapter, cited-work (known only through the paper), dataset or web-page',
  'sources.title': 'Title of the work (for web pages, a description of what the page is cited for)',
  'sources.year': 'Year of publication; empty when unknown',
  'sources.short': 'Short citation (author and year) where the work has one',
  'sources.publisher': 'Publisher, site or data provider',
  'sources.url': 'Address of the work or of the page read',
  'sources.doi': 'Digital Object Identifier, without the https://doi.org/ prefix',
  'sources.license': 'Terms under which the work or its data may be reused, as stated by the publisher',
  'sources.verified': 'false for works known only through the paper (not found or not read)',
  // countries, codes
  'countries.code': 'ISO 3166-1 alpha-3 code, or the former code of an economy that no longer exists',
  'countries.alpha2': 'ISO 3166-1 alpha-2 code (text: Namibia is NA, which is not a missing value)',
  'countries.numeric': 'ISO 3166-1 numeric code as three digits, leading zeros kept (text, not a number)',
  'countries.name': 'English short name',
  'countries.group': 'lac (Latin America and the Caribbean), korea, other, or historical (a former economy)',
  'countries.subregion': 'UN M49 subregion; empty for former economies',
  'country-blocs.code': 'ISO alpha-3 code of the country',
  'codes.code': 'A code used in the tables: ISO alpha-3 country code, former code, WLD or organization code',
  'codes.kind': 'country, former-economy, world (WLD, all partners together) or organization',
  'codes.name': 'English name; empty for organizations the library has no name for',
  'codes.note': 'Remark on the code, such as a code that also names an organization; empty otherwise',
  // blocs
  'blocs.id': 'Bloc id (also its code in codes.csv)',
  'blocs.name': 'English name of the bloc',
  'bloc-members.country': 'ISO alpha-3 code of the member',
  'bloc-members.status': 'The state as of the data: member, suspended or former',
  'bloc-members.joined': 'When membership began: an ISO date at joined_precision (2012 is a year, 2016-12 a month)',
  'bloc-members.joined_precision': 'Precision of joined: day, month or year',
  'bloc-member-suspensions.from': 'First day of the suspension: an ISO date at from_precision',
  'bloc-member-suspensions.from_precision': 'Precision of from: day, month or year',
  'bloc-member-suspensions.until':
    'The day the suspension was lifted (the first day as a full member again), an ISO date at until_precision; empty while it lasts',
  'bloc-member-suspensions.until_precision': 'Precision of until: day, month or year; empty while the suspension lasts',
  'bloc-members.left': 'When a former member left (ISO date at left_precision); empty otherwise',
  'bloc-members.left_precision': 'Precision of left: day, month or year; empty when still a member',
  // challenges and the taxonomy
  'challenges.theme': 'Theme of the challenge: competition, perception, institutions, capabilities or management',
  'challenges.recommendations_note': 'Remark on how the recommendations were read from the paper; empty when none',
  'challenges.leads_to': 'Id of a challenge this one leads to, as the paper links them; empty when none',
  'challenge-recommendations.id': 'Stable id of the recommendation',
  'challenge-recommendations.text': 'The recommendation in our own words',
  'challenge-related-roles.role_id': 'Id of a related role (see roles.csv)',
  'challenge-related-motives.motive_id': 'Id of a related investment motive (see motives.csv)',
  'motives.direction': "The paper's reading of the motive for Korean investment: gaining, losing-ground or not-present",
  'policy-phases.period_start_date': 'Start of the phase: ISO date at period_start_precision',
  'policy-phases.period_start_precision': 'Precision of the start: day, month, year or decade',
  'policy-phases.period_end_date':
    'End of the phase: ISO date at period_end_precision; empty when the paper gives no end',
  'policy-phases.period_end_precision': 'Precision of the end; empty when the paper gives no end',
  'policy-phases.period_label': "The period in words, at the paper's precision",
  'partnership-areas.kind': 'Kind of agenda item, as the paper groups them',
  // labels
  'labels.locale': 'Language of the text: es (Spanish), pt (Portuguese) or ko (Korean)',
  'labels.key':
    'Where the English text lives: dataset/record id/field (for example agreements/kor-chl-fta/title), or terms/kind/value for a value of a closed list',
  'labels.dataset': 'The dataset the text belongs to (the first part of key; a meta record is named like tradeMeta)',
  'labels.english': 'The English text of the record that this row translates',
  'labels.text':
    "The text in the language of the locale column, with its amounts, percentages and dates written that language's way",
  'labels.short': 'A short label for a long title, for charts and tables; empty where the text is short enough',
  'labels.status':
    'official: the name an official text uses, cited in label-sources.csv; translated: our own translation of our own English',
};

const TABLES: Readonly<Record<string, string>> = {
  'trade-flows':
    'One row per reporter, partner, year, flow and publisher. Where publishers overlap, every value ships; the preferred column marks the one to sum.',
  'partner-shares':
    "One row per partner in a reporter's table for a period and basis; tables are computed from the trade data, plus the paper's printed Mexico table.",
  'us-cpi-annual': 'Annual averages of the US CPI-U, for turning current dollars into constant dollars.',
  'diplomatic-ties': 'Year ties were established, cut and re-established, for both Koreas and each LAC country.',
  'timeline-events':
    'One row per dated event; the parties, sources and other dates a source gives are in the tables named timeline-event-*.',
  agreements:
    'One row per agreement or institutional tie; parties, milestones and sources are in the tables named agreement-*.',
  claims:
    "One row per claim of the paper, with the verdict of its check; the paper's and the computed figures are long tables.",
  sources: 'Every work a record cites, with its address and terms.',
  countries: 'Every country and former economy the data use, with ISO codes and UN M49 subregions.',
  codes:
    'Every code any table uses, so that each reference resolves: the countries, the world total (WLD) and the organizations that appear as parties.',
  blocs: 'The regional blocs; their members are in bloc-members.csv.',
  labels:
    'Every text field of the records in Spanish, Portuguese and Korean: one row per locale and text, beside the English it translates. Ids and codes are never translated.',
  challenges: "The paper's six challenges in our own words; recommendations and links are long tables.",
  roles: 'The roles the paper says Latin America could see Korea play.',
  motives: 'The motives for Korean investment the paper names.',
  'policy-phases': 'The phases of Korean foreign policy the paper describes.',
  'partnership-areas': 'The agenda items the paper proposes for a U.S.–Korea partnership in Latin America.',
};

const LIST_WORDS: Readonly<Record<string, string>> = {
  sources: 'The sources cited by each row of',
  parties: 'The parties of each row of',
  alternatives: 'Other dates sources give for each row of',
  milestones: 'The dated steps of each row of',
  notInForceFor: 'Parties for which each row of',
  paperFigures: "The paper's figures for each row of",
  computed: 'The figures computed from the data for each row of',
  authors: 'The authors of each row of',
  blocs: 'The blocs of each row of',
  members: 'The members of each row of',
  suspensions: 'Every suspension, with its start and end, of each row of',
  recommendations: 'The recommendations of each row of',
  actors: 'Who is addressed by each row of',
  relatedRoles: 'The related roles of each row of',
  relatedMotives: 'The related motives of each row of',
};

/**
 * The description of a column: the most specific entry for it, or an explanation of a key column
 * that points to the parent table.
 *
 * @example
 * ```ts
 * columnDescription(tradeFlows, valueUsd); // 'Value in current US dollars (…)'
 * ```
 */
export function columnDescription(table: Table, column: TableColumn): string {
  const specific = COLUMNS[`${table.name}.${column.name}`];
  if (specific !== undefined) return specific;
  const parent = table.parent;
  if (parent?.fields.includes(column.name)) {
    const index = parent.fields.indexOf(column.name);
    return `Key of the row in ${parent.table}.csv this item belongs to (its ${parent.parentFields[index]} column)`;
  }
  const general = COLUMNS[column.name];
  if (general !== undefined) return general;
  throw new Error(
    `No description for ${table.name}.${column.name}: add one to scripts/data/interchange/descriptions.ts`,
  );
}

/**
 * The title and description of a table.
 *
 * @example
 * ```ts
 * tableDescription(agreementMilestones).title; // 'The dated steps of each row of agreements'
 * ```
 */
export function tableDescription(table: Table): { title: string; description: string } {
  const own = TABLES[table.name];
  if (table.parent === undefined) {
    if (own === undefined) throw new Error(`No description for table ${table.name}`);
    return { title: table.name, description: own };
  }
  const field = table.listPath[table.listPath.length - 1] as string;
  const words = LIST_WORDS[field];
  if (words === undefined) throw new Error(`No description for list ${field} (table ${table.name})`);
  const title = `${words} ${table.parent.table}${field === 'notInForceFor' ? ' is not in force' : ''}`;
  return {
    title,
    description: `${title}: one row per item, in order (position 1 = first). Join to ${table.parent.table}.csv on ${table.parent.fields.join(', ')}.`,
  };
}
