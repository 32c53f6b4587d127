import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sources } from '../../src/sources/index.js';
import { repoRoot } from '../helpers/raw.js';

const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');
const citation = parse(read('CITATION.cff'));

describe('CITATION.cff', () => {
  it('is valid Citation File Format 1.2.0', () => {
    const schema = JSON.parse(read('scripts/data/interchange/profiles/citation-cff-1.2.0.schema.json'));
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
    expect(validate(citation), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...citation, authors: [] })).toBe(false);
  });

  it("carries the package's version, and cites each work as the bibliography records it", () => {
    expect(citation.version).toBe(JSON.parse(read('package.json')).version);
    for (const reference of citation.references as { title: string; year?: number; url: string }[]) {
      const source = sources.find((s) => s.title === reference.title);
      expect(source, reference.title).toBeDefined();
      expect(reference.url).toBe(source?.url);
      expect(reference.year ?? null).toBe(source?.year ?? null);
    }
  });
});
