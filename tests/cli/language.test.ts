import { describe, expect, it } from 'vitest';
import { claims } from '../../src/claims/index.js';
import { shown } from '../../src/cli/cli-error.js';
import { displayWidth, padEndColumns, padStartColumns } from '../../src/cli/display-width.js';
import { isTextColumn, languageTable, translatedRecord } from '../../src/cli/language.js';
import { blocs, countries } from '../../src/countries/index.js';
import { es } from '../../src/i18n/es/index.js';
import { cli } from '../helpers/cli.js';

describe('the command line in other languages', () => {
  it('picks the table for --lang, English for en or no flag', () => {
    expect(languageTable(undefined)).toBeUndefined();
    expect(languageTable('en')).toBeUndefined();
    expect(languageTable('es')).toBe(es);
    expect(languageTable('ko')?.locale).toBe('ko');
    expect(() => languageTable('toString')).toThrow('Unknown language "toString". Languages: en, es, pt, ko.');
    expect(() => languageTable('')).toThrow('Unknown language "".');
  });

  it('translates text columns only: a bloc name is text, a country name (Intl) and ids are not', () => {
    expect(isTextColumn('blocs', 'name')).toBe(true);
    expect(isTextColumn('countries', 'name')).toBe(false);
    expect(isTextColumn('agreements', 'title')).toBe(true);
    expect(isTextColumn('claims', 'check_explanation')).toBe(true);
    expect(isTextColumn('policy-phases', 'period_label')).toBe(true);
    expect(isTextColumn('agreements', 'id')).toBe(false);
    expect(isTextColumn('claims', 'check_verdict')).toBe(false);
  });

  it('translates the text fields of a record, nested ones included, and keeps ids, enums and numbers', () => {
    const pa = blocs.find((b) => b.id === 'PA');
    expect(translatedRecord(pa, es, 'blocs')).toMatchObject({ id: 'PA', name: 'Alianza del Pacífico' });
    const china = countries.find((c) => c.code === 'CHN');
    // 'China' is also a claim figure's label; as a country name it is left to countryName().
    expect(translatedRecord({ ...china, name: 'Canada' }, es, 'countries')).toMatchObject({ name: 'Canada' });
    const claim = claims.find((c) => c.id === 'korea-sixth-partner-of-mexico');
    const out = translatedRecord(claim, es, 'claims') as typeof claim;
    expect(out?.statement).toBe('Corea ocupa el sexto lugar entre los socios comerciales de México.');
    expect(out?.check.verdict).toBe('supported');
    expect(out?.check.computed[0]).toEqual({
      label: 'Puesto de Corea en el comercio de México',
      value: 6,
      unit: 'rank',
    });
    expect(translatedRecord(null, es, 'claims')).toBeNull();
    expect(translatedRecord(['Pacific Alliance'], es, 'blocs')).toEqual(['Pacific Alliance']);
  });

  it('words the balance table in each language, estimated values and empty ranges included', () => {
    // IMF DOTS marks the Bahamas' 1990 exports to Korea as estimated.
    const pt = cli('balance', 'KOR', '--reporter', 'BHS', '--from', '1990', '--to', '1990', '--lang', 'pt').out;
    expect(pt.split('\n')[0]).toBe(
      'Comércio bilateral Bahamas–Coreia do Sul, milhões de US$ (país declarante: Bahamas)',
    );
    expect(pt).toMatch(/^1990 .* imf-dots-2022 \(estimado\)$/m);
    const ko = cli('balance', 'KOR', '--reporter', 'BHS', '--from', '1990', '--to', '1990', '--lang', 'ko').out;
    expect(ko).toMatch(/imf-dots-2022 \(추정\)$/m);
    const en = cli('balance', 'KOR', '--reporter', 'BHS', '--from', '1990', '--to', '1990').out;
    expect(en).toMatch(/imf-dots-2022 \(estimated\)$/m);
    // Korea reports no trade with Antigua and Barbuda before 1956.
    expect(cli('balance', 'ATG', '--from', '1950', '--to', '1955', '--lang', 'pt').out).toContain(
      '(nenhum ano com os dois fluxos neste intervalo)',
    );
    expect(cli('balance', 'ATG', '--from', '1950', '--to', '1955', '--lang', 'ko').out).toContain(
      '(이 범위에 두 흐름이 모두 있는 연도가 없음)',
    );
    expect(cli('balance', 'ATG', '--from', '1950', '--to', '1955', '--lang', 'es').out).toContain(
      '(ningún año con ambos flujos en este rango)',
    );
  });

  it('cuts a long value at 60 characters when it names it', () => {
    expect(shown(undefined)).toBe('""');
    expect(shown('x'.repeat(60))).toBe(`"${'x'.repeat(60)}"`);
    expect(shown('x'.repeat(61))).toBe(`"${'x'.repeat(60)}…"`);
  });

  it('lines up Korean columns by terminal width and formats numbers per language', () => {
    const ko = cli('balance', 'BRA', '--from', '2023', '--to', '2023', '--lang', 'ko').out.split('\n');
    expect(ko[0]).toBe('대한민국의 대브라질 교역, 백만 달러 (대한민국 보고 기준)');
    // Hangul takes two columns: each header ends where its numbers end.
    const [head = '', row = ''] = [ko[1], ko[2]];
    const columns = (line: string) => [...line].reduce((w, ch) => w + (/[\uac00-\ud7a3]/.test(ch) ? 2 : 1), 0);
    const endOf = (line: string, word: string) => columns(line.slice(0, line.indexOf(word) + word.length));
    // 2023, Korea–Brazil (KOSIS): exports US$ 4,343.8 million, imports 6,724.3 million.
    expect(endOf(head, '수출')).toBe(endOf(row, '4,343.8'));
    expect(endOf(head, '수입')).toBe(endOf(row, '6,724.3'));
    expect(endOf(head, '수지')).toBe(endOf(row, '-2,380.5'));
    const pt = cli('balance', 'BRA', '--from', '2023', '--to', '2023', '--lang', 'pt').out.split('\n');
    expect(pt[2]).toMatch(/^2023 +4\.343,8 +6\.724,3 +-2\.380,5 kosis-kcs-trade$/);
    expect(displayWidth('수출 2023')).toBe(9);
    expect(padStartColumns('수입', 6)).toBe('  수입');
    expect(padEndColumns('연도', 5)).toBe('연도 ');
  });

  it('says on stderr which columns an export leaves in English, and nothing without --lang', () => {
    const es = cli('export', 'agreements', '--lang', 'es');
    expect(es.code).toBe(0);
    expect(es.err).toBe('korea-latam: note: en inglés (las notas sobre las fuentes no se traducen).\n');
    expect(cli('export', 'agreements').err).toBe('');
    // A table without notes says nothing.
    expect(cli('export', 'challenges', '--lang', 'ko').err).toBe('');
    expect(cli('export', 'agreements', '--lang', 'pt').err).toBe(
      'korea-latam: note: em inglês (as notas sobre as fontes não são traduzidas).\n',
    );
    expect(cli('export', 'agreements', '--lang', 'ko').err).toBe(
      'korea-latam: note: 영어 그대로 (출처에 관한 주석은 번역하지 않음).\n',
    );
  });

  it('names the leading zero years it leaves out in the language asked for', () => {
    // COW reports 0 for Korea–Brazil trade in 1949–1964 (see tests/cli/commands.test.ts for English).
    const note = (lang: string) => cli('balance', 'BRA', '--lang', lang).out.split('\n')[2];
    expect(note('es')).toBe(
      '(se omiten 1949–1964: cow-bilateral-trade da 0 en todos los valores; añada --from 1949 para verlos)',
    );
    expect(note('pt')).toMatch(
      /^\(1949–1964 omitidos: cow-bilateral-trade informa 0 em todos os valores; use --from 1949/,
    );
    expect(note('ko')).toMatch(/^\(1949–1964년 생략: cow-bilateral-trade의 값이 모두 0임\. 보려면 --from 1949 추가\)$/);
  });
});
