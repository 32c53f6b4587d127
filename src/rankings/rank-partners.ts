import { assertArray, assertOneOf, readOptions } from '../internal/assert.js';
import { describeValue } from '../internal/describe-value.js';

/** How equal values are ranked: `competition` (1, 2, 2, 4) or `dense` (1, 2, 2, 3). */
export type TieRule = 'competition' | 'dense';

/**
 * Options of {@link rankPartners}.
 *
 * @example
 * ```ts
 * import { RankOptions } from 'korea-latam/rankings';
 * const options: RankOptions = { ties: 'dense', order: 'desc' };
 * ```
 * @expand
 */
export interface RankOptions {
  /** Defaults to `'competition'`. */
  readonly ties?: TieRule;
  /** `'desc'` (default): the largest value ranks 1. */
  readonly order?: 'desc' | 'asc';
}

/**
 * A ranked item: the original row, its value and its rank.
 *
 * @example
 * ```ts
 * import { Ranked } from 'korea-latam/rankings';
 * const r: Ranked<{ code: string }> = { item: { code: 'USA' }, value: 65, rank: 1 };
 * ```
 */
export interface Ranked<T> {
  readonly item: T;
  readonly value: number;
  readonly rank: number;
}

/**
 * Ranks any rows by a numeric value — your own share table, a list of
 * partners, anything. Equal values share a rank. The input is not changed;
 * the result is sorted by rank, ties in input order.
 *
 * @param rows - The rows to rank.
 * @param valueFor - Reads the value to rank by; it must be a finite number.
 * @param options - How to rank: `ties` (the tie rule, default competition) and `order` (default `'desc'`); see {@link RankOptions}.
 * @throws TypeError when a value is not a finite number, or `valueFor` throws on a row (naming the row).
 * @throws RangeError for an unknown tie rule or order.
 * @example
 * ```ts
 * import { rankPartners } from 'korea-latam/rankings';
 * const rows = [{ p: 'A', v: 5 }, { p: 'B', v: 9 }, { p: 'C', v: 5 }];
 * rankPartners(rows, (r) => r.v).map((r) => `${r.item.p}:${r.rank}`); // ['B:1', 'A:2', 'C:2']
 * rankPartners(rows, (r) => r.v, { ties: 'dense' }).map((r) => r.rank); // [1, 2, 2]
 * ```
 */
export function rankPartners<T>(rows: readonly T[], valueFor: (row: T) => number, options?: RankOptions): Ranked<T>[] {
  assertArray(rows, 'rows');
  if (typeof valueFor !== 'function')
    throw new TypeError(`Expected "valueFor" to be a function, got ${describeValue(valueFor)}.`);
  const { ties = 'competition', order = 'desc' } = readOptions(options);
  assertOneOf(ties, ['competition', 'dense'] as const, 'tie rule');
  assertOneOf(order, ['desc', 'asc'] as const, 'rank order');
  // Array.from visits the holes of a sparse array too, so a missing row reaches valueFor and is named.
  const valued = Array.from(rows, (item, position) => {
    let value: unknown;
    try {
      value = valueFor(item);
    } catch (error) {
      // Your function failed on this row (a null or missing row, say): named, not passed on as an engine error.
      throw new TypeError(`valueFor threw on rows[${position}] (${describeValue(item)}); the error is the cause.`, {
        cause: error,
      });
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new TypeError(`rows[${position}] has no finite value to rank by: got ${describeValue(value)}.`);
    }
    return { item, value, position };
  });
  valued.sort((a, b) => (order === 'desc' ? b.value - a.value : a.value - b.value) || a.position - b.position);
  const ranked: Ranked<T>[] = [];
  let rank = 0;
  let previous: number | undefined;
  valued.forEach((entry, index) => {
    if (previous === undefined || entry.value !== previous) rank = ties === 'dense' ? rank + 1 : index + 1;
    previous = entry.value;
    ranked.push({ item: entry.item, value: entry.value, rank });
  });
  return ranked;
}
