// The dashboard: built with esbuild from this file (see build.mjs) against the
// library's ESM output and Observable Plot.
import * as Plot from '@observablehq/plot';
import { countryName, lacCountries } from 'korea-latam/countries';
import { partnerRanking, partnerShares } from 'korea-latam/rankings';
import { cite } from 'korea-latam/sources';
import { timelineEvents, toInterval } from 'korea-latam/timeline';
import { balanceSeries, tradeFlows } from 'korea-latam/trade';

const select = document.querySelector('#country');
for (const country of lacCountries) {
  const option = document.createElement('option');
  option.value = country.code;
  option.textContent = countryName(country.code, 'en');
  select.append(option);
}
select.value = new URLSearchParams(location.search).get('country') ?? 'MEX';

const bn = (usd) => `US$ ${(usd / 1e9).toFixed(2)} bn`;

function renderTrade() {
  const code = select.value;
  const rows = balanceSeries(tradeFlows, { partner: code, from: 1990 });
  const long = rows.flatMap((r) => [
    { year: r.year, series: 'Korea exports', usd: r.exportsUsd },
    { year: r.year, series: 'Korea imports', usd: r.importsUsd },
    { year: r.year, series: 'Balance', usd: r.balanceUsd },
  ]);
  const latest = rows.at(-1);
  const summary = document.querySelector('#summary');
  summary.dataset.country = code;
  summary.dataset.year = latest ? String(latest.year) : '';
  summary.dataset.exportsUsd = latest ? String(latest.exportsUsd) : '';
  summary.dataset.importsUsd = latest ? String(latest.importsUsd) : '';
  summary.dataset.balanceUsd = latest ? String(latest.balanceUsd) : '';
  summary.textContent = latest
    ? `${countryName(code)}, ${latest.year} (as Korea reports it): exports ${bn(latest.exportsUsd)}, imports ${bn(latest.importsUsd)}, balance ${bn(latest.balanceUsd)}.`
    : `${countryName(code)}: no year with both flows reported by Korea since 1990.`;
  const chart = Plot.plot({
    width: 900,
    height: 300,
    y: { label: 'US$ bn', tickFormat: (d) => (d / 1e9).toFixed(1), grid: true },
    x: { label: null, tickFormat: 'd' },
    color: { legend: true },
    marks: [Plot.ruleY([0]), Plot.line(long, { x: 'year', y: 'usd', stroke: 'series' })],
  });
  document.querySelector('#trade-chart').replaceChildren(chart);
  const used = [...new Set(rows.map((r) => r.source))];
  document.querySelector('#trade-note').textContent =
    `${used.map((id) => cite(id, 'attribution')).join(' ')} Each year uses Korea Customs (KOSIS) where it has both flows, else IMF DOTS. Years with a missing flow are left out, not drawn as zero.`;
}

function tableOf(rows, caption) {
  const table = document.createElement('table');
  table.innerHTML = `<caption>${caption}</caption><tr><th>Rank</th><th>Partner</th><th>Share</th></tr>`;
  for (const row of rows) {
    const tr = document.createElement('tr');
    tr.dataset.partner = row.partner;
    tr.innerHTML = `<td>${row.rank}</td><td>${countryName(row.partner)}</td><td>${row.sharePct.toFixed(row.valueUsd === null ? 1 : 2)}%</td>`;
    table.append(tr);
  }
  return table;
}

function renderRankings() {
  const period = { from: 2007, to: 2009 };
  const paper = partnerRanking(partnerShares, { reporter: 'MEX', period, source: 'lopez-aymes-2012' });
  const dots = partnerRanking(partnerShares, { reporter: 'MEX', period }).slice(0, 6);
  const paperTable = tableOf(paper, `The paper (${cite('lopez-aymes-2012', 'short')})`);
  const dotsTable = tableOf(dots, 'IMF DOTS, computed');
  for (const tr of dotsTable.querySelectorAll('tr[data-partner]')) {
    const same = paper.find((p) => p.partner === tr.dataset.partner);
    if (same && same.rank !== Number(tr.firstChild.textContent)) tr.className = 'moved';
  }
  paperTable.id = 'paper';
  dotsTable.id = 'dots';
  document.querySelector('#paper-table').replaceChildren(paperTable);
  document.querySelector('#dots-table').replaceChildren(dotsTable);
  document.querySelector('#rankings-note').textContent =
    'Highlighted: partners whose rank differs from the paper (Canada and Germany swap places).';
}

function renderTimeline() {
  const kinds = [
    'fta',
    'seca',
    'negotiation',
    'bit',
    'membership',
    'observer',
    'diplomatic-relations',
    'summit',
    'dialogue',
  ];
  const events = timelineEvents
    .filter((e) => kinds.includes(e.kind))
    .map((e) => ({ ...e, start: toInterval(e.date, e.precision).start }));
  const chart = Plot.plot({
    width: 900,
    height: 320,
    marginLeft: 140,
    x: { type: 'utc', label: null },
    y: { domain: kinds, label: null },
    marks: [Plot.dot(events, { x: 'start', y: 'kind', fill: 'kind', r: 3, title: (d) => `${d.date} ${d.title}` })],
  });
  document.querySelector('#timeline-chart').replaceChildren(chart);
  document.querySelector('#timeline-note').textContent =
    `${events.length} dated events; a date known only to the month or year is drawn at its first day.`;
}

select.addEventListener('change', renderTrade);
renderTrade();
renderRankings();
renderTimeline();
document.body.dataset.ready = 'true';
