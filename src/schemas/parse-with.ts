import type * as z from 'zod';
import { deepFreeze } from '../internal/deep-freeze.js';
import { describeValue } from '../internal/describe-value.js';
import { NestedListTooLong, ownSnapshot } from './own-snapshot.js';
import { ValidationError, type ValidationIssue } from './validation-error.js';

/** At most this many problems are collected; validation stops there and says so. */
export const MAX_ISSUES = 100;

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');
}

/**
 * Short messages for an option outside a long list (a country code, a
 * source id): five of the valid values and their count, not the whole list,
 * so a message costs the same whatever the list and a million bad records
 * cannot fill memory with copies of it.
 */
const shortMessages = (issue: { code?: string; values?: readonly unknown[]; input?: unknown }): string | undefined => {
  if (issue.code !== 'invalid_value' || issue.values === undefined || issue.values.length <= 8) return undefined;
  const some = issue.values
    .slice(0, 5)
    .map((v) => JSON.stringify(v))
    .join('|');
  return `Invalid option: expected one of ${some}|… (${issue.values.length} values), received ${describeValue(issue.input)}`;
};

/** An issue's message, cut at 500 characters (a list of a million unrecognised keys is one message). */
function capped(message: string): string {
  return message.length > 500 ? `${message.slice(0, 499)}…` : message;
}

/** The element schema of an array schema (refinements included), or `undefined`. */
function arrayElement(schema: z.ZodType): z.ZodType | undefined {
  const def = (schema as unknown as { _zod?: { def?: { type?: string; element?: z.ZodType } } })._zod?.def;
  return def?.type === 'array' ? def.element : undefined;
}

function safeParse(schema: z.ZodType, input: unknown, what: string, at: string): z.ZodSafeParseResult<unknown> {
  let data: unknown = input;
  try {
    // The schema sees the input's own data only, each field read once (see ownSnapshot); a list given
    // where one record belongs is rejected as it is, without copying it first.
    const type = (schema as unknown as { _zod?: { def?: { type?: string } } })._zod?.def?.type;
    if (!(Array.isArray(input) && (type === 'object' || type === 'record'))) data = ownSnapshot(input);
  } catch (error) {
    if (error instanceof NestedListTooLong) {
      const path = `${at}${error.path}`.replace(/^\./, '');
      throw new ValidationError(what, [{ path, message: error.message }]);
    }
    throw new ValidationError(what, [{ path: at, message: `input could not be read: ${(error as Error).message}` }]);
  }
  try {
    // The input is reported in issues only to word the short messages above.
    return schema.safeParse(data, { error: shortMessages, reportInput: true } as never);
  } catch (error) {
    // zod can throw on exotic input (freezing a typed array, a cycle); report it like any other problem.
    throw new ValidationError(what, [{ path: at, message: `input could not be read: ${(error as Error).message}` }]);
  }
}

/**
 * Checks the elements of a list one by one, stopping after {@link MAX_ISSUES}
 * problems: time and memory stay proportional to what is read, not to
 * every problem of a huge input. Returns the parsed elements (fresh copies,
 * each field read once) when all are valid, and `undefined` for input that
 * is not an array (the list schema words that problem).
 */
function parseElements(element: z.ZodType, input: unknown, what: string): unknown[] | undefined {
  let length: number;
  try {
    if (!Array.isArray(input)) return undefined;
    length = input.length;
  } catch (error) {
    throw new ValidationError(what, [{ path: '', message: `input could not be read: ${(error as Error).message}` }]);
  }
  const out: unknown[] = [];
  const issues: ValidationIssue[] = [];
  for (let i = 0; i < length; i += 1) {
    let item: unknown;
    try {
      item = (input as unknown[])[i];
    } catch (error) {
      issues.push({ path: `[${i}]`, message: `could not be read: ${(error as Error).message}` });
      item = undefined;
    }
    const result = safeParse(element, item, what, `[${i}]`);
    let dropped = false;
    if (result.success) out.push(result.data);
    else {
      for (const issue of result.error.issues) {
        if (issues.length === MAX_ISSUES) {
          dropped = true;
          break;
        }
        const path = formatPath(issue.path);
        issues.push({
          path: path === '' ? `[${i}]` : `[${i}]${path.startsWith('[') ? '' : '.'}${path}`,
          message: capped(issue.message),
        });
      }
    }
    if (issues.length >= MAX_ISSUES) {
      // Said only when something was left unread: more elements, or more problems of this one.
      if (dropped || i < length - 1)
        issues.push({
          path: '',
          message: `stopped after ${MAX_ISSUES} problems (at [${i}] of ${length}); there may be more`,
        });
      break;
    }
  }
  if (issues.length > 0) throw new ValidationError(what, issues);
  return out;
}

/**
 * Runs a schema over `input` and returns the typed data, or throws a
 * {@link ValidationError} that lists the issues with their paths: at most
 * {@link MAX_ISSUES}, after which it stops and says so. A list is checked
 * element by element, then as a whole (unique ids and other list rules) on
 * the parsed copies, so each field of the input is read once.
 *
 * @throws ValidationError listing every problem with its path.
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const element = arrayElement(schema);
  const parsed = element === undefined ? undefined : parseElements(element, input, what);
  // The list rules run on the parsed elements, copied once more without a prototype: zod's own
  // copies inherit from Object.prototype, whose keys a strict object would count as its own.
  const result = safeParse(schema, parsed ?? input, what, '');
  // zod builds new objects and arrays on success; freezing them never touches the input.
  if (result.success) return deepFreeze(result.data) as z.output<S>;
  const issues: ValidationIssue[] = result.error.issues.slice(0, MAX_ISSUES).map((issue) => ({
    path: formatPath(issue.path),
    message: capped(issue.message),
  }));
  if (result.error.issues.length > MAX_ISSUES)
    issues.push({ path: '', message: `stopped after ${MAX_ISSUES} problems; there may be more` });
  throw new ValidationError(what, issues);
}
