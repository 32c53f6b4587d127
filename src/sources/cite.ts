import { describeValue } from '../internal/describe-value.js';
import { getSource } from './get-source.js';
import type { CitationStyle, Source, SourceId } from './types.js';

function authorLine(source: Source): string {
  const [first, ...rest] = source.authors;
  if (first === undefined) return source.publisher ?? source.title;
  if (rest.length === 0) return first;
  if (rest.length === 1) return `${first} and ${rest[0]}`;
  return `${first} et al.`;
}

function shortLine(source: Source, year: string): string {
  if (source.short !== undefined) return source.short;
  const first = source.authors[0];
  const name = first === undefined ? (source.publisher ?? source.title) : (first.split(' ').pop() ?? first);
  const etAl =
    source.authors.length > 2
      ? ' et al.'
      : source.authors.length === 2
        ? ` and ${source.authors[1]?.split(' ').pop()}`
        : '';
  return `${name}${etAl} (${year})`;
}

/**
 * Formats a source as a one-line citation.
 *
 * @param style `full` (default): authors, year, title, publisher, DOI or URL;
 *   `short`: author surname(s) and year; `attribution`: a line for a chart.
 * @throws {RangeError} for an unknown id or style.
 * @example
 * ```ts
 * import { cite } from 'korea-latam/sources';
 * cite('lopez-aymes-2012', 'short'); // 'López Aymes (2012)'
 * cite('imf-dots-2022', 'attribution');
 * // 'Source: International Monetary Fund, Direction of Trade Statistics (DOTS), early-2022 vintage.'
 * ```
 */
export function cite(id: SourceId, style: CitationStyle = 'full'): string {
  const source = getSource(id);
  const year = source.year === null ? 'n.d.' : String(source.year);
  switch (style) {
    case 'short':
      return shortLine(source, year);
    case 'attribution':
      return `Source: ${authorLine(source)}, ${source.title}.`;
    case 'full': {
      const parts = [`${authorLine(source)} (${year}).`, `${source.title}.`];
      if (source.publisher !== undefined && source.publisher !== source.authors[0]) parts.push(`${source.publisher}.`);
      if (source.doi !== undefined) parts.push(`https://doi.org/${source.doi}`);
      else if (source.url !== undefined) parts.push(source.url);
      if (!source.verified) parts.push('[not verified: known only through the paper]');
      return parts.join(' ');
    }
    default:
      throw new RangeError(`Unknown citation style ${describeValue(style)}. Valid values: full, short, attribution.`);
  }
}
