// The dashboard: built with esbuild from this file (see build.mjs) against the
// library's ESM output and Observable Plot.
import * as Plot from '@observablehq/plot';
import { countryName, lacCountries } from 'korea-latam/countries';
import { label } from 'korea-latam/i18n';
import { es } from 'korea-latam/i18n/es';
import { ko } from 'korea-latam/i18n/ko';
import { pt } from 'korea-latam/i18n/pt';
import { partnerRanking, partnerShares, rankingsMeta } from 'korea-latam/rankings';
import { cite } from 'korea-latam/sources';
import { timelineEvents, timelineMeta, toInterval } from 'korea-latam/timeline';
import { balanceSeries, tradeFlows, tradeMeta } from 'korea-latam/trade';
import { WORDS } from './words.js';

/** The translation table of each language; English needs none. */
const TABLES = { en: undefined, es, pt, ko };

const params = new URLSearchParams(location.search);
const select = document.querySelector('#country');
const language = document.querySelector('#lang');
language.value = Object.hasOwn(TABLES, params.get('lang') ?? '') ? params.get('lang') : 'en';
select.value = params.get('country') ?? 'MEX';

const lang = () => language.value;
const words = () => WORDS[lang()];
const text = (record, field) => label(record, field, TABLES[lang()]);

function renderChrome() {
  document.documentElement.lang = lang();
  const current = select.value || 'MEX';
  select.replaceChildren(
    ...lacCountries.map((country) => {
      const option = document.createElement('option');
      option.value = country.code;
      option.textContent = countryName(country.code, lang());
      return option;
    }),
  );
  select.value = current;
  for (const el of document.querySelectorAll('[data-word]')) el.textContent = words()[el.dataset.word];
  document.querySelector('#page-title').textContent = text(tradeMeta, 'title');
}

// Numbers are written the same way in every language, so a figure reads the same on every page.
const bn = (usd) => `US$ ${(usd / 1e9).toFixed(2)} bn`;

function renderTrade() {
  const code = select.value;
  const rows = balanceSeries(tradeFlows, { partner: code, from: 1990 });
  const w = words();
  const long = rows.flatMap((r) => [
    { year: r.year, series: w.exports, usd: r.exportsUsd },
    { year: r.year, series: w.imports, usd: r.importsUsd },
    { year: r.year, series: w.balance, usd: r.balanceUsd },
  ]);
  const latest = rows.at(-1);
  const summary = document.querySelector('#summary');
  summary.dataset.country = code;
  summary.dataset.year = latest ? String(latest.year) : '';
  summary.dataset.exportsUsd = latest ? String(latest.exportsUsd) : '';
  summary.dataset.importsUsd = latest ? String(latest.importsUsd) : '';
  summary.dataset.balanceUsd = latest ? String(latest.balanceUsd) : '';
  const name = countryName(code, lang());
  summary.textContent = latest
    ? w.summary(name, latest.year, bn(latest.exportsUsd), bn(latest.importsUsd), bn(latest.balanceUsd))
    : w.noYear(name);
  const chart = Plot.plot({
    width: 900,
    height: 300,
    y: { label: 'US$ bn', tickFormat: (d) => (d / 1e9).toFixed(1), grid: true },
    x: { label: null, tickFormat: 'd' },
    color: { legend: true, domain: [w.exports, w.imports, w.balance] },
    marks: [Plot.ruleY([0]), Plot.line(long, { x: 'year', y: 'usd', stroke: 'series' })],
  });
  document.querySelector('#trade-chart').replaceChildren(chart);
  const used = [...new Set(rows.map((r) => r.source))];
  document.querySelector('#trade-note').textContent =
    `${text(tradeMeta, 'attribution')} (${used.join(', ')}) ${w.tradeNote}`;
}

function tableOf(rows, caption) {
  const table = document.createElement('table');
  const w = words();
  table.innerHTML = `<caption>${caption}</caption><tr><th>${w.rank}</th><th>${w.partner}</th><th>${w.share}</th></tr>`;
  for (const row of rows) {
    const tr = document.createElement('tr');
    tr.dataset.partner = row.partner;
    tr.innerHTML = `<td>${row.rank}</td><td>${countryName(row.partner, lang())}</td><td>${row.sharePct.toFixed(row.valueUsd === null ? 1 : 2)}%</td>`;
    table.append(tr);
  }
  return table;
}

function renderRankings() {
  const period = { from: 2007, to: 2009 };
  const paper = partnerRanking(partnerShares, { reporter: 'MEX', period, source: 'lopez-aymes-2012' });
  const dots = partnerRanking(partnerShares, { reporter: 'MEX', period }).slice(0, 6);
  const w = words();
  const paperTable = tableOf(paper, w.paperCaption(cite('lopez-aymes-2012', 'short')));
  const dotsTable = tableOf(dots, w.dotsCaption);
  for (const tr of dotsTable.querySelectorAll('tr[data-partner]')) {
    const same = paper.find((p) => p.partner === tr.dataset.partner);
    if (same && same.rank !== Number(tr.firstChild.textContent)) tr.className = 'moved';
  }
  paperTable.id = 'paper';
  dotsTable.id = 'dots';
  document.querySelector('#paper-table').replaceChildren(paperTable);
  document.querySelector('#dots-table').replaceChildren(dotsTable);
  document.querySelector('#rankings-note').textContent = `${w.moved} ${text(rankingsMeta, 'attribution')}`;
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
  const w = words();
  const events = timelineEvents
    .filter((e) => kinds.includes(e.kind))
    .map((e) => ({
      ...e,
      start: toInterval(e.date, e.precision).start,
      kindLabel: w.kinds[e.kind],
      shown: text(e, 'title'),
    }));
  const chart = Plot.plot({
    width: 900,
    height: 320,
    marginLeft: 160,
    x: { type: 'utc', label: null },
    y: { domain: kinds.map((k) => w.kinds[k]), label: null },
    marks: [
      Plot.dot(events, {
        x: 'start',
        y: 'kindLabel',
        fill: 'kind',
        r: 3,
        title: (d) => `${d.date} ${d.shown}`,
        ariaLabel: (d) => d.id,
      }),
    ],
  });
  document.querySelector('#timeline-chart').replaceChildren(chart);
  document.querySelector('#timeline-note').textContent =
    `${w.timelineNote(events.length)} ${text(timelineMeta, 'attribution')}`;
}

function renderAll() {
  renderChrome();
  renderTrade();
  renderRankings();
  renderTimeline();
  document.body.dataset.lang = lang();
}

select.addEventListener('change', renderTrade);
language.addEventListener('change', renderAll);
renderAll();
document.body.dataset.ready = 'true';
