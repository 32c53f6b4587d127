import { describeValue } from './describe-value.js';

/**
 * Builds the `RangeError` every check throws for a value it does not know:
 * it names the bad value and lists the valid values (the first 40 when there
 * are more). `hint` is added after the bad value (lookups pass
 * {@link didYouMean}; helpers leave it out to stay small).
 */
export function unknownValueError(what: string, value: unknown, valid: readonly string[], hint = ''): RangeError {
  return new RangeError(`Unknown ${what} ${describeValue(value)}.${hint} Valid values: ${listForMessage(valid)}.`);
}

/**
 * A list for an error message: the first 40 values, each cut at 60
 * characters, then `…` when there are more, so a message stays short
 * whatever the caller's data hold.
 */
export function listForMessage(values: readonly string[]): string {
  const shown = values.slice(0, 40).map((v) => (v.length > 60 ? `${v.slice(0, 60)}…` : v));
  return `${shown.join(', ')}${values.length > 40 ? ', …' : ''}`;
}

/**
 * Suggests up to three valid values that look like `value` (same first two
 * characters, any case), as a sentence for {@link unknownValueError}; `''`
 * when nothing looks alike. Used by the lookups, which ship their data anyway.
 */
export function didYouMean(value: unknown, valid: readonly string[]): string {
  if (typeof value !== 'string' || value.length < 2) return '';
  const head = value.slice(0, 2).toLowerCase();
  const near = valid.filter((v) => v.toLowerCase().startsWith(head)).slice(0, 3);
  return near.length > 0 ? ` Did you mean ${near.join(' or ')}?` : '';
}
