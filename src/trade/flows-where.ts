import { assertOneOf, assertYear, ownOption, readOwn, rejectUnknownFields } from '../internal/assert.js';
import { describeValue } from '../internal/describe-value.js';
import { entryOf, groupBy } from '../internal/group-by.js';
import { memoPerObject } from '../internal/memo.js';
import type { SourceId } from '../sources/types.js';
import { assertPartner, assertReporter } from './codes.js';
import { assertSourceOption, type FlowIndex, indexFlows } from './flow-index.js';
import { preferredFlowSet } from './preferred-flows.js';
import type { TradeFlow, TradeFlowKind, TradePartner, TradeReporter } from './types.js';

/**
 * Which trade records {@link flowsWhere} returns. Every field is optional;
 * the records returned match all the fields given.
 *
 * @example
 * ```ts
 * import { FlowQuery } from 'korea-latam/trade';
 * const q: FlowQuery = { reporter: 'KOR', partner: 'MEX', from: 2000, to: 2010, flow: 'export' };
 * ```
 * @expand
 */
export interface FlowQuery {
  /** Whose statistics: `'KOR'` or a LAC code. */
  readonly reporter?: TradeReporter;
  /** The other side: `'KOR'`, a LAC code, a Caribbean territory or `'WLD'`. */
  readonly partner?: TradePartner;
  /** One year. */
  readonly year?: number;
  /** First year (inclusive). */
  readonly from?: number;
  /** Last year (inclusive). */
  readonly to?: number;
  /** `'export'` or `'import'`, as seen by the reporter. */
  readonly flow?: TradeFlowKind;
  /** Only records from this publisher (a source id the flows have). */
  readonly source?: SourceId;
  /** `true`: only the record from the reporter's preferred source for each key (see `preferredFlows`). */
  readonly preferred?: boolean;
}

const QUERY_KEYS: readonly string[] = ['reporter', 'partner', 'year', 'from', 'to', 'flow', 'source', 'preferred'];

/** The query's fields, each read once from an own property, after its keys are checked. */
function readFlowQuery(q: Partial<Record<keyof FlowQuery, unknown>>): Partial<FlowQuery> {
  rejectUnknownFields(q, QUERY_KEYS);
  return {
    reporter: ownOption(q, 'reporter', q.reporter),
    partner: ownOption(q, 'partner', q.partner),
    year: ownOption(q, 'year', q.year),
    from: ownOption(q, 'from', q.from),
    to: ownOption(q, 'to', q.to),
    flow: ownOption(q, 'flow', q.flow),
    source: ownOption(q, 'source', q.source),
    preferred: ownOption(q, 'preferred', q.preferred),
  } as Partial<FlowQuery>;
}

type Field = 'reporter' | 'partner' | 'year';

/** Lists over the whole index by one field, each built the first time a query needs it. */
const fieldListsOf = /* @__PURE__ */ memoPerObject((_index: FlowIndex) => new Map<Field, Map<unknown, TradeFlow[]>>());

function listBy(index: FlowIndex, field: Field, key: unknown): readonly TradeFlow[] {
  const map = entryOf(fieldListsOf(index), field, () => groupBy<TradeFlow, unknown>(index.all, (flow) => flow[field]));
  return map.get(key) ?? NONE;
}

const NONE: readonly TradeFlow[] = /* @__PURE__ */ Object.freeze([]);

