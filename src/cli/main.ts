import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { CliError, shown } from './cli-error.js';
import { balanceTable, exportDataset, listDatasets, untranslatedColumns } from './commands.js';
import { freshnessTable } from './freshness.js';
import { languageTable, NOTE_WORDS } from './language.js';

/** The installed package's version, from its package.json. */
function version(): string {
  const require = createRequire(import.meta.url);
  for (const path of ['../package.json', '../../package.json']) {
    try {
      const pkg = require(path) as { name?: string; version?: string };
      if (pkg.name === 'korea-latam' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // Not at this path: try the next one.
    }
  }
  throw new CliError('The package.json of korea-latam could not be read.', 1);
}

const HELP: Readonly<Record<string, string>> = {
  main: `korea-latam — typed, sourced data on Korea and Latin America & the Caribbean

Usage:
  korea-latam list                       list the tables with their sizes and sources
  korea-latam export <table> [options]   print a table as CSV, or a dataset as JSON
  korea-latam balance <partner> [options] print a trade balance year by year
  korea-latam freshness                  how recent each dataset's sources are
  korea-latam <command> --help           help for a command
  korea-latam --version                  the package version`,
  list: `Usage: korea-latam list

Lists every table of the data package shipped under korea-latam/data/* (CSV and Parquet;
the datasets also as the library's JSON records) with its row count, title and sources.
A list inside a record is its own table, named <record>-<field> (agreement-milestones).`,
  export: `Usage: korea-latam export <table> [--format csv|json] [--filter column=value ...] [--lang en|es|pt|ko]

Prints a table to stdout. Tables: see 'korea-latam list'.
  --format   csv (default), or json for a dataset: the library's records, which parse* accept
  --filter   keep rows where a column equals a value; repeat to combine
  --lang     titles, labels, summaries and statements in Spanish, Portuguese or Korean
             (ids, codes and numbers never change; filters match the English table)
Example: korea-latam export trade-flows --filter partner=MEX --filter year=2008`,
  balance: `Usage: korea-latam balance <partner> [--reporter KOR] [--from YEAR] [--to YEAR] [--source ID] [--format table|csv|json] [--lang en|es|pt|ko]

Prints exports, imports and the balance between a reporter (default KOR) and a partner,
for each year where both flows are in the data (US$ millions in the table; dollars in csv/json).
Each year uses the reporter's preferred source (for Korea: Korea Customs via KOSIS, then
IMF DOTS); --source uses one source only, e.g. --source imf-dots-2022. --lang words the
table's title and headers in Spanish, Portuguese or Korean (the numbers are the same).
Example: korea-latam balance MEX --from 2000 --to 2023`,
  freshness: `Usage: korea-latam freshness

Prints, for each dataset that covers a period, each source with the first and last year
(or day) it covers and when it was retrieved, as a Markdown table: the README's
"data as of" table. Agreement statuses after their status date carry forward (see
docs/timeline.md).`,
};

/** A message with every control character (escape sequences, carriage returns, newlines) written as `\\uXXXX`. */
function escapeControls(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what this escapes.
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Runs the CLI with `argv` (without the node and script paths); returns the exit code (errors are printed, never thrown). */
export function run(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): number {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      // 'help <command>' is that command's help; anything else after a help flag is a mistake.
      const [topic, ...more] = rest;
      if (
        command === 'help' &&
        topic !== undefined &&
        more.length === 0 &&
        Object.hasOwn(HELP, topic) &&
        topic !== 'main'
      ) {
        out(HELP[topic] as string);
        return 0;
      }
      if (topic !== undefined) throw new CliError(`Unexpected argument ${shown(topic)} after ${shown(command)}.`, 2);
      out(HELP.main as string);
      return 0;
    }
    if (command === '--version' || command === '-v') {
      if (rest.length > 0) throw new CliError(`Unexpected argument ${shown(rest[0])} after ${shown(command)}.`, 2);
      out(version());
      return 0;
    }
    // Own properties only: 'toString' or '__proto__' is not a command.
    if (!Object.hasOwn(HELP, command) || command === 'main')
      throw new CliError(`Unknown command ${shown(command)}. Commands: list, export, balance, freshness.`, 2);
    const { values, positionals, tokens } = parseArgs({
      args: [...rest],
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        format: { type: 'string' },
        filter: { type: 'string', multiple: true },
        reporter: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        source: { type: 'string' },
        lang: { type: 'string' },
      },
    });
    // An option given twice would silently keep the last value: only --filter may repeat.
    const seen = new Set<string>();
    for (const token of tokens) {
      if (token.kind !== 'option' || token.name === 'filter') continue;
      if (seen.has(token.name)) throw new CliError(`The option --${token.name} is given twice.`, 2);
      seen.add(token.name);
    }
    if (values.help) {
      out(HELP[command] as string);
      return 0;
    }
    const allowed: Record<string, string[]> = {
      list: [],
      freshness: [],
      export: ['format', 'filter', 'lang'],
      balance: ['format', 'reporter', 'from', 'to', 'source', 'lang'],
    };
    const extra = Object.keys(values).filter((k) => k !== 'help' && !allowed[command]?.includes(k));
    if (extra.length > 0)
      throw new CliError(`Unknown option --${extra[0]} for '${command}'. See 'korea-latam ${command} --help'.`, 2);
    const expected = { list: 0, freshness: 0, export: 1, balance: 1 }[
      command as 'list' | 'freshness' | 'export' | 'balance'
    ];
    if (positionals.length > expected) {
      throw new CliError(
        `Unexpected argument ${shown(positionals[expected])} for '${command}'. See 'korea-latam ${command} --help'.`,
        2,
      );
    }
    if (command === 'list') out(listDatasets());
    if (command === 'freshness') out(freshnessTable());
    const table = languageTable(values.lang);
    if (command === 'export') {
      out(exportDataset(positionals[0], values.format ?? 'csv', values.filter ?? [], table));
      // Say which columns stayed in English, on stderr so the data on stdout stays clean.
      const english = table === undefined ? [] : untranslatedColumns(positionals[0]);
      if (table !== undefined && english.length > 0) err(`korea-latam: ${NOTE_WORDS[table.locale](english)}`);
    }
    if (command === 'balance') {
      out(
        balanceTable(positionals[0], {
          reporter: values.reporter ?? 'KOR',
          format: values.format ?? 'table',
          ...(values.from === undefined ? {} : { from: values.from }),
          ...(values.to === undefined ? {} : { to: values.to }),
          ...(values.source === undefined ? {} : { source: values.source }),
          ...(table === undefined ? {} : { lang: table.locale }),
        }),
      );
    }
    return 0;
  } catch (error) {
    const code =
      error instanceof CliError
        ? error.exitCode
        : (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
          ? 2
          : 1;
    const message = String((error as Error).message);
    // One line, never the whole of a huge argument, and no control character reaches the terminal.
    err(`korea-latam: ${escapeControls(message.length > 400 ? `${message.slice(0, 400)}…` : message)}`);
    return code;
  }
}
