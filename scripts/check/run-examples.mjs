// Runs the README's quick start and every example against the built package, so
// they cannot rot. In the quick start, a line `expr; // literal` (a number, true,
// false or a quoted string, optionally followed by a remark in parentheses) is
// checked: the expression must equal the literal.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const run = (cmd, args) =>
  execFileSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const block = /## Quick start[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1];
if (!block) throw new Error('examples: no ```ts block under "## Quick start" in README.md');
let checks = 0;
const body = block
  .split('\n')
  .map((line) => {
    const match = /^(.+?);\s*\/\/\s*(-?\d+(?:\.\d+)?|true|false|'[^']*')(?:\s*\(.*\))?\s*$/.exec(line);
    if (!match) return line;
    checks += 1;
    return `__check(${JSON.stringify(match[1])}, ${match[1]}, ${match[2]});`;
  })
  .join('\n');
const imports = body.split('\n').filter((l) => l.startsWith('import '));
const rest = body.split('\n').filter((l) => !l.startsWith('import '));
const program = `${imports.join('\n')}
function __check(text, actual, expected) {
  if (actual !== expected) throw new Error('README quick start: ' + text + ' gave ' + JSON.stringify(actual) + ', the README says ' + JSON.stringify(expected));
}
${rest.join('\n')}
console.log('ok README quick start (${checks} values checked)');
`;
mkdirSync(join(root, '.tmp'), { recursive: true });
writeFileSync(join(root, '.tmp/readme-quick-start.ts'), program);
const outputs = [
  run(join(root, 'node_modules/.bin/tsx'), ['.tmp/readme-quick-start.ts']),
  run(process.execPath, ['examples/quick-start.mjs']),
  run(process.execPath, ['examples/node-cjs.cjs']),
  run(join(root, 'node_modules/.bin/deno'), [
    'run',
    '--quiet',
    '--allow-read',
    '--allow-env',
    'examples/deno-notebook.ts',
  ]),
];
const expectations = [
  [0, /ok README quick start \((\d+) values checked\)/],
  [1, /Korea ranks 6 in Mexico's trade, 2\.46% \(IMF DOTS\)/],
  [1, /Korea–Chile FTA in force on 2004-04-01: true/],
  [2, /PA\s+exports US\$ 14\.98 bn/],
  [3, /Mexico ranks 18 among Korea's partners \(1\.18%\)/],
  [3, /2016-07-15 Korea-Colombia FTA enters into force/],
];
for (const [index, pattern] of expectations) {
  if (!pattern.test(outputs[index]))
    throw new Error(`examples: output ${index} does not match ${pattern}:\n${outputs[index]}`);
}
if (checks < 4) throw new Error(`examples: only ${checks} checked values in the quick start`);
console.log(
  `examples: README quick start (${checks} checked values), quick-start.mjs, node-cjs.cjs and deno-notebook.ts all ran and printed the expected values`,
);
