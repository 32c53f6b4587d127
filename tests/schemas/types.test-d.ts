import { expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import type { Challenge, Motive, PartnershipArea, PolicyPhase, Role } from '../../src/challenges/index.js';
import type { Bloc, Country } from '../../src/countries/index.js';
import type { Translation, Translations } from '../../src/i18n/index.js';
import type { CpiAnnualAverage } from '../../src/prices/index.js';
import type { PartnerShare } from '../../src/rankings/index.js';
import type {
  AgreementSchema,
  BlocSchema,
  ChallengeSchema,
  CountrySchema,
  CpiAnnualAverageSchema,
  MotiveSchema,
  PartnerShareSchema,
  PartnershipAreaSchema,
  PolicyPhaseSchema,
  RoleSchema,
  SourceSchema,
  TimelineEventSchema,
  TradeFlowSchema,
  TranslationSchema,
  TranslationsSchema,
} from '../../src/schemas/index.js';
import type { Source } from '../../src/sources/index.js';
import type { Agreement, TimelineEvent } from '../../src/timeline/index.js';
import type { TradeFlow } from '../../src/trade/index.js';

test("each schema's output is exactly its interface", () => {
  expectTypeOf<z.output<typeof SourceSchema>>().toEqualTypeOf<Source>();
  expectTypeOf<z.output<typeof CountrySchema>>().toEqualTypeOf<Country>();
  expectTypeOf<z.output<typeof BlocSchema>>().toEqualTypeOf<Bloc>();
  expectTypeOf<z.output<typeof ChallengeSchema>>().toEqualTypeOf<Challenge>();
  expectTypeOf<z.output<typeof RoleSchema>>().toEqualTypeOf<Role>();
  expectTypeOf<z.output<typeof MotiveSchema>>().toEqualTypeOf<Motive>();
  expectTypeOf<z.output<typeof PolicyPhaseSchema>>().toEqualTypeOf<PolicyPhase>();
  expectTypeOf<z.output<typeof PartnershipAreaSchema>>().toEqualTypeOf<PartnershipArea>();
  expectTypeOf<z.output<typeof TradeFlowSchema>>().toEqualTypeOf<TradeFlow>();
  expectTypeOf<z.output<typeof PartnerShareSchema>>().toEqualTypeOf<PartnerShare>();
  expectTypeOf<z.output<typeof TimelineEventSchema>>().toEqualTypeOf<TimelineEvent>();
  expectTypeOf<z.output<typeof AgreementSchema>>().toEqualTypeOf<Agreement>();
  expectTypeOf<z.output<typeof CpiAnnualAverageSchema>>().toEqualTypeOf<CpiAnnualAverage>();
  expectTypeOf<z.output<typeof TranslationSchema>>().toEqualTypeOf<Translation>();
  expectTypeOf<z.output<typeof TranslationsSchema>>().toEqualTypeOf<Translations>();
});
