import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ENTRIES } from '../helpers/entries.js';
import { repoRoot } from '../helpers/raw.js';

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

/** `function: parameter` for every parameter of an exported function that has no `@param` description. */
function undocumentedParameters(program: ts.Program, file: string): string[] {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file) as ts.SourceFile;
  const moduleSymbol = checker.getSymbolAtLocation(source) as ts.Symbol;
  const missing: string[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    for (const declaration of symbol.getDeclarations() ?? []) {
      if (!ts.isFunctionDeclaration(declaration)) continue;
      const described = new Set(
        ts
          .getJSDocTags(declaration)
          .filter((tag): tag is ts.JSDocParameterTag => ts.isJSDocParameterTag(tag))
          .filter((tag) => ts.getTextOfJSDocComment(tag.comment)?.trim())
          .map((tag) => tag.name.getText()),
      );
      for (const parameter of declaration.parameters) {
        const name = parameter.name.getText();
        if (!described.has(name)) missing.push(`${exported.name}: ${name}`);
      }
    }
  }
  return missing;
}

/** Every hand-written TypeScript file of src/. */
function sourceFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (path.endsWith('.ts') && !path.endsWith('.generated.ts')) files.push(path);
    }
  };
  walk(join(repoRoot, 'src'));
  return files;
}

/** The error classes thrown in `body` (`throw new RangeError(…)`); nested functions only when `nested`. */
function thrownClasses(body: ts.Node, nested = false): Set<string> {
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (!nested && ts.isFunctionLike(node)) return;
    // A throw inside a try block that catches is handled by the function itself.
    if (!nested && ts.isTryStatement(node) && node.catchClause !== undefined) {
      visit(node.catchClause);
      if (node.finallyBlock !== undefined) visit(node.finallyBlock);
      return;
    }
    if (ts.isThrowStatement(node) && node.expression !== undefined && ts.isNewExpression(node.expression)) {
      found.add(node.expression.expression.getText());
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return found;
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

  it('every parameter of every exported function has a @param description', () => {
    const files = ENTRIES.map((entry) => join(repoRoot, 'src', `${entry}.ts`));
    const program = ts.createProgram(files, {
      strict: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
    });
    const missing = [...new Set(files.flatMap((file) => undocumentedParameters(program, file)))];
    expect(missing).toEqual([]);
  }, 60_000);

  it('documents every function\'s parameters in the order of its signature, each "@param name - text"', () => {
    // Every function of src/ (internal ones too): a wrong order on a user's page is a bug.
    const files = sourceFiles();
    const problems: string[] = [];
    let checked = 0;
    for (const file of files) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isFunctionDeclaration(node) && node.name !== undefined) {
          const tags = ts.getJSDocTags(node).filter(ts.isJSDocParameterTag);
          if (tags.length > 0) {
            checked += 1;
            const where = `${file.slice(repoRoot.length + 1)} ${node.name.text}`;
            const documented = tags.map((tag) => tag.name.getText());
            const declared = node.parameters.map((p) => p.name.getText());
            if (documented.join(', ') !== declared.join(', '))
              problems.push(`${where}: @param ${documented.join(', ')}; signature (${declared.join(', ')})`);
            for (const tag of tags) {
              if (!/^@param\s+\S+\s+-\s/.test(tag.getText()))
                problems.push(`${where}: @param ${tag.name.getText()} lacks " - "`);
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(70);
  });

  it('documents each error class a function throws itself with "@throws Class …", and no class it cannot throw', () => {
    // A function that throws a TypeError must not promise a RangeError (and the reverse); a class
    // thrown by a helper it calls may be documented too, so only a documented class that the
    // function neither throws nor could get from a callee is wrong: here, one no code in src throws.
    const thrownAnywhere = new Set<string>();
    const problems: string[] = [];
    const sources = sourceFiles().map((file) =>
      ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true),
    );
    for (const source of sources) for (const name of thrownClasses(source, true)) thrownAnywhere.add(name);
    let checked = 0;
    for (const source of sources) {
      const visit = (node: ts.Node): void => {
        if (ts.isFunctionDeclaration(node) && node.name !== undefined && node.body !== undefined) {
          const where = `${source.fileName.slice(repoRoot.length + 1)} ${node.name.text}`;
          const tags = ts.getJSDocTags(node).filter((tag) => tag.tagName.text === 'throws');
          const documented = tags.map(
            (tag) => (ts.getTextOfJSDocComment(tag.comment) ?? '').trim().split(/\s/)[0] ?? '',
          );
          for (const name of documented) {
            if (!/^[A-Z]\w+$/.test(name))
              problems.push(`${where}: "@throws ${name}" does not start with an error class`);
            else if (!thrownAnywhere.has(name)) problems.push(`${where}: documents ${name}, which no code throws`);
          }
          if (tags.length > 0 || node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
            checked += 1;
            for (const name of thrownClasses(node.body)) {
              if (!documented.includes(name)) problems.push(`${where}: throws ${name} without "@throws ${name}"`);
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
