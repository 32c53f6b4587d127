import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ENTRIES } from './helpers/entries.js';
import { repoRoot } from './helpers/raw.js';

/** Exported names of an entry whose declarations have no TSDoc `@example`. */
function undocumented(program: ts.Program, file: string): string[] {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (source === undefined) throw new Error(`no source file ${file}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`no module symbol for ${file}`);
  const missing: string[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = symbol.getDeclarations() ?? [];
    const hasExample = declarations.some((declaration) => {
      const node = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
      return ts.getJSDocTags(node).some((tag) => tag.tagName.text === 'example');
    });
    const isTypeOnlyUnion = declarations.every((d) => ts.isTypeAliasDeclaration(d));
    const hasDoc = declarations.some((d) => {
      const node = ts.isVariableDeclaration(d) ? d.parent.parent : d;
      return ts.getJSDocCommentsAndTags(node).length > 0;
    });
    // Type aliases (literal unions) need a description; everything else needs an @example.
    if (isTypeOnlyUnion ? !hasDoc : !hasExample) missing.push(exported.name);
  }
  return missing;
}

describe('API documentation', () => {
  it('every export has TSDoc, and every value, interface and class has an @example', () => {
    const files = ENTRIES.map((entry) => join(repoRoot, 'src', `${entry}.ts`));
    const config = ts.getParsedCommandLineOfConfigFile(
      join(repoRoot, 'tsconfig.json'),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
    );
    const program = ts.createProgram(files, config?.options ?? {});
    const missing = files.flatMap((file) =>
      undocumented(program, file).map((name) => `${file.slice(repoRoot.length + 1)}: ${name}`),
    );
    expect(missing).toEqual([]);
  }, 60_000);
});
