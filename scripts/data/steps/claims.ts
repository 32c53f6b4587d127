import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim, ClaimDatasets } from '../../../src/claims/types.js';
import { constList, emitFile, emitModule, frozenArray, metaExport, TRUSTED_IMPORT } from '../lib/emit.js';
import type { Schemas } from './types.js';

const FILE = 'data/claims/claims.json';

/** Writes the claim ids, which the claim schema and the check registry are typed against. */
export function buildClaimIds(root: string): void {
  const definitions = JSON.parse(readFileSync(join(root, FILE), 'utf8')) as { id: string }[];
  emitModule(
    join(root, 'src/claims/claim-ids.generated.ts'),
    [FILE],
    [
      '/**',
      ' * Every claim id, in the order of the claims.',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { claimIds } from 'korea-latam/claims';",
      " * claimIds[0]; // 'korea-sixth-partner-of-mexico'",
      ' * ```',
      ' */',
      `export const claimIds = ${constList(
        definitions.map((d) => d.id),
        1,
      )};`,
      '',
      '/** The id of a claim in `korea-latam/claims`. */',
      'export type ClaimId = (typeof claimIds)[number];',
    ].join('\n'),
  );
}

const VERDICT_LABEL: Readonly<Record<string, string>> = {
  supported: 'supported',
  partly: 'partly',
  contradicted: 'contradicted',
  'not-checkable': 'not checkable',
};

