import { describe, expect, it } from 'vitest';
import { mirror, type TradeFlow } from '../../src/trade/index.js';
import { madeUpFlow } from '../helpers/made-up-flow.js';

// Made-up flows: each year has one side missing, zero, or estimated, so each rule shows on its own.
type Spec = [
  reporter: string,
  partner: string,
  year: number,
  flow: 'export' | 'import',
  valueUsd: number,
  estimated?: boolean,
];
const make = (...specs: Spec[]): TradeFlow[] =>
  specs.map(([reporter, partner, year, flow, valueUsd, estimated = false]) =>
    madeUpFlow({ reporter, partner, year, flow, valueUsd, estimated }),
  );

describe('mirror: one side at a time', () => {
  const data = make(
    ['KOR', 'ECU', 2001, 'export', 50],
    ['KOR', 'ECU', 2002, 'export', 0],
    ['ECU', 'KOR', 2002, 'import', 7],
    ['KOR', 'ECU', 2003, 'export', 20, true],
    ['ECU', 'KOR', 2003, 'import', 25],
  );
  const rows = mirror(data, { partner: 'ECU' });

  it("a year with only Korea's figure still has its row", () => {
    expect(rows[0]).toEqual({
      year: 2001,
      direction: 'korea-to-partner',
      koreaReportedUsd: 50,
      partnerReportedUsd: null,
      gapUsd: null,
      gapPct: null,
      koreaSource: 'imf-dots-2022',
      partnerSource: null,
      estimated: false,
    });
    expect(rows.map((r) => [r.year, r.direction])).toEqual([
      [2001, 'korea-to-partner'],
      [2002, 'korea-to-partner'],
      [2003, 'korea-to-partner'],
    ]);
  });

  it('has a gap in dollars but no percentage when Korea reports zero', () => {
    expect(rows[1]).toMatchObject({ koreaReportedUsd: 0, partnerReportedUsd: 7, gapUsd: 7, gapPct: null });
  });

  it("is estimated when Korea's side is", () => {
    expect(rows[2]).toMatchObject({ gapUsd: 5, gapPct: 25, estimated: true });
  });
});
