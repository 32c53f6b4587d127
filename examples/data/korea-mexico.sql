-- Korea's exports to Mexico, from the CSV table and from its Parquet copy (DuckDB).
SELECT year, value_usd, source
FROM read_csv('node_modules/korea-latam/datasets/trade-flows.csv', nullstr = '')
WHERE reporter = 'KOR' AND partner = 'MEX' AND flow = 'export' AND preferred AND year = 2008;

SELECT year, value_usd, source
FROM 'node_modules/korea-latam/datasets/parquet/trade-flows.parquet'
WHERE reporter = 'KOR' AND partner = 'MEX' AND flow = 'export' AND preferred AND year = 2008;

-- Korea's exports to each subregion in 2023, joining the countries table.
SELECT c.subregion, sum(t.value_usd) AS exports_usd
FROM 'node_modules/korea-latam/datasets/parquet/trade-flows.parquet' t
JOIN 'node_modules/korea-latam/datasets/parquet/countries.parquet' c ON c.code = t.partner
WHERE t.reporter = 'KOR' AND t.flow = 'export' AND t.preferred AND t.year = 2023 AND c."group" = 'lac'
GROUP BY c.subregion
ORDER BY exports_usd DESC;
