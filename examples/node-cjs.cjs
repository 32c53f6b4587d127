// CommonJS: the same package through require().
const { tradeFlows, aggregate, cagr } = require('korea-latam/trade');
const { blocs } = require('korea-latam/countries');

// Korea's trade with each bloc in 2015, as Korea reports it, by the membership of that year
// (the Pacific Alliance was founded in 2011, so a 2010 table has no row for it).
for (const row of aggregate(tradeFlows, { by: 'bloc', blocs, from: 2015, to: 2015 })) {
  console.log(
    `${row.group.padEnd(9)} exports US$ ${(row.exportsUsd / 1e9).toFixed(2)} bn, imports US$ ${(row.importsUsd / 1e9).toFixed(2)} bn`,
  );
}
const region = aggregate(tradeFlows, { by: 'year', from: 1990, to: 2010 });
console.log(`Korea–LAC trade grew ${cagr(region, 1990, 2010, (r) => r.totalUsd).toFixed(1)}% a year, 1990–2010`);
