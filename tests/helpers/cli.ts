import { run } from '../../src/cli/main.js';

/** Runs the command line in-process with `argv`; returns the exit code and what it printed. */
export function cli(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(
    argv,
    (t) => {
      out += `${t}\n`;
    },
    (t) => {
      err += `${t}\n`;
    },
  );
  return { code, out, err };
}
