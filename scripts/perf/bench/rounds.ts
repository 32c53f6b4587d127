/** The median (the mean of the two middle values for an even count). */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** A ratio measured in rounds: the median round, and the lowest and highest. */
export interface Spread {
  readonly median: number;
  readonly low: number;
  readonly high: number;
}

/**
 * The per-round ratios `a[i] / b[i]` of two series timed side by side, as a {@link Spread}.
 *
 * @param a - The measured times, one per round.
 * @param b - The reference times, from the same rounds.
 */
export function ratiosOf(a: readonly number[], b: readonly number[]): Spread {
  const ratios = a.map((x, i) => x / (b[i] as number));
  return { median: median(ratios), low: Math.min(...ratios), high: Math.max(...ratios) };
}
