// `npm run check`: every check CI runs, in order. A passing step prints one line (its name, time and
// closing summary); a failing one prints its whole output and stops the run.
import { spawnSync } from 'node:child_process';

const STEPS = [
  ['preflight', 'node scripts/check/preflight.mjs'],
  ['typecheck', 'npm run typecheck'],
  ['lint', 'npm run lint'],
  ['data:check', 'npm run data:check'],
  ['audit:data', 'npm run audit:data'],
  ['test', 'npm run test'],
  ['build', 'npm run build'],
  ['fuzz', 'npm run fuzz'],
  ['size', 'npm run size'],
  ['check:package', 'npm run check:package'],
  ['jsr:check', 'npm run jsr:check'],
  ['publish:dry-run', 'npm publish --dry-run'],
  ['smoke', 'npm run smoke'],
  ['examples', 'npm run examples'],
  ['examples:docs', 'npm run examples:docs'],
  ['e2e', 'npm run e2e'],
  ['interop', 'npm run interop'],
  ['notebook', 'npm run notebook'],
  ['docs', 'npm run docs'],
];

// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal colour codes
const plain = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');
const started = Date.now();
let tests;
for (const [name, command] of STEPS) {
  const t0 = Date.now();
  const run = spawnSync(command, {
    shell: true,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const output = plain(`${run.stdout ?? ''}${run.stderr ?? ''}`);
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (run.status !== 0) {
    process.stdout.write(output);
    console.error(`\ncheck: ${name} failed (${command}, exit ${run.status ?? run.signal}) after ${seconds} s`);
    process.exit(1);
  }
  const lines = output.trim().split('\n');
  const testLine = lines.find((l) => /^\s*Tests\s+\d+ passed/.test(l));
  if (name === 'test' && testLine !== undefined) tests = Number(/(\d+) passed/.exec(testLine)?.[1]);
  const summary = (testLine ?? lines.filter((l) => l.trim() !== '').at(-1) ?? '').trim().slice(0, 110);
  console.log(`ok ${name.padEnd(16)} ${seconds.padStart(6)} s  ${summary}`);
}
console.log(`check: ${STEPS.length} steps passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
// The test runner's count, in the plain form any reader of the log understands.
if (tests !== undefined) console.log(`${tests} passed, 0 failed`);
