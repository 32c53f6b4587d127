import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constList, emitModule, frozenArray, json, metaExport, TRUSTED_IMPORT } from '../lib/emit.js';
import { freshnessBySource } from '../lib/freshness.js';
import type { Schemas } from './types.js';

interface IsoRow {
  name: string;
  alpha2: string;
  alpha3: string;
  numeric: string;
  region: string;
  subregion: string;
}

/** The ISO file escapes commas inside names as `\,`. */
function readIso(path: string): IsoRow[] {
  const lines = readFileSync(path, 'utf8').trim().split('\n').slice(1);
  return lines.map((line, i) => {
    const cells = line.split(/(?<!\\),/).map((cell) => cell.replace(/\\,/g, ','));
    const [name, alpha2, alpha3, numeric, , region = '', subregion = ''] = cells;
    if (!name || !alpha2 || !alpha3 || !numeric) throw new Error(`${path}:${i + 2}: incomplete row`);
    return { name, alpha2, alpha3, numeric, region, subregion };
  });
}

const SUBREGIONS: Readonly<Record<string, string>> = {
  '005': 'South America',
  '013': 'Central America',
  '029': 'Caribbean',
  '021': 'Northern America',
};

interface BlocJson {
  id: string;
  members: { country: string; status: string; sources: string[]; suspensions: { sources: string[] }[] }[];
  sources: string[];
}

/** Ids and codes the rest of the build checks against. */
export interface CountryCodes {
  readonly countryCodes: readonly string[];
  readonly lacCountryCodes: readonly string[];
  /** The validated country table. */
  readonly records: readonly Record<string, unknown>[];
  /** The validated bloc table. */
  readonly blocs: readonly {
    id: string;
    name: string;
    members: readonly Record<string, unknown>[];
    sources: readonly string[];
  }[];
}

/** The country files, read and cross-checked once for both country steps. */
function readCountryFiles(root: string) {
  const dir = join(root, 'data/countries');
  const iso = readIso(join(dir, 'iso3166.csv'));
  const historical = JSON.parse(readFileSync(join(dir, 'historical.json'), 'utf8')) as {
    alpha3: string;
    alpha2: string | null;
    numeric: string | null;
    name: string;
    sources: string[];
    note?: string;
  }[];
  const lac = JSON.parse(readFileSync(join(dir, 'lac.json'), 'utf8')) as { members: string[]; sources: string[] };
  const blocs = JSON.parse(readFileSync(join(dir, 'blocs.json'), 'utf8')) as BlocJson[];
  const isoCodes = new Set(iso.map((r) => r.alpha3));
  for (const code of lac.members)
    if (!isoCodes.has(code)) throw new Error(`data/countries/lac.json: ${code} is not an ISO code`);
  const lacCodes = [...lac.members].sort();
  const countryCodes = [...isoCodes, ...historical.map((h) => h.alpha3)].sort();
  const blocIds = blocs.map((b) => b.id);
  const from = [
    'data/countries/iso3166.csv',
    'data/countries/historical.json',
    'data/countries/lac.json',
    'data/countries/blocs.json',
  ];
  return { iso, historical, lac, blocs, lacCodes, countryCodes, blocIds, from };
}

