/**
 * Every example is a test: each `@example` in src/ and each TypeScript block of the README and
 * docs/*.md is type-checked against the built package, as a user imports it (`korea-latam/trade`),
 * and run; each statement with a value comment (`expr; // 6`) is checked (syntax in
 * expectations.ts). Examples are for public exports only: an `@example` that uses or documents a name
 * its file exports but the package does not is reported, for a unit test to cover it instead.
 *
 * Usage: npm run examples:docs   (after npm run build; part of npm run check)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { linkedProject } from '../lib/linked-project.mjs';
import { type DocExample, guideExamples, tsdocExamples } from './extract.js';
import { nonPublicUse } from './non-public.js';
import { rewrite } from './rewrite.js';

const root = resolve(import.meta.dirname, '..', '..', '..');
const EXPECT_HELPERS = `import { isDeepStrictEqual } from 'node:util';
const show = (v: unknown) => { try { return JSON.stringify(v); } catch { return String(v); } };
function matches(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== 'object') return Object.is(actual, expected);
  if (Array.isArray(expected)) return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(actual[i], e));
  if (actual === null || typeof actual !== 'object') return false;
  if (expected instanceof Date || actual instanceof Date) return isDeepStrictEqual(actual, expected);
  return Object.entries(expected).every(([k, e]) => matches((actual as Record<string, unknown>)[k], e));
}
const fail = (where: string, text: string, message: string) => { throw new Error(where + ': ' + text + ' ' + message); };
export function __equal(where: string, text: string, actual: unknown, expected: unknown) {
  if (!matches(actual, expected)) fail(where, text, 'gave ' + show(actual) + ', the docs say ' + show(expected));
}
export function __approx(where: string, text: string, actual: unknown, expected: number, tolerance: number) {
  if (typeof actual !== 'number' || !(Math.abs(actual - expected) <= tolerance * (1 + 1e-9))) fail(where, text, 'gave ' + show(actual) + ', the docs say ≈ ' + expected);
}
export function __oneOf(where: string, text: string, actual: unknown, allowed: unknown[]) {
  if (!allowed.some((a) => matches(actual, a))) fail(where, text, 'gave ' + show(actual) + ', the docs say one of ' + show(allowed));
}
export function __throws(where: string, text: string, run: () => void, errorClass: string, message: string) {
  try { run(); } catch (error) {
    if ((error as Error)?.constructor?.name === errorClass && String((error as Error).message).startsWith(message)) return;
    fail(where, text, 'threw ' + String(error) + ', the docs say it throws ' + errorClass + (message ? ': ' + message : ''));
  }
  fail(where, text, 'did not throw; the docs say it throws ' + errorClass);
}
`;

/** The names each public subpath exports (values and types), from the built declaration files. */
function publicNames(): Map<string, string> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const entries = Object.entries(pkg.exports as Record<string, { import?: { types: string } }>)
    .filter(([, target]) => typeof target === 'object' && target.import !== undefined)
    .map(([subpath, target]) => [subpath, join(root, target.import?.types as string)] as const);
  const program = ts.createProgram(
    entries.map(([, file]) => file),
    { skipLibCheck: true },
  );
  const checker = program.getTypeChecker();
  const owner = new Map<string, string>();
  // Subpaths before the root, so a name is shown under the module that owns it.
  for (const [subpath, file] of [...entries].sort(([a], [b]) => (a === '.' ? 1 : b === '.' ? -1 : 0))) {
    const source = program.getSourceFile(file);
    const symbol = source && checker.getSymbolAtLocation(source);
    for (const name of symbol ? checker.getExportsOfModule(symbol).map((s) => s.name) : []) {
      if (!owner.has(name)) owner.set(name, subpath === '.' ? 'korea-latam' : `korea-latam/${subpath.slice(2)}`);
    }
  }
  return owner;
}

const examples: DocExample[] = [...tsdocExamples(root), ...guideExamples(root)];
const owners = publicNames();
const work = linkedProject(root, 'doc-examples');
const problems: string[] = [];
// The examples that are type-checked and run, in the order of `files`.
const runnable: DocExample[] = [];
const sources = new Map<string, string>();
const sourceOf = (file: string): string => {
  if (!sources.has(file)) sources.set(file, readFileSync(join(root, file), 'utf8'));
  return sources.get(file) as string;
};
let checks = 0;
try {
  writeFileSync(join(work, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  writeFileSync(join(work, '__expect.ts'), EXPECT_HELPERS);
  const files: string[] = [];
  examples.forEach((example, index) => {
    // An example that uses or documents a name the package does not export is not run: it is a problem.
    const nonPublic = nonPublicUse(example, sourceOf(example.file), (name) => owners.has(name));
    if (nonPublic !== undefined) {
      problems.push(nonPublic);
      return;
    }
    const { code, checks: count, prose } = rewrite(example.code, example.where);
    for (const p of prose) problems.push(`${example.where}: a trailing comment that states no checkable value: ${p}`);
    checks += count;
    const header = "import { __approx, __equal, __oneOf, __throws } from './__expect.js';";
    const path = join(work, `example-${String(index).padStart(3, '0')}.ts`);
    writeFileSync(path, `${header}\n${code}\nexport {};\n`);
    files.push(path);
    runnable.push(example);
  });

  // Type-check every example as a user's TypeScript would.
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    types: ['node'],
    typeRoots: [join(root, 'node_modules', '@types')],
    noUnusedLocals: false,
  });
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const index = files.indexOf(diagnostic.file?.fileName ?? '');
    if (index === -1) continue;
    const example = runnable[index] as DocExample;
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    const owner = /Cannot find name '(\w+)'/.exec(message)?.[1];
    const hint = owner && owners.has(owner) ? ` (import it from '${owners.get(owner)}')` : '';
    problems.push(`${example.where}: does not type-check: ${message}${hint}`);
  }

  // Run them, one module each, in one process.
  const runner = `const results = [];
const quiet = () => {};
for (const [index, file] of ${JSON.stringify(files)}.entries()) {
  const log = console.log; console.log = quiet; console.info = quiet;
  try { await import(file); results.push(null); } catch (error) { results.push(String(error?.stack ?? error).split('\\n').slice(0, 2).join(' ')); }
  console.log = log;
}
console.log(JSON.stringify(results));
`;
  writeFileSync(join(work, '__run.ts'), runner);
  const output = execFileSync(join(root, 'node_modules', '.bin', 'tsx'), ['__run.ts'], { cwd: work, encoding: 'utf8' });
  const results: (string | null)[] = JSON.parse(output.trim().split('\n').at(-1) ?? '[]');
  results.forEach((error, index) => {
    if (error !== null) problems.push(`${runnable[index]?.where}: failed when run: ${error}`);
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
const tsdoc = examples.filter((e) => e.kind === 'tsdoc').length;
if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`doc examples: ${problems.length} problems in ${examples.length} examples`);
  process.exit(1);
}
console.log(
  `doc examples: ${examples.length} examples of public exports type-checked and run (${tsdoc} @example blocks; ${examples.length - tsdoc} blocks of the README and guides); ${checks} stated values asserted`,
);
