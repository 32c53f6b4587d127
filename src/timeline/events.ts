import { countryCodes } from '../countries/country-codes.generated.js';
import { assertOneOf, checkRecords, readOptions } from '../internal/assert.js';
import { codeCheck } from '../internal/code-check.js';
import { compareText } from '../internal/compare-text.js';
import { describeValue } from '../internal/describe-value.js';
import { pushTo } from '../internal/group-by.js';
import { memoForSettled, memoOnSecondUse } from '../internal/memo.js';
import { plainArray } from '../internal/plain-array.js';
import { isTrusted } from '../internal/settled.js';
import { type DateInput, knownWindow, toDay, windowOf } from './dates.js';
import { organizationCodes } from './organizations.js';
import { isInDateOrder } from './shipped-order.js';
import type { Agreement, DatePrecision, PartyCode, TimelineEvent } from './types.js';

/** The first and last day a recorded date covers, as ISO text. */
type DayWindow = { readonly first: string; readonly last: string };

const DATED_FIELDS = { date: 'string', precision: 'string' } as const;
const PARTY_FIELDS = { parties: 'array' } as const;

/**
 * Options of {@link eventsBetween}.
 *
 * @example
 * ```ts
 * import { EventsBetweenOptions } from 'korea-latam/timeline';
 * const options: EventsBetweenOptions = { match: 'within' };
 * ```
 * @expand
 */
export interface EventsBetweenOptions {
  /**
   * `overlaps` (default): the event's date interval touches the range, so a
   * year-precision event counts for any range that includes part of that year.
   * `within`: the whole interval lies inside the range.
   */
  readonly match?: 'overlaps' | 'within';
}

/**
 * The events between two dates (both included), in chronological order.
 * Bounds may be days, months or years: `eventsBetween(events, '2004', '2005')`
 * covers 1 January 2004 to 31 December 2005.
 *
 * @param events - The events to read: `timelineEvents`, or your own array of dated events.
 * @param from - The first day of the range: an ISO date at any precision, or a Date.
 * @param to - The last day of the range, included: an ISO date at any precision, or a Date.
 * @param options - `match`: whether an event must lie wholly within the range or only overlap it; see {@link EventsBetweenOptions}.
 * @throws RangeError for an invalid bound, `from` after `to`, or an unknown match mode.
 * @throws TypeError when `events` is not an array of records with a valid date and precision
 *   (the message names the position), or `options` is not an object.
 * @example
 * ```ts
 * import { timelineEvents, eventsBetween } from 'korea-latam/timeline';
 * eventsBetween(timelineEvents, '2004-01-01', '2004-12-31').map((e) => e.id);
 * ```
 */
export function eventsBetween<T extends Pick<TimelineEvent, 'date' | 'precision'>>(
  events: readonly T[],
  from: DateInput,
  to: DateInput,
  options?: EventsBetweenOptions,
): T[] {
  const dated = datedInOrder(events);
  const start = toDay(from, 'from', 'from');
  const end = toDay(to, 'to', 'to');
  if (start > end) throw new RangeError(`"from" (${start}) is after "to" (${end}).`);
  const { match = 'overlaps' } = readOptions(options);
  assertOneOf(match, ['overlaps', 'within'] as const, 'match mode');
  const found: T[] = [];
  for (const { event, interval } of dated) {
    // Sorted by first day: nothing after this one can start by `end`.
    if (interval.first > end) break;
    if (match === 'within' ? interval.last <= end && interval.first >= start : interval.last >= start)
      found.push(event);
  }
  return found;
}

/**
 * Each event with its date interval, checking every record: a record without
 * a string date and a known precision, or with a date that is not a real date
 * at that precision, is a `TypeError` naming its position.
 */
export function datedEvents<T extends Pick<TimelineEvent, 'date' | 'precision'>>(
  events: readonly T[],
  name = 'events',
): { event: T; interval: DayWindow }[] {
  checkRecords(events, name, 'a dated record', DATED_FIELDS);
  // The shipped events' dates were checked when the data were built.
  if (isTrusted(events)) {
    const dated: { event: T; interval: DayWindow }[] = [];
    for (let i = 0; i < events.length; i += 1) {
      const event = events[i] as T;
      dated.push({ event, interval: knownWindow(event.date, event.precision) });
    }
    return dated;
  }
  return plainArray(events).map((event, position) => {
    try {
      return { event, interval: windowOf(event.date, event.precision) };
    } catch (error) {
      throw new TypeError(`${name}[${position}] has no valid date: ${(error as Error).message}`);
    }
  });
}

