import * as z from 'zod';
import { lacCountryCodes } from '../countries/country-codes.generated.js';
import { sourceIds } from '../sources/source-ids.generated.js';
import type { SourceId } from '../sources/types.js';
import { caribbeanTerritoryCodes } from '../trade/regions.js';
import type { TradeFlow } from '../trade/types.js';
import { SourceIdSchema, SourcesFieldSchema } from './common.js';
import { parseWith } from './parse-with.js';

// One enum each rather than a union of enums and literals: zod checks an enum
// with one set lookup, a union by trying each member in turn.
const ReporterSchema = z.enum(['KOR', ...lacCountryCodes]);
const PartnerSchema = z.enum(['KOR', ...lacCountryCodes, ...caribbeanTerritoryCodes, 'WLD']);
const territories: ReadonlySet<string> = /* @__PURE__ */ new Set(caribbeanTerritoryCodes);

/**
 * Schema of a {@link TradeFlow}: known codes, a whole-number year between
 * 1948 and 2100, a finite non-negative value in US dollars, reporter ≠ partner,
 * a valuation that matches the flow where one is stated, `source` listed first
 * in `sources`, and Caribbean territories only as Korea's partners.
 *
 * @example
 * ```ts
 * import { TradeFlowSchema } from 'korea-latam/schemas';
 * TradeFlowSchema.safeParse({ reporter: 'KOR', partner: 'MEX', year: 2008, flow: 'export',
 *   valueUsd: -1, valuation: 'FOB', estimated: false, source: 'imf-dots-2022', sources: ['imf-dots-2022'] }).success; // false
 * ```
 */
export const TradeFlowSchema: z.ZodType<TradeFlow> = z
  .object({
    reporter: ReporterSchema,
    partner: PartnerSchema,
    year: z.number().int().min(1948).max(2100),
    flow: z.enum(['export', 'import']),
    valueUsd: z.number().finite().nonnegative(),
    valuation: z.enum(['FOB', 'CIF', 'not-stated']),
    estimated: z.boolean(),
    source: SourceIdSchema,
    sources: SourcesFieldSchema,
  })
  .strict()
  .refine((f) => (f.reporter as string) !== f.partner, {
    message: 'reporter and partner must differ',
    path: ['partner'],
  })
  .refine((f) => f.sources[0] === f.source, {
    message: 'sources must start with the source the value comes from',
    path: ['sources'],
  })
  .refine((f) => f.reporter === 'KOR' || !territories.has(f.partner), {
    message: 'only Korea reports trade with the Caribbean territories',
    path: ['partner'],
  })
  .refine((f) => f.valuation === 'not-stated' || (f.flow === 'export') === (f.valuation === 'FOB'), {
    message: 'exports are valued FOB and imports CIF in these sources',
    path: ['valuation'],
  });

/**
 * Validates one trade flow.
 *
 * @param input - The data to check, typically parsed JSON; it is not changed.
 * @throws ValidationError listing every problem with its path.
 * @example
 * ```ts
 * import { parseTradeFlow } from 'korea-latam/schemas';
 * import { tradeFlows } from 'korea-latam/trade';
 * parseTradeFlow(tradeFlows[0]).reporter;
 * ```
 */
export function parseTradeFlow(input: unknown): TradeFlow {
  return parseWith(TradeFlowSchema, input, 'trade flow');
}

let flowsSchema: z.ZodType<TradeFlow[]> | undefined;

const FLOW_KEYS = ['reporter', 'partner', 'year', 'flow', 'valueUsd', 'valuation', 'estimated', 'source', 'sources'];
let reporters: ReadonlySet<unknown> | undefined;
let partners: ReadonlySet<unknown> | undefined;
let knownSources: ReadonlySet<unknown> | undefined;

/**
 * Whether `TradeFlowSchema` accepts a record, decided in plain code (the
 * same rules: codes, year range, value, valuation, strict keys and the four
 * cross-field rules). A test checks that both agree on valid and broken
 * records. `parseTradeFlows` uses it so that zod runs, to explain the
 * problem, only when a record fails.
 */
export function isValidTradeFlow(record: unknown): record is TradeFlow {
  const snapshot = snapshotFlow(record);
  return snapshot !== undefined && isValidSnapshot(snapshot);
}

/**
 * A plain record's fields, each read once (a getter cannot answer one way
 * when checked and another when copied), with its list of sources copied
 * element by element (no `Symbol.species`, no second read); `undefined` for
 * anything that is not a plain record with exactly the flow's keys.
 */
