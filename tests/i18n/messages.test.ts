import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claims } from '../../src/claims/index.js';
import { countryCodes } from '../../src/countries/index.js';
import { es } from '../../src/i18n/es/index.js';
import { label, labelDetails, type Translations, translateText } from '../../src/i18n/index.js';
import { ko } from '../../src/i18n/ko/index.js';
import { fillMessage, formatValue, toMessage } from '../../src/i18n/message.js';
import { pt } from '../../src/i18n/pt/index.js';
import { textKey } from '../../src/internal/text-key.js';
import { getAgreement, timelineEvents } from '../../src/timeline/index.js';
import { repoRoot } from '../helpers/raw.js';

const tables = { es, pt, ko } as const;
type Lc = keyof typeof tables;
const entries = (locale: Lc) =>
  JSON.parse(readFileSync(join(repoRoot, 'data/i18n', `${locale}.json`), 'utf8')) as {
    key: string;
    en: string;
    status: string;
  }[];

describe('values inside a text are read as values', () => {
  it('reads amounts, percentages, days, months and decimals, and leaves integers and years as words', () => {
    expect(toMessage('Trade rose from US$ 3.70 bn to US$ 45.16 bn, 13.3% a year, in 20 years (1990–2010).')).toEqual({
      pattern: 'Trade rose from {0} to {1}, {2} a year, in 20 years (1990–2010).',
      values: [
        { kind: 'usd-bn', value: 3.7, digits: 2 },
        { kind: 'usd-bn', value: 45.16, digits: 2 },
        { kind: 'percent', value: 13.3, digits: 1 },
      ],
    });
    expect(
      toMessage('Formalised on 2005-03-16, summit in Seoul (November 2010), Germany 2.8% → 2.84%; 1982-84 = 100'),
    ).toEqual({
      pattern: 'Formalised on {0}, summit in Seoul ({1}), Germany {2} → {3}; 1982-84 = 100',
      values: [
        { kind: 'day', year: 2005, month: 3, day: 16 },
        { kind: 'month', year: 2010, month: 11 },
        { kind: 'percent', value: 2.8, digits: 1 },
        { kind: 'percent', value: 2.84, digits: 2 },
      ],
    });
    expect(toMessage('Korea-Mercosur negotiating round 6 (virtual)')).toEqual({
      pattern: 'Korea-Mercosur negotiating round 6 (virtual)',
      values: [],
    });
  });

  it('reads only real calendar days, English day and month words, and decimals', () => {
    for (const notADay of ['2023-13-01', '2023-00-10', '2023-01-00', '2023-01-32', '2023-02-29']) {
      expect(toMessage(`on ${notADay}`).values, notADay).toEqual([]);
    }
    expect(toMessage('2023-12-31 and 2023-01-01').values).toEqual([
      { kind: 'day', year: 2023, month: 12, day: 31 },
      { kind: 'day', year: 2023, month: 1, day: 1 },
    ]);
    expect(toMessage('Soy502, 15 December 2025, and 1 January 2020')).toEqual({
      pattern: 'Soy502, {0}, and {1}',
      values: [
        { kind: 'day', year: 2025, month: 12, day: 15 },
        { kind: 'day', year: 2020, month: 1, day: 1 },
      ],
    });
    expect(toMessage('0.57× its size')).toEqual({
      pattern: '{0}× its size',
      values: [{ kind: 'decimal', value: 0.57, digits: 2 }],
    });
  });

  it('fills each placeholder once by its number, and leaves an unknown one as written', () => {
    const values = [
      { kind: 'percent', value: 2.46, digits: 2 },
      { kind: 'decimal', value: 2.8, digits: 1 },
    ] as const;
    expect(fillMessage('{1} y {0}; {12}', values, 'pt')).toBe('2,8 y 2,46%; {12}');
  });

  it('writes amounts at the precision of the English', () => {
    // US$ 3.8 bn shown with one decimal is 38억 in Korean, whatever digits lie beyond.
    expect(formatValue({ kind: 'usd-bn', value: 3.75, digits: 1 }, 'ko')).toBe('38억 달러');
    expect(formatValue({ kind: 'usd-bn', value: 2, digits: 2 }, 'pt')).toBe('US$ 2,00 bilhões');
    expect(formatValue({ kind: 'usd-bn', value: 12.57, digits: 2 }, 'es')).toBe('12.570 millones de US$');
  });

  it('writes each value the way each language writes it', () => {
    const percent = { kind: 'percent', value: 2.46, digits: 2 } as const;
    const amount = { kind: 'usd-bn', value: 3.7, digits: 2 } as const;
    const large = { kind: 'usd-bn', value: 45.16, digits: 2 } as const;
    const day = { kind: 'day', year: 2005, month: 3, day: 16 } as const;
    const month = { kind: 'month', year: 2010, month: 11 } as const;
    const nbsp = /\u00a0/g;
    expect(formatValue(percent, 'es').replace(nbsp, ' ')).toBe('2,46 %');
    expect(formatValue(percent, 'pt')).toBe('2,46%');
    expect(formatValue(percent, 'ko')).toBe('2.46%');
    expect(formatValue(amount, 'es')).toBe('3700 millones de US$');
    expect(formatValue(large, 'es')).toBe('45.160 millones de US$');
    expect(formatValue(amount, 'pt')).toBe('US$ 3,70 bilhões');
    expect(formatValue({ kind: 'usd-bn', value: 1.5, digits: 1 }, 'pt')).toBe('US$ 1,5 bilhão');
    expect(formatValue(amount, 'ko')).toBe('37억 달러');
    expect(formatValue(large, 'ko')).toBe('451.6억 달러');
    expect(formatValue(day, 'es')).toBe('16 de marzo de 2005');
    expect(formatValue(day, 'pt')).toBe('16 de março de 2005');
    expect(formatValue(day, 'ko')).toBe('2005년 3월 16일');
    expect(formatValue(month, 'es')).toBe('noviembre de 2010');
    expect(formatValue(month, 'pt')).toBe('novembro de 2010');
    expect(formatValue(month, 'ko')).toBe('2010년 11월');
    expect(formatValue({ kind: 'decimal', value: 2.8, digits: 1 }, 'pt')).toBe('2,8');
  });
});

