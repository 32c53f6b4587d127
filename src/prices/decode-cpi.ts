import { trustedData } from '../internal/settled.js';
import type { CpiAnnualAverage } from './types.js';

/**
 * Expands the compact `[year, index]` pairs the generator writes into frozen
 * {@link CpiAnnualAverage} records citing the BLS CPI-U.
 */
export function decodeCpi(pairs: readonly (readonly [year: number, index: number])[]): readonly CpiAnnualAverage[] {
  const sources = Object.freeze(['bls-cpi-u'] as const);
  return trustedData(pairs.map(([year, index]) => ({ year, index, sources })));
}
