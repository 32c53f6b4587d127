import { describe, expect, it } from 'vitest';
import { expectationOf } from '../../scripts/check/doc-examples/expectations.js';
import type { DocExample } from '../../scripts/check/doc-examples/extract.js';
import { exportedNames, nonPublicUse } from '../../scripts/check/doc-examples/non-public.js';
import { rewrite } from '../../scripts/check/doc-examples/rewrite.js';

describe('the doc example comments', () => {
  it('reads values, approximations, alternatives and errors, with or without a remark', () => {
    expect(expectationOf(' 6')).toEqual({ kind: 'equal', literal: '6' });
    expect(expectationOf(" 'in-force' (as of 2025)")).toEqual({ kind: 'equal', literal: "'in-force'" });
    expect(expectationOf(" 'unknown': the year does not decide it")).toEqual({ kind: 'equal', literal: "'unknown'" });
    expect(expectationOf(" { first: '2003-02-01', last: '2003-02-28' }")).toEqual({
      kind: 'equal',
      literal: "{ first: '2003-02-01', last: '2003-02-28' }",
    });
    expect(expectationOf(' ≈ 57.74')).toEqual({ kind: 'approx', value: 57.74, tolerance: 0.005 });
    expect(expectationOf(" one of 'a', 'b'")).toEqual({ kind: 'one-of', literals: "['a', 'b']" });
    expect(expectationOf(' throws RangeError: Unknown source')).toEqual({
      kind: 'throws',
      errorClass: 'RangeError',
      message: 'Unknown source',
    });
  });

  it('treats prose, names, calls and elided values as no value, so the runner reports them', () => {
    for (const prose of [
      ' the awareness campaign',
      ' rank 18',
      " ['USA 65%', …]",
      ' tradeFlows.length',
      ' f(1)',
      ' 57.74…',
    ]) {
      expect(expectationOf(prose), prose).toBeUndefined();
    }
  });

  it('turns a statement with a value comment into a check, and leaves other lines alone', () => {
    const out = rewrite("const a = 1; // 1\nf(a); // 'x'\n// a remark\ng(); // some prose", 'x.ts:1');
    expect(out.checks).toBe(2);
    expect(out.prose).toEqual(['g(); // some prose']);
    expect(out.code).toBe(
      'const a = 1; __equal("x.ts:1", "a", a, (1)); // 1\n__equal("x.ts:1", "f(a)", f(a), (\'x\')); // \'x\'\n// a remark\ng(); // some prose',
    );
    expect(rewrite('h(); // throws TypeError', 'y.ts:2').code).toBe(
      '__throws("y.ts:2", "h()", () => { h(); }, "TypeError", ""); // throws TypeError',
    );
  });
});

describe('the doc examples are for public exports only', () => {
  const text = [
    'export function publicHelper(): number {',
    '  return 1;',
    '}',
    '',
    '/**',
    ' * An internal helper.',
    ' *',
    ' * @example',
    ' * ```ts',
    ' * publicHelper(); // 1',
    ' * ```',
    ' */',
    'export function internalHelper(): number {',
    '  return 2;',
    '}',
  ].join('\n');
  const isPublic = (name: string) => name === 'publicHelper';
  const example = (code: string, line = 10): DocExample => ({
    where: `x.ts:${line}`,
    file: 'x.ts',
    line,
    code,
    kind: 'tsdoc',
  });

  it('reads the names a file exports', () => {
    expect(exportedNames(text)).toEqual(['publicHelper', 'internalHelper']);
    expect(exportedNames('export async function a() {}\nexport abstract class B {}\nconst c = 1;')).toEqual(['a', 'B']);
  });

  it('reports an example that uses a name the package does not export, and asks for a unit test', () => {
    expect(nonPublicUse(example('internalHelper(); // 2', 1), text, isPublic)).toBe(
      'x.ts:1: uses internalHelper, which the package does not export; examples are for public exports — write a unit test instead',
    );
  });

  it('reports an example on an export the package does not have, even when it uses only public names', () => {
    expect(nonPublicUse(example('publicHelper(); // 1'), text, isPublic)).toBe(
      'x.ts:10: documents internalHelper, which the package does not export; examples are for public exports — write a unit test instead',
    );
  });

  it('accepts an example of a public export, and any block of a guide', () => {
    expect(nonPublicUse(example('publicHelper(); // 1'), text, () => true)).toBeUndefined();
    const guide: DocExample = {
      where: 'README.md:3',
      file: 'README.md',
      line: 3,
      code: 'internalHelper();',
      kind: 'guide',
    };
    expect(nonPublicUse(guide, text, isPublic)).toBeUndefined();
  });
});
