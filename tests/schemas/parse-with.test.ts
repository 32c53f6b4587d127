import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { SourceSchema, ValidationError } from '../../src/schemas/index.js';
import { MAX_NESTED_LIST } from '../../src/schemas/own-snapshot.js';
import { MAX_ISSUES, parseWith } from '../../src/schemas/parse-with.js';
import { rejection } from '../helpers/rejection.js';

// parseWith is the one path every parse* function takes; these pin each of its rules on small schemas.
const Letter = z.enum(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']); // nine values: summarised
const Few = z.enum(['x', 'y', 'z']); // three: zod's own message
const Row = z.object({ id: z.number(), letter: Letter.optional(), few: Few.optional() }).strict();
const Rows = z.array(Row);

describe('parseWith: messages', () => {
  it('summarises an option outside a long list as five values and the count', () => {
    const error = rejection(() => parseWith(Row, { id: 1, letter: 'zz' }, 'row'));
    expect(error.issues).toEqual([
      { path: 'letter', message: 'Invalid option: expected one of "a"|"b"|"c"|"d"|"e"|… (9 values), received "zz"' },
    ]);
  });

  it("keeps zod's message for a short list and for other problems", () => {
    const error = rejection(() => parseWith(Row, { id: 'one', few: 'w' }, 'row'));
    expect(error.issues).toEqual([
      { path: 'id', message: 'Invalid input: expected number, received string' },
      { path: 'few', message: 'Invalid option: expected one of "x"|"y"|"z"' },
    ]);
  });

  it('cuts a message longer than 500 characters to 500, ending with an ellipsis', () => {
    const keys = (n: number, size: number) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [String(i).padStart(size, 'k'), 1]));
    // "Unrecognized keys: " and the keys, quoted and separated by ", ".
    const long = rejection(() => parseWith(Row, { id: 1, ...keys(40, 20) }, 'row')).issues[0]?.message ?? '';
    expect(long).toHaveLength(500);
    expect(long.endsWith('…')).toBe(true);
    expect(long.startsWith('Unrecognized keys: ')).toBe(true);
    // The same kind of message left whole when it is short.
    const short = rejection(() => parseWith(Row, { id: 1, ...keys(2, 5) }, 'row')).issues[0]?.message ?? '';
    expect(short).toBe('Unrecognized keys: "kkkk0", "kkkk1"');
  });

  it('cuts the message of every element of a list too', () => {
    const wide = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`${'k'.repeat(20)}${i}`, 1]));
    const message = rejection(() => parseWith(Rows, [{ id: 1, ...wide }], 'rows')).issues[0]?.message ?? '';
    expect(message).toHaveLength(500);
  });
});

describe('parseWith: paths', () => {
  it("names each element's problems under the element's index", () => {
    const error = rejection(() => parseWith(Rows, [{ id: 1 }, { id: 'x' }, 'row'], 'rows'));
    expect(error.issues).toEqual([
      { path: '[1].id', message: 'Invalid input: expected number, received string' },
      { path: '[2]', message: 'Invalid input: expected object, received string' },
    ]);
  });

  it('joins an index path inside an element without a dot', () => {
    const Matrix = z.array(z.array(z.number()));
    const error = rejection(() => parseWith(Matrix, [[1], [2, 'x']], 'matrix'));
    expect(error.issues).toEqual([{ path: '[1][1]', message: 'Invalid input: expected number, received string' }]);
  });

  it('runs the list rules on the parsed elements, with paths from the root', () => {
    const Unique = Rows.superRefine((rows, ctx) => {
      if (new Set(rows.map((r) => r.id)).size < rows.length)
        ctx.addIssue({ code: 'custom', path: [1, 'id'], message: 'repeated' });
    });
    expect(rejection(() => parseWith(Unique, [{ id: 1 }, { id: 1 }], 'rows')).issues).toEqual([
      { path: '[1].id', message: 'repeated' },
    ]);
    expect(parseWith(Unique, [{ id: 1 }, { id: 2 }], 'rows')).toEqual([{ id: 1 }, { id: 2 }]);
  });
});

