// Helpers from their own modules, never the barrels: the claims entry must not load a dataset.
import { koreaRank } from '../../rankings/korea-rank.js';
import { partnerRanking } from '../../rankings/partner-ranking.js';
import { aggregate } from '../../trade/aggregate.js';
import { balanceSeries } from '../../trade/balance-series.js';
import { cagr, yearOverYear } from '../../trade/growth.js';
import type { ClaimCheck, ClaimDatasets } from '../types.js';
import { bn, nameOf, pct, round } from './format.js';
import { whenAvailable } from './when-available.js';

const FROM = 1990;
const TO = 2010;
/** The paper's period is checked against IMF DOTS, the source with both sides for it. */
const DOTS = 'imf-dots-2022';

/** The paper: Korea–Latin America trade grew steadily over twenty years. */
export function checkTradeGrewSteadily(data: ClaimDatasets): ClaimCheck {
  const region =
    whenAvailable(() => aggregate(data.tradeFlows, { by: 'year', from: FROM, to: TO, source: DOTS })) ?? [];
  const growth = cagr(region, FROM, TO, (r) => r.totalUsd);
  const declines = yearOverYear(region, (r) => r.totalUsd)
    .filter((r) => r.change !== null && r.change < 0)
    .map((r) => r.year);
  const first = region.find((r) => r.year === FROM);
  const last = region.find((r) => r.year === TO);
  const verdict =
    growth === undefined
      ? 'not-checkable'
      : growth <= 0
        ? 'contradicted'
        : declines.length === 0
          ? 'supported'
          : 'partly';
  return {
    basis: 'data',
    method:
      "aggregate(tradeFlows, { by: 'year', from: 1990, to: 2010, source: 'imf-dots-2022' }) (Korea reporting, all LAC partners, IMF DOTS), then cagr(…, 1990, 2010) and yearOverYear on the total; 'steadily' is read as no year of decline.",
    computed: [
      { label: 'Korea–LAC trade, 1990', value: first?.totalUsd ?? null, unit: 'USD' },
      { label: 'Korea–LAC trade, 2010', value: last?.totalUsd ?? null, unit: 'USD' },
      {
        label: 'Compound annual growth, 1990–2010',
        value: growth === undefined ? null : round(growth, 2),
        unit: '% a year',
      },
      { label: 'Years with a decline', value: declines.join(', '), unit: 'years' },
    ],
    verdict,
    explanation:
      growth === undefined
        ? 'The data lack a total for 1990 or 2010.'
        : growth <= 0
          ? `Trade did not grow: it went from ${bn(first?.totalUsd ?? 0)} to ${bn(last?.totalUsd ?? 0)}, ${growth.toFixed(1)}% a year.`
          : `Trade rose from ${bn(first?.totalUsd ?? 0)} to ${bn(last?.totalUsd ?? 0)}, ${growth.toFixed(1)}% a year, ${declines.length === 0 ? 'without a year of decline' : `but fell in ${declines.length} of the 20 years (${declines.join(', ')})`}: strong growth, ${declines.length === 0 ? 'and steady' : 'not steady'}. Korea-reported imports from small economies have gaps in some years, which slightly understates the early totals.`,
    sources: ['imf-dots-2022'],
  };
}

