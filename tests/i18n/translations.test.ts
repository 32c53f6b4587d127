import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNTRANSLATED_FIELDS } from '../../scripts/data/i18n/catalogue.js';
import { challenges } from '../../src/challenges/index.js';
import { claims } from '../../src/claims/index.js';
import { blocs } from '../../src/countries/index.js';
import { es } from '../../src/i18n/es/index.js';
import { label, labelDetails, locales, type Translations, translateText } from '../../src/i18n/index.js';
import { ko } from '../../src/i18n/ko/index.js';
import { toMessage } from '../../src/i18n/message.js';
import { pt } from '../../src/i18n/pt/index.js';
import * as library from '../../src/index.js';
import { textKey } from '../../src/internal/text-key.js';
import { getSource } from '../../src/sources/index.js';
import { getAgreement, timelineEvents } from '../../src/timeline/index.js';
import { repoRoot } from '../helpers/raw.js';

const tables: readonly Translations[] = [es, pt, ko];

interface FileEntry {
  key: string;
  en: string;
  text: string;
  status: 'official' | 'translated';
  sources?: string[];
  sameAsEnglish?: true;
}
const files = Object.fromEntries(
  (['es', 'pt', 'ko'] as const).map((locale) => [
    locale,
    JSON.parse(readFileSync(join(repoRoot, 'data/i18n', `${locale}.json`), 'utf8')) as FileEntry[],
  ]),
) as Record<'es' | 'pt' | 'ko', FileEntry[]>;

/** Text meant for people: it has a space or starts like a word ('Caribbean'), unlike ids and codes. */
const isProse = (text: string) => /\s/.test(text) || /^[A-Z][a-z]/.test(text);

/** Every text of every exported dataset, with its path pattern (`timelineEvents[].title`). */
function texts(): { pattern: string; record: object | readonly unknown[]; field: string | undefined; text: string }[] {
  const out: ReturnType<typeof texts> = [];
  const walk = (value: unknown, pattern: string, record: object | readonly unknown[], field?: string) => {
    if (typeof value === 'string') {
      if (isProse(value)) out.push({ pattern, record, field, text: value });
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, `${pattern}[]`, value);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, `${pattern}.${key}`, value, key);
    }
  };
  for (const [name, value] of Object.entries(library)) {
    if (typeof value !== 'function') walk(value, name, {});
  }
  return out;
}

/** Whether a listed pattern (`*Meta.license` matches every meta's licence) covers a text's path. */
const covers = (listed: string, pattern: string) =>
  listed.startsWith('*') ? pattern.endsWith(listed.slice(1)) : listed === pattern;
const untranslated = (pattern: string) =>
  UNTRANSLATED_FIELDS.some((group) => group.patterns.some((p) => covers(p, pattern)));

describe('translations cover every text of the records', () => {
  const all = texts();

  it('finds the texts it walks (the walker is not empty)', () => {
    expect(all.filter((t) => t.pattern === 'timelineEvents[].title')).toHaveLength(timelineEvents.length);
    expect(all.length).toBeGreaterThan(1000);
  });

  it('translates every text field into es, pt and ko, or lists the field with a reason', () => {
    const missing = new Map<string, string>();
    for (const t of all) {
      if (untranslated(t.pattern)) continue;
      for (const table of tables) {
        const status =
          t.field === undefined
            ? translateText(t.text, table) === t.text
              ? 'fallback'
              : 'translated'
            : labelDetails(t.record as Record<string, string>, t.field, table).status;
        if (status === 'fallback') missing.set(`${table.locale} ${t.pattern}`, t.text);
      }
    }
    expect(Object.fromEntries(missing)).toEqual({});
  });

  it('lists no field as untranslated that is not there (each pattern matches a text)', () => {
    const patterns = new Set(all.map((t) => t.pattern));
    for (const group of UNTRANSLATED_FIELDS) {
      expect(group.reason.length).toBeGreaterThan(20);
      for (const p of group.patterns) {
        expect(
          [...patterns].some((x) => covers(p, x)),
          p,
        ).toBe(true);
      }
    }
  });
});

