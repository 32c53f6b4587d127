import type { Actor } from './types.js';

/**
 * Every actor a recommendation can address, in the order the taxonomy lists them.
 *
 * @example
 * ```ts
 * import { actorIds } from 'korea-latam/challenges';
 * actorIds.includes('universities'); // true
 * ```
 */
export const actorIds = /* @__PURE__ */ Object.freeze([
  'korean-government',
  'korean-firms',
  'latin-american-governments',
  'latin-american-firms',
  'latin-american-public',
  'universities',
  'local-employees',
] as const satisfies readonly Actor[]);
