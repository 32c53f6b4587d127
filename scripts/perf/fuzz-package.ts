/**
 * `npm run fuzz`: fuzzes every exported function of the built package, in
 * its ESM and its CJS build, against the input contract (docs/errors.md).
 *
 * It enumerates the exports of every subpath at run time and fails when a
 * function has no call in scripts/perf/fuzz/targets.ts. For each function it
 * takes the valid call and changes one thing: a whole argument, or one value
 * at a random path inside an argument (an element of a data array, a field of
 * a record, an option), replaced by a hostile value or shape (scripts/perf/fuzz/hostile.ts: getters that
 * change, array subclasses, duplicates, holes, revoked and lying Proxies, cycles, huge holey
 * arrays), and it calls each function again with a polluted `Object.prototype`. The oracle
 * (scripts/perf/fuzz/oracle.ts) rejects engine errors, NaN, ±Infinity, a
 * non-number where a number belongs, and any change to the arguments.
 *
 * Usage: npm run fuzz                    (CI: fixed seed, --runs per function)
 *        npm run fuzz -- --runs 5000 --seed random   (a longer, nightly-size run)
 *        add --report to write the per-function counts into docs/quality.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { evilValue } from '../../tests/helpers/arbitraries.js';
import {
  defineFlipGetter,
  HOSTILE_SHAPES,
  HostileShape,
  HostileValue,
  POLLUTED_KEYS,
  reshape,
} from './fuzz/hostile.js';
import { badError, badNumber, objectsIn, snapshot } from './fuzz/oracle.js';
import { CONSTRUCTORS, type PackageModule, SLOW, TARGETS } from './fuzz/targets.js';

const root = join(import.meta.dirname, '..', '..');
const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? fallback : (argv[i + 1] ?? fallback);
};
const runs = Number(option('runs', '60'));
const seedOption = option('seed', '20261128');
const seed = seedOption === 'random' ? Date.now() % 2 ** 31 : Number(seedOption);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
const subpaths = Object.keys(pkg.exports)
  .filter((k) => k !== './package.json' && !k.includes('*'))
  .map((k) => (k === '.' ? 'index' : k.slice(2)));

/** One change to a valid call: which argument, and where inside it (empty path: the whole argument). */
interface Change {
  readonly argument: number;
  readonly path: readonly number[];
  readonly value: unknown;
}
const changeArb: fc.Arbitrary<Change> = fc.record({
  argument: fc.nat(),
  path: fc.array(fc.nat(), { maxLength: 3 }),
  // Hostile values, hostile shapes built from what they replace, and the review's hostile objects.
  value: fc.oneof(
    { weight: 3, arbitrary: evilValue },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_SHAPES).map((shape) => new HostileShape(shape)) },
    { weight: 1, arbitrary: fc.nat().map((index) => new HostileValue(index)) },
  ),
});

/** A copy of `value` with the value at `path` (indexes into own keys) replaced; containers on the way are copied. */
function replaceAt(value: unknown, path: readonly number[], change: unknown): unknown {
  const replacement = change instanceof HostileValue ? change.value : change;
  // Asked of the marker, never of the value: instanceof on a revoked Proxy throws.
  const shape = change instanceof HostileShape ? change.shape : undefined;
  if (path.length === 0 || value === null || typeof value !== 'object') {
    // A shape applies to the value it replaces; a getter needs a field, so at the top it changes nothing.
    return shape === undefined ? replacement : reshape(value, shape);
  }
  const keys = Object.keys(value);
  if (keys.length === 0) return shape === undefined ? replacement : reshape(value, shape);
  const key = keys[(path[0] as number) % keys.length] as string;
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string, unknown>;
  const original = (value as Record<string, unknown>)[key];
  if (shape === 'getter' && path.length === 1) defineFlipGetter(copy, key, original);
  else copy[key] = replaceAt(original, path.slice(1), change);
  return copy;
}

/** The outcome of a call as text: its result's snapshot, or its error's class and message. */
function outcome(run: () => unknown): string {
  try {
    const result = run();
    // An error made as a result (the ValidationError class) is compared without its stack.
    return result instanceof Error ? `made ${result.name} ${result.message}` : `ok ${snapshot(result)}`;
  } catch (error) {
    return `${(error as Error)?.constructor?.name} ${(error as Error)?.message}`;
  }
}

/**
 * Calls `run` with every key of {@link POLLUTED_KEYS} set on `Object.prototype` to a value of the
 * wrong kind (`'GTM'` for a boolean, `true` for a code), and removes them again whatever happens.
 */
function polluted<T>(run: () => T): T {
  const proto = Object.prototype as Record<string, unknown>;
  for (const key of POLLUTED_KEYS) proto[key] = key === 'includeSuspended' || key === 'preferred' ? true : 'GTM';
  try {
    return run();
  } finally {
    for (const key of POLLUTED_KEYS) delete proto[key];
  }
}

