import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/internal/deep-freeze.js';
import { partnerShares } from '../../src/rankings/index.js';
import { rowOf, tableRows } from '../../src/rankings/select-table.js';
import type { TableSlot } from '../../src/rankings/table-index.js';
import {
  byRank,
  decodedTablesOf,
  newSlot,
  periodKey,
  periodLabel,
  RANKING_REPORTERS,
  type ReporterTables,
  recordTables,
  slotFor,
  tableAt,
} from '../../src/rankings/table-index.js';
import type { PartnerShare } from '../../src/rankings/types.js';

describe('the table index', () => {
  it('labels a span with a dash and keys a period by its two years', () => {
    expect(periodLabel({ from: 2007, to: 2009 })).toBe('2007–2009');
    expect(periodKey(2007, 2009)).toBe(200702009);
  });

  it('orders rows by rank', () => {
    const mexico = partnerShares.filter((s) => s.reporter === 'MEX' && s.sources[0] === 'lopez-aymes-2012');
    expect([...mexico].sort(byRank)[0]?.partner).toBe('USA');
  });

  it('makes the slot of a table once', () => {
    const tables: (ReporterTables | undefined)[] = [];
    const at = tableAt('MEX', 'total');
    const make = (start: number) => () => newSlot([], start, start);
    const slot = slotFor(tables, at, { from: 2008, to: 2008 }, 'imf-dots-2022', make(0));
    expect(slotFor(tables, at, { from: 2008, to: 2008 }, 'imf-dots-2022', make(1))).toBe(slot);
  });

  it('reads a period without a source from IMF DOTS where it has a table, else from the first table', () => {
    const tables: (ReporterTables | undefined)[] = [];
    const at = tableAt('MEX', 'total');
    const make = (start: number) => () => newSlot([], start, start);
    const paper = slotFor(tables, at, { from: 2007, to: 2009 }, 'lopez-aymes-2012', make(0));
    expect(tables[at]?.byPeriod.get(periodKey(2007, 2009))?.preferred).toBe(paper);
    const imf = slotFor(tables, at, { from: 2007, to: 2009 }, 'imf-dots-2022', make(1));
    slotFor(tables, at, { from: 2007, to: 2009 }, 'un-comtrade-plus', make(2));
    expect(tables[at]?.byPeriod.get(periodKey(2007, 2009))?.preferred).toBe(imf);
  });

  it('places each reporter and basis in its own cell, and none for anything else', () => {
    const cells = RANKING_REPORTERS.flatMap((r) => ['total', 'exports', 'imports'].map((b) => tableAt(r, b)));
    expect(new Set(cells).size).toBe(21);
    expect(Math.min(...cells)).toBe(0);
    expect(Math.max(...cells)).toBe(20);
    for (const [reporter, basis] of [
      ['USA', 'total'],
      ['MEX', 'Total'],
      ['MEX', undefined],
      [undefined, 'total'],
      ['constructor', 'total'],
    ]) {
      expect(tableAt(reporter, basis)).toBe(-1);
    }
  });

  it('remembers the tables of a decoded list', () => {
    const shares: PartnerShare[] = [];
    recordTables(shares, []);
    expect(decodedTablesOf(shares)?.sources.size).toBe(0);
    // Every reporter has a table of total trade.
    const tables = decodedTablesOf(partnerShares)?.tables ?? [];
    for (const reporter of RANKING_REPORTERS)
      expect(tables[tableAt(reporter, 'total')]?.byPeriod.size).toBeGreaterThan(0);
  });

  it('finds every decoded table in rank order, as the helpers read it without sorting', () => {
    const runs = decodedTablesOf(partnerShares)?.runs ?? [];
    expect(runs.length).toBeGreaterThan(700);
    for (const run of runs) {
      const rows = partnerShares.slice(run.start, run.end);
      expect(
        rows.map((r) => r.partner),
        `${run.reporter} ${run.basis} ${run.from}–${run.to} ${run.source}`,
      ).toEqual([...rows].sort(byRank).map((r) => r.partner));
    }
  });

  it("answers a partner's row by a scan first, then from the rows by partner, the same each time", () => {
    const rows = partnerShares.filter((s) => s.reporter === 'MEX' && s.sources[0] === 'lopez-aymes-2012');
    const slot: TableSlot = newSlot(rows, 0, rows.length);
    const korea = rows.find((r) => r.partner === 'KOR');
    expect(korea?.rank).toBe(6);
    expect(rowOf(slot, 'KOR')).toBe(korea);
    expect(slot.byPartner).toBe(undefined);
    expect(rowOf(slot, 'KOR')).toBe(korea);
    expect(slot.byPartner?.size).toBe(new Set(rows.map((r) => r.partner)).size);
    expect(rowOf(slot, 'USA')?.rank).toBe(1);
    expect(rowOf(slot, 'ATA')).toBe(undefined);
  });

  it('reads every single-year table of the shipped list as the checked path reads the same rows in a copy', () => {
    // The shipped list takes a short path; a frozen copy is grouped row by row by the checked one.
    const copy = deepFreeze(JSON.parse(JSON.stringify(partnerShares)) as PartnerShare[]);
    const runs = (decodedTablesOf(partnerShares)?.runs ?? []).filter((run) => run.from === run.to);
    expect(runs.length).toBeGreaterThan(600);
    for (const { reporter, basis, from } of runs) {
      const query = { reporter, basis, period: from };
      const shipped = tableRows(partnerShares, query);
      expect(
        shipped.map((r) => `${r.partner} ${r.rank} ${r.sources[0]}`),
        `${reporter} ${basis} ${from}`,
      ).toEqual(tableRows(copy, query).map((r) => `${r.partner} ${r.rank} ${r.sources[0]}`));
      // The short path reads the preferred source's table: IMF DOTS wherever it has one.
      if (
        runs.some(
          (r) => r.reporter === reporter && r.basis === basis && r.from === from && r.source === 'imf-dots-2022',
        )
      )
        expect(shipped[0]?.sources[0]).toBe('imf-dots-2022');
    }
  });
});