function byDate<T extends Pick<TimelineEvent, 'precision'>>(
  dated: { event: T; interval: DayWindow }[],
): { event: T; interval: DayWindow }[] {
  return dated.sort(
    (a, b) =>
      compareText(a.interval.first, b.interval.first) ||
      precisionRank(a.event.precision) - precisionRank(b.event.precision),
  );
}

/**
 * Sorts events by the first day their date could be; on the same day a
 * coarser date (decade, year, month) comes before a finer one. Returns a new
 * array; the input is not changed.
 *
 * @param events - The events to read: `timelineEvents`, or your own array of dated events.
 * @throws TypeError when `events` is not an array of records with a valid date and precision.
 * @example
 * ```ts
 * import { timelineEvents, sortByDate } from 'korea-latam/timeline';
 * sortByDate(timelineEvents)[0]?.date;
 * ```
 */
export function sortByDate<T extends Pick<TimelineEvent, 'date' | 'precision'>>(events: readonly T[]): T[] {
  // The shipped events: the data build wrote them in this order.
  if (isInDateOrder(events)) return events.slice();
  return datedInOrder(events).map((entry) => entry.event);
}

/**
 * The events with their date intervals, sorted by date: worked out once for
 * a settled list (the shipped timeline, or a parsed one), on every call for
 * any other list.
 */
function datedInOrder<T extends Pick<TimelineEvent, 'date' | 'precision'>>(
  events: readonly T[],
): readonly { event: T; interval: DayWindow }[] {
  return inOrderOf(events) as readonly { event: T; interval: DayWindow }[];
}

const inOrderOf = /* @__PURE__ */ memoForSettled((events: readonly Pick<TimelineEvent, 'date' | 'precision'>[]) => {
  const dated = datedEvents(events);
  return isInDateOrder(events) ? dated : byDate(dated);
});

const precisionRank = (p: DatePrecision): number => ['decade', 'year', 'month', 'day'].indexOf(p);

/** Whether a value is a country or organization code. */
const isPartyCode = /* @__PURE__ */ codeCheck(countryCodes, organizationCodes);

function checkParty(party: unknown): asserts party is PartyCode {
  if (!isPartyCode(party)) throw unknownParty(party);
}

/** The error for a value that is not a party code (its own function: a valid party never compiles it). */
function unknownParty(party: unknown): RangeError {
  return new RangeError(
    `Unknown party code ${describeValue(party)}: expected a country code or ${organizationCodes.join(', ')}.`,
  );
}

/**
 * The events a country or organisation is a party to, in chronological order.
 *
 * @param events - The events to read: `timelineEvents`, or your own array of dated events.
 * @param party - A country or organization code.
 * @throws RangeError for a value that is not a country or organization code.
 * @throws TypeError for a list that is not an array of records with a `parties` array (and,
 *   for events, a valid date).
 * @example
 * ```ts
 * import { timelineEvents, eventsFor } from 'korea-latam/timeline';
 * eventsFor(timelineEvents, 'COL').map((e) => e.id);
 * // ['kor-col-relations', …, 'kor-col-fta-in-force']
 * ```
 */
export function eventsFor<T extends Pick<TimelineEvent, 'parties' | 'date' | 'precision'>>(
  events: readonly T[],
  party: PartyCode,
): T[] {
  checkRecords(events, 'events', 'a timeline event', PARTY_FIELDS);
  checkParty(party);
  const index = eventsByParty(events);
  if (index !== undefined) return ((index.get(party) ?? []) as readonly T[]).slice();
  // A first question about the shipped events (their dates were checked when the data were
  // built): a scan, then the few matches in date order (the shipped list is in it already).
  if (isInDateOrder(events)) return withParty(events, party);
  const dated = withParty(events, party).map((event) => ({
    event,
    interval: knownWindow(event.date, event.precision),
  }));
  return byDate(dated).map((entry) => entry.event);
}

/** The records that name `party`, in list order (a loop: array methods are slow on frozen arrays). */
function withParty<T extends Party>(list: readonly T[], party: PartyCode): T[] {
  const found: T[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const record = list[i] as T;
    if (record.parties.includes(party)) found.push(record);
  }
  return found;
}

type Party = Pick<TimelineEvent, 'parties'>;

/** Records by party, in the order given (a record that names a party twice is listed once). */
function byParty(records: readonly Party[]): ReadonlyMap<PartyCode, readonly Party[]> {
  const map = new Map<PartyCode, Party[]>();
  for (const record of records) {
    for (const party of record.parties) if (map.get(party)?.at(-1) !== record) pushTo(map, party, record);
  }
  return map;
}

