import { join } from 'node:path';
import * as z from 'zod';
import { emitFile } from '../lib/emit.js';
import type { Schemas } from './types.js';

/** Writes JSON Schema files generated from the zod schemas. */
export function buildOutputs(root: string, schemas: Schemas, _datasets: Record<string, unknown>): void {
  const entries: [string, z.ZodType][] = [
    ['source', schemas.SourceSchema],
    ['country', schemas.CountrySchema],
    ['bloc', schemas.BlocSchema],
    ['challenge', schemas.ChallengeSchema],
    ['role', schemas.RoleSchema],
    ['motive', schemas.MotiveSchema],
    ['policy-phase', schemas.PolicyPhaseSchema],
    ['partnership-area', schemas.PartnershipAreaSchema],
    ['trade-flow', schemas.TradeFlowSchema],
    ['partner-share', schemas.PartnerShareSchema],
    ['timeline-event', schemas.TimelineEventSchema],
    ['agreement', schemas.AgreementSchema],
    ['claim', schemas.ClaimSchema],
  ];
  for (const [name, schema] of entries) {
    const jsonSchema = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'output' });
    emitFile(join(root, 'json-schema', `${name}.schema.json`), `${JSON.stringify(jsonSchema, null, 2)}\n`);
  }
}
