// Packs the library, installs the tarball into a fresh temporary project and
// imports every subpath from Node ESM, Node CJS, Deno and Bun, asserting real values
// (taken from the IMF DOTS CSV and the paper) in each runtime.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

const packDir = mkdtempSync(join(tmpdir(), 'korea-latam-pack-'));
const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', packDir], root));
const tarball = join(packDir, filename);
const project = mkdtempSync(join(tmpdir(), 'korea-latam-smoke-'));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const zodVersion = lock.packages['node_modules/zod'].version;
writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'smoke', private: true, type: 'module' }));
run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, `zod@${zodVersion}`], project);

// The same checks in every runtime: one value per subpath, from the sources.
const checks = `
const fail = (m) => { throw new Error('smoke: ' + m); };
const eq = (a, b, m) => { if (a !== b) fail(m + ': expected ' + JSON.stringify(b) + ', got ' + JSON.stringify(a)); };
eq(root.tradeBalance(root.tradeFlows, { partner: 'MEX', year: 2023 }).exportsUsd, 12221993000, 'root tradeBalance (KOSIS)');
eq(root.tradeBalance(root.tradeFlows, { partner: 'MEX', year: 2008, source: 'imf-dots-2022' }).exportsUsd, 9089949001, 'root tradeBalance (IMF DOTS)');
eq(prices.toConstantUsd(prices.usCpiAnnual, { valueUsd: 258811, year: 2020, base: 2020 }), 258811, 'prices.toConstantUsd');
eq(prices.usCpiAnnual.find((r) => r.year === 2020).index, 258.811, 'prices.usCpiAnnual');
eq(sources.cite('lopez-aymes-2012', 'short'), 'López Aymes (2012)', 'sources.cite');
eq(countries.lacCountries.length, 33, 'countries.lacCountries');
eq(countries.countryName('MEX', 'es'), 'México', 'countries.countryName');
eq(challenges.challenges.map((c) => c.id).join(), 'china-competition,low-visibility,lack-of-interest,agreements-and-partnerships,low-technological-level,localization-and-incentives', 'challenges');
eq(trade.mirror(trade.tradeFlows, { partner: 'MEX', year: 2008 })[0].partnerReportedUsd, 14338916800, 'trade.mirror');
eq(rankings.koreaRank(rankings.partnerShares, { reporter: 'MEX', period: { from: 2007, to: 2009 } }).rank, 6, 'rankings.koreaRank');
eq(timeline.isInForce(timeline.getAgreement('kor-chl-fta'), '2004-04-01'), true, 'timeline.isInForce');
eq(claims.claims.find((c) => c.id === 'korea-sixth-partner-of-mexico').check.verdict, 'supported', 'claims');
eq(schemas.parseTradeFlows(trade.tradeFlows).length, trade.tradeFlows.length, 'schemas.parseTradeFlows');
eq(i18n.label(timeline.getAgreement('kor-col-fta'), 'title', i18n_es.es), 'Acuerdo de Libre Comercio entre la República de Colombia y la República de Corea', 'i18n/es official title (Ley 1747 de 2014)');
eq(i18n.label(countries.blocs.find((b) => b.id === 'MERCOSUR'), 'name', i18n_pt.pt), 'Mercado Comum do Sul (Mercosul)', 'i18n/pt official name');
eq(i18n.translateText('South America', i18n_ko.ko), '남미', 'i18n/ko');
let threw = false;
try { trade.tradeFlows[0].valueUsd = 0; } catch { threw = true; }
eq(threw || trade.tradeFlows[0].valueUsd !== 0, true, 'frozen data');
console.log('ok ' + RUNTIME);
`;
const resolveEsm = `
const csvPath = new URL(import.meta.resolve('korea-latam/data/trade-flows.csv')).pathname;
if (!csvPath.endsWith('/datasets/trade-flows.csv')) throw new Error('smoke: data subpath resolved to ' + csvPath);
`;
// Every module subpath the package exports, so a new one cannot go untested.
const subpaths = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).exports)
  .filter((key) => key !== '.' && key !== './package.json' && !key.includes('*'))
  .map((key) => key.slice(2));
