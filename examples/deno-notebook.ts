// A notebook-style script for Deno: `deno run --allow-read examples/deno-notebook.ts`
// (with the package in node_modules and "nodeModulesDir": "manual" in deno.json).
import { claims } from 'korea-latam/claims';
import { partnerShares, rankAmongKoreaPartners } from 'korea-latam/rankings';
import { eventsFor, timelineEvents } from 'korea-latam/timeline';

// Which of the paper's claims hold?
const tally = Object.groupBy(claims, (c) => c.check.verdict);
console.table(Object.fromEntries(Object.entries(tally).map(([verdict, list]) => [verdict, list?.length ?? 0])));

// Where does Mexico stand among Korea's partners, 2007–2009?
const mexico = rankAmongKoreaPartners(partnerShares, { partner: 'MEX', period: { from: 2007, to: 2009 } });
console.log(`Mexico ranks ${mexico?.rank} among Korea's partners (${mexico?.sharePct.toFixed(2)}%)`);

// What happened between Korea and Colombia?
for (const event of eventsFor(timelineEvents, 'COL')) console.log(event.date.padEnd(10), event.title);
