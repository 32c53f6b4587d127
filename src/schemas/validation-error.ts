/**
 * One problem found while validating input: where it is and what is wrong.
 *
 * @example
 * ```ts
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
    const lines = issues
      .slice(0, 50)
      .map((issue) => `  - ${issue.path === '' ? '(root)' : issue.path}: ${issue.message}`);
    const more = issues.length > 50 ? `\n  … and ${issues.length - 50} more` : '';
    super(`Invalid ${what}: ${issues.length} problem${issues.length === 1 ? '' : 's'}\n${lines.join('\n')}${more}`);
    this.name = 'ValidationError';
    this.issues = issues;
  }
}
