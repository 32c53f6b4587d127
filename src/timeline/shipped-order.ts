import { factsAbout } from '../internal/memo.js';

/** The lists the data build wrote in the order `sortByDate` gives. */
const inOrder = /* @__PURE__ */ factsAbout<readonly object[], true>();

/**
 * Records that a list lies in the order `sortByDate` gives (the first day a date could be, a
 * coarser date first on the same day), and returns it. Only the generated data module calls it,
 * marked pure, for the shipped events, which the data build sorts with `sortByDate` itself; a
 * test checks the shipped order against `sortByDate` over a copy.
 *
 * @param list - The shipped events, in date order and frozen.
 */
export function inDateOrder<T extends readonly object[]>(list: T): T {
  inOrder.record(list, true);
  return list;
}

/**
 * Whether the data build wrote this list in date order (so a helper needs no sort).
 *
 * @param list - Any list passed as events.
 */
export function isInDateOrder(list: readonly object[]): boolean {
  return inOrder.of(list) === true;
}
