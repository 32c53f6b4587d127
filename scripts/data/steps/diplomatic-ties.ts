import { join } from 'node:path';
import type { DiplomaticTie } from '../../../src/timeline/types.js';
import { fail, readCsv } from '../lib/csv.js';
import { emitModule, frozenArray, metaExport, TRUSTED_IMPORT } from '../lib/emit.js';
import { freshnessBySource } from '../lib/freshness.js';
import { LAC_CODES } from './kosis.js';
import type { Schemas } from './types.js';

export const TIES_FILE = 'data/timeline/two_koreas_diplomatic_ties_kdiplo.csv';

const year = (cell: string | undefined): string | null => (cell === undefined || cell === 'NA' ? null : cell);

/**
 * Reads the kdiplo ties table for the 33 LAC countries: one record per
 * country and Korea. The table has one row a year; its date columns are
 * empty in the rows before a country existed, so the last row (the latest
 * year) carries the years.
 */
export function readDiplomaticTies(root: string): DiplomaticTie[] {
  const latest = new Map<string, { year: number; values: Record<string, string> }>();
  for (const row of readCsv(join(root, TIES_FILE))) {
    const v = row.values;
    if (!LAC_CODES.includes(v.iso3c ?? '')) continue;
    if (v.south_north !== 'South Korea' && v.south_north !== 'North Korea') fail(row, 'south_north', 'unknown Korea');
    const key = `${v.iso3c}|${v.south_north}`;
    const y = Number(v.year);
    if ((latest.get(key)?.year ?? Number.NEGATIVE_INFINITY) < y) latest.set(key, { year: y, values: { ...v } });
  }
  return [...latest.values()]
    .map(({ values: v }) => {
      const south = v.south_north === 'South Korea';
      return {
        country: v.iso3c,
        korea: south ? 'ROK' : 'DPRK',
        established: year(v.date),
        cut: year(v.cut_date),
        reestablished: year(v.reestablish_date),
        precision: 'year',
        sources: ['kdiplo-diplomatic-ties', south ? 'mofa-kr-diplomatic-relations' : 'ayhan-2024-two-koreas-ties'],
        ...(v.cut_date !== 'NA' && v.date !== 'NA' && (v.cut_date ?? '') < (v.date ?? '')
          ? {
              note: `The table gives a cut year (${v.cut_date}) before the year ties were established (${v.date}); both are shown as given.`,
            }
          : {}),
      } as DiplomaticTie;
    })
    .sort((a, b) => a.country.localeCompare(b.country) || a.korea.localeCompare(b.korea));
}

/** Validates and writes the ties dataset; returns it. */
export function buildDiplomaticTies(root: string, schemas: Schemas): readonly DiplomaticTie[] {
  const ties = schemas.parseDiplomaticTies(readDiplomaticTies(root));
  emitModule(
    join(root, 'src/timeline/diplomatic-ties.generated.ts'),
    [TIES_FILE],
    [
      "import { deepFreeze } from '../internal/deep-freeze.js';",
      TRUSTED_IMPORT,
      "import type { DatasetMeta } from '../sources/types.js';",
      "import type { DiplomaticTie } from './types.js';",
      '',
      '/**',
      " * Both Koreas' diplomatic ties with each of the 33 LAC countries: the year",
      ' * ties were established, cut and re-established (year precision), so the',
      ' * competition for recognition of the 1950s–60s can be read beside the dated',
      ' * timeline. South Korea: the Korean foreign ministry list; North Korea: one',
      " * scholar's compilation; both as carried by the kdiplo package.",
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { diplomaticTies } from 'korea-latam/timeline';",
      " * diplomaticTies.filter((t) => t.korea === 'DPRK' && t.cut !== null).map((t) => t.country);",
      ' * ```',
      ' */',
      `export const diplomaticTies: readonly DiplomaticTie[] = ${frozenArray(ties)};`,
      metaExport('diplomaticTiesMeta', 'timeline', 'diplomaticTiesMeta.records; // 66', {
        title: "The two Koreas' diplomatic ties with Latin America and the Caribbean",
        description:
          "For each of the 33 LAC countries and each Korea, the year diplomatic relations were established, cut and re-established, at year precision. South Korea's years come from the Korean foreign ministry's list and North Korea's from Kadir Jun Ayhan's compilation, both through the kdiplo package. A country with no established year never had ties with that Korea, per the table. South Korea's years are cross-checked against the dated timeline in docs/data-audit.md; where they differ, the timeline event keeps the year as an alternative.",
        sources: ['kdiplo-diplomatic-ties', 'mofa-kr-diplomatic-relations', 'ayhan-2024-two-koreas-ties'],
        records: ties.length,
        retrieved: 'kdiplo data-raw/diplo_ties_data.csv, updated 2025-06-16/19 (commit acbb539).',
        freshness: freshnessBySource(
          ties.flatMap((t) =>
            [t.established, t.cut, t.reestablished]
              .filter((y): y is string => y !== null)
              .flatMap((y) => t.sources.map((source) => ({ source, first: y, last: y }))),
          ),
          {
            'kdiplo-diplomatic-ties': '2025-06-19 (update of the kdiplo package)',
            'mofa-kr-diplomatic-relations': '2025-06-19 (as carried by the kdiplo package)',
            'ayhan-2024-two-koreas-ties': '2025-06-19 (as carried by the kdiplo package)',
          },
        ),
        license: 'MIT for the kdiplo package; the underlying lists belong to their publishers.',
        attribution: "Source: Korean Ministry of Foreign Affairs; K. J. Ayhan's compilation (kdiplo); via korea-latam.",
      }),
    ].join('\n'),
  );
  return ties;
}
