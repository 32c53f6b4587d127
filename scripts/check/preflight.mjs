// Names the system packages `npm run check` needs and this machine lacks, within seconds, with the line
// that installs them. `--packages` prints only the missing Debian package names (for .ci/run).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const works = (command, args) => {
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
};

/** Each need: what it is for, whether this machine has it, and the Debian packages that provide it. */
export const NEEDS = [
  {
    what: 'Chromium (the dashboard test)',
    present: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
    packages: ['chromium'],
  },
  {
    what: 'R with readr and jsonlite (the data package in R)',
    present: () => works('Rscript', ['-e', 'library(readr); library(jsonlite)']),
    packages: ['r-base-core', 'r-cran-readr', 'r-cran-jsonlite'],
  },
  {
    what: 'pandas (the data package in Python)',
    present: () => works('/usr/bin/python3', ['-c', 'import pandas']),
    packages: ['python3-pandas'],
  },
  {
    what: 'Jupyter nbconvert and nbclient (the notebook)',
    present: () =>
      works('jupyter-nbconvert', ['--version']) && works('/usr/bin/python3', ['-c', 'import nbclient, jupyter_client']),
    packages: ['jupyter-nbconvert', 'python3-nbclient', 'jupyter-client'],
  },
];

const missing = NEEDS.filter((need) => !need.present());
if (process.argv.includes('--packages')) {
  process.stdout.write(missing.flatMap((need) => need.packages).join(' '));
} else if (missing.length > 0) {
  console.error(
    `preflight: this machine lacks what some checks need:\n${missing.map((n) => `  - ${n.what}`).join('\n')}`,
  );
  console.error(
    `Install it with:\n  apt-get update && apt-get install -y --no-install-recommends ${missing.flatMap((n) => n.packages).join(' ')}`,
  );
  process.exit(1);
} else {
  console.log('preflight: Chromium, R, pandas and Jupyter are here');
}
