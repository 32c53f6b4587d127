/**
 * The text of a page with the lines between its markers `<!-- name:start … -->` and
 * `<!-- name:end -->` replaced by `body`: how the README's "Data as of" and bundle-cost tables and
 * the tables of docs/timeline.md are generated. Missing markers stop the caller, naming the file
 * and the section.
 *
 * @example
 * ```ts
 * withSection('<!-- x:start -->\nold\n<!-- x:end -->', 'x', 'new', 'page.md'); // '<!-- x:start -->\nnew\n<!-- x:end -->'
 * ```
 */
export function withSection(text: string, name: string, body: string, file: string): string {
  const start = text.indexOf(`<!-- ${name}:start`);
  const afterStart = start < 0 ? -1 : text.indexOf('\n', start);
  const end = afterStart < 0 ? -1 : text.indexOf(`<!-- ${name}:end -->`, afterStart);
  if (end < 0) throw new Error(`${file}: the markers of the generated section "${name}" are missing`);
  return `${text.slice(0, afterStart + 1)}${body}\n${text.slice(end)}`;
}