/**
 * The trade records that match a query, read from an index instead of a scan:
 * use it wherever you would write `tradeFlows.filter(…)` (iterating the
 * frozen dataset is several times slower than this lookup). The records keep
 * their order in `flows`; the array returned is new and yours to change (the
 * records in it are the shipped, frozen ones).
 *
 * A settled `flows` array (the shipped dataset, or anything `parseTradeFlows`
 * returns) is indexed once; any other array is indexed on every call, so a
 * change you make to it is always seen. Freeze your array and its records
 * to get the cached speed on your own data.
 *
 * @param flows - The trade records to read: `tradeFlows`, or your own array of {@link TradeFlow} records (checked, never changed).
 * @param query - The fields to match (`reporter`, `partner`, `year` or `from`/`to`, `flow`, `source`, `preferred`); a misspelt field is a TypeError. See {@link FlowQuery}.
 * @throws TypeError when `flows` is not an array of trade flows, the query is not an object,
 *   or it has a field this function does not know (a misspelt field is an error, not "no filter").
 * @throws RangeError for an unknown code, flow or source, a bad year, or `from` after `to`.
 * @example
 * ```ts
 * import { flowsWhere, tradeFlows } from 'korea-latam/trade';
 * flowsWhere(tradeFlows, { reporter: 'KOR', partner: 'MEX', year: 2008, flow: 'export' })
 *   .map((f) => [f.source, f.valueUsd]); // [['imf-dots-2022', 9089949001], ['kosis-kcs-trade', 9089949000]]
 * flowsWhere(tradeFlows, { reporter: 'KOR', partner: 'MEX', year: 2008, flow: 'export', preferred: true })
 *   .map((f) => f.source); // ['kosis-kcs-trade']
 * flowsWhere(tradeFlows, { partnr: 'MEX' } as never); // throws TypeError: Unknown query field "partnr"
 * ```
 */
export function flowsWhere(flows: readonly TradeFlow[], query: FlowQuery): TradeFlow[] {
  const { reporter, partner, year, from, to, flow, source, preferred } = readOwn(query, 'query', readFlowQuery);
  if (reporter !== undefined) assertReporter(reporter);
  if (partner !== undefined) assertPartner(partner);
  if (year !== undefined) assertYear(year, 'year');
  if (from !== undefined) assertYear(from, 'from');
  if (to !== undefined) assertYear(to, 'to');
  if (from !== undefined && to !== undefined && from > to) {
    throw new RangeError(`"from" (${from}) is after "to" (${to}).`);
  }
  if (flow !== undefined) assertOneOf(flow, ['export', 'import'] as const, 'flow');
  if (preferred !== undefined && typeof preferred !== 'boolean') {
    throw new TypeError(`Expected "preferred" to be true or false, got ${describeValue(preferred)}.`);
  }
  const index = indexFlows(flows);
  assertSourceOption(index, source);
  const candidates = candidatesFor(index, reporter, partner, year);
  const chosen = preferred === true ? preferredFlowSet(flows) : undefined;
  // A pair's list by year holds exact matches of reporter, partner and year: nothing left to test.
  const exact =
    reporter !== undefined && partner !== undefined && from === undefined && to === undefined && flow === undefined;
  if (exact && source === undefined && chosen === undefined) return candidates.slice();
  const result: TradeFlow[] = [];
  for (const row of candidates) {
    if (
      (reporter === undefined || row.reporter === reporter) &&
      (partner === undefined || row.partner === partner) &&
      (year === undefined || row.year === year) &&
      (from === undefined || row.year >= from) &&
      (to === undefined || row.year <= to) &&
      (flow === undefined || row.flow === flow) &&
      (source === undefined || row.source === source) &&
      (chosen === undefined || chosen.has(row))
    ) {
      result.push(row);
    }
  }
  return result;
}

/** The shortest list from the index that holds every match. */
function candidatesFor(
  index: FlowIndex,
  reporter: TradeReporter | undefined,
  partner: TradePartner | undefined,
  year: number | undefined,
): readonly TradeFlow[] {
  if (reporter !== undefined && partner !== undefined) {
    const pair = index.pair(`${reporter}|${partner}`);
    if (pair === undefined) return NONE;
    return year === undefined ? pair.rows : (pair.byYear.get(year) ?? NONE);
  }
  // One list by the most selective field given: a year, then a partner, then a reporter.
  if (year !== undefined) return listBy(index, 'year', year);
  if (partner !== undefined) return listBy(index, 'partner', partner);
  if (reporter !== undefined) return listBy(index, 'reporter', reporter);
  return index.all;
}
