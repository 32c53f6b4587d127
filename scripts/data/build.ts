/**
 * Builds the typed datasets from data/: reads every file, validates every
 * record with the library's own zod schemas, checks cross-references, and
 * writes src/<module>/*.generated.ts, the CSV/JSON copies and the JSON Schema
 * files. A bad record fails the build with its file, row and field.
 *
 * Usage: npm run data           (write)
 *        npm run data -- --check (fail if anything would change)
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { written } from './lib/emit.js';
import { buildChallenges } from './steps/challenges.js';
import { buildClaimIds, buildClaims } from './steps/claims.js';
import { buildCountryCodes, buildCountryTables } from './steps/countries.js';
import { buildDiplomaticTies } from './steps/diplomatic-ties.js';
import { buildI18n } from './steps/i18n.js';
import { buildOutputs } from './steps/outputs.js';
import { buildPrices } from './steps/prices.js';
import { buildRankings } from './steps/rankings.js';
import { writeReadmeFreshness } from './steps/readme-freshness.js';
import { buildSourceIds, buildSourceTable } from './steps/sources.js';
import { buildTimeline, buildTimelineIds, collectTimelineSources } from './steps/timeline.js';
import { writeTimelineDocs } from './steps/timeline-docs.js';
import { buildTrade } from './steps/trade.js';

const root = join(import.meta.dirname, '..', '..');

async function main(): Promise<void> {
  // Phase 1: ids and codes, which the schemas are written against.
  const webSources = collectTimelineSources(root);
  const sourceIds = buildSourceIds(root, webSources);
  const codes = buildCountryCodes(root);
  // Phase 2: load the schemas (they import the id files just written).
  // The agreement ids are needed by the timeline schema.
  buildTimelineIds(root);
  buildClaimIds(root);
  const schemas = await import('../../src/schemas/index.js');
  const sources = buildSourceTable(root, webSources, schemas);
  const countries = buildCountryTables(root, sourceIds, schemas);
  const challenges = buildChallenges(root, schemas);
  const trade = buildTrade(root, schemas);
  const rankings = buildRankings(root, schemas);
  const prices = buildPrices(root, schemas);
  const timeline = buildTimeline(root, schemas, codes);
  const ties = buildDiplomaticTies(root, schemas);
  const claims = await buildClaims(root, schemas);
  const i18n = await buildI18n(root, schemas);
  const { organizationCodes } = await import('../../src/timeline/organizations.js');
  await buildOutputs(root, schemas, {
    trade,
    rankings,
    prices,
    ties,
    timeline,
    claims,
    sources,
    countries: countries.records,
    blocs: countries.blocs,
    organizations: organizationCodes,
    challenges: challenges.challenges,
    taxonomy: challenges,
    labels: i18n.entries,
  });
  await writeReadmeFreshness(root);
  await writeTimelineDocs(root);
  if (process.argv.includes('--check')) {
    const changed = execFileSync('git', ['status', '--porcelain', '--', ...written], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    if (changed !== '') {
      console.error(`Generated files are out of date with data/ (run npm run data and commit):\n${changed}`);
      process.exit(1);
    }
  }
  console.log(
    process.argv.includes('--check')
      ? `build-data: ${written.length} generated files up to date with data/`
      : `build-data: wrote ${written.length} files`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
