/**
 * Validates data/i18n/<locale>.json against the English texts of the shipped
 * records and writes src/i18n/<locale>.generated.ts (one table per locale,
 * keyed by textKey of the English pattern: the text with its values replaced
 * by {0}, {1}…; each translation is stored as a template with the same
 * placeholders, which label() fills with the values written the locale's way). Also writes docs/glossary.md from
 * data/i18n/glossary.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { translatedLocales } from '../../../src/i18n/locales.js';
import { toMessage } from '../../../src/i18n/message.js';
import type { TranslatedLocale } from '../../../src/i18n/types.js';
import { textKey } from '../../../src/internal/text-key.js';
import { emitFile, emitModule, parsedJson } from '../lib/emit.js';
import type { Schemas } from './types.js';

const LANGUAGE: Record<TranslatedLocale, string> = { es: 'Spanish', pt: 'Portuguese', ko: 'Korean' };

/** One entry of a locale file: the English it translates, next to the translation. */
const EntrySchema = z
  .object({
    key: z.string().min(1),
    en: z.string().min(1),
    text: z.string().min(1),
    short: z.string().min(1).optional(),
    status: z.enum(['official', 'translated']),
    sources: z.array(z.string()).min(1).optional(),
    sameAsEnglish: z.literal(true).optional(),
  })
  .strict();

export type TranslationEntry = z.infer<typeof EntrySchema> & { readonly locale: TranslatedLocale };

/** A glossary term: its English forms (a regular expression) and the forms each translation must use. */
const GlossarySchema = z.array(
  z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/),
      en: z.string().min(1),
      match: z.string().min(1),
      note: z.string().min(1).optional(),
      es: z.array(z.string().min(1)).min(1),
      pt: z.array(z.string().min(1)).min(1),
      ko: z.array(z.string().min(1)).min(1),
    })
    .strict(),
);

export type GlossaryTerm = z.infer<typeof GlossarySchema>[number];

/**
 * The translation as a template: each value it writes the English way
 * (`US$ 3.70 bn`, `2.46%`, `2005-03-16`, `November 2010`, `2.8`) becomes the
 * placeholder of the same value in the English, so the values are the
 * English values by construction. A value the English lacks, or an English
 * value the translation drops, is an error naming it.
 */
export function templateOf(en: string, text: string): string {
  const english = toMessage(en);
  const translated = toMessage(text);
  if (/[{}]/.test(english.pattern.replace(/\{\d+\}/g, '')) || /[{}]/.test(translated.pattern.replace(/\{\d+\}/g, ''))) {
    throw new Error('braces are reserved for placeholders');
  }
  const unused = english.values.map((v) => JSON.stringify(v));
  const indexOf = translated.values.map((v) => {
    const at = unused.indexOf(JSON.stringify(v));
    if (at === -1) throw new Error(`the value ${JSON.stringify(v)} is not in the English`);
    unused[at] = '';
    return at;
  });
  const missing = unused.find((u) => u !== '');
  if (missing !== undefined) throw new Error(`the English value ${missing} is missing from the translation`);
  return translated.pattern.replace(/\{(\d+)\}/g, (_, i: string) => `{${indexOf[Number(i)]}}`);
}