/** The paper: LAC trade with Korea outgrew LAC trade with the United States and Europe. */
export function checkOutgrewUsEurope(data: ClaimDatasets): ClaimCheck {
  const reporters = ['MEX', 'BRA', 'CHL', 'ARG', 'PER', 'COL'] as const;
  const sumFor = (partner: string, year: number): number | undefined => {
    let total = 0;
    for (const reporter of reporters) {
      const table = whenAvailable(() => partnerRanking(data.partnerShares, { reporter, period: year, basis: 'total' }));
      const row = table?.find((r) => r.partner === partner);
      if (row?.valueUsd === null || row === undefined) return undefined;
      total += row.valueUsd;
    }
    return total;
  };
  const series = (partner: string) =>
    [FROM, TO].flatMap((year) => {
      const value = sumFor(partner, year);
      return value === undefined ? [] : [{ year, value }];
    });
  const korea = cagr(series('KOR'), FROM, TO);
  const usa = cagr(series('USA'), FROM, TO);
  const verdict = korea === undefined || usa === undefined ? 'not-checkable' : korea > usa ? 'partly' : 'contradicted';
  return {
    basis: 'data',
    method:
      'For the six LAC economies with partner tables (MEX, BRA, CHL, ARG, PER, COL), their total trade with Korea and with the United States in 1990 and 2010, summed from partnerRanking(partnerShares, …) rows, then cagr(…, 1990, 2010). Europe is not a partner in the shipped tables, so that half cannot be checked.',
    computed: [
      {
        label: 'Growth of trade with Korea, 1990–2010',
        value: korea === undefined ? null : round(korea, 2),
        unit: '% a year',
      },
      {
        label: 'Growth of trade with the United States, 1990–2010',
        value: usa === undefined ? null : round(usa, 2),
        unit: '% a year',
      },
      { label: 'Growth of trade with Europe', value: null, unit: 'not in the shipped tables' },
    ],
    verdict,
    explanation:
      korea === undefined || usa === undefined
        ? 'A Korea or United States row is missing for 1990 or 2010.'
        : `For the six largest LAC economies, trade with Korea grew ${korea.toFixed(1)}% a year against ${usa.toFixed(1)}% with the United States: ${korea > usa ? 'faster, as the paper says' : 'not faster'}. The comparison with Europe needs partner totals the shipped tables do not keep, so the claim is at most partly confirmed.`,
    sources: ['imf-dots-2022'],
  };
}

/** The paper: Korea–Latin America trade is marginal for both sides. Operationalised as under 10% of each side's trade. */
export function checkTradeMarginal(data: ClaimDatasets): ClaimCheck {
  const year = TO;
  const [region] =
    whenAvailable(() => aggregate(data.tradeFlows, { by: 'year', from: year, to: year, source: DOTS })) ?? [];
  const world = data.tradeFlows
    .filter((f) => f.reporter === 'KOR' && f.partner === 'WLD' && f.year === year && f.source === DOTS)
    .reduce((sum, f) => sum + f.valueUsd, 0);
  const lacShare = region === undefined || world === 0 ? undefined : (region.totalUsd / world) * 100;
  const koreaShares = (['MEX', 'BRA', 'CHL', 'ARG', 'PER', 'COL'] as const).map((reporter) => ({
    reporter,
    share: whenAvailable(() => koreaRank(data.partnerShares, { reporter, period: year, basis: 'total' }))?.sharePct,
  }));
  const known = koreaShares.filter(
    (s): s is { reporter: (typeof koreaShares)[number]['reporter']; share: number } => s.share !== undefined,
  );
  const maxShare = Math.max(...known.map((s) => s.share));
  const verdict =
    lacShare === undefined || known.length === 0
      ? 'not-checkable'
      : lacShare < 10 && maxShare < 10
        ? 'supported'
        : 'contradicted';
  return {
    basis: 'data',
    method:
      "LAC's share of Korea's world trade in 2010: aggregate(tradeFlows, { by: 'year', source: 'imf-dots-2022' }) ÷ Korea's WLD exports + imports (both IMF DOTS); Korea's share of each of six LAC economies' trade: koreaRank(partnerShares, { reporter, period: 2010 }). 'Marginal' is read as below 10% for every side, our threshold.",
    computed: [
      {
        label: "LAC's share of Korea's trade, 2010",
        value: lacShare === undefined ? null : round(lacShare),
        unit: '%',
      },
      ...known.map((s) => ({
        label: `Korea's share of ${nameOf(s.reporter)}'s trade, 2010`,
        value: round(s.share),
        unit: '%',
      })),
    ],
    verdict,
    explanation:
      lacShare === undefined
        ? 'World totals or regional totals are missing for 2010.'
        : `In 2010 the 33 LAC countries took ${pct(lacShare)} of Korea's trade, and Korea ${pct(Math.min(...known.map((s) => s.share)))}–${pct(maxShare)} of the trade of Mexico, Brazil, Chile, Argentina, Peru and Colombia: ${verdict === 'supported' ? 'small on both sides' : 'not small on every side'}.`,
    sources: ['imf-dots-2022'],
  };
}

