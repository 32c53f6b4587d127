import { describe, expect, it } from 'vitest';
import { parseDiplomaticTies } from '../../src/schemas/index.js';
import { diplomaticTies, diplomaticTiesMeta, timelineEvents } from '../../src/timeline/index.js';
import { rawRows } from '../helpers/raw.js';

// Expected values read from data/timeline/two_koreas_diplomatic_ties_kdiplo.csv and its provenance note.
describe("the two Koreas' diplomatic ties", () => {
  const tie = (country: string, korea: 'ROK' | 'DPRK') =>
    diplomaticTies.find((t) => t.country === country && t.korea === korea);

  it('has one record per LAC country and Korea, at year precision', () => {
    expect(diplomaticTies).toHaveLength(66);
    expect(diplomaticTiesMeta.records).toBe(66);
    expect(parseDiplomaticTies(diplomaticTies)).toHaveLength(66);
    expect(diplomaticTies.every((t) => t.precision === 'year')).toBe(true);
  });

  it('keeps established, cut and re-established years as the table gives them', () => {
    // Chile and North Korea: established 1972, cut 1973, re-established 1992.
    expect(tie('CHL', 'DPRK')).toMatchObject({ established: '1972', cut: '1973', reestablished: '1992' });
    // Cuba and South Korea: 1949, cut 1958, re-established 2024.
    expect(tie('CUB', 'ROK')).toMatchObject({ established: '1949', cut: '1958', reestablished: '2024' });
    // Grenada and North Korea: 1979, cut 1984, re-established 1991 (the last row of the table has the years).
    expect(tie('GRD', 'DPRK')).toMatchObject({ established: '1979', cut: '1984', reestablished: '1991' });
    // Ecuador: no North Korea date in the table, so never established per the table.
    expect(tie('ECU', 'DPRK')).toMatchObject({ established: null, cut: null });
    expect(tie('BRA', 'ROK')?.sources).toEqual(['kdiplo-diplomatic-ties', 'mofa-kr-diplomatic-relations']);
    expect(tie('BRA', 'DPRK')?.sources).toEqual(['kdiplo-diplomatic-ties', 'ayhan-2024-two-koreas-ties']);
    // Uruguay and North Korea: the table's cut year precedes its establishment year; shown as given, with a note.
    expect(tie('URY', 'DPRK')).toMatchObject({ established: '1966', cut: '1965' });
    expect(tie('URY', 'DPRK')?.note).toMatch(/as given/);
  });

  it('matches the raw file for every South Korea year, and the dated timeline for each country', () => {
    const raw = rawRows('data/timeline/two_koreas_diplomatic_ties_kdiplo.csv').filter(
      (r) => r.south_north === 'South Korea' && r.year === '2024',
    );
    for (const t of diplomaticTies.filter((x) => x.korea === 'ROK')) {
      const row = raw.find((r) => r.iso3c === t.country);
      expect(t.established, t.country).toBe(row?.date === 'NA' ? null : row?.date);
      const event = timelineEvents.find(
        (e) => e.kind === 'diplomatic-relations' && e.event === 'established' && e.parties.includes(t.country),
      );
      if (event && t.established) {
        expect([t.established, t.reestablished], t.country).toContain(event.date.slice(0, 4));
      }
    }
  });
});