/** Reads and checks every locale file; returns all entries. */
export async function buildI18n(
  root: string,
  schemas: Schemas,
): Promise<{ entries: TranslationEntry[]; glossary: GlossaryTerm[] }> {
  const { catalogue } = await import('../i18n/catalogue.js');
  const english = catalogue();
  const { sourceIds: ids } = await import('../../../src/sources/source-ids.generated.js');
  const sourceIds = new Set<string>(ids);
  const all: TranslationEntry[] = [];
  for (const locale of translatedLocales) {
    const path = join(root, `data/i18n/${locale}.json`);
    const entries = z.array(EntrySchema).parse(JSON.parse(readFileSync(path, 'utf8')));
    const fail = (i: number, message: string): never => {
      throw new Error(`${path}: entry ${i} (${entries[i]?.key}): ${message}`);
    };
    const byKey = new Map(entries.map((e, i) => [e.key, i]));
    if (byKey.size !== entries.length) throw new Error(`${path}: a key appears twice`);
    english.forEach((e, i) => {
      const at = byKey.get(e.key);
      if (at === undefined) throw new Error(`${path}: no translation for ${e.key} ("${e.en}")`);
      if (at !== i) fail(at, `out of order: expected position ${i}, as in the English catalogue`);
      const entry = entries[at]!;
      if (entry.en !== e.en)
        fail(
          at,
          `stale: it translates "${entry.en}", but the record now says "${e.en}". Update the translation and its "en".`,
        );
    });
    if (entries.length !== english.length) {
      const extra = entries.find((e) => !english.some((c) => c.key === e.key));
      throw new Error(`${path}: ${extra?.key} is not a translatable text of the shipped records`);
    }
    const byText = new Map<string, { en: string; text: string }>();
    entries.forEach((e, i) => {
      if (e.text !== e.text.trim()) fail(i, 'leading or trailing white space');
      if (e.status === 'official' && e.sources === undefined) fail(i, 'an official name must cite its sources');
      if (e.status === 'translated' && e.sources !== undefined) fail(i, 'only an official name cites sources');
      for (const s of e.sources ?? []) if (!sourceIds.has(s)) fail(i, `unknown source ${s}`);
      if ((e.text === e.en) !== (e.sameAsEnglish === true))
        fail(
          i,
          e.text === e.en
            ? 'equals the English: mark it "sameAsEnglish": true if that is on purpose'
            : '"sameAsEnglish" but it differs',
        );
      let template = '';
      try {
        template = templateOf(e.en, e.text);
      } catch (error) {
        fail(i, (error as Error).message);
      }
      const pattern = toMessage(e.en).pattern;
      const key = textKey(pattern);
      const seen = byText.get(key);
      if (seen !== undefined && seen.en !== pattern) fail(i, `hash collision with "${seen.en}"`);
      if (seen !== undefined && seen.text !== template)
        fail(i, `"${pattern}" is translated two ways: "${seen.text}" and "${template}"`);
      byText.set(key, { en: pattern, text: template });
      all.push({ ...e, locale });
    });
    const texts: Record<string, unknown> = {};
    for (const e of entries) {
      texts[textKey(toMessage(e.en).pattern)] = {
        text: templateOf(e.en, e.text),
        ...(e.short === undefined ? {} : { short: templateOf(e.en, e.short) }),
        status: e.status,
        ...(e.sources === undefined ? {} : { sources: e.sources }),
      };
    }
    const table = schemas.parseTranslations({ locale, texts });
    const official = entries.filter((e) => e.status === 'official').length;
    emitModule(
      join(root, `src/i18n/${locale}.generated.ts`),
      [`data/i18n/${locale}.json`],
      [
        "import { deepFreeze } from '../internal/deep-freeze.js';",
        "import type { Translations } from './types.js';",
        '',
        '/**',
        ` * ${LANGUAGE[locale]} texts of the shipped records: ${Object.keys(texts).length} translations, ${official} of them official names with their sources.`,
        ' *',
        ' * @example',
        ' * ```ts',
        " * import { label } from 'korea-latam/i18n';",
        ` * import { ${locale} } from 'korea-latam/i18n/${locale}';`,
        " * import { roles } from 'korea-latam/challenges';",
        ` * label(roles[0]!, 'label', ${locale}); // '${entries.find((e) => e.key === 'roles/capital-and-technology/label')?.text}'`,
        ' * ```',
        ' */',
        `export const ${locale}: Translations<'${locale}'> = /* @__PURE__ */ deepFreeze(${parsedJson(table)});`,
      ].join('\n'),
    );
  }
  const glossary = GlossarySchema.parse(JSON.parse(readFileSync(join(root, 'data/i18n/glossary.json'), 'utf8')));
  emitFile(join(root, 'docs/glossary.md'), glossaryPage(glossary, all));
  return { entries: all, glossary };
}

function glossaryPage(glossary: readonly GlossaryTerm[], entries: readonly TranslationEntry[]): string {
  const cell = (forms: readonly string[]): string => forms.join(' · ');
  const official = entries.filter((e) => e.status === 'official');
  return [
    '# Glossary',
    '',
    '<!-- Generated by `npm run data` from data/i18n/glossary.json and data/i18n/*.json. Do not edit by hand. -->',
    '',
    'The key terms of the data in the four languages. Every translation uses these forms (a test checks each',
    'translated text whose English uses the term); official names keep the wording of their official text.',
    'Spanish and Portuguese forms are matched as whole words, and a form ending in `*` is a stem (`negociaci*`',
    'covers negociación and negociaciones); Korean forms are matched anywhere, since particles and compounds',
    'attach to them (자유무역협정은).',
    '',
    '| English | Español | Português | 한국어 | Note |',
    '| --- | --- | --- | --- | --- |',
    ...glossary.map((t) => `| ${t.en} | ${cell(t.es)} | ${cell(t.pt)} | ${cell(t.ko)} | ${t.note ?? ''} |`),
    '',
    '## Official names',
    '',
    'Names taken from an official text, with the source that publishes them (ids in the bibliography,',
    '`korea-latam/sources`). Everything else is our own translation of our own English text.',
    '',
    '| Locale | Record field | Official name | Sources |',
    '| --- | --- | --- | --- |',
    ...official.map(
      (e) => `| ${e.locale} | \`${e.key}\` | ${e.text} | ${(e.sources ?? []).map((s) => `\`${s}\``).join(', ')} |`,
    ),
    '',
    '## Correcting a translation',
    '',
    'See [Translations](translations.md).',
    '',
  ].join('\n');
}
