/**
 * zod schemas for every record type, and `parse*` functions that return
 * typed data or throw a {@link ValidationError} listing every problem with
 * its path. This is the only module that imports zod; importing any other
 * module never loads it.
 *
 * @example
 * ```ts
 * import { parseTradeFlows } from 'korea-latam/schemas';
 * const text = '[{"reporter":"KOR","partner":"MEX","year":2008,"flow":"export","valueUsd":9089949001,"valuation":"FOB","estimated":false,"source":"imf-dots-2022","sources":["imf-dots-2022"]}]';
 * parseTradeFlows(JSON.parse(text))[0]?.valueUsd; // 9089949001
 * parseTradeFlows([{ reporter: 'KOR' }]); // throws ValidationError
 * ```
 * @module korea-latam/schemas
 */
export {
  ChallengeSchema,
  MotiveSchema,
  PartnershipAreaSchema,
  PolicyPhaseSchema,
  parseChallenge,
  parseChallenges,
  parseMotives,
  parsePartnershipAreas,
  parsePolicyPhases,
  parseRoles,
  RoleSchema,
} from './challenge.js';
export { ClaimSchema, parseClaim, parseClaims } from './claims.js';
export {
  BlocIdSchema,
  CountryCodeSchema,
  LacCountryCodeSchema,
  SourceIdSchema,
  SourcesFieldSchema,
  TextSchema,
} from './common.js';
export { BlocSchema, CountrySchema, parseBlocs, parseCountries, parseCountry } from './country.js';
export { parseTranslations, TranslationSchema, TranslationsSchema } from './i18n.js';
export { CpiAnnualAverageSchema, parseCpiAnnualAverages } from './prices.js';
export { PartnerShareSchema, parsePartnerShare, parsePartnerShares } from './rankings.js';
export { parseSource, parseSources, SourceSchema, uniqueBy } from './source.js';
export {
  AgreementSchema,
  DiplomaticTieSchema,
  parseAgreement,
  parseAgreements,
  parseDiplomaticTies,
  parseTimelineEvent,
  parseTimelineEvents,
  TimelineEventSchema,
} from './timeline.js';
export { parseTradeFlow, parseTradeFlows, TradeFlowSchema } from './trade.js';
export type { ValidationIssue } from './validation-error.js';
export { ValidationError } from './validation-error.js';
