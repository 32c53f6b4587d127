/**
 * Renders any value for an error message without ever throwing: strings are
 * quoted (cut at 60 characters), objects and functions are named by their
 * kind (`[object Array]`) and never printed.
 */
export function describeValue(value: unknown): string {
  try {
    return typeof value === 'string'
      ? JSON.stringify(value.slice(0, 60))
      : value && (typeof value === 'object' || typeof value === 'function')
        ? Object.prototype.toString.call(value)
        : String(value);
  } catch {
    // A revoked Proxy, or a Symbol.toStringTag getter that throws.
    return 'an unreadable object';
  }
}
