import ts from 'typescript';

/**
 * What a trailing comment on an example's statement promises about its value:
 *
 * - `// 6`, `// 'in-force'`, `// true`, `// null`, `// [1, 2]`: equal (an object literal lists the
 *   fields to compare; other fields may exist); a remark may follow, in parentheses or after a
 *   colon: `// 6 (IMF DOTS)`, `// 'unknown': the year does not decide it`;
 * - `// ≈ 2.46`: equal when rounded to the digits shown (a remark may follow);
 * - `// one of 'a', 'b'`: equal to one of the listed values;
 * - `// throws RangeError` (or `TypeError`, …): the statement throws an error of that class;
 *   `// throws RangeError: Unknown source` also checks how the message starts.
 *
 * Any other trailing comment on a statement is prose and makes the runner fail, so that a value
 * shown in the docs is always a checked value.
 */
export type Expectation =
  | { readonly kind: 'equal'; readonly literal: string }
  | { readonly kind: 'approx'; readonly value: number; readonly tolerance: number }
  | { readonly kind: 'one-of'; readonly literals: string }
  | { readonly kind: 'throws'; readonly errorClass: string; readonly message?: string };

/** Whether a text parses as one JavaScript literal value (no names, no calls). */
function isLiteral(text: string): boolean {
  const file = ts.createSourceFile('x.ts', `(${text});`, ts.ScriptTarget.ES2022, true);
  const [statement] = file.statements;
  if (file.statements.length !== 1 || statement === undefined || !ts.isExpressionStatement(statement)) return false;
  // biome-ignore lint/suspicious/noExplicitAny: parse diagnostics are internal to the TypeScript API
  if ((file as any).parseDiagnostics?.length > 0) return false;
  let literal = true;
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && !['undefined', 'NaN', 'Infinity'].includes(node.text)) {
      // Object keys are identifiers too.
      if (!(ts.isPropertyAssignment(node.parent) && node.parent.name === node)) literal = false;
    }
    if (ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isTemplateExpression(node)) literal = false;
    ts.forEachChild(node, visit);
  };
  visit(statement.expression);
  return literal;
}

/**
 * The expectation a trailing comment states, or `undefined` for prose.
 *
 * @example
 * ```ts
 * expectationOf("'in-force' (as of 2025)"); // { kind: 'equal', literal: "'in-force'" }
 * ```
 */
export function expectationOf(comment: string): Expectation | undefined {
  const text = comment.trim();
  const throws = /^throws (\w*Error)(?:: (.+))?$/.exec(text);
  if (throws) {
    return {
      kind: 'throws',
      errorClass: throws[1] as string,
      ...(throws[2] === undefined ? {} : { message: throws[2] }),
    };
  }
  const approx = /^≈ (-?\d+(?:\.(\d+))?)(?:(?::| \().*)?$/.exec(text);
  if (approx) {
    const decimals = approx[2]?.length ?? 0;
    return { kind: 'approx', value: Number(approx[1]), tolerance: 0.5 * 10 ** -decimals };
  }
  const oneOf = /^one of (.+)$/.exec(text);
  if (oneOf && isLiteral(`[${oneOf[1]}]`)) return { kind: 'one-of', literals: `[${oneOf[1]}]` };
  // A remark may follow the value: `// 6 (IMF DOTS)` or `// 'unknown': the year does not decide it`.
  const withRemark = /^(.*?)\s+\([^()]*\)$/.exec(text);
  const beforeColon = text.split(': ').map((_, i, parts) => parts.slice(0, i + 1).join(': '));
  for (const candidate of [text, withRemark?.[1], ...beforeColon]) {
    if (candidate !== undefined && candidate !== '' && !candidate.includes('…') && isLiteral(candidate)) {
      return { kind: 'equal', literal: candidate };
    }
  }
  return undefined;
}
