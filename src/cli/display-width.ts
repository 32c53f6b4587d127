/**
 * Terminal columns: East Asian wide and fullwidth characters (Hangul, CJK ideographs, fullwidth
 * forms) take two columns, so a Korean header padded by `.length` ends up out of line.
 */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/gu;

/**
 * The number of terminal columns `text` takes.
 *
 * @param text - The text to measure.
 */
export function displayWidth(text: string): number {
  return [...text].length + (text.match(WIDE)?.length ?? 0);
}

/**
 * `text` padded with spaces on the left to `width` columns.
 *
 * @param text - The text to pad.
 * @param width - The columns to fill.
 */
export function padStartColumns(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/**
 * `text` padded with spaces on the right to `width` columns.
 *
 * @param text - The text to pad.
 * @param width - The columns to fill.
 */
export function padEndColumns(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
