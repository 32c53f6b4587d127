import { describe, expect, it } from 'vitest';
import { cite, getSource, isSourceId, sourceIds, sources } from '../../src/sources/index.js';

describe('sources', () => {
  it('starts with the paper, with the metadata the research notes verified', () => {
    const paper = getSource('lopez-aymes-2012');
    expect(sources[0]?.id).toBe('lopez-aymes-2012');
    expect(paper.title).toBe("Korea's Engagement in Latin America");
    expect(paper.authors).toEqual(['Juan Felipe López Aymes']);
    expect(paper.year).toBe(2012);
    expect(paper.publisher).toBeUndefined(); // the series is unconfirmed, so it is left out
  });

  it('flags the cited works the notes mark NOT FOUND as unverified', () => {
    const unverified = sources.filter((s) => !s.verified).map((s) => s.id);
    expect(unverified).toEqual(
      expect.arrayContaining([
        'kim-1996',
        'dent-2002',
        'tadeo-2011',
        'uscanga-2011',
        'lopez-aymes-salas-porras-forthcoming',
      ]),
    );
    expect(getSource('mesquita-moreira-2011').verified).toBe(true);
    expect(getSource('kwon-et-al-2009').publisher).toContain('KIEP');
  });

  it('has unique kebab-case ids', () => {
    expect(new Set(sourceIds).size).toBe(sourceIds.length);
    for (const id of sourceIds) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('throws a RangeError naming an unknown id and suggesting the close one', () => {
    expect(() => getSource('imf-dots' as never)).toThrow(RangeError);
    expect(() => getSource('imf-dots' as never)).toThrow(/"imf-dots".*Did you mean imf-dots-2022\?/);
    expect(() => getSource(42 as never)).toThrow(/Unknown source id 42/);
    expect(isSourceId('imf-dots-2022')).toBe(true);
    expect(isSourceId('__proto__')).toBe(false);
  });

  it('cites in three styles', () => {
    expect(cite('lopez-aymes-2012', 'short')).toBe('López Aymes (2012)');
    expect(cite('kwon-et-al-2009', 'short')).toBe('Kwon et al. (2009)');
    expect(cite('lopez-aymes-2011')).toContain('https://doi.org/10.32870/mycp.v14i41.366');
    expect(cite('imf-dots-2022', 'attribution')).toMatch(
      /^Source: International Monetary Fund, Direction of Trade Statistics/,
    );
    expect(cite('kim-1996')).toContain('not verified');
    expect(() => cite('lopez-aymes-2012', 'apa' as never)).toThrow(/Unknown citation style "apa"/);
  });
});
