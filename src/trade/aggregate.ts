import { membershipOn } from '../countries/membership.js';
import type { Bloc, BlocMembership, Country } from '../countries/types.js';
import { assertOneOf, assertYear, checkRecords, readOptions } from '../internal/assert.js';
import { compareText } from '../internal/compare-text.js';
import { describeValue } from '../internal/describe-value.js';
import type { SourceId } from '../sources/types.js';
import { assertSourceOption, indexFlows, pairOf, pickFlow } from './flow-index.js';
import { tradeRegionMembers } from './regions.js';
import type {
  AggregateBy,
  AggregateGroup,
  AggregateGroupOf,
  AggregateRow,
  TradeFlow,
  TradeRegionEconomy,
  TradeRegionId,
  TradeReporter,
} from './types.js';

/**
 * Options every {@link aggregate} grouping accepts.
 *
 * @example
 * ```ts
 * import { AggregateBaseOptions } from 'korea-latam/trade';
 * const base: AggregateBaseOptions = { reporter: 'partners', from: 2000, to: 2010 };
 * ```
 * @expand
 */
export interface AggregateBaseOptions {
  /**
   * `'KOR'` (default): sum what Korea reports about each LAC partner.
   * `'partners'`: sum what each LAC country reports about Korea.
   */
  readonly reporter?: 'KOR' | 'partners';
  /** First and last year to include. */
  readonly from?: number;
  readonly to?: number;
  /** Use only this source; by default each value comes from the preferred source that has it. */
  readonly source?: SourceId;
  /**
   * Which economies the totals cover (see {@link tradeRegionIds}): `'celac'`
   * (default, the 33 CELAC states) or `'central-and-south-america'`, Korea
   * Customs' region, which adds the Caribbean territories and is the region
   * of Korean official and press totals.
   */
  readonly region?: TradeRegionId;
}

/**
 * Options of {@link aggregate}. Grouping by subregion needs the country
 * table and grouping by bloc the bloc table: pass them in, so the helper
 * does not pull either dataset into your bundle unless you do. Bloc
 * membership is taken as it stood on 31 December of each year: a country
 * that joined during a year counts for that whole year, one suspended or
 * gone by the end of it does not, and a bloc with no member yet has no row.
 *
 * @example
 * ```ts
 * import { AggregateOptions } from 'korea-latam/trade';
 * import { lacCountries } from 'korea-latam/countries';
 * const options: AggregateOptions = { by: 'subregion', countries: lacCountries };
 * ```
 * @expand
 */
export type AggregateOptions =
  | (AggregateBaseOptions & { readonly by: 'year' | 'partner' })
  | (AggregateBaseOptions & {
      readonly by: 'subregion';
      readonly countries: readonly Pick<Country, 'code' | 'subregion'>[];
    })
  | (AggregateBaseOptions & {
      readonly by: 'bloc';
      readonly blocs: readonly Pick<Bloc, 'id' | 'members'>[];
      readonly includeSuspended?: boolean;
    });

const COUNTRY_FIELDS = { code: 'string' } as const;
const BLOC_FIELDS = { id: 'string', members: 'array' } as const;
const MEMBER_FIELDS = { country: 'string', joined: 'string', joinedPrecision: 'string', suspensions: 'array' } as const;
const SUSPENSION_FIELDS = { from: 'string', fromPrecision: 'string' } as const;

const AGGREGATE_BY: readonly AggregateBy[] = ['year', 'partner', 'subregion', 'bloc'];

/**
 * The groups a partner's value counts in, for one call: the country table
 * and the bloc table are read once, and a bloc membership once per partner
 * and year, however many flows there are.
 */
function groupResolver(
  options: AggregateOptions,
  region: TradeRegionId,
): (code: TradeRegionEconomy, year: number) => readonly AggregateGroup[] {
  switch (options.by) {
    case 'year':
      return () => [region];
    case 'partner':
      return (code) => [code];
    case 'subregion': {
      const subregions = new Map<string, readonly AggregateGroup[]>();
      for (const country of options.countries) {
        if (!subregions.has(country.code)) subregions.set(country.code, country.subregion ? [country.subregion] : []);
      }
      return (code) => subregions.get(code) ?? [];
    }
    case 'bloc': {
      const { blocs, includeSuspended } = options;
      // Membership as it stood at the end of the year asked (see docs/trade.md).
      return (code, year) =>
        blocs
          .filter((bloc) =>
            bloc.members.some((m) => {
              if (m.country !== code) return false;
              const state = membershipOn(m, `${year}-12-31`);
              return state === 'member' || (state === 'suspended' && includeSuspended === true);
            }),
          )
          .map((bloc) => bloc.id);
    }
  }
}

