#!/usr/bin/env node
import { run } from './main.js';

// A reader that stops early (`… | head -1`) closes the pipe: end quietly with the exit code so far.
// Any other write error ends with one line on stderr and exit code 1.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (stream === process.stdout) process.stderr.write(`korea-latam: could not write the output: ${error.message}\n`);
    process.exit(1);
  });
}

process.exitCode = run(
  process.argv.slice(2),
  (text) => process.stdout.write(`${text}\n`),
  (text) => process.stderr.write(`${text}\n`),
);