/** Events by party, each list by date (for a settled list, worked out once). */
const eventsByParty = /* @__PURE__ */ memoOnSecondUse(
  (events: readonly Pick<TimelineEvent, 'parties' | 'date' | 'precision'>[]) => byParty(sortByDate(events)),
);

/** Agreements by party, in list order (for a settled list, worked out once). */
const agreementsByParty = /* @__PURE__ */ memoOnSecondUse((list: readonly Party[]) => byParty(list));

/**
 * The agreements a country or organisation is a party to.
 *
 * @param list - The agreements to look through: `agreements`, or your own array.
 * @param party - A country or organization code.
 * @throws RangeError for a value that is not a country or organization code.
 * @throws TypeError for a list that is not an array of records with a `parties` array (and,
 *   for events, a valid date).
 * @example
 * ```ts
 * import { agreements, agreementsFor } from 'korea-latam/timeline';
 * agreementsFor(agreements, 'CHL').map((a) => a.id); // ['kor-chl-fta', 'kor-chl-bit']
 * ```
 */
export function agreementsFor<T extends Pick<Agreement, 'parties'>>(list: readonly T[], party: PartyCode): T[] {
  checkRecords(list, 'agreements', 'an agreement', PARTY_FIELDS);
  checkParty(party);
  // Agreements keep their order in the list (no dates to sort by).
  const index = agreementsByParty(list);
  return index === undefined ? withParty(list, party) : ((index.get(party) ?? []) as readonly T[]).slice();
}

/**
 * A group of events sharing a year or decade, for charts.
 *
 * @example
 * ```ts
 * import { EventGroup, TimelineEvent } from 'korea-latam/timeline';
 * const g: EventGroup<TimelineEvent> = { key: '2004', start: '2004-01-01', events: [] };
 * ```
 */
export interface EventGroup<T> {
  /** `'2004'` for a year, `'1990s'` for a decade. */
  readonly key: string;
  /** First day of the group, for sorting and axes. */
  readonly start: string;
  readonly events: readonly T[];
}

/**
 * Groups events by year or by decade, in chronological order. An event known
 * only to the decade cannot go in a single year: with `by: 'year'` it gets
 * its own group keyed by its decade (`'1990s'`), never a guessed year.
 *
 * @param events - The events to read: `timelineEvents`, or your own array of dated events.
 * @param by - `'year'` or `'decade'`.
 * @throws RangeError for an unknown unit.
 * @throws TypeError when `events` is not an array of records with a valid date and precision.
 * @example
 * ```ts
 * import { timelineEvents, groupEvents } from 'korea-latam/timeline';
 * groupEvents(timelineEvents, 'decade').map((g) => `${g.key}: ${g.events.length}`);
 * ```
 */
export function groupEvents<T extends Pick<TimelineEvent, 'date' | 'precision'>>(
  events: readonly T[],
  by: 'year' | 'decade',
): EventGroup<T>[] {
  // The events are checked before the unit (the groups below reuse this work for a settled list).
  datedInOrder(events);
  assertOneOf(by, ['year', 'decade'] as const, 'grouping unit');
  const cached = (by === 'year' ? yearGroupsOf : decadeGroupsOf)(events) as readonly EventGroup<T>[];
  // New group objects and lists each time: the caller may change them.
  return cached.map((group) => ({ key: group.key, start: group.start, events: group.events.slice() }));
}

type Dated = Pick<TimelineEvent, 'date' | 'precision'>;
/** The groups by year and by decade of a settled list, worked out once. */
const yearGroupsOf = /* @__PURE__ */ memoForSettled((events: readonly Dated[]) =>
  groupSorted(
    datedInOrder(events).map((entry) => entry.event),
    'year',
  ),
);
const decadeGroupsOf = /* @__PURE__ */ memoForSettled((events: readonly Dated[]) =>
  groupSorted(
    datedInOrder(events).map((entry) => entry.event),
    'decade',
  ),
);

function groupSorted<T extends Pick<TimelineEvent, 'date' | 'precision'>>(
  sorted: readonly T[],
  by: 'year' | 'decade',
): EventGroup<T>[] {
  const groups = new Map<string, { key: string; start: string; events: T[] }>();
  for (const event of sorted) {
    const year = Number(event.date.slice(0, 4));
    const decadeKey = `${year - (year % 10)}s`;
    const key = by === 'decade' || event.precision === 'decade' ? decadeKey : String(year);
    const start = key.endsWith('s') ? `${key.slice(0, 4)}-01-01` : `${key}-01-01`;
    const group = groups.get(key) ?? { key, start, events: [] };
    group.events.push(event);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => compareText(a.start, b.start) || (a.key.endsWith('s') ? -1 : 1));
}
