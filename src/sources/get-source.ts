import { lazyIndex } from '../internal/lazy-index.js';
import { didYouMean, unknownValueError } from '../internal/unknown-value-error.js';
import { sourceIds } from './source-ids.generated.js';
import { sources } from './sources.generated.js';
import type { Source, SourceId } from './types.js';

const sourcesById = /* @__PURE__ */ lazyIndex(sources, (source) => source.id);

/**
 * Looks up a bibliography record by id.
 *
 * @param id - A source id (see `sourceIds`).
 * @throws RangeError for an id that is not in the bibliography; the message
 *   names the id and suggests close matches.
 * @example
 * ```ts
 * import { getSource } from 'korea-latam/sources';
 * getSource('imf-dots-2022').publisher; // 'International Monetary Fund'
 * // @ts-expect-error: not a source id; the compiler says so, and at run time:
 * getSource('imf-dots'); // throws RangeError: Unknown source id "imf-dots". Did you mean imf-dots-2022?
 * ```
 */
export function getSource(id: SourceId): Source {
  const found = sourcesById().get(id);
  if (found === undefined) throw unknownValueError('source id', id, sourceIds, didYouMean(id, sourceIds));
  return found;
}

/**
 * Whether a value is the id of a source in the bibliography.
 *
 * @param value - Any value.
 * @example
 * ```ts
 * import { isSourceId } from 'korea-latam/sources';
 * isSourceId('lopez-aymes-2012'); // true
 * isSourceId('nope'); // false
 * ```
 */
export function isSourceId(value: unknown): value is SourceId {
  return sourcesById().has(value as SourceId);
}