describe('parseWith: bounded work', () => {
  it(`stops after ${MAX_ISSUES} problems and says where, when elements remain`, () => {
    const error = rejection(() => parseWith(Rows, Array(500).fill({ id: 'x' }), 'rows'));
    expect(error.issues).toHaveLength(MAX_ISSUES + 1);
    expect(error.issues[MAX_ISSUES - 1]?.path).toBe(`[${MAX_ISSUES - 1}].id`);
    expect(error.issues[MAX_ISSUES]).toEqual({
      path: '',
      message: `stopped after ${MAX_ISSUES} problems (at [${MAX_ISSUES - 1}] of 500); there may be more`,
    });
  });

  it('says it stopped when the last element still had problems to report', () => {
    // 49 elements with two problems each and a last one with three: the hundred-and-first is left out.
    const rows = [...Array(49).fill({ id: 'x', few: 'w' }), { id: 'x', few: 'w', letter: 'zz' }];
    const error = rejection(() => parseWith(Rows, rows, 'rows'));
    expect(error.issues).toHaveLength(MAX_ISSUES + 1);
    expect(error.issues[MAX_ISSUES - 1]?.path).toBe('[49].letter');
    expect(error.issues.at(-1)?.message).toBe(
      `stopped after ${MAX_ISSUES} problems (at [49] of 50); there may be more`,
    );
  });

  it('does not say it stopped when exactly the last problem was read', () => {
    const error = rejection(() => parseWith(Rows, [...Array(MAX_ISSUES - 1).fill({ id: 1 }), { id: 'x' }], 'rows'));
    expect(error.issues).toEqual([
      { path: `[${MAX_ISSUES - 1}].id`, message: 'Invalid input: expected number, received string' },
    ]);
    // Exactly a hundred problems, the last in the last element: nothing was left unread.
    const exactly = rejection(() => parseWith(Rows, Array(MAX_ISSUES).fill({ id: 'x' }), 'rows'));
    expect(exactly.issues).toHaveLength(MAX_ISSUES);
    expect(exactly.issues.at(-1)?.path).toBe(`[${MAX_ISSUES - 1}].id`);
    const pairs = rejection(() => parseWith(Rows, Array(MAX_ISSUES / 2).fill({ id: 'x', few: 'w' }), 'rows'));
    expect(pairs.issues).toHaveLength(MAX_ISSUES);
  });

  it(`stops the list rules after ${MAX_ISSUES} problems too`, () => {
    const Many = z.array(z.number()).superRefine((list, ctx) => {
      for (const [i] of list.entries()) ctx.addIssue({ code: 'custom', path: [i], message: 'no' });
    });
    const at = (n: number) => rejection(() => parseWith(Many, Array(n).fill(1), 'list')).issues;
    expect(at(MAX_ISSUES + 1)).toHaveLength(MAX_ISSUES + 1);
    expect(at(MAX_ISSUES + 1).at(-1)).toEqual({
      path: '',
      message: `stopped after ${MAX_ISSUES} problems; there may be more`,
    });
    expect(at(MAX_ISSUES)).toHaveLength(MAX_ISSUES);
    expect(at(MAX_ISSUES).at(-1)).toEqual({ path: `[${MAX_ISSUES - 1}]`, message: 'no' });
  });

  it('rejects a list given for one record as it is, without copying it first', () => {
    // A copy would read 2³² − 1 slots; the record schema says at once that a list is not a record.
    const huge = new Array(2 ** 32 - 1);
    expect(rejection(() => parseWith(Row, huge, 'row')).issues).toEqual([
      { path: '', message: 'Invalid input: expected object, received array' },
    ]);
    const Table = z.record(z.string(), z.number());
    expect(rejection(() => parseWith(Table, huge, 'table')).issues[0]?.path).toBe('');
  });

  it('names a list inside a record that is too long to read, at its path', () => {
    const Holder = z.object({ items: z.array(z.number()) });
    const error = rejection(() => parseWith(Holder, { items: new Array(MAX_NESTED_LIST + 1) }, 'holder'));
    expect(error.issues).toEqual([
      { path: 'items', message: `a list of ${MAX_NESTED_LIST + 1} items, where at most ${MAX_NESTED_LIST} are read` },
    ]);
    const inList = rejection(() =>
      parseWith(z.array(Holder), [{ items: [] }, { items: new Array(MAX_NESTED_LIST + 1) }], 'holders'),
    );
    expect(inList.issues[0]?.path).toBe('[1].items');
  });
});

describe('parseWith: input that cannot be read', () => {
  const revoked = () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };

  it('reports a record that cannot be copied at its path, in a record and in a list', () => {
    expect(rejection(() => parseWith(Row, revoked(), 'row')).issues).toEqual([
      { path: '', message: expect.stringMatching(/^input could not be read: .*revoked/) },
    ]);
    const inList = rejection(() => parseWith(Rows, [{ id: 1 }, revoked()], 'rows')).issues;
    expect(inList).toEqual([{ path: '[1]', message: expect.stringMatching(/^input could not be read: .*revoked/) }]);
  });

  it('reports an element whose read throws, and goes on with the others', () => {
    const list = new Proxy([{ id: 1 }, { id: 2 }, { id: 'x' }], {
      get(target, key, receiver) {
        if (key === '1') throw new Error('no access');
        return Reflect.get(target, key, receiver);
      },
    });
    expect(rejection(() => parseWith(Rows, list, 'rows')).issues).toEqual([
      { path: '[1]', message: 'could not be read: no access' },
      { path: '[1]', message: 'Invalid input: expected object, received undefined' },
      { path: '[2].id', message: 'Invalid input: expected number, received string' },
    ]);
  });

  it('reports a list whose length cannot be read as one problem at the root', () => {
    const list = new Proxy([], {
      get(target, key, receiver) {
        if (key === 'length') throw new Error('no length');
        return Reflect.get(target, key, receiver);
      },
    });
    expect(rejection(() => parseWith(Rows, list, 'rows')).issues).toEqual([
      { path: '', message: 'input could not be read: no length' },
    ]);
  });

  it('reports an object the schema cannot read (a throwing getter on a class instance)', () => {
    class Hostile {
      get id(): number {
        throw new Error('getter failed');
      }
    }
    expect(rejection(() => parseWith(Row, new Hostile(), 'row')).issues).toEqual([
      { path: '', message: 'input could not be read: getter failed' },
    ]);
  });
});

describe('parseWith: a record that breaks its schema', () => {
  it('throws a ValidationError', () => {
    expect(() => parseWith(SourceSchema, { id: 'lopez-aymes-2012' }, 'source')).toThrow(ValidationError);
  });
});
