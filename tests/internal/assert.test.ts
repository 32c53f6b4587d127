import { describe, expect, it } from 'vitest';
import {
  assertArray,
  assertOneOf,
  assertYear,
  checkRecords,
  ownOption,
  readOptions,
  readOwn,
  rejectUnknownFields,
} from '../../src/internal/assert.js';

describe('the argument checks', () => {
  it('pass a valid value without an error', () => {
    expect(assertOneOf('export', ['export', 'import'] as const, 'flow')).toBe(undefined);
    expect(assertYear(2008, 'year')).toBe(undefined);
    expect(assertArray([], 'flows')).toBe(undefined);
  });

  it('name the parameter and the value of a year that is not a whole number', () => {
    expect(() => assertYear(Number.NaN, 'year')).toThrow(RangeError);
    expect(() => assertYear(Number.NaN, 'year')).toThrow(
      /^Invalid year NaN for "year": expected a whole number such as 2008\./,
    );
  });
});

describe('readOptions, readOwn and the query-field check', () => {
  it('read no options as {}, and refuse a string', () => {
    expect(readOptions(undefined)).toEqual({});
    // @ts-expect-error: a string is not an options bag; the compiler says so, and at run time:
    expect(() => readOptions('within')).toThrow(TypeError);
    // @ts-expect-error: as above
    expect(() => readOptions('within')).toThrow(/^Expected options to be an object, got "within"\./);
  });

  it('name a misspelt query field with the valid fields', () => {
    expect(rejectUnknownFields({ year: 2008 }, ['year', 'partner'])).toBe(undefined);
    expect(() => rejectUnknownFields({ partnr: 'MEX' }, ['year', 'partner'])).toThrow(TypeError);
    expect(() => rejectUnknownFields({ partnr: 'MEX' }, ['year', 'partner'])).toThrow(
      /^Unknown query field "partnr"\. Valid fields: year, partner\./,
    );
  });

  it("keep an option only when it is the object's own", () => {
    const inherited = Object.create({ party: 'GTM' }) as { party?: string };
    expect(ownOption(inherited, 'party', inherited.party)).toBe(undefined);
    expect(ownOption({ party: 'SLV' }, 'party', 'SLV')).toBe('SLV');
    expect(ownOption({}, 'party', undefined)).toBe(undefined);
  });

  it('read options straight from the object, once each, and name what cannot be read', () => {
    let reads = 0;
    const options = {
      get year() {
        reads += 1;
        return 2008;
      },
    };
    const read = (o: { year?: unknown }) => ({ year: ownOption(o, 'year', o.year) });
    expect(readOwn(options, 'query', read)).toEqual({ year: 2008 });
    expect(reads).toBe(1);
    expect(readOwn(undefined, 'query', read)).toEqual({ year: undefined });
    expect(() => readOwn('2008', 'query', read)).toThrow(/^Expected query to be an object, got "2008"\./);
    expect(() => readOwn([2008], 'query', read)).toThrow(/^Expected query to be an object/);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => readOwn(proxy, 'query', read)).toThrow(
      new TypeError('Expected query to be an object, got an unreadable object.'),
    );
    const throwing = {
      get year(): number {
        throw new Error('boom');
      },
    };
    expect(() => readOwn(throwing, 'query', read)).toThrow(
      new TypeError('query.year cannot be read: its getter threw.'),
    );
  });
});

describe('checkRecords', () => {
  it('passes records whose fields hold the kind they must, and names the first that does not', () => {
    expect(checkRecords([{ year: 2008 }], 'series', 'a row', { year: 'whole number' })).toBe(undefined);
    expect(() => checkRecords([{ year: '2008' }], 'series', 'a row', { year: 'whole number' })).toThrow(TypeError);
    expect(() => checkRecords([{ year: '2008' }], 'series', 'a row', { year: 'whole number' })).toThrow(
      /^series\[0\]\.year is "2008": expected a whole number\./,
    );
  });
});
