import type * as z from 'zod';
import { ValidationError, type ValidationIssue } from './validation-error.js';

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');
}

/**
 * Runs a schema over `input` and returns the typed data, or throws a
 * {@link ValidationError} that lists every issue with its path.
 *
 * @example
 * ```ts
 * parseWith(SourceSchema, input, 'source');
 * ```
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues: ValidationIssue[] = result.error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
  throw new ValidationError(what, issues);
}
