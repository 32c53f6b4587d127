import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One code example from the docs: a TSDoc `@example` block or a fenced block of a guide. */
export interface DocExample {
  /** Where it is, for messages: `src/trade/balance.ts:42`. */
  readonly where: string;
  /** The file it is in, relative to the repository. */
  readonly file: string;
  /** The line of the file where the code starts (1-based). */
  readonly line: number;
  readonly code: string;
  readonly kind: 'tsdoc' | 'guide';
}

function filesUnder(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, test);
    return test(entry.name) ? [path] : [];
  });
}

/**
 * Every `@example` block of the TypeScript sources: the fenced code after the tag, with the
 * comment's leading `*` removed.
 *
 * @example
 * ```ts
 * tsdocExamples('/repo').length; // the number of @example blocks under src/
 * ```
 */
export function tsdocExamples(root: string): DocExample[] {
  const examples: DocExample[] = [];
  for (const path of filesUnder(join(root, 'src'), (name) => name.endsWith('.ts')).sort()) {
    const text = readFileSync(path, 'utf8');
    const file = relative(root, path);
    for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
      const lines = comment[0].split('\n');
      const startLine = text.slice(0, comment.index).split('\n').length;
      for (let i = 0; i < lines.length; i += 1) {
        if (!/@example/.test(lines[i] ?? '')) continue;
        const open = lines.findIndex((l, j) => j > i && /^\s*\*\s?```/.test(l));
        const close = lines.findIndex((l, j) => j > open && /^\s*\*\s?```\s*$/.test(l));
        if (open === -1 || close === -1) continue;
        const code = lines
          .slice(open + 1, close)
          .map((l) => l.replace(/^\s*\*( |$)/, ''))
          .join('\n');
        examples.push({
          where: `${file}:${startLine + open + 1}`,
          file,
          line: startLine + open + 1,
          code,
          kind: 'tsdoc',
        });
      }
    }
  }
  return examples;
}

/**
 * Every TypeScript or JavaScript fenced block of the README and the guides in docs/.
 *
 * @example
 * ```ts
 * guideExamples('/repo')[0]?.file; // 'README.md'
 * ```
 */
export function guideExamples(root: string): DocExample[] {
  const files = [
    'README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  const examples: DocExample[] = [];
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const block of text.matchAll(/^```(ts|typescript|js|javascript)\n([\s\S]*?)^```$/gm)) {
      const line = text.slice(0, block.index).split('\n').length + 1;
      examples.push({ where: `${file}:${line}`, file, line, code: block[2] ?? '', kind: 'guide' });
    }
  }
  return examples;
}