/** Writes the code lists (countries, LAC members, blocs) the schemas are written against. */
export function buildCountryCodes(root: string): Pick<CountryCodes, 'countryCodes' | 'lacCountryCodes'> {
  const { lacCodes, countryCodes, blocIds, from } = readCountryFiles(root);
  emitModule(
    join(root, 'src/countries/country-codes.generated.ts'),
    from,
    [
      '/**',
      ' * Every economy code in the country table (ISO 3166-1 alpha-3, plus former',
      ' * codes that trade statistics still use), sorted.',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { countryCodes } from 'korea-latam/countries';",
      " * countryCodes.includes('KOR'); // true",
      ' * ```',
      ' */',
      `export const countryCodes = ${constList(countryCodes)};`,
      '',
      '/** An economy code from the country table (ISO 3166-1 alpha-3 or a former code). */',
      'export type CountryCode = (typeof countryCodes)[number];',
      '',
      '/**',
      ' * The 33 LAC (CELAC) country codes, sorted.',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { lacCountryCodes } from 'korea-latam/countries';",
      ' * lacCountryCodes.length; // 33',
      ' * ```',
      ' */',
      `export const lacCountryCodes = ${constList(lacCodes)};`,
      '',
      '/** One of the 33 LAC (CELAC) country codes. */',
      'export type LacCountryCode = (typeof lacCountryCodes)[number];',
      '',
      '/**',
      ' * Ids of the regional blocs.',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { blocIds } from 'korea-latam/countries';",
      " * blocIds.includes('MERCOSUR'); // true",
      ' * ```',
      ' */',
      `export const blocIds = ${constList(blocIds)};`,
      '',
      '/** The id of a regional bloc. */',
      'export type BlocId = (typeof blocIds)[number];',
    ].join('\n'),
  );
  return { countryCodes, lacCountryCodes: lacCodes };
}

