import { describe, expect, it } from 'vitest';
import { blocs } from '../../src/countries/index.js';
import { ko } from '../../src/i18n/ko/index.js';
import { usCpiAnnual } from '../../src/prices/index.js';
import {
  parseAgreements,
  parseBlocs,
  parseCpiAnnualAverages,
  parseDiplomaticTies,
  parseTimelineEvents,
  parseTranslations,
} from '../../src/schemas/index.js';
import { agreements, diplomaticTies, timelineEvents } from '../../src/timeline/index.js';

const problems = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

describe('cross-field rules of the schemas', () => {
  const mercosur = blocs.find((b) => b.id === 'MERCOSUR');
  const withMember = (change: Record<string, unknown>) => [
    { ...mercosur, members: [{ ...mercosur?.members[0], ...change }] },
  ];

  it('accepts the shipped blocs and a member whose dates and status agree', () => {
    expect(parseBlocs(blocs)).toHaveLength(blocs.length);
    expect(parseBlocs(withMember({ joined: '1991-03', joinedPrecision: 'month' }))).toHaveLength(1);
  });

  it('rejects a bloc member whose date, precision and status disagree', () => {
    expect(problems(() => parseBlocs(withMember({ status: 'former', left: '2000-01-01' })))).toContain(
      '[0].members[0].leftPrecision: left and leftPrecision go together',
    );
    expect(problems(() => parseBlocs(withMember({ status: 'former', leftPrecision: 'day' })))).toContain(
      '[0].members[0].leftPrecision: left and leftPrecision go together',
    );
    expect(
      parseBlocs(withMember({ status: 'former', left: '2000-01', leftPrecision: 'month' }))[0]?.members[0]?.left,
    ).toBe('2000-01');
    expect(
      problems(() => parseBlocs(withMember({ status: 'former', left: '2000-13', leftPrecision: 'month' }))),
    ).toContain('[0].members[0].left: not a real date at month precision');
    expect(problems(() => parseBlocs(withMember({ joined: '1991-02-30' })))).toContain(
      '[0].members[0].joined: not a real date at day precision',
    );
    expect(problems(() => parseBlocs(withMember({ status: 'former' })))).toContain(
      '[0].members[0].left: a former member has a date it left, and only a former member',
    );
    expect(problems(() => parseBlocs(withMember({ left: '2000-01-01', leftPrecision: 'day' })))).toContain(
      '[0].members[0].left: a former member has a date it left, and only a former member',
    );
    const suspendedMessage =
      '[0].members[0].suspensions: a suspended member has a last suspension without an end, and only a suspended member';
    expect(problems(() => parseBlocs(withMember({ status: 'suspended' })))).toContain(suspendedMessage);
    const open = { from: '2016-12', fromPrecision: 'month', sources: ['lopez-aymes-2012'] };
    const closed = { ...open, from: '2012-06-29', fromPrecision: 'day', until: '2013-08-15', untilPrecision: 'day' };
    expect(problems(() => parseBlocs(withMember({ suspensions: [open] })))).toContain(suspendedMessage);
    expect(problems(() => parseBlocs(withMember({ status: 'suspended', suspensions: [closed] })))).toContain(
      suspendedMessage,
    );
    // Paraguay's suspension of 2012–2013 (lifted), then a later open one: in order, and accepted.
    expect(
      parseBlocs(withMember({ status: 'suspended', suspensions: [closed, open] }))[0]?.members[0]?.suspensions,
    ).toHaveLength(2);
    expect(problems(() => parseBlocs(withMember({ suspensions: [{ ...closed, from: '1990-01-01' }] })))).toContain(
      '[0].members[0].suspensions[0].from: suspensions run in order, after joining, and only the last one may be without an end',
    );
    expect(
      problems(() =>
        parseBlocs(withMember({ status: 'suspended', suspensions: [open, { ...open, from: '2017-08' }] })),
      ),
    ).toContain(
      '[0].members[0].suspensions[1].from: suspensions run in order, after joining, and only the last one may be without an end',
    );
    expect(problems(() => parseBlocs(withMember({ suspensions: [{ ...closed, until: '2011-01-01' }] })))).toContain(
      '[0].members[0].suspensions[0].until: a suspension ends on or after it began',
    );
    const { untilPrecision: _dropped, ...withoutPrecision } = closed;
    expect(problems(() => parseBlocs(withMember({ suspensions: [withoutPrecision] })))).toContain(
      '[0].members[0].suspensions[0].untilPrecision: until and untilPrecision go together',
    );
    expect(problems(() => parseBlocs(withMember({ suspensions: [{ ...closed, from: '2012-02-30' }] })))).toContain(
      '[0].members[0].suspensions[0].from: not a real date at day precision',
    );
  });

  it('rejects a country listed twice in one bloc (its trade would count twice)', () => {
    const twice = [{ ...mercosur, members: [mercosur?.members[0], mercosur?.members[0]] }];
    expect(problems(() => parseBlocs(twice))).toContain(
      '[0].members[1].country: duplicate country "ARG" (first at [0])',
    );
  });

  it('rejects duplicate years, ids and ties', () => {
    expect(problems(() => parseCpiAnnualAverages([usCpiAnnual[0], usCpiAnnual[1], usCpiAnnual[0]]))).toContain(
      '[2].year: duplicate year 1913',
    );
    expect(parseCpiAnnualAverages(usCpiAnnual.slice(0, 3))).toHaveLength(3);
    expect(problems(() => parseTimelineEvents([timelineEvents[0], timelineEvents[0]]))).toMatch(/\[1\]\.id: /);
    expect(problems(() => parseAgreements([agreements[0], agreements[0]]))).toMatch(/\[1\]\.id: /);
    expect(problems(() => parseDiplomaticTies([diplomaticTies[0], diplomaticTies[0]]))).toContain(
      '[1]: duplicate tie ARG|DPRK',
    );
  });

  it('rejects a diplomatic tie whose years are out of order', () => {
    // kdiplo: North Korea and Argentina established ties in 1973 and cut them in 1976.
    const tie = diplomaticTies[0];
    expect(tie).toMatchObject({ country: 'ARG', korea: 'DPRK', established: '1973', cut: '1976' });
    expect(parseDiplomaticTies([tie])).toHaveLength(1);
    expect(problems(() => parseDiplomaticTies([{ ...tie, established: null }]))).not.toBe('no error');
    expect(problems(() => parseDiplomaticTies([{ ...tie, established: '1980' }]))).not.toBe('no error');
    expect(parseDiplomaticTies([{ ...tie, established: '1980', note: 'The table gives the cut first.' }])).toHaveLength(
      1,
    );
    expect(problems(() => parseDiplomaticTies([{ ...tie, reestablished: '1970' }]))).not.toBe('no error');
    expect(problems(() => parseDiplomaticTies([{ ...tie, cut: null, reestablished: '1990' }]))).not.toBe('no error');
    expect(parseDiplomaticTies([{ ...tie, reestablished: '1990' }])).toHaveLength(1);
  });

  it('validates a translation table', () => {
    expect(parseTranslations(ko).locale).toBe('ko');
    expect(problems(() => parseTranslations({ locale: 'fr', texts: {} }))).toMatch(/^Invalid translation table: /);
    expect(
      problems(() =>
        parseTranslations({ locale: 'es', texts: { ba7816bf8f01cfea: { text: 'x', status: 'official' } } }),
      ),
    ).toContain('texts.ba7816bf8f01cfea: Invalid input');
    // A key that is not 16 hex digits (the old 32-bit keys were base 36) is named.
    expect(
      problems(() => parseTranslations({ locale: 'es', texts: { abc: { text: 'x', status: 'translated' } } })),
    ).toContain('texts.abc: Invalid key in record');
  });
});
