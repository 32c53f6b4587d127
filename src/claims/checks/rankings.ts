import { lacCountryCodes } from '../../countries/country-codes.generated.js';
import type { LacCountryCode } from '../../countries/types.js';
// Helpers from their own modules, never the barrels: the claims entry must not load a dataset.
import { koreaRank, rankAmongKoreaPartners } from '../../rankings/korea-rank.js';
import { partnerRanking } from '../../rankings/partner-ranking.js';
import type { ClaimCheck, ClaimDatasets } from '../types.js';
import { combineVerdicts, compareToPrinted } from '../verdict-rules.js';
import { nameOf, pct, round } from './format.js';
import { whenAvailable } from './when-available.js';

const PERIOD = { from: 2007, to: 2009 } as const;
const METHOD_SOURCES = ['imf-dots-2022'] as const;

/** The paper: Korea is Mexico's sixth partner (2007–2009). */
export function checkKoreaSixthPartner(data: ClaimDatasets): ClaimCheck {
  const row = whenAvailable(() => koreaRank(data.partnerShares, { reporter: 'MEX', period: PERIOD, basis: 'total' }));
  const rank = row?.rank ?? null;
  return {
    basis: 'data',
    method:
      "koreaRank(partnerShares, { reporter: 'MEX', period: { from: 2007, to: 2009 }, basis: 'total' }): Korea's rank by Mexico's exports + imports summed over 2007–2009 (IMF DOTS, Mexico reporting).",
    computed: [{ label: "Korea's rank in Mexico's trade", value: rank, unit: 'rank' }],
    verdict: rank === null ? 'not-checkable' : rank === 6 ? 'supported' : 'contradicted',
    explanation:
      rank === null
        ? 'Korea is not in the computed table for Mexico, 2007–2009.'
        : `IMF DOTS puts Korea ${rank === 6 ? 'sixth, as the paper says' : `at rank ${rank}, not sixth`}, out of ${row?.partnerCount} partners.`,
    sources: [...METHOD_SOURCES],
  };
}

/** The paper: Korea has about 2% of Mexico's trade. */
export function checkKoreaShareOfMexico(data: ClaimDatasets): ClaimCheck {
  const row = whenAvailable(() => koreaRank(data.partnerShares, { reporter: 'MEX', period: PERIOD, basis: 'total' }));
  if (row === undefined) {
    return {
      basis: 'data',
      method: 'koreaRank on Mexico 2007–2009',
      computed: [],
      verdict: 'not-checkable',
      explanation: 'Korea is not in the computed table.',
      sources: [...METHOD_SOURCES],
    };
  }
  const verdict = compareToPrinted(2, row.sharePct);
  return {
    basis: 'data',
    method:
      "koreaRank(partnerShares, { reporter: 'MEX', period: { from: 2007, to: 2009 } }).sharePct: Korea's share of Mexico's total trade over 2007–2009 (IMF DOTS).",
    computed: [{ label: "Korea's share of Mexico's trade", value: round(row.sharePct), unit: '%' }],
    verdict,
    explanation: `IMF DOTS gives ${pct(row.sharePct)}, which ${verdict === 'supported' ? 'rounds to the 2% the paper prints' : 'does not round to the 2% the paper prints'}. The paper cites Mexico's Ministry of Economy, not the IMF.`,
    sources: [...METHOD_SOURCES],
  };
}

/** The partners the paper prints ahead of Korea, with the share it prints for each. */
const AHEAD = [
  ['USA', 65],
  ['CHN', 6],
  ['JPN', 3],
  ['DEU', 2.8],
  ['CAN', 2.7],
] as const;

