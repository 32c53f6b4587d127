// CommonJS: the same package through require().
const { tradeFlows, aggregate, cagr } = require('korea-latam/trade');
const { blocs } = require('korea-latam/countries');

// Korea's trade with the Pacific Alliance and MERCOSUR in 2010, as Korea reports it.
for (const row of aggregate(tradeFlows, { by: 'bloc', blocs, from: 2010, to: 2010 })) {
  console.log(
    `${row.group.padEnd(9)} exports US$ ${(row.exportsUsd / 1e9).toFixed(2)} bn, imports US$ ${(row.importsUsd / 1e9).toFixed(2)} bn`,
  );
}
const region = aggregate(tradeFlows, { by: 'year', from: 1990, to: 2010 });
console.log(`Korea–LAC trade grew ${cagr(region, 1990, 2010, (r) => r.totalUsd).toFixed(1)}% a year, 1990–2010`);
