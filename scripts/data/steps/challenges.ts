import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { emitModule, frozenArray, json, metaExport, TRUSTED_IMPORT } from '../lib/emit.js';
import type { Schemas } from './types.js';

function exportDoc(name: string, type: string, doc: string, example: string, value: string): string {
  return [
    '/**',
    ...doc.split('\n').map((l) => ` * ${l}`),
    ' *',
    ' * @example',
    ' * ```ts',
    ...example.split('\n').map((l) => ` * ${l}`),
    ' * ```',
    ' */',
    `export const ${name}: ${type} = ${value};`,
    '',
  ].join('\n');
}

/** Validates data/challenges/challenges.json and writes the taxonomy module. */
export function buildChallenges(
  root: string,
  schemas: Schemas,
): Record<
  'challenges' | 'roles' | 'motives' | 'policyPhases' | 'partnershipAreas',
  readonly Record<string, unknown>[]
> {
  const path = join(root, 'data/challenges/challenges.json');
  const data = JSON.parse(readFileSync(path, 'utf8'));
  const challenges = schemas.parseChallenges(data.challenges);
  const roles = schemas.parseRoles(data.roles);
  const motives = schemas.parseMotives(data.motives);
  const phases = schemas.parsePolicyPhases(data.policyPhases);
  const areas = schemas.parsePartnershipAreas(data.partnershipAreas);
  const roleIds = new Set(roles.map((r) => r.id));
  const motiveIds = new Set(motives.map((m) => m.id));
  for (const c of challenges) {
    for (const r of c.relatedRoles ?? [])
      if (!roleIds.has(r)) throw new Error(`${path}: challenge ${c.id}: unknown role ${r}`);
    for (const m of c.relatedMotives ?? [])
      if (!motiveIds.has(m)) throw new Error(`${path}: challenge ${c.id}: unknown motive ${m}`);
  }
  const notes = {
    challenges: { note: data.taxonomyNote, sources: data.taxonomySources },
    roles: data.rolesNote,
    motives: data.motivesNote,
    policyPhases: data.policyPhasesNote,
    partnershipAreas: data.partnershipNote,
  };
  schemas.SourcesFieldSchema.parse(notes.challenges.sources);
  emitModule(
    join(root, 'src/challenges/challenges.generated.ts'),
    ['data/challenges/challenges.json'],
    [
      "import { deepFreeze } from '../internal/deep-freeze.js';",
      TRUSTED_IMPORT,
      "import type { DatasetMeta } from '../sources/types.js';",
      "import type { Challenge, Motive, PartnershipArea, PolicyPhase, Role, TaxonomyNotes } from './types.js';",
      '',
      exportDoc(
        'challenges',
        'readonly Challenge[]',
        "The paper's six challenges for Korea in Latin America, in the paper's order,\nwith the measures it proposes for each (paraphrased).",
        "import { challenges } from 'korea-latam/challenges';\nchallenges.map((c) => c.order); // [1, 2, 3, 4, 5, 6]",
        frozenArray(challenges),
      ),
      exportDoc(
        'roles',
        'readonly Role[]',
        'The three roles Latin American countries could see Korea playing.',
        "import { roles } from 'korea-latam/challenges';\nroles.length; // 3",
        frozenArray(roles),
      ),
      exportDoc(
        'motives',
        'readonly Motive[]',
        'Motives for Korean investment in Latin America, with the direction the paper\nsees each taking (technology-seeking is listed as a motive the paper rules out).',
        "import { motives } from 'korea-latam/challenges';\nmotives.find((m) => m.direction === 'not-present')?.id; // 'technology-seeking'",
        frozenArray(motives),
      ),
      exportDoc(
        'policyPhases',
        'readonly PolicyPhase[]',
        "Phases of Korean foreign policy the paper describes, at the paper's own precision.",
        "import { policyPhases } from 'korea-latam/challenges';\npolicyPhases[0]?.id; // 'recognition'",
        frozenArray(phases),
      ),
      exportDoc(
        'partnershipAreas',
        'readonly PartnershipArea[]',
        'The agenda the paper proposes for a U.S.–Korea partnership in Latin America.',
        "import { partnershipAreas } from 'korea-latam/challenges';\npartnershipAreas.map((a) => a.id).includes('green-growth'); // true",
        frozenArray(areas),
      ),
      exportDoc(
        'taxonomyNotes',
        'TaxonomyNotes',
        'Notes on each classification: where it comes from and what is missing.',
        "import { taxonomyNotes } from 'korea-latam/challenges';\ntaxonomyNotes.challenges.note.includes('16'); // true",
        `/* @__PURE__ */ deepFreeze(${json(notes)})`,
      ),
      metaExport('challengesMeta', 'challenges', 'challengesMeta.records; // 28', {
        title: "The paper's challenge taxonomy and related classifications",
        description:
          'Six challenges with their recommendations, three roles, four motives, six policy phases and nine partnership items from López Aymes (2012), paraphrased in our own words.',
        sources: ['lopez-aymes-2012', 'kwon-et-al-2009', 'mesquita-moreira-2011', 'kwak-mortimore-2007'],
        records: challenges.length + roles.length + motives.length + phases.length + areas.length,
        retrieved: 'The paper, March 2012.',
        license: "Paraphrase of López Aymes (2012) in korea-latam's own words; cite the paper.",
        attribution: 'Source: López Aymes (2012), paraphrased by korea-latam.',
      }),
    ].join('\n'),
  );
  return { challenges, roles, motives, policyPhases: phases, partnershipAreas: areas } as unknown as Record<
    'challenges' | 'roles' | 'motives' | 'policyPhases' | 'partnershipAreas',
    readonly Record<string, unknown>[]
  >;
}