/** The paper: the United States, China, Japan, Germany and Canada, in that order, are ahead of Korea. */
export function checkPartnersAheadOfKorea(data: ClaimDatasets): ClaimCheck {
  const table =
    whenAvailable(() => partnerRanking(data.partnerShares, { reporter: 'MEX', period: PERIOD, basis: 'total' })) ?? [];
  const koreaRow = table.find((r) => r.partner === 'KOR');
  const ahead = table.filter((r) => koreaRow !== undefined && r.rank < koreaRow.rank).map((r) => r.partner);
  const parts = AHEAD.map(([code, printed]) => {
    const row = table.find((r) => r.partner === code);
    return {
      code,
      printed,
      computed: row?.sharePct,
      rank: row?.rank,
      verdict: row ? compareToPrinted(printed, row.sharePct) : ('contradicted' as const),
    };
  });
  const sameSet = ahead.length === AHEAD.length && AHEAD.every(([code]) => ahead.includes(code));
  const sameOrder = sameSet && AHEAD.every(([code], i) => ahead[i] === code);
  const verdict =
    koreaRow === undefined
      ? 'not-checkable'
      : combineVerdicts([
          sameOrder ? 'supported' : sameSet ? 'partly' : 'contradicted',
          ...parts.map((p) => p.verdict),
        ]);
  return {
    basis: 'data',
    method:
      "partnerRanking(partnerShares, { reporter: 'MEX', period: { from: 2007, to: 2009 } }): the partners ranked above Korea and their shares; each share compared with the printed figure at its printed precision.",
    computed: [
      { label: 'Partners ahead of Korea, in order', value: ahead.join(', '), unit: 'codes' },
      ...parts.map((p) => ({
        label: nameOf(p.code),
        value: p.computed === undefined ? null : round(p.computed),
        unit: '%',
      })),
    ],
    verdict,
    explanation:
      koreaRow === undefined
        ? 'Korea is not in the computed table for Mexico, 2007–2009.'
        : `${sameSet ? 'The same five partners rank ahead of Korea' : 'The partners ahead of Korea differ'}${sameSet && !sameOrder ? `, but in the order ${ahead.map(nameOf).join(', ')}` : ''}. Shares (paper → IMF DOTS): ${parts
            .map(
              (p) =>
                `${nameOf(p.code)} ${p.printed}% → ${p.computed === undefined ? 'n/a' : pct(p.computed)} (${p.verdict})`,
            )
            .join('; ')}.`,
    sources: [...METHOD_SOURCES],
  };
}

/** The paper: Mexico is not in Korea's top 15 or 20 partners. */
export function checkMexicoOutsideKoreaTop(data: ClaimDatasets): ClaimCheck {
  const row = whenAvailable(() =>
    rankAmongKoreaPartners(data.partnerShares, { partner: 'MEX', period: PERIOD, basis: 'total' }),
  );
  const rank = row?.rank ?? null;
  const koreaTable =
    whenAvailable(() => partnerRanking(data.partnerShares, { reporter: 'KOR', period: PERIOD, basis: 'total' })) ?? [];
  const topLac = koreaTable.find((r) => (lacCountryCodes as readonly string[]).includes(r.partner as LacCountryCode));
  const verdict = rank === null ? 'not-checkable' : rank > 20 ? 'supported' : rank > 15 ? 'partly' : 'contradicted';
  return {
    basis: 'data',
    method:
      "rankAmongKoreaPartners(partnerShares, { partner: 'MEX', period: { from: 2007, to: 2009 } }): Mexico's rank by Korea's exports + imports summed over 2007–2009 (IMF DOTS, Korea reporting).",
    computed: [
      { label: "Mexico's rank among Korea's partners", value: rank, unit: 'rank' },
      { label: "Mexico's share of Korea's trade", value: row ? round(row.sharePct) : null, unit: '%' },
      { label: "Korea's largest LAC partner in the same table", value: topLac?.partner ?? null, unit: 'code' },
    ],
    verdict,
    explanation:
      rank === null
        ? 'Mexico is not in the computed table for Korea.'
        : `Mexico ranks ${rank} among Korea's ${row?.partnerCount} partners (${pct(row?.sharePct ?? 0)}): ${rank > 20 ? 'outside the top 20' : rank > 15 ? 'outside the top 15 but inside the top 20' : 'inside the top 15'}. Korea's largest LAC partner in the same table is ${topLac ? nameOf(topLac.partner) : 'not found'}.`,
    sources: [...METHOD_SOURCES],
  };
}