const binding = (subpath) => subpath.replace('/', '_');
const esmImports = [
  `import * as root from 'korea-latam';`,
  ...subpaths.map((s) => `import * as ${binding(s)} from 'korea-latam/${s}';`),
].join('\n');
writeFileSync(join(project, 'esm.mjs'), `${esmImports}\nconst RUNTIME = 'node-esm';\n${checks}${resolveEsm}`);
const cjsImports = [
  `const root = require('korea-latam');`,
  ...subpaths.map((s) => `const ${binding(s)} = require('korea-latam/${s}');`),
].join('\n');
writeFileSync(
  join(project, 'cjs.cjs'),
  `'use strict';\n${cjsImports}\nconst RUNTIME = 'node-cjs';\n${checks}\nif (!require.resolve('korea-latam/data/datapackage.json').endsWith('datapackage.json')) throw new Error('smoke: data subpath');`,
);
writeFileSync(join(project, 'deno.json'), JSON.stringify({ nodeModulesDir: 'manual' }));
writeFileSync(join(project, 'deno.ts'), `${esmImports}\nconst RUNTIME = 'deno';\n${checks}`);
writeFileSync(join(project, 'bun.mjs'), `${esmImports}\nconst RUNTIME = 'bun';\n${checks}`);

// TypeScript consumers: the same typed code must compile under each module resolution.
const consumer = `
import { aggregate, tradeBalance, tradeFlows, type TradeFlow, type TradePartner } from 'korea-latam/trade';
import { countryName, type LacCountryCode } from 'korea-latam/countries';
import { koreaRank, partnerShares } from 'korea-latam/rankings';
import { isInForce, getAgreement } from 'korea-latam/timeline';
import { claims, type Verdict } from 'korea-latam/claims';
import { parseTradeFlows } from 'korea-latam/schemas';
import { cite } from 'korea-latam';
const code: LacCountryCode = 'MEX';
// @ts-expect-error a typo in a country code is a compile error
const typo: LacCountryCode = 'MEXX';
const exportsUsd: number | undefined = tradeBalance(tradeFlows, { partner: code, year: 2008 })?.exportsUsd;
const rank: number | undefined = koreaRank(partnerShares, { reporter: 'MEX', period: 2008 })?.rank;
const inForce: boolean | 'unknown' = isInForce(getAgreement('kor-chl-fta'), '2004-04-01');
const verdict: Verdict | undefined = claims[0]?.check.verdict;
const parsed: readonly TradeFlow[] = parseTradeFlows([]);
const line: string = cite('lopez-aymes-2012');
// An aggregate row's group is typed by \`by\`: partner codes go straight to countryName and TradePartner[].
const byPartner = aggregate(tradeFlows, { by: 'partner', from: 2023, to: 2023 });
const names: string[] = byPartner.map((r) => countryName(r.group));
const groups: TradePartner[] = byPartner.map((r) => r.group);
export { typo, exportsUsd, rank, inForce, verdict, parsed, line, names, groups };
`;
const tsModes = {
  node16: { module: 'node16', moduleResolution: 'node16' },
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
  node10: { module: 'commonjs', moduleResolution: 'node10' },
};
for (const [mode, options] of Object.entries(tsModes)) {
  const dir = join(project, `ts-${mode}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'consumer.ts'), consumer);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        ...options,
        target: 'es2022',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        esModuleInterop: true,
        types: [],
      },
      files: ['consumer.ts'],
    }),
  );
  run(join(root, 'node_modules/.bin/tsc'), ['-p', join(dir, 'tsconfig.json')], project);
  console.log(`ok typescript ${mode}`);
}

// Deno type-checks the same consumer against the installed package (offline, from node_modules).
writeFileSync(join(project, 'consumer.ts'), consumer);
run(join(root, 'node_modules/.bin/deno'), ['check', '--quiet', 'consumer.ts'], project);
console.log('ok deno check');

const results = [
  run(process.execPath, ['esm.mjs'], project),
  run(process.execPath, ['cjs.cjs'], project),
  run(join(root, 'node_modules/.bin/deno'), ['run', '--quiet', '--allow-read', '--allow-env', 'deno.ts'], project),
  run(join(root, 'node_modules/.bin/bun'), ['run', 'bun.mjs'], project),
];
// The command line from the installed package's bin.
const balance = run(
  join(project, 'node_modules/.bin/korea-latam'),
  ['balance', 'MEX', '--from', '2008', '--to', '2008'],
  project,
);
if (!/2008\s+9,089\.9\s+1,049\.3/.test(balance)) throw new Error(`smoke: unexpected CLI output\n${balance}`);
results.push('ok cli\n');
process.stdout.write(results.join(''));
for (const expected of ['ok node-esm', 'ok node-cjs', 'ok deno', 'ok bun', 'ok cli']) {
  if (!results.join('').includes(expected)) throw new Error(`smoke: missing "${expected}"`);
}
rmSync(project, { recursive: true, force: true });
rmSync(packDir, { recursive: true, force: true });
console.log('smoke: packed tarball works in Node ESM, Node CJS, Deno and Bun');
