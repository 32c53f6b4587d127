import { describe, expect, it } from 'vitest';
import { challenges } from '../../src/challenges/index.js';
import { blocs, countries } from '../../src/countries/index.js';
import { partnerShares } from '../../src/rankings/index.js';
import {
  parseAgreements,
  parseBlocs,
  parseChallenges,
  parseCountries,
  parsePartnerShares,
  parseSources,
  parseTimelineEvent,
  parseTimelineEvents,
  parseTradeFlow,
  parseTradeFlows,
  ValidationError,
} from '../../src/schemas/index.js';
import { sources } from '../../src/sources/index.js';
import { agreements, timelineEvents } from '../../src/timeline/index.js';
import { tradeFlows } from '../../src/trade/index.js';

describe('schemas accept every shipped record', () => {
  it('validates each dataset whole', () => {
    expect(parseSources(sources)).toHaveLength(sources.length);
    expect(parseCountries(countries)).toHaveLength(countries.length);
    expect(parseBlocs(blocs)).toHaveLength(5);
    expect(parseChallenges(challenges)).toHaveLength(6);
    expect(parseTradeFlows(tradeFlows)).toHaveLength(tradeFlows.length);
    expect(parsePartnerShares(partnerShares)).toHaveLength(partnerShares.length);
    expect(parseTimelineEvents(timelineEvents)).toHaveLength(timelineEvents.length);
    expect(parseAgreements(agreements)).toHaveLength(agreements.length);
  });
});

describe('schemas reject bad records, listing every problem with its path', () => {
  const good = tradeFlows[0]!;

  it('names each bad field', () => {
    try {
      parseTradeFlow({ ...good, reporter: 'XXX', valueUsd: -5, year: 1800.5 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const paths = (error as ValidationError).issues.map((i) => i.path).sort();
      expect(paths).toEqual(['reporter', 'valueUsd', 'year']);
      expect((error as Error).message).toMatch(/Invalid trade flow: 3 problems/);
    }
  });

  it('rejects NaN, Infinity, unknown keys and prototype-pollution keys', () => {
    expect(() => parseTradeFlow({ ...good, valueUsd: Number.NaN })).toThrow(ValidationError);
    expect(() => parseTradeFlow({ ...good, valueUsd: Number.POSITIVE_INFINITY })).toThrow(ValidationError);
    expect(() => parseTradeFlow({ ...good, extra: 1 })).toThrow(/extra/);
    expect(() => parseTradeFlow(JSON.parse(`{"__proto__": {"polluted": true}, "reporter": "KOR"}`))).toThrow(
      ValidationError,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(() => parseTradeFlow(null)).toThrow(ValidationError);
  });

  it('checks cross-field rules: valuation, reporter ≠ partner, duplicates', () => {
    expect(() => parseTradeFlow({ ...good, flow: 'export', valuation: 'CIF' })).toThrow(/valuation/);
    expect(() => parseTradeFlow({ ...good, partner: good.reporter })).toThrow(/reporter and partner must differ/);
    expect(() => parseTradeFlows([good, good])).toThrow(/\[1\]: duplicate flow/);
  });

  it('checks dates at their precision and share tables', () => {
    const event = timelineEvents[0]!;
    expect(() => parseTimelineEvent({ ...event, date: '2003-02-30', precision: 'day' })).toThrow(
      /date must be a valid ISO date/,
    );
    expect(() => parseTimelineEvent({ ...event, date: '2003', precision: 'month' })).toThrow(ValidationError);
    const row = partnerShares.find((s) => s.valueUsd !== null)!;
    expect(() => parsePartnerShares([row, row])).toThrow(/duplicate partner/);
    expect(() => parsePartnerShares([{ ...row, sharePct: row.sharePct + 1 }])).toThrow(/sharePct must equal/);
    expect(() => parseChallenges([challenges[1], challenges[0]])).toThrow(/expected order 1/);
  });
});
