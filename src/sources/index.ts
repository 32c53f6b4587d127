/**
 * The bibliography: the paper, the works it cites, the datasets and the web
 * pages every other module's records point to.
 *
 * @example
 * ```ts
 * import { sources, getSource, cite } from 'korea-latam/sources';
 * sources.length > 0; // true
 * cite('lopez-aymes-2012', 'short'); // 'López Aymes (2012)'
 * ```
 * @module korea-latam/sources
 */
export { cite } from './cite.js';
export { getSource, isSourceId } from './get-source.js';
export { sourceIds } from './source-ids.generated.js';
export { sources, sourcesMeta } from './sources.generated.js';
export type { CitationStyle, DatasetMeta, Source, SourceFreshness, SourceId, SourceKind } from './types.js';
