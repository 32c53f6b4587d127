/**
 * A short, stable key for an English text: the 32-bit FNV-1a hash of its
 * UTF-16 code units, in base 36. The translation tables are keyed by it, so a
 * record's translation is found from the record's own English text (a text
 * that has changed since it was translated finds nothing and falls back to
 * English), and a locale table carries no English. The build checks that no
 * two translated texts share a key.
 *
 * @example
 * ```ts
 * textKey('a'); // '1r9wi7g' (0xe40c292c, the published FNV-1a test value for "a")
 * textKey(''); // 'ztntfp' (0x811c9dc5, the FNV offset basis)
 * ```
 */
export function textKey(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
