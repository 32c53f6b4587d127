/**
 * The helper-speed tasks of `npm run bench`, one per helper that reads a
 * dataset or a list of records. Each is code (strings), so the same task runs
 * in tinybench in this process and as a first call in a fresh process:
 *
 * - `setup` defines `qs`, the queries one operation sweeps (it may read `k`,
 *   the built package's exports, and `data`, a plain copy of the dataset);
 * - `call` answers every query with the helper;
 * - `naive` answers them with a hand-written filter or loop over `data`,
 *   the way a user without the helper would;
 * - `index` (where a lookup makes sense) answers them from a `Map` built in
 *   `indexSetup`, the fastest hand-written way.
 *
 * The references need not reproduce every rule of the helper (source
 * preference, validation); they are what a user would write instead. `data`
 * is a plain copy (parsed from JSON, nothing frozen); a helper is handed the
 * shipped data, as a user calls it. Dates are compared as strings (ISO days
 * sort as text), not with `localeCompare`, whose first call builds a collator
 * and would make the naive first call look slow.
 */
export interface SpeedTask {
  readonly helper: string;
  /** The dataset `data` copies: an export name of the package. */
  readonly dataset: string;
  readonly setup: string;
  readonly call: string;
  readonly naive: string;
  readonly indexSetup?: string;
  readonly index?: string;
}

const LAC10 = `['MEX','BRA','CHL','ARG','PER','COL','PAN','ECU','GTM','URY']`;
const pickPreferred = `const rank = (s) => ['kosis-kcs-trade','imf-dots-2022','cow-bilateral-trade','un-comtrade-plus'].indexOf(s);
const best = (rows, flow) => { let b; for (const r of rows) if (r.flow === flow && (b === undefined || rank(r.source) < rank(b.source))) b = r; return b; };`;

