import { assertOneOf } from '../internal/assert.js';
import { describeValue } from '../internal/describe-value.js';
import type { Verdict } from './types.js';

/** Number of decimals a figure is printed with (`2.8` → 1, `65` → 0). */
export function printedDecimals(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/**
 * Compares a computed percentage with a figure the paper prints:
 * `supported` if the computed value rounds to the printed one (within half a
 * unit of its last printed digit), `partly` if within three half-units,
 * `contradicted` beyond that.
 *
 * @param printed - The figure as the paper prints it.
 * @param computed - The same figure computed from the data.
 * @example
 * ```ts
 * import { compareToPrinted } from 'korea-latam/claims';
 * compareToPrinted(2, 2.46); // 'supported' (2.46 rounds to 2)
 * compareToPrinted(65, 64.13); // 'partly'
 * compareToPrinted(2.7, 2.88); // 'contradicted'
 * ```
 * @throws TypeError when either figure is not a finite number.
 */
export function compareToPrinted(printed: number, computed: number): Exclude<Verdict, 'not-checkable'> {
  for (const [name, value] of [
    ['printed', printed],
    ['computed', computed],
  ] as const) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new TypeError(`Expected "${name}" to be a finite number, got ${describeValue(value)}.`);
    }
  }
  const halfUnit = 0.5 * 10 ** -printedDecimals(printed);
  const gap = Math.abs(computed - printed);
  if (gap <= halfUnit + 1e-12) return 'supported';
  if (gap <= 3 * halfUnit + 1e-12) return 'partly';
  return 'contradicted';
}

/**
 * Combines the verdicts of a claim's parts: all supported → `supported`;
 * all contradicted → `contradicted`; otherwise `partly`.
 *
 * @param parts - The verdicts of a claim's parts (each supported, partly or contradicted).
 * @throws RangeError for an empty list, which has no verdict to combine, or a value that is
 *   not `supported`, `partly` or `contradicted` (naming it).
 * @throws TypeError when `parts` is not an array.
 *
 * @example
 * ```ts
 * import { combineVerdicts } from 'korea-latam/claims';
 * combineVerdicts(['supported', 'contradicted']); // 'partly'
 * ```
 */
export function combineVerdicts(
  parts: readonly Exclude<Verdict, 'not-checkable'>[],
): Exclude<Verdict, 'not-checkable'> {
  if (!Array.isArray(parts)) throw new TypeError(`Expected a list of verdicts, got ${describeValue(parts)}.`);
  if (parts.length === 0) throw new RangeError('combineVerdicts needs at least one verdict, got an empty list.');
  for (const part of parts) assertOneOf(part, ['supported', 'partly', 'contradicted'] as const, 'verdict');
  if (parts.every((v) => v === 'supported')) return 'supported';
  if (parts.every((v) => v === 'contradicted')) return 'contradicted';
  return 'partly';
}
