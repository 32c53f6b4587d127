import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lacCountryCodes } from '../../src/countries/index.js';
import {
  koreaRank,
  partnerRanking,
  partnerShares,
  rankAmongKoreaPartners,
  rankPartners,
} from '../../src/rankings/index.js';
import type { SourceId } from '../../src/sources/index.js';
import { PROPERTY_RUNS } from '../helpers/arbitraries.js';

const runs = { numRuns: PROPERTY_RUNS };
const lac = fc.constantFrom(...lacCountryCodes);

describe('ranking properties', () => {
  it('is a permutation with non-decreasing ranks; equal values share a rank', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 40 }),
        fc.constantFrom('competition' as const, 'dense' as const),
        (values, ties) => {
          const rows = values.map((v, i) => ({ i, v }));
          const ranked = rankPartners(rows, (r) => r.v, { ties });
          expect(ranked.map((r) => r.item.i).sort((a, b) => a - b)).toEqual(rows.map((r) => r.i));
          ranked.forEach((r, k) => {
            if (k > 0) expect(r.rank).toBeGreaterThanOrEqual(ranked[k - 1]!.rank);
            const greater = values.filter((v) => v > r.value);
            expect(r.rank).toBe(ties === 'competition' ? greater.length + 1 : new Set(greater).size + 1);
          });
        },
      ),
      runs,
    );
  });
});

describe('ranking query properties', () => {
  const tables = [
    ...new Map(
      partnerShares.map((s) => [`${s.reporter}|${s.period.from}|${s.period.to}|${s.basis}|${s.sources[0]}`, s]),
    ).values(),
  ];

  it('partnerRanking: ranks never decrease and shares never grow down the table; Korea and LAC rows are its rows', () => {
    fc.assert(
      fc.property(fc.constantFrom(...tables), lac, (s, partner) => {
        const query = { reporter: s.reporter, period: s.period, basis: s.basis, source: s.sources[0] as SourceId };
        const rows = partnerRanking(partnerShares, query);
        expect(rows.length).toBeGreaterThan(0);
        rows.forEach((row, i) => {
          expect(row.reporter).toBe(s.reporter);
          if (i === 0) return;
          const prev = rows[i - 1] as (typeof rows)[number];
          expect(row.rank).toBeGreaterThanOrEqual(prev.rank);
          if (row.rank > prev.rank) expect(row.sharePct).toBeLessThanOrEqual(prev.sharePct);
        });
        if (s.reporter === 'KOR') {
          expect(rankAmongKoreaPartners(partnerShares, { ...query, partner })).toBe(
            rows.find((r) => r.partner === partner),
          );
        } else {
          expect(koreaRank(partnerShares, query)).toBe(rows.find((r) => r.partner === 'KOR'));
        }
      }),
      runs,
    );
  });
});
