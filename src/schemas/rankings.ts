import * as z from 'zod';
import type { PartnerShare } from '../rankings/types.js';
import { CountryCodeSchema, SourcesFieldSchema, TextSchema } from './common.js';
import { parseWith } from './parse-with.js';

const YearSchema = z.number().int().min(1948).max(2100);

/**
 * Schema of a {@link PartnerShare}: a share in [0, 100], a whole rank ≥ 1,
 * a period with `from` ≤ `to`, and, for computed rows, a share that equals
 * `valueUsd / worldUsd × 100`.
 *
 * @example
 * ```ts
 * import { PartnerShareSchema } from 'korea-latam/schemas';
 * import { paperMexicoTable } from 'korea-latam/rankings';
 * PartnerShareSchema.parse(paperMexicoTable[0]).sharePct; // 65
 * ```
 */
export const PartnerShareSchema: z.ZodType<PartnerShare> = z
  .object({
    reporter: z.enum(['KOR', 'MEX', 'BRA', 'CHL', 'ARG', 'PER', 'COL']),
    partner: CountryCodeSchema,
    period: z.object({ from: YearSchema, to: YearSchema }).strict(),
    basis: z.enum(['exports', 'imports', 'total']),
    sharePct: z.number().min(0).max(100),
    rank: z.number().int().min(1),
    valueUsd: z.number().finite().nonnegative().nullable(),
    worldUsd: z.number().finite().positive().nullable(),
    partnerCount: z.number().int().min(1).nullable(),
    sources: SourcesFieldSchema,
    note: TextSchema.exactOptional(),
  })
  .strict()
  .refine((s) => s.period.from <= s.period.to, { message: 'period.from is after period.to', path: ['period'] })
  .refine((s) => (s.reporter as string) !== s.partner, {
    message: 'reporter and partner must differ',
    path: ['partner'],
  })
  .refine((s) => s.partnerCount === null || s.rank <= s.partnerCount, {
    message: 'rank exceeds partnerCount',
    path: ['rank'],
  })
  .refine(
    (s) => s.valueUsd === null || s.worldUsd === null || Math.abs((s.valueUsd / s.worldUsd) * 100 - s.sharePct) < 1e-9,
    { message: 'sharePct must equal valueUsd / worldUsd × 100', path: ['sharePct'] },
  );

/**
 * Validates one partner-share row.
 *
 * @param input - The data to check, typically parsed JSON; it is not changed.
 * @throws ValidationError listing every problem with its path.
 * @example
 * ```ts
 * import { parsePartnerShare } from 'korea-latam/schemas';
 * import { partnerShares } from 'korea-latam/rankings';
 * parsePartnerShare(partnerShares[0]).reporter; // 'MEX'
 * ```
 */
export function parsePartnerShare(input: unknown): PartnerShare {
  return parseWith(PartnerShareSchema, input, 'partner share');
}

/**
 * Validates a list of partner-share rows: within each table (reporter,
 * period, basis, source) partners are unique, shares sum to at most 100, and
 * a larger share never has a worse rank.
 *
 * @param input - The data to check, typically parsed JSON; it is not changed.
 * @throws ValidationError listing every problem with its path.
 * @example
 * ```ts
 * import { parsePartnerShares } from 'korea-latam/schemas';
 * import { partnerShares } from 'korea-latam/rankings';
 * parsePartnerShares(partnerShares).length === partnerShares.length; // true
 * ```
 */
export function parsePartnerShares(input: unknown): readonly PartnerShare[] {
  const schema = z.array(PartnerShareSchema).superRefine((rows, ctx) => {
    const tables = new Map<string, { position: number; row: PartnerShare }[]>();
    rows.forEach((row, position) => {
      const key = `${row.reporter}|${row.period.from}-${row.period.to}|${row.basis}|${row.sources[0]}`;
      const list = tables.get(key) ?? [];
      list.push({ position, row });
      tables.set(key, list);
    });
    for (const [key, list] of tables) {
      const partners = new Set<string>();
      let sum = 0;
      for (const { position, row } of list) {
        if (partners.has(row.partner))
          ctx.addIssue({
            code: 'custom',
            path: [position, 'partner'],
            message: `duplicate partner ${row.partner} in table ${key}`,
          });
        partners.add(row.partner);
        sum += row.sharePct;
      }
      if (sum > 100 + 1e-9)
        ctx.addIssue({
          code: 'custom',
          path: [list[0]?.position ?? 0],
          message: `shares of table ${key} sum to ${sum} (over 100)`,
        });
      const sorted = [...list].sort((a, b) => b.row.sharePct - a.row.sharePct);
      sorted.forEach((entry, i) => {
        const next = sorted[i + 1];
        if (next !== undefined && next.row.rank < entry.row.rank && next.row.sharePct < entry.row.sharePct) {
          ctx.addIssue({
            code: 'custom',
            path: [next.position, 'rank'],
            message: `rank ${next.row.rank} is better than a larger share's rank ${entry.row.rank} in table ${key}`,
          });
        }
      });
    }
  });
  return parseWith(schema, input, 'partner shares');
}
