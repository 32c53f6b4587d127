// The README quick start, runnable: `npm run example` (builds, then runs this).

import { challenges } from 'korea-latam/challenges';
import { koreaRank, partnerShares } from 'korea-latam/rankings';
import { cite } from 'korea-latam/sources';
import { agreements, getAgreement, inForceDetails, isInForce } from 'korea-latam/timeline';
import { balanceSeries, mirror, tradeFlows } from 'korea-latam/trade';

// Korea's trade with Mexico, as Korea reports it (Korea Customs via KOSIS, current US dollars).
for (const row of balanceSeries(tradeFlows, { partner: 'MEX', from: 2019, to: 2023 })) {
  console.log(
    row.year,
    `exports ${(row.exportsUsd / 1e9).toFixed(2)} bn`,
    `balance ${(row.balanceUsd / 1e9).toFixed(2)} bn`,
    row.source,
  );
}

// The same goods as Mexico reports them: the mirror gap.
const [toMexico] = mirror(tradeFlows, { partner: 'MEX', year: 2008 });
console.log(
  `2008 gap: Mexico records ${toMexico.gapPct.toFixed(0)}% more imports from Korea than Korea records exports`,
);

// The paper's claim: Korea is Mexico's sixth partner (2007–2009).
const korea = koreaRank(partnerShares, { reporter: 'MEX', period: { from: 2007, to: 2009 } });
console.log(`Korea ranks ${korea.rank} in Mexico's trade, ${korea.sharePct.toFixed(2)}% (IMF DOTS)`);

// Dates keep their precision.
console.log('Korea–Chile FTA in force on 2004-04-01:', isInForce(getAgreement('kor-chl-fta'), '2004-04-01'));

// Today: the state the sources last confirmed carries forward until a recorded change.
const today = new Date();
const inForceToday = agreements.filter((a) => isInForce(a, today));
const first = inForceToday[0];
const details = inForceDetails(first, today);
console.log(
  `In force today: ${inForceToday.length} agreements; ${first.title}: ${details.basis} since ${details.confirmedOn}`,
);
console.log('Challenges:', challenges.map((c) => c.label).join('; '));
console.log(cite('lopez-aymes-2012', 'short'), '·', cite('imf-dots-2022', 'attribution'));
