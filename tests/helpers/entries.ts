/** The public entry points under src/, in the order of the package's exports. */
export const ENTRIES = [
  'index',
  'sources/index',
  'countries/index',
  'challenges/index',
  'trade/index',
  'rankings/index',
  'prices/index',
  'timeline/index',
  'claims/index',
  'i18n/index',
  'i18n/es/index',
  'i18n/pt/index',
  'i18n/ko/index',
  'schemas/index',
] as const;