/** The paper: Mexico's deficit with Korea keeps growing. */
export function checkMexicoDeficitGrows(data: ClaimDatasets): ClaimCheck {
  const mexicoView =
    whenAvailable(() =>
      balanceSeries(data.tradeFlows, { reporter: 'MEX', partner: 'KOR', from: 2000, to: TO, source: DOTS }),
    ) ?? [];
  const koreaView =
    whenAvailable(() =>
      balanceSeries(data.tradeFlows, { reporter: 'KOR', partner: 'MEX', from: 2000, to: TO, source: DOTS }),
    ) ?? [];
  const deficit = (year: number) => {
    const row = mexicoView.find((r) => r.year === year);
    return row === undefined ? undefined : -row.balanceUsd;
  };
  const [d2000, d2005, d2010] = [deficit(2000), deficit(2005), deficit(TO)];
  const surplus2010 = koreaView.find((r) => r.year === TO)?.balanceUsd;
  const largest = mexicoView.reduce(
    (best, r) => (best === undefined || r.balanceUsd < best.balanceUsd ? r : best),
    mexicoView[0],
  );
  const koreaSurplus = (year: number) => koreaView.find((r) => r.year === year)?.balanceUsd;
  const [k2000, k2005] = [koreaSurplus(2000), koreaSurplus(2005)];
  const koreaGrows =
    k2000 !== undefined && k2005 !== undefined && surplus2010 !== undefined && k2005 > k2000 && surplus2010 > k2005;
  const grows =
    d2000 !== undefined && d2005 !== undefined && d2010 !== undefined && d2000 > 0 && d2005 > d2000 && d2010 > d2005;
  return {
    basis: 'data',
    method:
      "balanceSeries(tradeFlows, { reporter: 'MEX', partner: 'KOR', from: 2000, to: 2010, source: 'imf-dots-2022' }) (Mexico's own statistics), checked against Korea's view of the same trade (IMF DOTS on both sides); 'keeps growing' is read as a larger deficit in 2010 than in 2005, and in 2005 than in 2000.",
    computed: [
      { label: "Mexico's deficit with Korea, 2000 (Mexico reporting)", value: d2000 ?? null, unit: 'USD' },
      { label: "Mexico's deficit with Korea, 2005 (Mexico reporting)", value: d2005 ?? null, unit: 'USD' },
      { label: "Mexico's deficit with Korea, 2010 (Mexico reporting)", value: d2010 ?? null, unit: 'USD' },
      { label: 'Year of the largest deficit, 2000–2010', value: largest?.year ?? null, unit: 'year' },
      { label: "Korea's surplus with Mexico, 2010 (Korea reporting)", value: surplus2010 ?? null, unit: 'USD' },
    ],
    verdict:
      d2000 === undefined || d2005 === undefined || d2010 === undefined
        ? 'not-checkable'
        : grows
          ? 'supported'
          : 'contradicted',
    explanation:
      d2000 === undefined || d2005 === undefined || d2010 === undefined
        ? 'A Mexico-reported balance is missing for 2000, 2005 or 2010.'
        : `By Mexico's statistics the deficit went from ${bn(d2000)} (2000) to ${bn(d2005)} (2005) and ${bn(d2010)} (2010)${largest ? `, peaking at ${bn(-largest.balanceUsd)} in ${largest.year}` : ''}. Korea's statistics show a smaller gap (a ${bn(surplus2010 ?? 0)} Korean surplus in 2010) because Mexico counts imports by origin: by Mexico's figures the deficit ${grows ? 'grows' : 'does not grow steadily'}, and by Korea's the surplus ${koreaGrows ? 'grows too' : 'does not grow steadily'}.`,
    sources: ['imf-dots-2022'],
  };
}