/**
 * Sums Korea–LAC trade by year for the region as a whole (`by: 'year'`, one
 * row per year whose `group` is the region id), or per partner, subregion or
 * bloc and year. Each row says how many economies
 * contributed, so a total built from fewer reporters is visible as such;
 * missing values are skipped, never counted as zero. World totals are never
 * included.
 *
 * @param flows - The trade records to read: `tradeFlows`, or your own array of {@link TradeFlow} records (checked, never changed).
 * @param options - What to sum and how to group it: `by` (`'year'`, `'partner'`, `'subregion'` or `'bloc'`), the years, the reporter side and the region; see {@link AggregateOptions}.
 * @throws RangeError for an unknown `by`, `reporter`, `region` or `source`, or `from` after `to`.
 * @throws TypeError when `countries` or `blocs` is missing for the grouping that needs it, or
 *   holds a record without the fields it groups by.
 * @example
 * ```ts
 * import { tradeFlows, aggregate } from 'korea-latam/trade';
 * import { blocs } from 'korea-latam/countries';
 * const lac = aggregate(tradeFlows, { by: 'year', from: 2008, to: 2008 });
 * lac[0]?.exportCount; // 33 (Korea reports exports to all 33 in 2008)
 * aggregate(tradeFlows, { by: 'year', region: 'central-and-south-america', from: 2022, to: 2022 })[0]?.totalUsd; // 59325923000
 * aggregate(tradeFlows, { by: 'bloc', blocs, from: 2010, to: 2010 }).map((r) => r.group); // ['CAN', 'CARICOM', 'MERCOSUR', 'SICA'] (no PA: founded 2011)
 * // Each row's `group` is typed by `by`: here a partner code, ready for countryName.
 * const top = aggregate(tradeFlows, { by: 'partner', from: 2023, to: 2023 }).sort((a, b) => b.totalUsd - a.totalUsd)[0];
 * top?.group; // 'MEX'
 * ```
 */
export function aggregate<By extends AggregateBy>(
  flows: readonly TradeFlow[],
  options: AggregateOptions & { readonly by: By },
): AggregateRow<AggregateGroupOf[By]>[] {
  const opts = readOptions(options) as AggregateOptions;
  assertOneOf(opts.by, AGGREGATE_BY, 'aggregate grouping');
  const reporter = opts.reporter ?? 'KOR';
  assertOneOf(reporter, ['KOR', 'partners'] as const, 'aggregate reporter');
  if (opts.by === 'subregion') {
    if (!Array.isArray(opts.countries)) {
      throw new TypeError('aggregate by "subregion" needs the country table: pass { countries: lacCountries }.');
    }
    checkRecords(opts.countries, 'countries', 'a country', COUNTRY_FIELDS);
    opts.countries.forEach((c, i) => {
      // `null` is the country table's value for an economy outside the Americas (Korea among them): it joins no group.
      if (c.subregion !== undefined && c.subregion !== null && typeof c.subregion !== 'string') {
        throw new TypeError(`countries[${i}].subregion is ${describeValue(c.subregion)}: expected a string or null.`);
      }
    });
  }
  if (opts.by === 'bloc') {
    if (!Array.isArray(opts.blocs)) throw new TypeError('aggregate by "bloc" needs the bloc table: pass { blocs }.');
    checkRecords(opts.blocs, 'blocs', 'a bloc', BLOC_FIELDS);
    const seen = new Set<string>();
    opts.blocs.forEach((bloc, i) => {
      // The same bloc twice would count its members' trade twice.
      if (seen.has(bloc.id)) throw new RangeError(`blocs[${i}] repeats the bloc ${describeValue(bloc.id)}.`);
      seen.add(bloc.id);
      checkRecords(bloc.members, `blocs[${i}].members`, 'a membership', MEMBER_FIELDS);
      bloc.members.forEach((m: Pick<BlocMembership, 'suspensions'>, j: number) => {
        checkRecords(m.suspensions, `blocs[${i}].members[${j}].suspensions`, 'a suspension', SUSPENSION_FIELDS);
      });
    });
  }
  if (opts.from !== undefined) assertYear(opts.from, 'from');
  if (opts.to !== undefined) assertYear(opts.to, 'to');
  if (opts.from !== undefined && opts.to !== undefined && opts.from > opts.to) {
    throw new RangeError(`"from" (${opts.from}) is after "to" (${opts.to}).`);
  }
  const region = opts.region ?? 'celac';
  const members = tradeRegionMembers(region);
  const index = indexFlows(flows);
  assertSourceOption(index, opts.source);
  const groupsOf = groupResolver(opts, region);
  const totals = new Map<string, { -readonly [K in keyof AggregateRow]: AggregateRow[K] }>();
  for (const code of members) {
    // Territories report no trade of their own: their 'partners' rows are empty.
    const pair = reporter === 'KOR' ? pairOf(index, 'KOR', code) : pairOf(index, code as TradeReporter, 'KOR');
    for (const year of pair.years) {
      if (year < (opts.from ?? year) || year > (opts.to ?? year)) continue;
      const groups = groupsOf(code, year);
      for (const kind of ['export', 'import'] as const) {
        const flow = pickFlow(pair, year, kind, opts.source);
        if (flow === undefined) continue;
        for (const group of groups) {
          const key = `${group}|${year}`;
          let row = totals.get(key);
          if (row === undefined) {
            row = {
              group,
              year,
              exportsUsd: 0,
              importsUsd: 0,
              balanceUsd: 0,
              totalUsd: 0,
              exportCount: 0,
              importCount: 0,
              estimatedCount: 0,
            };
            totals.set(key, row);
          }
          if (kind === 'export') {
            row.exportsUsd += flow.valueUsd;
            row.exportCount += 1;
          } else {
            row.importsUsd += flow.valueUsd;
            row.importCount += 1;
          }
          row.balanceUsd = row.exportsUsd - row.importsUsd;
          row.totalUsd = row.exportsUsd + row.importsUsd;
          if (flow.estimated) row.estimatedCount += 1;
        }
      }
    }
  }
  const rows = [...totals.values()].sort((a, b) => a.year - b.year || compareText(a.group, b.group));
  // The groups are of the kind `by` names (see groupResolver).
  return rows as AggregateRow<AggregateGroupOf[By]>[];
}
