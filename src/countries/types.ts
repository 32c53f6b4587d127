import type { SourceId } from '../sources/types.js';
import type { BlocId, CountryCode, LacCountryCode } from './country-codes.generated.js';

export type { BlocId, CountryCode, LacCountryCode } from './country-codes.generated.js';

/** The code IMF DOTS uses for a reporter's total with the whole world. */
export type WorldCode = 'WLD';

/** A country code, or `'WLD'` for the world total, as used by trade records. */
export type EconomyCode = CountryCode | WorldCode;

/**
 * UN M49 subregions of the Americas. M49 puts Mexico and Belize in Central
 * America; `Northern America` holds the United States and Canada.
 */
export type Subregion = 'Caribbean' | 'Central America' | 'South America' | 'Northern America';

/** The subregions LAC countries fall in (M49). */
export type LacSubregion = Exclude<Subregion, 'Northern America'>;

/**
 * Which group an economy belongs to: one of the 33 LAC (CELAC) states, Korea,
 * another current ISO 3166-1 country or territory, or a former economy that
 * trade statistics still report (the USSR, Belgium-Luxembourg, …).
 */
export type CountryGroup = 'lac' | 'korea' | 'other' | 'historical';

/**
 * An economy the datasets refer to, keyed by its ISO 3166-1 alpha-3 code.
 *
 * @example
 * ```ts
 * import { getCountry, Country } from 'korea-latam/countries';
 * const mexico: Country = getCountry('MEX');
 * mexico.alpha2; // 'MX'
 * ```
 */
export interface Country {
  /** ISO 3166-1 alpha-3 code (or the former code, for historical economies). */
  readonly code: CountryCode;
  /** ISO 3166-1 alpha-2 code; `null` where none exists (Belgium-Luxembourg). */
  readonly alpha2: string | null;
  /** ISO 3166-1 numeric code as a three-digit string; `null` where none exists. */
  readonly numeric: string | null;
  /** English short name as the ISO list gives it. Use `countryName()` for other locales. */
  readonly name: string;
  readonly group: CountryGroup;
  /** UN M49 subregion for economies in the Americas; `null` elsewhere. */
  readonly subregion: Subregion | null;
  /** Blocs the country belongs to (members and suspended members). */
  readonly blocs: readonly BlocId[];
  readonly sources: readonly SourceId[];
  readonly note?: string;
}

/**
 * A LAC (CELAC) country: a {@link Country} narrowed to the 33 codes.
 *
 * @example
 * ```ts
 * import { lacCountries, LacCountry } from 'korea-latam/countries';
 * const first: LacCountry = lacCountries[0]!;
 * first.group; // 'lac'
 * ```
 */
export interface LacCountry extends Country {
  readonly code: LacCountryCode;
  readonly group: 'lac';
  readonly subregion: LacSubregion;
}

/**
 * A membership's state as of the data's date: a full `member`, a `suspended`
 * one, or a `former` member that left.
 */
export type BlocMembershipStatus = 'member' | 'suspended' | 'former';

/** How precisely a membership date is known: `'2012'` is a year, `'2016-12'` a month. */
export type MembershipDatePrecision = 'day' | 'month' | 'year';

/**
 * One suspension of a member, from the day it began to the day it was
 * lifted, each at the precision its sources give. `until` is absent while
 * the suspension lasts (as of the data's date).
 *
 * @example
 * ```ts
 * import { MembershipSuspension } from 'korea-latam/countries';
 * const paraguay: MembershipSuspension = {
 *   from: '2012-06-29', fromPrecision: 'day', until: '2013-08-15', untilPrecision: 'day',
 *   sources: ['infobae-2013-paraguay-mercosur'],
 * };
 * ```
 */
export interface MembershipSuspension {
  /** The first day of the suspension (ISO date at `fromPrecision`). */
  readonly from: string;
  readonly fromPrecision: MembershipDatePrecision;
  /** The day the suspension was lifted: the first day as a full member again. */
  readonly until?: string;
  readonly untilPrecision?: MembershipDatePrecision;
  readonly sources: readonly SourceId[];
  readonly note?: string;
}

/**
 * One country's membership of a bloc: the day it began, every suspension
 * with its end, and the day it ended, each at the precision its sources give.
 *
 * @example
 * ```ts
 * import { BlocMembership } from 'korea-latam/countries';
 * const m: BlocMembership = {
 *   country: 'VEN', status: 'suspended', joined: '2012', joinedPrecision: 'year',
 *   suspensions: [{ from: '2016-12', fromPrecision: 'month', sources: ['lexology-2017-venezuela-mercosur'] }],
 *   sources: ['lexology-2017-venezuela-mercosur'],
 * };
 * ```
 */
export interface BlocMembership {
  readonly country: LacCountryCode;
  /** The state as of the data's date. */
  readonly status: BlocMembershipStatus;
  /** When membership began (ISO date at `joinedPrecision`). */
  readonly joined: string;
  readonly joinedPrecision: MembershipDatePrecision;
  /** Every suspension, earliest first; empty for a member never suspended. */
  readonly suspensions: readonly MembershipSuspension[];
  /** When a former member left. */
  readonly left?: string;
  readonly leftPrecision?: MembershipDatePrecision;
  readonly sources: readonly SourceId[];
  readonly note?: string;
}

/**
 * A regional bloc with its LAC members.
 *
 * @example
 * ```ts
 * import { blocs, Bloc } from 'korea-latam/countries';
 * const pacificAlliance: Bloc | undefined = blocs.find((b) => b.id === 'PA');
 * ```
 */
export interface Bloc {
  readonly id: BlocId;
  readonly name: string;
  readonly members: readonly BlocMembership[];
  readonly sources: readonly SourceId[];
  readonly note?: string;
}
