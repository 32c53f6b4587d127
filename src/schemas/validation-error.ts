/**
 * One problem found while validating input: where it is and what is wrong.
 *
 * @example
 * ```ts
 * import { ValidationIssue } from 'korea-latam/schemas';
 * const issue: ValidationIssue = { path: '[3].valueUsd', message: 'Invalid input: expected number, received string' };
 * ```
 */
export interface ValidationIssue {
  /** A path into the input, such as `[3].valueUsd`; empty for the input itself. */
  readonly path: string;
  readonly message: string;
}

/**
 * Thrown by every `parse*` function: its message lists every problem with
 * its path, and `issues` holds them as data.
 *
 * @example
 * ```ts
 * import { parseTradeFlow, ValidationError } from 'korea-latam/schemas';
 * try {
 *   parseTradeFlow({ reporter: 'KOR' });
 * } catch (error) {
 *   if (error instanceof ValidationError) console.log(error.issues.length);
 * }
 * ```
 */
export class ValidationError extends TypeError {
  readonly issues: readonly ValidationIssue[];

  constructor(what: string, issues: readonly ValidationIssue[]) {
    if (
      typeof what !== 'string' ||
      !Array.isArray(issues) ||
      !issues.every((i) => typeof i?.path === 'string' && typeof i.message === 'string')
    ) {
      throw new TypeError('ValidationError needs a description and a list of { path, message } issues, all strings.');
    }
    // The message stays short (at most ten issues, each cut at 160 characters); `issues` keeps them all.
    const cut = (text: string) => (text.length > 160 ? `${text.slice(0, 159)}…` : text);
    const lines = issues
      .slice(0, 10)
      .map((issue) => `  - ${cut(`${issue.path === '' ? '(root)' : issue.path}: ${issue.message}`)}`);
    const more = issues.length > 10 ? `\n  … and ${issues.length - 10} more` : '';
    super(
      `Invalid ${cut(what)}: ${issues.length} problem${issues.length === 1 ? '' : 's'}\n${lines.join('\n')}${more}`,
    );
    this.name = 'ValidationError';
    this.issues = issues;
  }
}