function figureText(figure: { label: string; value: unknown; unit?: string }): string {
  const { value, unit } = figure;
  if (value === null) return `${figure.label}: n/a`;
  if (typeof value === 'number' && unit === 'USD') return `${figure.label}: US$ ${(value / 1e9).toFixed(2)} bn`;
  if (typeof value === 'number' && unit === '%') return `${figure.label}: ${value}%`;
  return `${figure.label}: ${String(value)}${unit && !['codes', 'code', 'date', 'year', 'years', 'count', 'rank', 'month', 'period'].includes(unit) ? ` ${unit}` : ''}`;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Runs every check on the shipped datasets and writes the claims module and docs/claims.md. */
export async function buildClaims(root: string, schemas: Schemas): Promise<readonly Claim[]> {
  const definitions = JSON.parse(readFileSync(join(root, FILE), 'utf8')) as Omit<Claim, 'check'>[];
  const { CHECKS } = await import('../../../src/claims/check-registry.js');
  const { challenges, roles } = await import('../../../src/challenges/challenges.generated.js');
  const { partnerShares } = await import('../../../src/rankings/partner-shares.generated.js');
  const { agreements, timelineEvents } = await import('../../../src/timeline/timeline.generated.js');
  const { tradeFlows } = await import('../../../src/trade/trade-flows.generated.js');
  const data: ClaimDatasets = { tradeFlows, partnerShares, agreements, timelineEvents, challenges, roles };
  const claims = schemas.parseClaims(definitions.map((d) => ({ ...d, check: CHECKS[d.id](data) })));
  const plainDefinitions = claims.map(({ check: _check, ...definition }) => definition);
  emitModule(
    join(root, 'src/claims/claims.generated.ts'),
    [FILE, 'the checks in src/claims/checks/, run on the shipped datasets'],
    [
      "import { deepFreeze } from '../internal/deep-freeze.js';",
      TRUSTED_IMPORT,
      "import type { DatasetMeta } from '../sources/types.js';",
      "import type { Claim, ClaimCheck, ClaimDefinition } from './types.js';",
      "import { withChecks } from './with-checks.js';",
      '',
      '/** The claims without their checks (used by verifyClaims). */',
      `export const claimDefinitions: readonly ClaimDefinition[] = ${frozenArray(plainDefinitions)};`,
      '',
      `const checks: readonly ClaimCheck[] = ${frozenArray(claims.map((c) => c.check))};`,
      '',
      '/**',
      " * The paper's checkable claims with the result of checking each against the",
      ' * shipped datasets (computed when the data were built; `verifyClaims` re-runs them).',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { claims } from 'korea-latam/claims';",
      " * claims.filter((c) => c.check.verdict === 'not-checkable').map((c) => c.id);",
      ' * ```',
      ' */',
      'export const claims: readonly Claim[] = /* @__PURE__ */ withChecks(claimDefinitions, checks);',
      metaExport('claimsMeta', 'claims', 'claimsMeta.records; // 20', {
        title: "The paper's claims, checked against the data",
        description:
          "Every quantitative or checkable claim in López Aymes (2012), in our words, with the paper's figures and a check computed from the library's own datasets with its public helpers.",
        sources: ['lopez-aymes-2012', 'imf-dots-2022'],
        records: claims.length,
        retrieved: 'Checks computed when the data were built from the shipped datasets.',
        license: 'Claims paraphrased from López Aymes (2012); checks by korea-latam.',
        attribution:
          'Source: López Aymes (2012), checked by korea-latam against IMF DOTS and the cited timeline sources.',
      }),
    ].join('\n'),
  );
  const counts = ['supported', 'partly', 'contradicted', 'not-checkable'].map(
    (v) => `${claims.filter((c) => c.check.verdict === v).length} ${VERDICT_LABEL[v]}`,
  );
  const rows = claims.map((c) => {
    const paper = c.paperFigures.length === 0 ? '—' : c.paperFigures.map(figureText).join('; ');
    const ours = c.check.computed.length === 0 ? '—' : c.check.computed.map(figureText).join('; ');
    const period =
      c.period === null
        ? '—'
        : c.period.from === c.period.to
          ? String(c.period.from)
          : `${c.period.from}–${c.period.to}`;
    return `| ${cell(c.statement)} | ${cell(paper)} | ${period} | ${cell(ours)} | **${VERDICT_LABEL[c.check.verdict]}** | ${cell(c.check.sources.map((id) => `\`${id}\``).join(', '))} | ${cell(c.check.explanation)} |`;
  });
  emitFile(
    join(root, 'docs/claims.md'),
    [
      '# Claims: the paper checked against the data',
      '',
      '<!-- Generated by scripts/data/build.ts from data/claims/claims.json and the checks in src/claims/checks/. Do not edit. -->',
      '',
      `Every checkable claim in López Aymes (2012), in our words, with the paper's figure, the figure`,
      'the library computes from its own datasets with its own public helpers, and a verdict. Run',
      '`verifyClaims(datasets)` with the shipped datasets to recompute them, or swap one for newer data to see how they move.',
      '',
      `Verdicts: ${counts.join(', ')}.`,
      '',
      '| Claim | Paper | Period | Our figure | Verdict | Source the check read | Explanation |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
      '## Verdict rules',
      '',
      '- **supported**: the data agree. A printed percentage is supported when the computed value',
      '  rounds to it at the precision the paper prints it (2% covers 1.5–2.5%; 2.8% covers',
      '  2.75–2.85%); a rank must be equal.',
      '- **partly**: part of the claim holds (for example the same partners but in another order),',
      "  or a figure is close but not equal (within three half-units of the paper's last printed",
      '  digit), or one half of a comparison cannot be checked.',
      '- **contradicted**: the data disagree beyond that.',
      '- **not-checkable**: the shipped data cannot decide it; the explanation says why, and cites',
      '  an external source where the research notes have one.',
      '- Claims with several parts combine them: all supported → supported, all contradicted →',
      '  contradicted, otherwise partly.',
      '- Where the paper names no period, the check states the one it uses (`periodNote`).',
      "- Words the paper leaves vague are given an explicit reading in the check's `method`:",
      "  'steadily' means no year of decline; 'marginal' means below 10% of each side's trade.",
      "- Trade checks of the paper's period read IMF DOTS (`imf-dots-2022`) explicitly, on both sides,",
      "  because it covers Korea's and the partners' reports alike up to 2020; the library's default",
      '  for Korea as reporter is Korea Customs via KOSIS, which would mix sources within one check.',
      '',
    ].join('\n'),
  );
  return claims;
}
