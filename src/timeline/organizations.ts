/**
 * Codes of the regional and international bodies that appear as parties to
 * events and agreements.
 *
 * @example
 * ```ts
 * import { organizationCodes } from 'korea-latam/timeline';
 * organizationCodes.includes('IDB'); // true
 * ```
 */
export const organizationCodes = /* @__PURE__ */ Object.freeze([
  'MERCOSUR',
  'PA',
  'SICA',
  'CARICOM',
  'IDB',
  'OAS',
  'ECLAC',
  'ACS',
  'CABEI',
  'CAF',
  'CELAC',
  'RIOGROUP',
  'FEALAC',
  'CDB',
  'OECD',
  'G20',
] as const);