export const SPEED_TASKS: readonly SpeedTask[] = [
  {
    helper: 'tradeBalance',
    dataset: 'tradeFlows',
    setup: `const qs = []; for (const p of ${LAC10}) for (const y of [2000, 2008, 2015, 2020]) qs.push([p, y]); ${pickPreferred}`,
    call: 'for (const [p, y] of qs) k.tradeBalance(k.tradeFlows, { partner: p, year: y });',
    naive: `for (const [p, y] of qs) { const rows = data.filter((f) => f.reporter === 'KOR' && f.partner === p && f.year === y);
      const e = best(rows, 'export'), i = best(rows, 'import'); if (e && i) ({ exportsUsd: e.valueUsd, importsUsd: i.valueUsd, balanceUsd: e.valueUsd - i.valueUsd }); }`,
    indexSetup: `const idx = new Map(); for (const f of data) { if (f.reporter !== 'KOR') continue; const key = f.partner + '|' + f.year;
      const e = idx.get(key) ?? {}; const prev = e[f.flow]; if (prev === undefined || rank(f.source) < rank(prev.source)) e[f.flow] = f; idx.set(key, e); }`,
    index: `for (const [p, y] of qs) { const e = idx.get(p + '|' + y); if (e?.export && e.import) ({ exportsUsd: e.export.valueUsd, importsUsd: e.import.valueUsd, balanceUsd: e.export.valueUsd - e.import.valueUsd }); }`,
  },
  {
    helper: 'worldShare',
    dataset: 'tradeFlows',
    setup: `const qs = []; for (const p of ${LAC10}) for (const y of [2000, 2008, 2015, 2020]) qs.push([p, y]); ${pickPreferred}`,
    call: 'for (const [p, y] of qs) k.worldShare(k.tradeFlows, { partner: p, year: y });',
    naive: `for (const [p, y] of qs) { const rows = data.filter((f) => f.reporter === 'KOR' && (f.partner === p || f.partner === 'WLD') && f.year === y);
      let part = 0, world = 0; for (const r of rows) if (r.source === 'kosis-kcs-trade') { if (r.partner === p) part += r.valueUsd; else world += r.valueUsd; } world && part / world; }`,
    indexSetup: `const idx = new Map(); for (const f of data) if (f.reporter === 'KOR' && f.source === 'kosis-kcs-trade') { const key = f.partner + '|' + f.year; idx.set(key, (idx.get(key) ?? 0) + f.valueUsd); }`,
    index: `for (const [p, y] of qs) { const w = idx.get('WLD|' + y); w && (idx.get(p + '|' + y) ?? 0) / w; }`,
  },
  {
    helper: 'balanceSeries',
    dataset: 'tradeFlows',
    setup: `const qs = ${LAC10}; ${pickPreferred}`,
    call: 'for (const p of qs) k.balanceSeries(k.tradeFlows, { partner: p });',
    naive: `for (const p of qs) { const rows = data.filter((f) => f.reporter === 'KOR' && f.partner === p); const byYear = new Map();
      for (const r of rows) { const l = byYear.get(r.year) ?? []; l.push(r); byYear.set(r.year, l); }
      const out = []; for (const [y, l] of [...byYear].sort((a, b) => a[0] - b[0])) { const e = best(l, 'export'), i = best(l, 'import'); if (e && i) out.push({ year: y, balanceUsd: e.valueUsd - i.valueUsd }); } }`,
  },
  {
    helper: 'flowSeries',
    dataset: 'tradeFlows',
    setup: `const qs = ${LAC10}; ${pickPreferred}`,
    call: "for (const p of qs) k.flowSeries(k.tradeFlows, { partner: p, flow: 'export' });",
    naive: `for (const p of qs) { const byYear = new Map(); for (const f of data) if (f.reporter === 'KOR' && f.partner === p && f.flow === 'export') {
      const b = byYear.get(f.year); if (b === undefined || rank(f.source) < rank(b.source)) byYear.set(f.year, f); }
      [...byYear.values()].sort((a, b) => a.year - b.year); }`,
  },
  {
    helper: 'mirror',
    dataset: 'tradeFlows',
    setup: `const qs = ${LAC10};`,
    call: "for (const p of qs) k.mirror(k.tradeFlows, { partner: p, source: 'imf-dots-2022' });",
    naive: `for (const p of qs) { const rows = data.filter((f) => f.source === 'imf-dots-2022' && ((f.reporter === 'KOR' && f.partner === p) || (f.reporter === p && f.partner === 'KOR')));
      const byYear = new Map(); for (const r of rows) { const l = byYear.get(r.year) ?? []; l.push(r); byYear.set(r.year, l); } [...byYear.keys()].sort(); }`,
  },
  {
    helper: 'aggregate',
    dataset: 'tradeFlows',
    setup: `const qs = [0]; const sub = new Map(k.lacCountries.map((c) => [c.code, c.subregion])); ${pickPreferred}`,
    call: "for (const _ of qs) k.aggregate(k.tradeFlows, { by: 'subregion', countries: k.lacCountries });",
    naive: `for (const _ of qs) { const best = new Map(); for (const f of data) { if (f.reporter !== 'KOR' || !sub.has(f.partner)) continue;
      const key = f.partner + '|' + f.year + '|' + f.flow; const b = best.get(key); if (b === undefined || rank(f.source) < rank(b.source)) best.set(key, f); }
      const totals = new Map(); for (const f of best.values()) { const key = sub.get(f.partner) + '|' + f.year; const t = totals.get(key) ?? { e: 0, i: 0 };
      if (f.flow === 'export') t.e += f.valueUsd; else t.i += f.valueUsd; totals.set(key, t); } }`,
  },
  {
    helper: 'preferredFlows',
    dataset: 'tradeFlows',
    setup: `const qs = [0]; ${pickPreferred}`,
    call: 'for (const _ of qs) k.preferredFlows(k.tradeFlows);',
    naive: `for (const _ of qs) { const b = new Map(); for (const f of data) { const key = f.reporter + '|' + f.partner + '|' + f.year + '|' + f.flow;
      const s = b.get(key); if (s === undefined || rank(f.source) < rank(s.source)) b.set(key, f); } const keep = new Set(b.values()); data.filter((f) => keep.has(f)); }`,
  },
  {
    helper: 'flowsWhere',
    dataset: 'tradeFlows',
    setup: `const qs = []; for (const p of ${LAC10}) for (const y of [2000, 2008, 2015, 2020]) qs.push([p, y]);`,
    call: "for (const [p, y] of qs) k.flowsWhere(k.tradeFlows, { reporter: 'KOR', partner: p, year: y });",
    naive: "for (const [p, y] of qs) data.filter((f) => f.reporter === 'KOR' && f.partner === p && f.year === y);",
    indexSetup:
      "const idx = new Map(); for (const f of data) { const key = f.reporter + '|' + f.partner + '|' + f.year; const l = idx.get(key); if (l) l.push(f); else idx.set(key, [f]); }",
    index: "for (const [p, y] of qs) (idx.get('KOR|' + p + '|' + y) ?? []).slice();",
  },
  {
    helper: 'partnerRanking',
    dataset: 'partnerShares',
    setup: `const qs = []; for (const r of ['MEX','BRA','CHL','ARG','PER','COL']) for (const y of [1995, 2005, 2015]) qs.push([r, y]);`,
    call: "for (const [r, y] of qs) k.partnerRanking(k.partnerShares, { reporter: r, period: y, basis: 'total' });",
    naive:
      "for (const [r, y] of qs) data.filter((s) => s.reporter === r && s.basis === 'total' && s.period.from === y && s.period.to === y && s.sources[0] === 'imf-dots-2022').sort((a, b) => a.rank - b.rank);",
    indexSetup:
      "const idx = new Map(); for (const s of data) { const key = s.reporter + '|' + s.basis + '|' + s.period.from + '|' + s.period.to + '|' + s.sources[0]; const l = idx.get(key); if (l) l.push(s); else idx.set(key, [s]); } for (const l of idx.values()) l.sort((a, b) => a.rank - b.rank);",
    index: "for (const [r, y] of qs) idx.get(r + '|total|' + y + '|' + y + '|imf-dots-2022').slice();",
  },
  {
    helper: 'koreaRank',
    dataset: 'partnerShares',
    setup: `const qs = []; for (const r of ['MEX','BRA','CHL','ARG','PER','COL']) for (const y of [1995, 2005, 2015]) qs.push([r, y]);`,
    call: 'for (const [r, y] of qs) k.koreaRank(k.partnerShares, { reporter: r, period: y });',
    naive:
      "for (const [r, y] of qs) data.find((s) => s.reporter === r && s.partner === 'KOR' && s.basis === 'total' && s.period.from === y && s.period.to === y && s.sources[0] === 'imf-dots-2022');",
    indexSetup:
      "const idx = new Map(); for (const s of data) if (s.partner === 'KOR' && s.sources[0] === 'imf-dots-2022') idx.set(s.reporter + '|' + s.basis + '|' + s.period.from + '|' + s.period.to, s);",
    index: "for (const [r, y] of qs) idx.get(r + '|total|' + y + '|' + y);",
  },
  {
    helper: 'rankAmongKoreaPartners',
    dataset: 'partnerShares',
    setup: `const qs = []; for (const p of ${LAC10}) for (const y of [1995, 2005, 2015]) qs.push([p, y]);`,
    call: 'for (const [p, y] of qs) k.rankAmongKoreaPartners(k.partnerShares, { partner: p, period: y });',
    naive:
      "for (const [p, y] of qs) data.find((s) => s.reporter === 'KOR' && s.partner === p && s.basis === 'total' && s.period.from === y && s.period.to === y && s.sources[0] === 'imf-dots-2022');",
    indexSetup:
      "const idx = new Map(); for (const s of data) if (s.reporter === 'KOR' && s.sources[0] === 'imf-dots-2022') idx.set(s.partner + '|' + s.basis + '|' + s.period.from + '|' + s.period.to, s);",
    index: "for (const [p, y] of qs) idx.get(p + '|total|' + y + '|' + y);",
  },
  {
    helper: 'sharesWhere',
    dataset: 'partnerShares',
    setup: `const qs = ['MEX','BRA','CHL','ARG','PER','COL'];`,
    call: "for (const r of qs) k.sharesWhere(k.partnerShares, { reporter: r, partner: 'KOR' });",
    naive: "for (const r of qs) data.filter((s) => s.reporter === r && s.partner === 'KOR');",
    indexSetup:
      "const idx = new Map(); for (const s of data) { const key = s.reporter + '|' + s.partner; const l = idx.get(key); if (l) l.push(s); else idx.set(key, [s]); }",
    index: "for (const r of qs) (idx.get(r + '|KOR') ?? []).slice();",
  },
  {
    helper: 'isInForce',
    dataset: 'agreements',
    // The helper is handed the shipped agreement (as from getAgreement), the naive code its plain copy.
    setup:
      "const qs = []; data.forEach((a, i) => { for (const d of ['1995-06-30', '2004-04-01', '2012-01-01', '2020-06-01']) qs.push([a, d, k.agreements[i]]); });",
    call: 'for (const [, d, shipped] of qs) k.isInForce(shipped, d);',
    naive:
      "for (const [a, d] of qs) { const m = a.milestones.filter((x) => x.event === 'in-force' || x.event === 'joined').map((x) => x.date).sort()[0]; m !== undefined && m <= d && d <= a.statusAsOf; }",
    indexSetup:
      "const idx = new Map(); for (const a of data) idx.set(a, a.milestones.filter((x) => x.event === 'in-force' || x.event === 'joined').map((x) => x.date).sort()[0]);",
    index: 'for (const [a, d] of qs) { const m = idx.get(a); m !== undefined && m <= d && d <= a.statusAsOf; }',
  },
  {
    helper: 'inForceStatus',
    dataset: 'agreements',
    setup:
      "const qs = []; data.forEach((a, i) => { for (const d of ['1995-06-30', '2004-04-01', '2012-01-01', '2020-06-01']) qs.push([a, d, k.agreements[i]]); });",
    call: 'for (const [, d, shipped] of qs) k.inForceStatus(shipped, d);',
    naive:
      "for (const [a, d] of qs) { const m = a.milestones.filter((x) => x.event === 'in-force' || x.event === 'joined').map((x) => x.date).sort()[0]; m === undefined ? 'unknown' : m <= d ? 'in-force' : 'not-in-force'; }",
    indexSetup:
      "const idx = new Map(); for (const a of data) idx.set(a, a.milestones.filter((x) => x.event === 'in-force' || x.event === 'joined').map((x) => x.date).sort()[0]);",
    index:
      "for (const [a, d] of qs) { const m = idx.get(a); m === undefined ? 'unknown' : m <= d ? 'in-force' : 'not-in-force'; }",
  },
  {
    helper: 'inForceDetails',
    dataset: 'agreements',
    setup:
      "const qs = []; data.forEach((a, i) => { for (const d of ['1995-06-30', '2004-04-01', '2012-01-01', '2030-06-01']) qs.push([a, d, k.agreements[i]]); });",
    call: 'for (const [, d, shipped] of qs) k.inForceDetails(shipped, d);',
    naive:
      "for (const [a, d] of qs) { const m = a.milestones.filter((x) => x.event === 'in-force' || x.event === 'joined').map((x) => x.date).sort()[0]; ({ status: m === undefined ? 'unknown' : m <= d ? 'in-force' : 'not-in-force', basis: d <= a.statusAsOf ? 'recorded' : 'carried-forward', confirmedOn: a.statusAsOf }); }",
    indexSetup:
      "const idx = new Map(); for (const a of data) idx.set(a, a.milestones.filter((x) => x.event === 'in-force' || x.event === 'joined').map((x) => x.date).sort()[0]);",
    index:
      "for (const [a, d] of qs) { const m = idx.get(a); ({ status: m === undefined ? 'unknown' : m <= d ? 'in-force' : 'not-in-force', basis: d <= a.statusAsOf ? 'recorded' : 'carried-forward', confirmedOn: a.statusAsOf }); }",
  },
  {
    helper: 'durationToEntryIntoForce',
    dataset: 'agreements',
    setup:
      "const dated = (a) => a.milestones.some((m) => m.event === 'signed' && m.precision === 'day') && a.milestones.some((m) => m.event === 'in-force' && m.precision === 'day'); const qs = data.filter(dated); const shipped = k.agreements.filter(dated);",
    call: 'for (const a of shipped) k.durationToEntryIntoForce(a);',
    naive:
      "for (const a of qs) { const s = a.milestones.find((m) => m.event === 'signed'); const f = a.milestones.find((m) => m.event === 'in-force'); (Date.parse(f.date) - Date.parse(s.date)) / 864e5; }",
  },
  {
    helper: 'eventsFor',
    dataset: 'timelineEvents',
    setup: `const qs = ${LAC10};`,
    call: 'for (const p of qs) k.eventsFor(k.timelineEvents, p);',
    naive:
      'for (const p of qs) data.filter((e) => e.parties.includes(p)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));',
    indexSetup:
      'const idx = new Map(); for (const e of [...data].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) for (const p of e.parties) { const l = idx.get(p); if (l) l.push(e); else idx.set(p, [e]); }',
    index: 'for (const p of qs) (idx.get(p) ?? []).slice();',
  },
  {
    helper: 'agreementsFor',
    dataset: 'agreements',
    setup: `const qs = ${LAC10};`,
    call: 'for (const p of qs) k.agreementsFor(k.agreements, p);',
    naive: 'for (const p of qs) data.filter((a) => a.parties.includes(p));',
    indexSetup:
      'const idx = new Map(); for (const a of data) for (const p of a.parties) { const l = idx.get(p); if (l) l.push(a); else idx.set(p, [a]); }',
    index: 'for (const p of qs) (idx.get(p) ?? []).slice();',
  },
  {
    helper: 'eventsBetween',
    dataset: 'timelineEvents',
    setup: "const qs = [['1990', '1999'], ['2000', '2009'], ['2010', '2019']];",
    call: 'for (const [a, b] of qs) k.eventsBetween(k.timelineEvents, a, b);',
    naive:
      'for (const [a, b] of qs) data.filter((e) => e.date.slice(0, 4) >= a && e.date.slice(0, 4) <= b).sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));',
  },
  {
    helper: 'sortByDate',
    dataset: 'timelineEvents',
    setup: 'const qs = [0];',
    call: 'for (const _ of qs) k.sortByDate(k.timelineEvents);',
    naive: 'for (const _ of qs) [...data].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));',
  },
  {
    helper: 'groupEvents',
    dataset: 'timelineEvents',
    setup: 'const qs = [0];',
    call: "for (const _ of qs) k.groupEvents(k.timelineEvents, 'decade');",
    naive:
      "for (const _ of qs) { const g = new Map(); for (const e of [...data].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) { const key = e.date.slice(0, 3) + '0s'; const l = g.get(key); if (l) l.push(e); else g.set(key, [e]); } }",
  },
  {
    helper: 'challengesByTheme',
    dataset: 'challenges',
    setup: "const qs = ['competition', 'perception', 'institutions'];",
    call: 'for (const t of qs) k.challengesByTheme(k.challenges, t);',
    naive: 'for (const t of qs) data.filter((c) => c.theme === t);',
    indexSetup:
      'const idx = new Map(); for (const c of data) { const l = idx.get(c.theme); if (l) l.push(c); else idx.set(c.theme, [c]); }',
    index: 'for (const t of qs) (idx.get(t) ?? []).slice();',
  },
  {
    helper: 'allRecommendations',
    dataset: 'challenges',
    setup: 'const qs = [0];',
    call: 'for (const _ of qs) k.allRecommendations(k.challenges);',
    naive: 'for (const _ of qs) data.flatMap((c) => c.recommendations.map((r) => ({ challenge: c.id, ...r })));',
  },
  {
    helper: 'challengesWithoutRecommendations',
    dataset: 'challenges',
    setup: 'const qs = [0];',
    call: 'for (const _ of qs) k.challengesWithoutRecommendations(k.challenges);',
    naive: 'for (const _ of qs) data.filter((c) => c.recommendations.length === 0);',
  },
  {
    helper: 'toConstantUsd',
    dataset: 'usCpiAnnual',
    setup: 'const qs = [1990, 2000, 2008, 2015];',
    call: 'for (const y of qs) k.toConstantUsd(k.usCpiAnnual, { valueUsd: 1e9, year: y, base: 2020 });',
    naive:
      'for (const y of qs) { const a = data.find((r) => r.year === y), b = data.find((r) => r.year === 2020); (1e9 * b.index) / a.index; }',
    indexSetup: 'const idx = new Map(data.map((r) => [r.year, r.index]));',
    index: 'for (const y of qs) (1e9 * idx.get(2020)) / idx.get(y);',
  },
];

/** Helpers that take records but are generic (a user's own series), measured elsewhere or not at all. */
export const GENERIC_HELPERS: Readonly<Record<string, string>> = {
  cagr: "takes the caller's own yearly series (no dataset); a single pass",
  yearOverYear: "takes the caller's own yearly series (no dataset); a single pass",
  rankPartners: "ranks the caller's own rows with the caller's value function; a sort",
  toConstantUsdSeries: "converts the caller's own series; one CPI lookup per row",
};