describe('toMessage, formatValue and fillMessage on one value', () => {
  it('keys a text by its words, writes its value per language and fills a translation with it', () => {
    const percent = { kind: 'percent', value: 2.46, digits: 2 } as const;
    expect(toMessage('IMF DOTS gives 2.46% in 2009.')).toEqual({
      pattern: 'IMF DOTS gives {0} in 2009.',
      values: [percent],
    });
    expect(formatValue(percent, 'pt')).toBe('2,46%');
    expect(formatValue({ kind: 'usd-bn', value: 3.7, digits: 2 }, 'es')).toBe('3700 millones de US$');
    expect(formatValue({ kind: 'day', year: 2005, month: 3, day: 16 }, 'ko')).toBe('2005년 3월 16일');
    expect(fillMessage('Segundo o FMI, {0}.', [percent], 'pt')).toBe('Segundo o FMI, 2,46%.');
  });
});

describe('every shipped text with values', () => {
  for (const locale of ['es', 'pt', 'ko'] as const) {
    it(`${locale}: shows each value of the English, as a value written the ${locale} way`, () => {
      let withValues = 0;
      for (const e of entries(locale)) {
        const { values } = toMessage(e.en);
        if (values.length === 0) continue;
        withValues += 1;
        const shown = translateText(e.en, tables[locale]);
        expect(shown, e.key).not.toMatch(/\{\d+\}/);
        let rest = shown;
        for (const value of values) {
          const written = formatValue(value, locale);
          expect(rest, `${e.key}: ${written}`).toContain(written);
          rest = rest.replace(written, '');
        }
      }
      expect(withValues).toBeGreaterThan(15);
    });
  }

  it('keeps its translation when the data change the values (a claim checked against other data)', () => {
    const claim = claims.find((c) => c.id === 'korea-share-of-mexico-trade');
    const english = claim?.check.explanation ?? '';
    expect(english).toContain('2.46%');
    const moved = { explanation: english.replace('2.46%', '3.51%') };
    expect(labelDetails(moved, 'explanation', es).status).toBe('translated');
    expect(label(moved, 'explanation', es).replace(/\u00a0/g, ' ')).toContain('3,51 %');
    expect(label(moved, 'explanation', pt)).toContain('3,51%');
  });
});

