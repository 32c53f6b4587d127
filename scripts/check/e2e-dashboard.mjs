// End-to-end test of the dashboard example in a real browser: builds it from the
// library's ESM output, serves it on 127.0.0.1, drives Debian's Chromium with
// playwright-core, checks the rendered numbers against datasets/trade-flows.csv,
// switches the country, and saves a screenshot: to a temporary folder, or to
// docs/dashboard.png with --update-screenshot (so `npm run check` changes no tracked file).
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { buildDashboard } from '../../examples/dashboard/build.mjs';
import { serveDashboard } from '../../examples/dashboard/serve.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const screenshot = process.argv.includes('--update-screenshot')
  ? join(root, 'docs/dashboard.png')
  : join(tmpdir(), 'korea-latam-dashboard.png');
const site = join(root, 'examples/dashboard');
const browserPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(browserPath)) {
  console.error(
    `e2e: no browser at ${browserPath}. Install Debian's Chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
await buildDashboard();

// Expected values straight from the shipped CSV, not from the library's helpers.
const [header, ...lines] = readFileSync(join(root, 'datasets/trade-flows.csv'), 'utf8').trim().split('\n');
const columns = header.split(',');
const rows = lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [columns[i], v])));
function latestKoreaReported(partner) {
  const years = {};
  for (const r of rows.filter((r) => r.reporter === 'KOR' && r.partner === partner && Number(r.year) >= 1990)) {
    years[r.year] ??= {};
    years[r.year][r.flow] ??= r; // first source listed wins ties only if the library's preference agrees; checked below
  }
  const year = Object.keys(years)
    .filter((y) => years[y].export && years[y].import)
    .sort()
    .at(-1);
  return { year, exportsUsd: years[year].export.value_usd, importsUsd: years[year].import.value_usd };
}

const { server, url } = await serveDashboard();

const browser = await chromium.launch({
  executablePath: browserPath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
};
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1300 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });

  for (const code of ['MEX', 'BRA']) {
    if (code !== 'MEX') await page.selectOption('#country', code);
    await page.waitForSelector(`#summary[data-country="${code}"]`);
    const shown = await page.$eval('#summary', (el) => ({ ...el.dataset, text: el.textContent }));
    const expected = latestKoreaReported(code);
    check(shown.year === expected.year, `${code}: year ${shown.year}, expected ${expected.year}`);
    check(
      shown.exportsUsd === expected.exportsUsd,
      `${code}: exports ${shown.exportsUsd}, expected ${expected.exportsUsd}`,
    );
    check(
      shown.importsUsd === expected.importsUsd,
      `${code}: imports ${shown.importsUsd}, expected ${expected.importsUsd}`,
    );
    check((await page.$$('#trade-chart svg path')).length >= 3, `${code}: the chart has fewer than three lines`);
    console.log(`e2e: ${code} → ${shown.text}`);
  }
  const paper = await page.$$eval('#paper tr[data-partner]', (trs) => trs.map((tr) => tr.dataset.partner));
  check(paper.join() === 'USA,CHN,JPN,DEU,CAN,KOR', `paper table order ${paper.join()}`);
  const dots = await page.$$eval('#dots tr[data-partner]', (trs) => trs.map((tr) => tr.dataset.partner));
  check(dots.join() === 'USA,CHN,JPN,CAN,DEU,KOR', `computed table order ${dots.join()}`);
  const moved = await page.$$eval('#dots tr.moved', (trs) => trs.map((tr) => tr.dataset.partner));
  check(moved.sort().join() === 'CAN,DEU', `highlighted ${moved.join()}`);
  const dotsOnAxis = (await page.$$('#timeline-chart svg circle')).length;
  check(dotsOnAxis > 100, `timeline shows ${dotsOnAxis} events`);
  // Language switch: every title, legend and timeline label changes; no number or mark does.
  await page.selectOption('#country', 'MEX');
  await page.waitForSelector('#summary[data-country="MEX"]');
  const snapshot = () =>
    page.evaluate(() => ({
      numbers: { ...document.querySelector('#summary').dataset },
      paths: [...document.querySelectorAll('#trade-chart svg path')].map((p) => p.getAttribute('d')),
      circles: [...document.querySelectorAll('#timeline-chart svg circle')].map((c) => [
        c.getAttribute('cx'),
        c.getAttribute('cy'),
      ]),
      heading: document.querySelector('[data-word="tradeHeading"]').textContent,
      title: document.querySelector('#page-title').textContent,
      legend: document.querySelector('#trade-chart').textContent,
      event: document.querySelector('#timeline-chart circle[aria-label="kor-chl-fta-in-force"] title')?.textContent,
      lang: document.documentElement.lang,
    }));
  const english = await snapshot();
  // Expected words straight from the translation files, not from the library.
  const translations = Object.fromEntries(
    ['es', 'pt', 'ko'].map((l) => [l, JSON.parse(readFileSync(join(root, 'data/i18n', `${l}.json`), 'utf8'))]),
  );
  const textOf = (l, key) => translations[l].find((e) => e.key === key)?.text;
  check(english.event === '2004-04-01 Korea-Chile FTA enters into force', `en event title ${english.event}`);
  for (const [l, heading, exportsWord] of [
    ['es', '1. Comercio de Corea con', 'Exportaciones de Corea'],
    ['ko', '1. 한국의 교역 상대:', '한국 수출'],
  ]) {
    await page.selectOption('#lang', l);
    await page.waitForSelector(`body[data-lang="${l}"]`);
    const shown = await snapshot();
    check(shown.lang === l, `${l}: html lang ${shown.lang}`);
    check(shown.heading === heading, `${l}: heading ${shown.heading}`);
    check(shown.title === textOf(l, 'tradeMeta/title'), `${l}: page title ${shown.title}`);
    check(
      shown.legend.includes(exportsWord) && !shown.legend.includes('Korea exports'),
      `${l}: legend ${shown.legend}`,
    );
    const event = `2004-04-01 ${textOf(l, 'timelineEvents/kor-chl-fta-in-force/title')}`;
    check(shown.event === event, `${l}: event title ${shown.event}, expected ${event}`);
    check(JSON.stringify(shown.numbers) === JSON.stringify(english.numbers), `${l}: the summary's numbers changed`);
    check(JSON.stringify(shown.paths) === JSON.stringify(english.paths), `${l}: the trade chart's lines moved`);
    check(shown.circles.length === english.circles.length, `${l}: ${shown.circles.length} timeline marks`);
    console.log(`e2e: ${l} → ${shown.heading} … ${shown.event}`);
  }
  await page.selectOption('#lang', 'en');
  await page.waitForSelector('body[data-lang="en"]');
  check(errors.length === 0, `page errors: ${errors.join('; ')}`);
  await page.selectOption('#country', 'MEX');
  await page.screenshot({ path: screenshot, fullPage: true });

  // The same page opened straight from disk, as a reader who double-clicks index.html would.
  const fromDisk = await browser.newPage();
  const diskErrors = [];
  fromDisk.on('pageerror', (error) => diskErrors.push(error.message));
  await fromDisk.goto(pathToFileURL(join(site, 'index.html')).href);
  await fromDisk.waitForSelector('#summary[data-country="MEX"]', { timeout: 15_000 });
  const diskSummary = await fromDisk.$eval('#summary', (el) => ({ ...el.dataset }));
  const expectedMex = latestKoreaReported('MEX');
  check(
    diskSummary.exportsUsd === expectedMex.exportsUsd && diskSummary.year === expectedMex.year,
    `from disk: ${JSON.stringify(diskSummary)}`,
  );
  check((await fromDisk.$$('#trade-chart svg path')).length >= 3, 'from disk: the chart has fewer than three lines');
  check(diskErrors.length === 0, `from disk: page errors: ${diskErrors.join('; ')}`);
  console.log('e2e: the page opened from disk (file://) renders the same numbers');
} finally {
  await browser.close();
  server.close();
}
if (failures.length > 0) {
  console.error(`e2e: ${failures.length} failed\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`e2e: dashboard rendered the data in Chromium; screenshot saved to ${screenshot}`);
