import ts from 'typescript';
import { type Expectation, expectationOf } from './expectations.js';

/** An example turned into a module that checks its own stated values. */
export interface Rewritten {
  readonly code: string;
  /** How many statements state a value (and are now checked). */
  readonly checks: number;
  /** Trailing comments on statements that state no checkable value. */
  readonly prose: readonly string[];
}

function call(where: string, text: string, value: string, expectation: Expectation): string {
  const args = `${JSON.stringify(where)}, ${JSON.stringify(text)}`;
  switch (expectation.kind) {
    case 'throws':
      return `__throws(${args}, () => { ${value}; }, ${JSON.stringify(expectation.errorClass)}, ${JSON.stringify(expectation.message ?? '')});`;
    case 'approx':
      return `__approx(${args}, ${value}, ${expectation.value}, ${expectation.tolerance});`;
    case 'one-of':
      return `__oneOf(${args}, ${value}, ${expectation.literals});`;
    default:
      return `__equal(${args}, ${value}, (${expectation.literal}));`;
  }
}

/**
 * Rewrites each top-level statement that ends in a value comment (`expr; // 6`) into a check of
 * that value; see {@link expectationOf} for the comment syntax.
 *
 * @example
 * ```ts
 * rewrite('f(1); // 2', 'x.ts:1').checks; // 1
 * ```
 */
export function rewrite(code: string, where: string): Rewritten {
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true);
  const edits: { start: number; end: number; text: string }[] = [];
  const prose: string[] = [];
  let checks = 0;
  for (const statement of file.statements) {
    const comments = ts.getTrailingCommentRanges(code, statement.end) ?? [];
    const comment = comments.find((c) => c.kind === ts.SyntaxKind.SingleLineCommentTrivia);
    if (comment === undefined) continue;
    const commentText = code.slice(comment.pos + 2, comment.end);
    const expectation = expectationOf(commentText);
    const statementText = code.slice(statement.getStart(file), statement.end);
    if (expectation === undefined) {
      prose.push(`${statementText} //${commentText}`);
      continue;
    }
    if (ts.isExpressionStatement(statement)) {
      const expression = code.slice(statement.expression.getStart(file), statement.expression.end);
      edits.push({
        start: statement.getStart(file),
        end: statement.end,
        text: call(where, expression, expression, expectation),
      });
      checks += 1;
    } else if (ts.isVariableStatement(statement) && expectation.kind !== 'throws') {
      const [declaration] = statement.declarationList.declarations;
      if (statement.declarationList.declarations.length === 1 && declaration && ts.isIdentifier(declaration.name)) {
        const name = declaration.name.text;
        edits.push({ start: statement.end, end: statement.end, text: ` ${call(where, name, name, expectation)}` });
        checks += 1;
      } else prose.push(`${statementText} //${commentText}`);
    } else {
      prose.push(`${statementText} //${commentText}`);
    }
  }
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return { code: out, checks, prose };
}