async function loadBuild(kind: 'esm' | 'cjs'): Promise<Map<string, PackageModule>> {
  const require = createRequire(import.meta.url);
  const modules = new Map<string, PackageModule>();
  for (const subpath of subpaths) {
    const file = join(root, 'dist', `${subpath}.${kind === 'esm' ? 'js' : 'cjs'}`);
    modules.set(
      subpath,
      kind === 'esm' ? ((await import(pathToFileURL(file).href)) as PackageModule) : (require(file) as PackageModule),
    );
  }
  return modules;
}

const counts = new Map<string, number>();
const failures: string[] = [];

async function fuzzBuild(kind: 'esm' | 'cjs'): Promise<number> {
  const modules = await loadBuild(kind);
  const merged: PackageModule = Object.assign({}, ...modules.values());
  const names = new Set<string>();
  for (const [subpath, module] of modules) {
    for (const [name, value] of Object.entries(module)) {
      if (typeof value !== 'function') continue;
      names.add(name);
      if (TARGETS[name] === undefined) failures.push(`${kind} ${subpath}: ${name} has no fuzz target`);
    }
  }
  for (const name of [...names].sort()) {
    const target = TARGETS[name];
    const fn = merged[name] as (...args: unknown[]) => unknown;
    if (target === undefined) continue;
    const call = (args: unknown[]) => (CONSTRUCTORS.has(name) ? Reflect.construct(fn, args) : fn(...args));
    // The valid call itself must keep the contract.
    const property = (change: Change | null) => {
      const valid = target(merged);
      const args =
        change === null || valid.length === 0
          ? valid
          : valid.map((arg, i) =>
              i === change.argument % valid.length ? replaceAt(arg, change.path, change.value) : arg,
            );
      // Sometimes the change is an extra, unexpected argument.
      if (change !== null && change.argument % (valid.length + 1) === valid.length) args.push(change.value);
      const before = snapshot(args);
      let problem: string | undefined;
      try {
        problem = badNumber(call(args), 'result', 0, objectsIn(args));
      } catch (error) {
        problem = badError(error);
      }
      const after = snapshot(args);
      if (problem === undefined && before !== after) problem = 'changed or froze its arguments';
      counts.set(name, (counts.get(name) ?? 0) + 1);
      if (problem !== undefined) {
        throw new Error(`${kind} ${name}: ${problem}`);
      }
    };
    try {
      property(null);
    } catch (error) {
      failures.push(`${(error as Error).message} (the valid call)`);
      continue;
    }
    // A polluted prototype changes no answer: the valid call, and the call without its options.
    for (const args of [target(merged), target(merged).slice(0, -1)]) {
      const clean = outcome(() => call(args));
      const dirty = polluted(() => outcome(() => call(args)));
      counts.set(name, (counts.get(name) ?? 0) + 1);
      if (clean !== dirty) {
        failures.push(
          `${kind} ${name}: answers differently with a polluted Object.prototype (${args.length} arguments)`,
        );
        break;
      }
    }
    const result = fc.check(fc.property(changeArb, property), {
      numRuns: SLOW.has(name) ? Math.max(5, Math.floor(runs / 10)) : runs,
      seed,
      endOnFailure: true,
    });
    if (result.failed) {
      const change = result.counterexample?.[0];
      const shown =
        change === undefined || change === null
          ? ''
          : ` — argument ${change.argument}, path [${change.path}], value ${fc.stringify(change.value).slice(0, 120)}`;
      failures.push(`${(result.errorInstance as Error | undefined)?.message ?? 'failed'}${shown}`);
    }
  }
  return names.size;
}

const functions = await fuzzBuild('esm');
await fuzzBuild('cjs');
const total = [...counts.values()].reduce((a, b) => a + b, 0);
const covered = [...counts.keys()].length;
console.log(
  `fuzz: ${total} cases over ${covered} of ${functions} exported functions (ESM and CJS), ${runs} changes each (seed ${seed})`,
);
if (argv.includes('--report')) {
  const start = '<!-- fuzz-report:start -->';
  const end = '<!-- fuzz-report:end -->';
  const rows = [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, n]) => `| \`${name}\` | ${n} |`);
  const section = [
    start,
    '',
    `\`npm run fuzz\` (scripts/perf/fuzz-package.ts) called ${covered} of ${functions} exported functions — all of them — in the ESM and the CJS build, ${total} cases in all (seed ${seed}, ${runs} changes per function and build; \`verifyClaims\` a tenth of that). Each case changes one argument, or one value inside an argument (an element of a data array, a field of a record, an option), to a hostile value.`,
    '',
    '| Function | Cases |',
    '| --- | ---: |',
    ...rows,
    '',
    end,
  ].join('\n');
  const file = join(root, 'docs/quality.md');
  const text = readFileSync(file, 'utf8');
  const next = text.includes(start)
    ? text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), section)
    : `${text.trimEnd()}\n\n## Package fuzzing, per exported function\n\n${section}\n`;
  writeFileSync(file, next);
}
if (failures.length > 0) {
  console.error(`fuzz: ${failures.length} failures\n${failures.join('\n')}`);
  process.exit(1);
}