/** Prose: a translated text of more than one word. */
const prose = (locale: Lc) =>
  entries(locale)
    .filter((e) => /\s/.test(e.en))
    .map((e) => ({ key: e.key, status: e.status, text: translateText(e.en, tables[locale]) }));

describe('professional conventions', () => {
  it('es and pt prose has no English decimal point', () => {
    for (const locale of ['es', 'pt'] as const) {
      // A decimal point followed by one or two digits; 45.160 (grouped thousands in Spanish) is not one.
      const english = prose(locale).filter((e) => /\d\.\d{1,2}(?!\d)/.test(e.text));
      expect(english.map((e) => `${e.key}: ${e.text}`)).toEqual([]);
    }
  });

  it('ko prose has no "bn", no Latin-letter MERCOSUR and no country code used as a word', () => {
    // A code used as a word; an acronym in brackets after the Hangul name (안데스공동체(CAN)) is a gloss.
    const codes = new RegExp(`(?<!\\()\\b(${countryCodes.join('|')})\\b(?!\\))`);
    const bad = prose('ko').filter((e) => /\bbn\b|MERCOSUR|Mercosur/.test(e.text) || codes.test(e.text));
    expect(bad.map((e) => `${e.key}: ${e.text}`)).toEqual([]);
  });

  it('ko calls a signature 서명 or 체결, never 타결 (the end of negotiations)', () => {
    const signed = timelineEvents.filter((e) => e.event === 'signed');
    expect(signed.length).toBeGreaterThan(10);
    for (const event of signed) {
      const title = label(event, 'title', ko);
      expect(title, event.id).toMatch(/서명|체결/);
      expect(title, event.id).not.toContain('타결');
    }
  });

  it('pt uses “ ” quotation marks, and ko has no Japanese brackets', () => {
    for (const e of prose('pt')) expect(e.text, e.key).not.toMatch(/[«»]/);
    for (const e of prose('ko')) expect(e.text, e.key).not.toMatch(/[「」]/);
  });
});

describe('a table of your own', () => {
  it('is keyed by the English pattern and fills its placeholders the same way', () => {
    const own: Translations = {
      locale: 'es',
      texts: { [textKey('Share of trade: {0}')]: { text: 'Participación en el comercio: {0}', status: 'translated' } },
    };
    expect(translateText('Share of trade: 2.46%', own).replace(/\u00a0/g, ' ')).toBe(
      'Participación en el comercio: 2,46 %',
    );
    expect(translateText('Share of trade: 12.5%', own).replace(/\u00a0/g, ' ')).toBe(
      'Participación en el comercio: 12,5 %',
    );
    expect(labelDetails({ t: 'Share of world trade: 2.46%' }, 't', own).status).toBe('fallback');
  });
});

describe('short labels for long titles', () => {
  it('come with the full name where a table has one, and are absent otherwise', () => {
    const bit = getAgreement('kor-chl-bit');
    const details = labelDetails(bit, 'title', es);
    expect(details.status).toBe('official');
    expect(details.text.length).toBeGreaterThan(140);
    expect(details.short).toBe('Acuerdo de inversiones Chile–Corea');
    expect(labelDetails(getAgreement('kor-mex-fta'), 'title', pt).short).toBe(
      'SECA e acordo de livre comércio Coreia–México',
    );
    expect(labelDetails(getAgreement('kor-chl-fta'), 'title', es)).not.toHaveProperty('short');
    expect(labelDetails(bit, 'title', undefined)).not.toHaveProperty('short');
  });
});
