import type { DocExample } from './extract.js';

const DECLARATION =
  /^export (?:declare )?(?:async )?(?:abstract )?(?:function|const|let|class|interface|type|enum) (\w+)/;

/**
 * The names a source file declares with `export` (values and types).
 *
 * @example
 * ```ts
 * exportedNames('export function f() {}\nexport type T = 1;'); // ['f', 'T']
 * ```
 */
export function exportedNames(text: string): string[] {
  return [...text.matchAll(new RegExp(DECLARATION.source, 'gm'))].map((m) => m[1] as string);
}

/** The name declared right after the TSDoc comment whose code starts on `line` (1-based), if it is exported. */
function documentedName(text: string, line: number): string | undefined {
  const lines = text.split('\n');
  const end = lines.findIndex((l, i) => i >= line - 1 && /^\s*\*\/\s*$/.test(l));
  return end === -1 ? undefined : DECLARATION.exec(lines[end + 1] ?? '')?.[1];
}

/**
 * Why a TSDoc example cannot be one of the package's examples, or `undefined` when it can: it
 * uses, or documents, a name that its file exports but the package does not. Examples are for
 * public exports; internal helpers are covered by unit tests.
 *
 * @param example - A TSDoc example.
 * @param text - The text of the source file the example is in.
 * @param isPublic - Whether the package exports a name.
 * @example
 * ```ts
 * const example = { where: 'a.ts:4', file: 'a.ts', line: 4, code: 'f(); // 1', kind: 'tsdoc' } as const;
 * nonPublicUse(example, 'export function f() {}', () => false);
 * // 'a.ts:4: uses f, which the package does not export; examples are for public exports — write a unit test instead'
 * ```
 */
export function nonPublicUse(
  example: DocExample,
  text: string,
  isPublic: (name: string) => boolean,
): string | undefined {
  if (example.kind !== 'tsdoc') return undefined;
  const internal = exportedNames(text).filter((name) => !isPublic(name));
  const used = internal.filter((name) => new RegExp(`\\b${name}\\b`).test(example.code));
  const advice = 'examples are for public exports — write a unit test instead';
  if (used.length > 0) return `${example.where}: uses ${used.join(', ')}, which the package does not export; ${advice}`;
  const documented = documentedName(text, example.line);
  if (documented !== undefined && internal.includes(documented)) {
    return `${example.where}: documents ${documented}, which the package does not export; ${advice}`;
  }
  return undefined;
}