/**
 * Whether a translation uses a glossary form. In Spanish and Portuguese the form is a whole word
 * ('alc' is not found inside 'calcular'), or a stem when it ends in '*' ('negociaci*' covers
 * 'negociación' and 'negociaciones'). Korean attaches particles and builds compounds
 * (자유무역협정은, 한-칠레), so there the form is found anywhere in the text.
 */
function usesForm(text: string, form: string, locale: 'es' | 'pt' | 'ko'): boolean {
  const stem = form.endsWith('*');
  const word = (stem ? form.slice(0, -1) : form).toLowerCase();
  const lower = text.toLowerCase();
  if (locale === 'ko') return lower.includes(word);
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${stem ? '' : '(?![\\p{L}\\p{N}])'}`, 'u').test(lower);
}

describe('glossary forms are matched as words', () => {
  it('finds a whole word or a stem, never a form inside another word', () => {
    expect(usesForm('Hay que calcular el total', 'ALC', 'es')).toBe(false);
    expect(usesForm('El ALC Perú–Corea', 'ALC', 'es')).toBe(true);
    expect(usesForm('las negociaciones', 'negociaci*', 'es')).toBe(true);
    expect(usesForm('las negociaciones', 'negociaci', 'es')).toBe(false);
    expect(usesForm('한-칠레 자유무역협정은', '자유무역협정', 'ko')).toBe(true);
  });
});

describe('translated strings', () => {
  it('differ from the English unless marked sameAsEnglish on purpose', () => {
    for (const entries of Object.values(files)) {
      for (const e of entries) expect(e.text === e.en, `${e.key}: ${e.text}`).toBe(e.sameAsEnglish === true);
    }
    expect(files.ko.filter((e) => e.sameAsEnglish)).toEqual([]);
    expect(files.es.filter((e) => e.sameAsEnglish).map((e) => e.text)).toEqual(['China']);
  });

  it('keep every integer, id and quoted value of the English unchanged (values are placeholders)', () => {
    // Amounts, percentages, days, months and decimals are values, written per language (see
    // i18n-messages.test.ts); what is left of a text - integers and years, ids with two hyphens
    // or more, 'quoted' values - reads the same in every language.
    // A round or a rank up to 10 may be an ordinal word (Primera ronda, 제1차): only larger
    // integers must reappear as digits. A quoted value is kept only when it is a code (no
    // space), in whatever quotation marks the language uses; a quoted name is translated.
    const tokens = (text: string) => {
      const words = toMessage(text).pattern.replace(/\{\d+\}/g, ' ');
      return [
        ...(words.match(/\d+(?:[.,]\d+)*/g) ?? []).filter((n) => Number(n) > 10),
        ...(words.match(/\b[a-z]+(?:-[a-z0-9]+){2,}\b/g) ?? []),
        ...[...words.matchAll(/(?<!\w)['‘“«]([^'’”»\s]+)['’”»](?!\w)/g)].map((m) => m[1] ?? ''),
      ];
    };
    const problems: string[] = [];
    for (const [locale, entries] of Object.entries(files)) {
      for (const e of entries) {
        const left = [...tokens(e.text)];
        for (const token of tokens(e.en)) {
          const at = left.indexOf(token);
          if (at === -1) problems.push(`${locale} ${e.key}: ${token} lost`);
          else left.splice(at, 1);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('cite, for every official name, sources that the bibliography resolves', () => {
    const official = Object.values(files)
      .flat()
      .filter((e) => e.status === 'official');
    expect(official.length).toBe(4);
    for (const e of official) {
      expect(e.sources?.length, e.key).toBeGreaterThan(0);
      for (const id of e.sources ?? []) expect(getSource(id as never).url, id).toMatch(/^https?:\/\//);
    }
    for (const e of Object.values(files).flat()) if (e.status === 'translated') expect(e.sources).toBeUndefined();
  });

  it('use the glossary term wherever the English uses it (official names keep their own wording)', () => {
    const glossary = JSON.parse(readFileSync(join(repoRoot, 'data/i18n/glossary.json'), 'utf8')) as ({
      id: string;
      match: string;
    } & Record<'es' | 'pt' | 'ko', string[]>)[];
    const problems: string[] = [];
    let checked = 0;
    for (const term of glossary) {
      const pattern = new RegExp(term.match);
      let used = 0;
      for (const [locale, entries] of Object.entries(files) as ['es' | 'pt' | 'ko', FileEntry[]][]) {
        for (const e of entries) {
          if (e.status !== 'translated' || !pattern.test(e.en)) continue;
          used += 1;
          checked += 1;
          if (!term[locale].some((form) => usesForm(e.text, form, locale)))
            problems.push(`${locale} ${e.key} (${term.id}): ${e.text}`);
        }
      }
      expect(used, `${term.id} applies to no text`).toBeGreaterThan(0);
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  it('docs/glossary.md lists every glossary term', () => {
    const page = readFileSync(join(repoRoot, 'docs/glossary.md'), 'utf8');
    expect(page).toContain('| FTA (free trade agreement) | TLC · ALC · tratado de libre comercio');
    expect(page).toContain('자유무역협정');
    expect(page).toContain('co-ley-1747-2014');
  });
});

describe('label, labelDetails, translateText', () => {
  it('gives official names as their official texts print them', () => {
    // Ley 1747 de 2014 (Congress of Colombia) approves the agreement under this title.
    expect(label(getAgreement('kor-col-fta'), 'title', es)).toBe(
      'Acuerdo de Libre Comercio entre la República de Colombia y la República de Corea',
    );
    // Decreto 1.335 of 1999 (Chile) promulgates the investment agreement under this title.
    expect(label(getAgreement('kor-chl-bit'), 'title', es)).toBe(
      'Acuerdo entre el Gobierno de la República de Chile y el Gobierno de la República de Corea sobre la Promoción y Protección Recíprocas de las Inversiones',
    );
    const mercosur = blocs.find((b) => b.id === 'MERCOSUR');
    expect(mercosur && labelDetails(mercosur, 'name', pt)).toEqual({
      text: 'Mercado Comum do Sul (Mercosul)',
      locale: 'pt',
      status: 'official',
      sources: ['brasil-gov-mercosul'],
    });
    expect(mercosur && label(mercosur, 'name', es)).toBe('Mercado Común del Sur (MERCOSUR)');
  });

  it('translates nested records and loose texts, and keeps ids and codes', () => {
    const claim = claims.find((c) => c.id === 'korea-sixth-partner-of-mexico');
    expect(claim && label(claim.check, 'verdict', es)).toBe('respaldada');
    expect(claim?.check.verdict).toBe('supported');
    const recommendation = challenges[0]?.recommendations[0];
    expect(recommendation && labelDetails(recommendation, 'text', ko).status).toBe('translated');
    expect(recommendation && label(recommendation, 'id', ko)).toBe(recommendation?.id);
    expect(translateText('MEX', es)).toBe('MEX');
    expect(translateText('South America', ko)).toBe('남미');
  });

  it('falls back to English and says so', () => {
    const mine = { title: 'My own event' };
    expect(label(mine, 'title', es)).toBe('My own event');
    expect(labelDetails(mine, 'title', es)).toEqual({
      text: 'My own event',
      locale: 'en',
      status: 'fallback',
      sources: [],
    });
    expect(labelDetails(getAgreement('kor-chl-fta'), 'title', undefined)).toEqual({
      text: 'Korea–Chile Free Trade Agreement',
      locale: 'en',
      status: 'english',
      sources: [],
    });
    // A text edited after translation is not shown in the old translation.
    expect(label({ title: 'Korea–Chile Free Trade Agreement (amended)' }, 'title', es)).toBe(
      'Korea–Chile Free Trade Agreement (amended)',
    );
  });

  it('names each kind of bad table, record and field', () => {
    const notATable =
      /^Expected a translation table \(es, pt or ko from korea-latam\/i18n\/<locale>\) or undefined for English, got /;
    for (const bad of [
      null,
      'es',
      7,
      { locale: 'es' },
      { locale: 'es', texts: null },
      { locale: 'es', texts: 'x' },
      { texts: {} },
    ]) {
      expect(() => label({ title: 'x' }, 'title', bad as never)).toThrow(notATable);
      expect(() => translateText('x', bad as never)).toThrow(TypeError);
    }
    expect(() => label(['title'] as never, 0 as never, es)).toThrow(
      new TypeError('Expected a record (an object), got [object Array].'),
    );
    expect(() => label({ title: 'x' }, 7 as never, es)).toThrow(
      new TypeError('Expected the field name to be a string, got 7.'),
    );
    expect(() => label({ count: 3 } as never, 'count' as never, es)).toThrow(
      new RangeError('The record has no text field "count" (its value is 3).'),
    );
    expect(() => translateText(undefined as never, es)).toThrow(
      new TypeError('Expected text to be a string, got undefined.'),
    );
    const first = files.es[0];
    const broken = { locale: 'es', texts: { ...es.texts, [textKey(first?.en ?? '')]: { text: 7 } } };
    expect(() => translateText(first?.en ?? '', broken as never)).toThrow(
      new TypeError(`The es table's entry for "${first?.en}" has no text: [object Object].`),
    );
  });

  it('rejects bad input with named errors and never changes or freezes the record', () => {
    expect(() => label(null as never, 'title', es)).toThrow(new TypeError('Expected a record (an object), got null.'));
    expect(() => label({ title: 'x' }, 7 as never, es)).toThrow(TypeError);
    expect(() => label({ title: 'x' }, 'title', { locale: 'fr', texts: {} } as never)).toThrow(/translation table/);
    expect(() => label({ title: 3 } as never, 'title', es)).toThrow(RangeError);
    expect(() => label({ title: 'x' } as never, 'toString' as never, es)).toThrow(/no text field "toString"/);
    expect(() => translateText(undefined as never, es)).toThrow(TypeError);
    const record = { title: 'Pacific Alliance' };
    label(record, 'title', es);
    expect(Object.isFrozen(record)).toBe(false);
    expect(record).toEqual({ title: 'Pacific Alliance' });
  });

  it('ships frozen tables for the three locales, English first in locales', () => {
    expect(locales).toEqual(['en', 'es', 'pt', 'ko']);
    for (const table of tables) {
      expect(Object.isFrozen(table.texts)).toBe(true);
      expect(Object.values(table.texts).every((t) => Object.isFrozen(t))).toBe(true);
    }
  });
});

describe('translation keys cannot be forged', () => {
  it('is the first 64 bits of SHA-256 of the UTF-8 text, for any text (checked against node:crypto)', async () => {
    const { createHash } = await import('node:crypto');
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(textKey(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16));
      }),
      { numRuns: 300 },
    );
  });

  it('answers a text that is not in the table with its English, whatever its 32-bit hash', async () => {
    const { labelDetails } = await import('../../src/i18n/index.js');
    // The old key, 32-bit FNV-1a: 'costarring' and 'liquid' are a known collision of it.
    const fnv1a = (text: string) => {
      let hash = 0x811c9dc5;
      for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
      return hash >>> 0;
    };
    expect(fnv1a('costarring')).toBe(fnv1a('liquid'));
    expect(textKey('costarring')).not.toBe(textKey('liquid'));
    expect(labelDetails({ title: 'costarring' }, 'title', es).status).toBe('fallback');
  });
});
