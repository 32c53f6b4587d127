/** A CLI failure: printed as one line on stderr, exit code 1 (or 2 for usage errors). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** A value as a CLI message shows it: quoted and cut at 60 characters, so a huge argument is never echoed whole. */
export function shown(value: string | undefined): string {
  const text = value ?? '';
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}