function snapshotFlow(record: unknown): Record<string, unknown> | undefined {
  // Only plain records take the fast path; anything else is left to zod.
  if (typeof record !== 'object' || record === null || Object.getPrototypeOf(record) !== Object.prototype)
    return undefined;
  const keys = Object.keys(record);
  if (keys.length !== FLOW_KEYS.length || !keys.every((key) => FLOW_KEYS.includes(key))) return undefined;
  const snapshot: Record<string, unknown> = {};
  for (const key of FLOW_KEYS) snapshot[key] = (record as Record<string, unknown>)[key];
  const list = snapshot.sources;
  if (!Array.isArray(list)) return undefined;
  const length = list.length;
  const sources: unknown[] = new Array(length);
  for (let i = 0; i < length; i += 1) sources[i] = list[i];
  snapshot.sources = sources;
  return snapshot;
}

function isValidSnapshot(f: Record<string, unknown>): boolean {
  reporters ??= new Set(['KOR', ...lacCountryCodes]);
  partners ??= new Set(['KOR', ...lacCountryCodes, ...caribbeanTerritoryCodes, 'WLD']);
  knownSources ??= new Set(sourceIds);
  const { reporter, partner, year, flow, valueUsd, valuation, estimated, source, sources } = f;
  return (
    reporters.has(reporter) &&
    partners.has(partner) &&
    Number.isInteger(year) &&
    (year as number) >= 1948 &&
    (year as number) <= 2100 &&
    (flow === 'export' || flow === 'import') &&
    typeof valueUsd === 'number' &&
    Number.isFinite(valueUsd) &&
    valueUsd >= 0 &&
    (valuation === 'FOB' || valuation === 'CIF' || valuation === 'not-stated') &&
    typeof estimated === 'boolean' &&
    knownSources.has(source) &&
    Array.isArray(sources) &&
    sources.length > 0 &&
    sources.every((id) => knownSources?.has(id)) &&
    reporter !== partner &&
    sources[0] === source &&
    (reporter === 'KOR' || !territories.has(partner as string)) &&
    (valuation === 'not-stated' || (flow === 'export') === (valuation === 'FOB'))
  );
}

/** A valid, unique list of flows copied into new frozen records (lists of sources shared when equal), or undefined. */
function copyIfValid(input: unknown): readonly TradeFlow[] | undefined {
  if (!Array.isArray(input)) return undefined;
  const seen = new Set<string>();
  const lists = new Map<string, readonly SourceId[]>();
  const length = input.length;
  const out: TradeFlow[] = new Array(length);
  for (let i = 0; i < length; i += 1) {
    // Checked and copied from one snapshot: what is returned is what was checked.
    const f = snapshotFlow(input[i]) as unknown as TradeFlow | undefined;
    if (f === undefined || !isValidSnapshot(f as unknown as Record<string, unknown>)) return undefined;
    const key = `${f.reporter}|${f.partner}|${f.year}|${f.flow}|${f.source}`;
    if (seen.has(key)) return undefined;
    seen.add(key);
    const listKey = f.sources.join(' ');
    let sources = lists.get(listKey);
    if (sources === undefined) {
      sources = Object.freeze(f.sources);
      lists.set(listKey, sources);
    }
    out[i] = Object.freeze({
      reporter: f.reporter,
      partner: f.partner,
      year: f.year,
      flow: f.flow,
      valueUsd: f.valueUsd,
      valuation: f.valuation,
      estimated: f.estimated,
      source: f.source,
      sources,
    });
  }
  return Object.freeze(out);
}

/**
 * Validates a list of trade flows; the key (reporter, partner, year, flow,
 * source) must be unique.
 *
 * Valid input is checked and copied in plain code (several times faster than
 * zod on the whole dataset); zod runs to name the problems when a record fails.
 *
 * @param input - The data to check, typically parsed JSON; it is not changed.
 * @throws ValidationError listing every problem with its path.
 * @example
 * ```ts
 * import { parseTradeFlows } from 'korea-latam/schemas';
 * import { tradeFlows } from 'korea-latam/trade';
 * parseTradeFlows(tradeFlows).length === tradeFlows.length; // true
 * ```
 */
export function parseTradeFlows(input: unknown): readonly TradeFlow[] {
  // Valid input (the common case) is checked and copied in plain code; zod
  // runs only to name what is wrong with input that fails.
  let copied: readonly TradeFlow[] | undefined;
  try {
    copied = copyIfValid(input);
  } catch {
    // Input that cannot even be read (a revoked proxy): zod reports it.
  }
  if (copied !== undefined) return copied;
  // Built on first use, then reused: building a schema costs more than checking a few records.
  flowsSchema ??= z.array(TradeFlowSchema).superRefine((rows, ctx) => {
    const seen = new Map<string, number>();
    rows.forEach((row, position) => {
      const key = `${row.reporter}|${row.partner}|${row.year}|${row.flow}|${row.source}`;
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: [position], message: `duplicate flow ${key} (first at [${first}])` });
      } else seen.set(key, position);
    });
  });
  return parseWith(flowsSchema, input, 'trade flows');
}
