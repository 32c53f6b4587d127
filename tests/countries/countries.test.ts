import { describe, expect, it } from 'vitest';
import {
  blocMembers,
  blocs,
  countries,
  countryName,
  getBloc,
  getCountry,
  isCountryCode,
  isLacCountry,
  korea,
  lacCountries,
  lacCountryCodes,
} from '../../src/countries/index.js';

// The 33 CELAC members as listed in the trade data's provenance notes.
const CELAC =
  'ATG ARG BHS BRB BLZ BOL BRA CHL COL CRI CUB DMA DOM ECU SLV GRD GTM GUY HTI HND JAM MEX NIC PAN PRY PER KNA LCA VCT SUR TTO URY VEN'.split(
    ' ',
  );

describe('countries', () => {
  it('lists exactly the 33 CELAC states as LAC', () => {
    expect([...lacCountryCodes].sort()).toEqual([...CELAC].sort());
    expect(lacCountries.map((c) => c.code).sort()).toEqual([...CELAC].sort());
    expect(countries.filter((c) => c.group === 'lac')).toHaveLength(33);
  });

  it('carries ISO codes and M49 subregions from the ISO file', () => {
    expect(getCountry('MEX')).toMatchObject({ alpha2: 'MX', numeric: '484', subregion: 'Central America' });
    expect(getCountry('BRA')).toMatchObject({ alpha2: 'BR', numeric: '076', subregion: 'South America' });
    expect(getCountry('JAM').subregion).toBe('Caribbean');
    expect(getCountry('USA').subregion).toBe('Northern America');
    expect(getCountry('JPN').subregion).toBeNull();
    expect(korea).toMatchObject({ code: 'KOR', alpha2: 'KR', numeric: '410', group: 'korea' });
    // 13 Caribbean, 8 Central American (incl. Mexico and Belize), 12 South American.
    const count = (subregion: string) => lacCountries.filter((c) => c.subregion === subregion).length;
    expect(count('Caribbean')).toBe(13);
    expect(count('Central America')).toBe(8);
    expect(count('South America')).toBe(12);
  });

  it('includes the former economies trade statistics report', () => {
    expect(getCountry('SUN')).toMatchObject({ group: 'historical', alpha2: 'SU', numeric: '810' });
    expect(getCountry('BLX')).toMatchObject({ group: 'historical', alpha2: null, numeric: null });
  });

  it('guards codes', () => {
    expect(isLacCountry('MEX')).toBe(true);
    expect(isLacCountry('KOR')).toBe(false);
    expect(isLacCountry('mex')).toBe(false);
    expect(isLacCountry(undefined)).toBe(false);
    expect(isCountryCode('USA')).toBe(true);
    expect(isCountryCode('WLD')).toBe(false);
    expect(() => getCountry('BRZ' as never)).toThrow(/Unknown country code "BRZ". Did you mean [^?]*BRA/);
  });

  it('names countries in any locale via Intl.DisplayNames', () => {
    expect(countryName('MEX')).toBe('Mexico');
    expect(countryName('MEX', 'es')).toBe('México');
    expect(countryName('BRA', 'pt')).toBe('Brasil');
    expect(countryName('KOR', 'ko')).toBe('대한민국');
    expect(countryName('JPN', 'ko')).toBe('일본');
    expect(countryName('BLX', 'es')).toBe('Belgium-Luxembourg'); // no ISO name: falls back to the stored one
    expect(() => countryName('MEX', 'not a locale!')).toThrow(RangeError);
    expect(() => countryName('MEX', 'not a locale!')).toThrow(/"not a locale!"/);
    // A retired code whose two letters now mean something else keeps its historical name.
    expect(countryName('SCG')).toBe('Serbia and Montenegro');
    expect(countryName('SUN', 'es')).toBe('USSR (Union of Soviet Socialist Republics)');
    expect(() => countryName('MEX', 5 as never)).toThrow(
      'Invalid locale 5: expected a BCP 47 tag such as "en" or "es".',
    );
  });

  it('has the bloc memberships of the cited sources', () => {
    expect(blocs.map((b) => b.id)).toEqual(['MERCOSUR', 'PA', 'SICA', 'CARICOM', 'CAN']);
    expect(blocMembers('PA')).toEqual(['CHL', 'COL', 'MEX', 'PER']);
    // Bolivia a full member from 5 July 2024 (Só Notícias, Notícia Brasil); Venezuela suspended.
    expect(blocMembers('MERCOSUR')).toEqual(['ARG', 'BRA', 'PRY', 'URY', 'BOL']);
    expect(blocMembers('MERCOSUR', { includeSuspended: true })).toContain('VEN');
    expect(blocMembers('SICA')).toHaveLength(8);
    expect(blocMembers('CARICOM')).toHaveLength(14);
    expect(blocMembers('CAN').sort()).toEqual(['BOL', 'COL', 'ECU', 'PER']); // Chile and Venezuela left
    expect(getCountry('BLZ').blocs).toEqual(['SICA', 'CARICOM']);
    expect(() => getBloc('ASEAN' as never)).toThrow(/Unknown bloc id "ASEAN"/);
  });
});
