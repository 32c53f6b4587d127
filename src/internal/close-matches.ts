/** Levenshtein distance between two short strings (case-insensitive). */
function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= t.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (s[i - 1] === t[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[t.length] ?? 0;
}

/**
 * The candidates closest to `input` (at most `limit`), for "did you mean"
 * hints in error messages. A candidate that contains the input, or is
 * contained in it, counts as close.
 *
 * @example
 * ```ts
 * closeMatches('MEXX', ['MEX', 'ARG', 'BRA']); // ['MEX']
 * ```
 */
export function closeMatches(input: string, candidates: readonly string[], limit = 3): string[] {
  const needle = input.toLowerCase();
  const threshold = Math.max(1, Math.floor(input.length / 3));
  return candidates
    .map((candidate) => {
      const hay = candidate.toLowerCase();
      const contains = needle.length >= 3 && (hay.includes(needle) || needle.includes(hay));
      return { candidate, distance: contains ? 0 : editDistance(input, candidate) };
    })
    .filter((entry) => entry.distance <= threshold)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((entry) => entry.candidate);
}
