import { describeValue } from '../internal/describe-value.js';
import { getSource } from './get-source.js';
import type { CitationStyle, Source, SourceId } from './types.js';

/** The authors as a citation names them: one, two joined by "and", or the first "et al."; else the publisher or title. */
function namesOf(source: Source, name: (author: string) => string): string {
  const [first, second, third] = source.authors;
  if (first === undefined) return source.publisher ?? source.title;
  if (second === undefined) return name(first);
  return third === undefined ? `${name(first)} and ${name(second)}` : `${name(first)} et al.`;
}

const surname = (author: string): string => author.split(' ').pop() ?? author;

/**
 * Formats a source as a one-line citation.
 *
 * @param id - A source id (see `sourceIds`).
 * @param style - `full` (default): authors, year, title, publisher, DOI or URL;
 *   `short`: author surname(s) and year; `attribution`: a line for a chart.
 * @throws RangeError for an unknown id or style.
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
      return source.short ?? `${namesOf(source, surname)} (${year})`;
    case 'attribution':
      return `Source: ${namesOf(source, String)}, ${source.title}.`;
    case 'full': {
      const names = namesOf(source, String);
      const parts = [`${names} (${year}).`, `${source.title}.`];
      if (source.publisher !== undefined && source.publisher !== names) parts.push(`${source.publisher}.`);
      if (source.doi !== undefined) parts.push(`https://doi.org/${source.doi}`);
      else if (source.url !== undefined) parts.push(source.url);
      if (!source.verified) parts.push('[not verified: known only through the paper]');
      return parts.join(' ');
    }
    default:
      throw new RangeError(`Unknown citation style ${describeValue(style)}. Valid values: full, short, attribution.`);
  }
}