/** Validates the country and bloc tables with their schemas and writes them. */
export function buildCountryTables(root: string, sourceIds: readonly string[], schemas: Schemas): CountryCodes {
  const { iso, historical, lac, blocs, lacCodes, countryCodes, from } = readCountryFiles(root);
  for (const bloc of blocs) {
    const memberSources = bloc.members.flatMap((m) => [...m.sources, ...m.suspensions.flatMap((x) => x.sources)]);
    for (const s of [...bloc.sources, ...memberSources])
      if (!sourceIds.includes(s)) throw new Error(`data/countries/blocs.json: bloc ${bloc.id}: unknown source ${s}`);
  }
  // A country's blocs are those it belongs to now (members and suspended members, not former ones).
  const current = (b: BlocJson, code: string) => b.members.some((m) => m.country === code && m.status !== 'former');
  const blocsOf = (code: string): string[] => blocs.filter((b) => current(b, code)).map((b) => b.id);
  const blocSourcesOf = (code: string): string[] => blocs.filter((b) => current(b, code)).flatMap((b) => b.sources);
  const records = iso.map((row) => {
    const isLac = lac.members.includes(row.alpha3);
    const subregion = row.region === '019' ? (SUBREGIONS[row.subregion] ?? null) : null;
    const sources = [
      ...new Set(['iso-3166-regional-codes', ...(isLac ? lac.sources : []), ...blocSourcesOf(row.alpha3)]),
    ];
    return {
      code: row.alpha3,
      alpha2: row.alpha2,
      numeric: row.numeric.padStart(3, '0'),
      name: row.name,
      group: isLac ? 'lac' : row.alpha3 === 'KOR' ? 'korea' : 'other',
      subregion,
      blocs: blocsOf(row.alpha3),
      sources,
    };
  });
  const historicalRecords = historical.map((h) => ({
    code: h.alpha3,
    alpha2: h.alpha2,
    numeric: h.numeric,
    name: h.name,
    group: 'historical',
    subregion: null,
    blocs: [],
    sources: h.sources,
    ...(h.note === undefined ? {} : { note: h.note }),
  }));
  const all = schemas.parseCountries([...records, ...historicalRecords]);
  const parsedBlocs = schemas.parseBlocs(blocs);
  const lacRecords = all.filter((c) => c.group === 'lac').sort((a, b) => a.code.localeCompare(b.code));
  if (lacRecords.length !== 33) throw new Error(`expected 33 LAC countries, got ${lacRecords.length}`);
  for (const c of lacRecords) if (c.subregion === null) throw new Error(`LAC country ${c.code} has no subregion`);
  const korea = all.find((c) => c.code === 'KOR');
  const others = all
    .filter((c) => c.group === 'other' || c.group === 'historical')
    .sort((a, b) => a.code.localeCompare(b.code));
  emitModule(
    join(root, 'src/countries/countries.generated.ts'),
    from,
    [
      "import { deepFreeze, frozenConcat } from '../internal/deep-freeze.js';",
      TRUSTED_IMPORT,
      "import type { DatasetMeta } from '../sources/types.js';",
      "import type { Country, LacCountry } from './types.js';",
      '',
      '/**',
      ' * The 33 LAC (CELAC) countries, sorted by code.',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { lacCountries } from 'korea-latam/countries';",
      " * lacCountries.filter((c) => c.subregion === 'Caribbean').length; // 13",
      ' * ```',
      ' */',
      `export const lacCountries: readonly LacCountry[] = ${frozenArray(lacRecords)};`,
      '',
      '/**',
      ' * The Republic of Korea.',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { korea } from 'korea-latam/countries';",
      " * korea.alpha2; // 'KR'",
      ' * ```',
      ' */',
      `export const korea: Country = /* @__PURE__ */ deepFreeze(${json(korea)});`,
      '',
      `const otherEconomies: readonly Country[] = ${frozenArray(others)};`,
      '',
      '/**',
      ' * Every economy the datasets name: the LAC countries first, then Korea, then',
      ' * every other ISO 3166-1 country or territory and the former economies that',
      ' * trade statistics still report, each group sorted by code.',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { countries } from 'korea-latam/countries';",
      " * countries.find((c) => c.code === 'SUN')?.group; // 'historical'",
      ' * ```',
      ' */',
      'export const countries: readonly Country[] = /* @__PURE__ */ trustedData(/* @__PURE__ */ frozenConcat<Country>(lacCountries, [korea], otherEconomies));',
      metaExport('countriesMeta', 'countries', 'countriesMeta.records; // 255', {
        title: 'Countries, former economies and blocs',
        description:
          'The 33 LAC (CELAC) states, Korea, every other ISO 3166-1 country or territory and the former economies trade statistics still report, with alpha-2, alpha-3 and numeric codes, UN M49 subregions in the Americas, and bloc memberships.',
        sources: ['iso-3166-regional-codes', 'fotw-former-country-codes', ...new Set(blocs.flatMap((b) => b.sources))],
        records: all.length,
        retrieved:
          'ISO file at commit 0ce3e8a5238a8d8f61a44633bd7926a9b9d3d13b; bloc pages read in 2025 and December 2026.',
        freshness: freshnessBySource(
          parsedBlocs.flatMap((b) =>
            b.members.flatMap((m) =>
              [m.joined, m.left, ...m.suspensions.flatMap((x) => [x.from, x.until])]
                .filter((d): d is string => d !== undefined)
                .map((d) => ({ source: null, first: d, last: d })),
            ),
          ),
          { '': 'bloc membership pages read up to December 2026' },
        ),
        license: 'ISO 3166-1 codes and UN M49 regions as published; bloc lists from the cited sources.',
        attribution: 'Source: ISO 3166-1 and UN M49 (via lukes/ISO-3166-Countries-with-Regional-Codes); korea-latam.',
      }),
    ].join('\n'),
  );
  emitModule(
    join(root, 'src/countries/blocs.generated.ts'),
    ['data/countries/blocs.json'],
    [
      "import { deepFreeze } from '../internal/deep-freeze.js';",
      TRUSTED_IMPORT,
      "import type { Bloc } from './types.js';",
      '',
      '/**',
      ' * Regional blocs and their LAC members (full and suspended).',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { blocs } from 'korea-latam/countries';",
      " * blocs.map((b) => b.id); // ['MERCOSUR', 'PA', 'SICA', 'CARICOM', 'CAN']",
      ' * ```',
      ' */',
      `export const blocs: readonly Bloc[] = ${frozenArray(parsedBlocs)};`,
    ].join('\n'),
  );
  return {
    countryCodes,
    lacCountryCodes: lacCodes,
    records: [...lacRecords, korea, ...others] as unknown as Record<string, unknown>[],
    blocs: parsedBlocs as unknown as CountryCodes['blocs'],
  };
}
