import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/cli/parse-csv.js';

const fieldsOf = (text: string) => parseCsv(text).map((record) => record.fields);

describe('parseCsv (RFC 4180)', () => {
  it('splits records and fields, with or without a final line break', () => {
    expect(parseCsv('a,b\n1,2\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
    expect(fieldsOf('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(fieldsOf('x')).toEqual([['x']]);
    expect(fieldsOf('')).toEqual([]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(fieldsOf(',a,,\n')).toEqual([['', 'a', '', '']]);
    expect(fieldsOf('a,')).toEqual([['a', '']]);
    expect(fieldsOf(',')).toEqual([['', '']]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(fieldsOf('"x,y","say ""hi""",""\n')).toEqual([['x,y', 'say "hi"', '']]);
    expect(fieldsOf('"a""",b')).toEqual([['a"', 'b']]);
    expect(fieldsOf('"""a"')).toEqual([['"a']]);
    expect(fieldsOf('"two\nlines",z\n')).toEqual([['two\nlines', 'z']]);
    expect(fieldsOf('"cr\r\nlf"')).toEqual([['cr\r\nlf']]);
  });

  it('numbers each record by the line it starts on, counting line breaks inside quotes', () => {
    expect(parseCsv('h\n"a\nb\nc"\nlast\n')).toEqual([
      { line: 1, fields: ['h'] },
      { line: 2, fields: ['a\nb\nc'] },
      { line: 5, fields: ['last'] },
    ]);
  });

  it('accepts CRLF and lone CR line ends and skips blank lines', () => {
    expect(parseCsv('a,b\r\n1,2\r\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
    ]);
    expect(parseCsv('a\rb')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: ['b'] },
    ]);
    expect(parseCsv('a\n\n\nb\n')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 4, fields: ['b'] },
    ]);
  });

  it('drops a byte-order mark at the start only', () => {
    expect(fieldsOf('\uFEFFa,b')).toEqual([['a', 'b']]);
    expect(fieldsOf('a,\uFEFFb')).toEqual([['a', '\uFEFFb']]);
  });
});

describe('parseCsv, as its documentation shows it', () => {
  it('keeps a quoted comma inside its field', () => {
    expect(parseCsv('a,b\n1,"x,y"\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', 'x,y'] },
    ]);
  });
});
