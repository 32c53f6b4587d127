// Checks the built API docs (docs/api) the way a reader meets them: one search entry per symbol, helper
// pages that show their options, headings whose code text survives, and a sidebar whose module names
// (import paths) each fit on one line (in Chromium, when the machine has it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '../..');
const api = join(root, 'docs/api');
const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
};

// 1. Search: TypeDoc's index, one row per documented reflection.
const searchJs = readFileSync(join(api, 'assets/search.js'), 'utf8');
const { rows } = JSON.parse(inflateSync(Buffer.from(/"([^"]+)"/.exec(searchJs)[1], 'base64')).toString());
const REFERENCE = 4194304;
check(!rows.some((r) => r.kind === REFERENCE), 're-exports are indexed: a symbol would be found twice');
const seen = new Map();
for (const row of rows) {
  const key = `${row.kind}|${row.parent ?? ''}|${row.name}`;
  seen.set(key, (seen.get(key) ?? 0) + 1);
}
const twice = [...seen].filter(([, n]) => n > 1).map(([k]) => k);
check(twice.length === 0, `search entries listed twice: ${twice.join(', ')}`);
const named = (name) => rows.filter((r) => r.name === name).map((r) => r.parent);
check(named('tradeBalance').join() === 'korea-latam/trade', `tradeBalance in search: ${named('tradeBalance').join()}`);

// 2. Helper pages show their options' fields, not only a link to the options type.
for (const [page, fields] of [
  ['korea-latam_trade.aggregate', ['includeSuspended', 'region']],
  ['korea-latam_trade.flowsWhere', ['reporter', 'partner']],
  ['korea-latam_rankings.rankPartners', ['ties', 'order']],
  ['korea-latam_timeline.eventsBetween', ['match']],
]) {
  const html = readFileSync(join(api, 'functions', `${page}.html`), 'utf8');
  for (const field of fields) check(html.includes(`>${field}</`), `${page}: option ${field} is not shown`);
}

// 3. Headings: TypeDoc's page outline drops inline code, so guides keep code out of headings.
for (const file of [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
]) {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  let fenced = false;
  lines.forEach((line, i) => {
    if (line.startsWith('```')) fenced = !fenced;
    if (!fenced && /^#{1,6} .*`/.test(line)) failures.push(`${file}:${i + 1}: a heading with inline code: ${line}`);
  });
}

// 4. The sidebar, rendered.
const browserPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(browserPath)) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pathToFileURL(join(api, 'modules/korea-latam_rankings.html')).href);
    await page.waitForSelector('.site-menu .tsd-navigation a');
    // A module link on one line is as tall as the shortest one (the root's, korea-latam).
    const wrapped = await page.$$eval('.site-menu .tsd-navigation a', (links) => {
      const modules = links.filter((a) => a.textContent.trim().startsWith('korea-latam'));
      const line = Math.min(...modules.map((a) => a.getBoundingClientRect().height));
      return modules.filter((a) => a.getBoundingClientRect().height > 1.5 * line).map((a) => a.textContent.trim());
    });
    check(wrapped.length === 0, `sidebar module names on two lines: ${wrapped.join(', ')}`);
  } finally {
    await browser.close();
  }
} else {
  console.log(`docs-check: no browser at ${browserPath}; the sidebar was not rendered`);
}

if (failures.length > 0) {
  console.error(`docs-check: ${failures.length} problem(s)\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`docs-check: ${rows.length} search entries, one per symbol; options shown; headings and sidebar fit`);
