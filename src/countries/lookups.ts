import { readOptions } from '../internal/assert.js';
import { describeValue } from '../internal/describe-value.js';
import { readDay } from '../internal/iso-day.js';
import { lazyIndex } from '../internal/lazy-index.js';
import { didYouMean, unknownValueError } from '../internal/unknown-value-error.js';
import { blocs } from './blocs.generated.js';
import { countries } from './countries.generated.js';
import { blocIds, countryCodes, lacCountryCodes } from './country-codes.generated.js';
import { membershipOn } from './membership.js';
import type { Bloc, BlocId, Country, CountryCode, LacCountryCode } from './types.js';

const countriesByCode = /* @__PURE__ */ lazyIndex(countries, (country) => country.code);
const lacCodeSet = /* @__PURE__ */ lazyIndex(lacCountryCodes, (code) => code);
const blocsById = /* @__PURE__ */ lazyIndex(blocs, (bloc) => bloc.id);

/**
 * Whether a value is one of the 33 LAC (CELAC) country codes. A type guard:
 * after it, the value is typed `LacCountryCode`.
 *
 * @param code - Any value.
 * @example
 * ```ts
 * import { isLacCountry } from 'korea-latam/countries';
 * isLacCountry('MEX'); // true
 * isLacCountry('KOR'); // false
 * isLacCountry('mex'); // false (codes are upper case)
 * ```
 */
export function isLacCountry(code: unknown): code is LacCountryCode {
  return lacCodeSet().has(code as LacCountryCode);
}

/**
 * Whether a value is a code of any economy in the country table.
 *
 * @param code - Any value.
 * @example
 * ```ts
 * import { isCountryCode } from 'korea-latam/countries';
 * isCountryCode('USA'); // true
 * isCountryCode('WLD'); // false (the world total is not a country)
 * ```
 */
export function isCountryCode(code: unknown): code is CountryCode {
  return countriesByCode().has(code as CountryCode);
}

/**
 * The country record for an alpha-3 code.
 *
 * @param code - An ISO 3166-1 alpha-3 code (or a former code) from `countryCodes`.
 * @throws RangeError for an unknown code, naming it and suggesting close matches.
 * @example
 * ```ts
 * import { getCountry } from 'korea-latam/countries';
 * getCountry('BRA').subregion; // 'South America'
 * // @ts-expect-error: not a country code; the compiler says so, and at run time:
 * getCountry('BRZ'); // throws RangeError: Unknown country code "BRZ". Did you mean BRA or BRB or BRN?
 * ```
 */
export function getCountry(code: CountryCode): Country {
  const found = countriesByCode().get(code);
  if (found === undefined) throw unknownValueError('country code', code, countryCodes, didYouMean(code, countryCodes));
  return found;
}

/**
 * The bloc record for an id (`MERCOSUR`, `PA`, `SICA`, `CARICOM`, `CAN`).
 *
 * @param id - A bloc id (see `blocIds`).
 * @throws RangeError for an unknown id.
 * @example
 * ```ts
 * import { getBloc } from 'korea-latam/countries';
 * getBloc('PA').members.map((m) => m.country); // ['CHL', 'COL', 'MEX', 'PER']
 * ```
 */
export function getBloc(id: BlocId): Bloc {
  const found = blocsById().get(id);
  if (found === undefined) throw unknownValueError('bloc id', id, blocIds, didYouMean(id, blocIds));
  return found;
}

/**
 * Options of {@link blocMembers}.
 *
 * @example
 * ```ts
 * import { BlocMembersOptions } from 'korea-latam/countries';
 * const options: BlocMembersOptions = { on: '2013-12-31', includeSuspended: true };
 * ```
 * @expand
 */
export interface BlocMembersOptions {
  /** The day to answer for (a `Date` or an ISO day); by default the data's current membership. */
  readonly on?: Date | string;
  /** Count suspended members too (default `false`). */
  readonly includeSuspended?: boolean;
}

/**
 * The codes of a bloc's members on a day (or now): suspended members are
 * left out unless `includeSuspended` is `true`, and former members are left
 * out. A membership whose start is known only to the month or year counts
 * from the last day of that month or year.
 *
 * @param id - A bloc id (see `blocIds`).
 * @param options - `on`: the members on that day rather than now; `includeSuspended`: keep suspended members. See {@link BlocMembersOptions}.
 * @throws RangeError for an unknown bloc id or an invalid `on` date.
 * @throws TypeError when `options` is not an object or `includeSuspended` not a boolean.
 * @example
 * ```ts
 * import { blocMembers } from 'korea-latam/countries';
 * blocMembers('MERCOSUR'); // ['ARG', 'BRA', 'PRY', 'URY', 'BOL']
 * blocMembers('MERCOSUR', { includeSuspended: true }); // ['ARG', 'BRA', 'PRY', 'URY', 'VEN', 'BOL']
 * blocMembers('MERCOSUR', { on: '2013-12-31' }); // ['ARG', 'BRA', 'PRY', 'URY', 'VEN']
 * blocMembers('PA', { on: '2010-12-31' }); // []
 * ```
 */
export function blocMembers(id: BlocId, options?: BlocMembersOptions): LacCountryCode[] {
  const { includeSuspended, on } = readOptions(options);
  if (includeSuspended !== undefined && typeof includeSuspended !== 'boolean') {
    throw new TypeError(`Expected includeSuspended to be true or false, got ${describeValue(includeSuspended)}.`);
  }
  const bloc = getBloc(id);
  const day = on === undefined ? undefined : readDay(on, 'on');
  return bloc.members
    .filter((member) => {
      const state = day === undefined ? member.status : membershipOn(member, day);
      return state === 'member' || (state === 'suspended' && includeSuspended === true);
    })
    .map((member) => member.country);
}
