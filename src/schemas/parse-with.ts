import type * as z from 'zod';
import { deepFreeze } from '../internal/deep-freeze.js';
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
 * import { SourceSchema } from 'korea-latam/schemas';
 * parseWith(SourceSchema, { id: 'lopez-aymes-2012' }, 'source'); // throws ValidationError
 * ```
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  let result: ReturnType<S['safeParse']>;
  try {
    result = schema.safeParse(input) as ReturnType<S['safeParse']>;
  } catch (error) {
    // zod can throw on exotic input (freezing a typed array); report it like any other problem.
    throw new ValidationError(what, [{ path: '', message: `input could not be read: ${(error as Error).message}` }]);
  }
  // zod builds new objects and arrays on success; freezing them never touches the input.
  if (result.success) return deepFreeze(result.data) as z.output<S>;
  const issues: ValidationIssue[] = result.error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
  throw new ValidationError(what, issues);
}
