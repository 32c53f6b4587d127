import { describeValue } from '../internal/describe-value.js';
import { getCountry } from './lookups.js';
import type { CountryCode } from './types.js';

/**
 * A country's name in any locale the runtime's `Intl.DisplayNames` supports,
 * falling back to the English ISO name when the runtime has no name for it
 * (former economies such as the USSR, or runtimes without full ICU data).
 *
 * @param code - An ISO 3166-1 alpha-3 code (or a former code) from `countryCodes`.
 * @param locale - A BCP 47 language tag; defaults to `'en'`.
 * @throws RangeError for an unknown country code or an invalid locale tag.
 * @example
 * ```ts
 * import { countryName } from 'korea-latam/countries';
 * countryName('MEX'); // 'Mexico'
 * countryName('MEX', 'es'); // 'México'
 * countryName('BRA', 'pt'); // 'Brasil'
 * countryName('KOR', 'ko'); // '대한민국'
 * ```
 */
export function countryName(code: CountryCode, locale = 'en'): string {
  const country = getCountry(code);
  let displayNames: Intl.DisplayNames;
  try {
    displayNames = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  } catch {
    throw new RangeError(`Invalid locale ${describeValue(locale)}: expected a BCP 47 tag such as "en" or "es".`);
  }
  if (country.alpha2 === null || country.group === 'historical') return country.name;
  return displayNames.of(country.alpha2) ?? country.name;
}
