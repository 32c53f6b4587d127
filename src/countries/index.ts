/**
 * Countries and blocs: the 33 LAC (CELAC) states, Korea, every other economy
 * the trade data name, and the regional blocs with their members.
 *
 * @example
 * ```ts
 * import { lacCountries, countryName, isLacCountry } from 'korea-latam/countries';
 * lacCountries.length; // 33
 * countryName('COL', 'ko'); // '콜롬비아'
 * ```
 * @module korea-latam/countries
 */
export { blocs } from './blocs.generated.js';
export { countries, countriesMeta, korea, lacCountries } from './countries.generated.js';
export { blocIds, countryCodes, lacCountryCodes } from './country-codes.generated.js';
export { countryName } from './country-name.js';
export type { BlocMembersOptions } from './lookups.js';
export { blocMembers, getBloc, getCountry, isCountryCode, isLacCountry } from './lookups.js';
export type {
  Bloc,
  BlocId,
  BlocMembership,
  BlocMembershipStatus,
  Country,
  CountryCode,
  CountryGroup,
  EconomyCode,
  LacCountry,
  LacCountryCode,
  LacSubregion,
  MembershipDatePrecision,
  MembershipSuspension,
  Subregion,
  WorldCode,
} from './types.js';
