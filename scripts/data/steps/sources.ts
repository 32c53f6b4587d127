import { join } from 'node:path';
import { constList, emitModule, frozenArray, metaExport, TRUSTED_IMPORT } from '../lib/emit.js';
import { loadCuratedSources, type RawSource } from '../lib/load-sources.js';
import type { Schemas } from './types.js';

/** Curated sources first (file order), then cited web pages by id. */
function allSources(root: string, webSources: readonly RawSource[]): RawSource[] {
  const curated = loadCuratedSources(join(root, 'data/sources/sources.json'));
  const curatedUrls = new Set(curated.map((s) => s.url));
  const web = webSources.filter((s) => !curatedUrls.has(s.url)).sort((a, b) => a.id.localeCompare(b.id));
  return [...curated, ...web];
}

/** Writes the source ids, which every other schema is written against; returns them. */
export function buildSourceIds(root: string, webSources: readonly RawSource[]): string[] {
  const ids = allSources(root, webSources).map((s) => s.id);
  emitModule(
    join(root, 'src/sources/source-ids.generated.ts'),
    ['data/sources/sources.json', 'data/timeline/*.csv (cited web pages)'],
    [
      '/**',
      ' * Every source id in the bibliography, in bibliography order.',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { sourceIds } from 'korea-latam/sources';",
      " * sourceIds.includes('lopez-aymes-2012'); // true",
      ' * ```',
      ' */',
      `export const sourceIds = ${constList(ids, 1)};`,
      '',
      '/** The id of a source in the bibliography (`korea-latam/sources`). */',
      'export type SourceId = (typeof sourceIds)[number];',
    ].join('\n'),
  );
  return ids;
}

/** Validates the bibliography with its schema and writes it; returns its records. */
export function buildSourceTable(
  root: string,
  webSources: readonly RawSource[],
  schemas: Schemas,
): readonly Record<string, unknown>[] {
  const records = allSources(root, webSources);
  const parsed = schemas.parseSources(records);
  emitModule(
    join(root, 'src/sources/sources.generated.ts'),
    ['data/sources/sources.json', 'data/timeline/*.csv (cited web pages)'],
    [
      "import { deepFreeze } from '../internal/deep-freeze.js';",
      TRUSTED_IMPORT,
      "import type { DatasetMeta, Source } from './types.js';",
      '',
      '/**',
      ' * The bibliography: the paper, the works it cites (those not found are',
      ' * flagged `verified: false`), the datasets, and every web page a record cites.',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { sources } from 'korea-latam/sources';",
      ' * sources.filter((s) => !s.verified).length; // 6 (works known only through the paper)',
      ' * ```',
      ' */',
      `export const sources: readonly Source[] = ${frozenArray(parsed)};`,
      metaExport('sourcesMeta', 'sources', "sourcesMeta.title; // 'Bibliography of korea-latam'", {
        title: 'Bibliography of korea-latam',
        description:
          'The paper, the works it cites (those not found flagged verified: false), the datasets, and every web page a record cites.',
        sources: ['lopez-aymes-2012'],
        records: parsed.length,
        retrieved: 'Pages and works read up to December 2025.',
        license: 'Bibliographic records written by korea-latam (MIT).',
        attribution: 'Source: korea-latam bibliography.',
      }),
    ].join('\n'),
  );
  return parsed as unknown as Record<string, unknown>[];
}
