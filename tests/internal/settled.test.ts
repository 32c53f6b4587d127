import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { challenges } from '../../src/challenges/index.js';
import { factsAbout, memoForSettled, memoPerObject } from '../../src/internal/memo.js';
import { isDeepFrozen, isSettled, isTrusted, trustDecoded, trustedData } from '../../src/internal/settled.js';
import { partnerShares } from '../../src/rankings/index.js';
import { agreements, timelineEvents } from '../../src/timeline/index.js';
import { indexFlows } from '../../src/trade/flow-index.js';
import { tradeFlows } from '../../src/trade/index.js';
import { repoRoot } from '../helpers/raw.js';

const frozen = <T extends object>(value: T): T => Object.freeze(value);

describe('which lists are settled (and so may be cached)', () => {
  it('needs the array and every record frozen', () => {
    expect(isSettled(frozen([frozen({ a: 1 }), frozen({ a: 2 })]))).toBe(true);
    expect(isSettled([frozen({ a: 1 })])).toBe(false);
    expect(isSettled(frozen([frozen({ a: 1 }), { a: 2 }]))).toBe(false);
    expect(isSettled(frozen([{ a: 1 }, frozen({ a: 2 })]))).toBe(false);
    // Values that are not objects cannot change.
    expect(isSettled(frozen([1, 'two', null, undefined]))).toBe(true);
    expect(isSettled(frozen([]))).toBe(true);
  });

  it('checks every depth, without recursion, and refuses getters and revoked proxies', () => {
    const period = { from: 2008, to: 2008 };
    // A nested value that can change (the outside review: record checks looked only one level deep).
    expect(isSettled(frozen([frozen({ period })]))).toBe(false);
    expect(isSettled(frozen([frozen({ period: frozen(period) })]))).toBe(true);
    expect(isSettled(frozen([frozen({ sources: ['imf-dots-2022'] })]))).toBe(false);
    expect(isSettled(frozen([frozen({ period: 5 })]))).toBe(true);
    // A cycle is walked once; a chain a million deep does not overflow the stack.
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    expect(isDeepFrozen(frozen(cyclic))).toBe(true);
    let chain: object = frozen({});
    for (let i = 0; i < 1_000_000; i += 1) chain = frozen({ next: chain });
    expect(isDeepFrozen(chain)).toBe(true);
    // A frozen object with a getter can still answer differently: not settled.
    let n = 0;
    const withGetter = frozen(Object.defineProperty({}, 'year', { enumerable: true, get: () => 2000 + n++ }));
    expect(isSettled(frozen([withGetter]))).toBe(false);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(isDeepFrozen(proxy)).toBe(false);
  });

  it('takes the shipped lists as settled, and marks them (not a copy) as trusted', () => {
    expect(isTrusted(tradeFlows)).toBe(true);
    expect(isTrusted(partnerShares)).toBe(true);
    expect(isTrusted(timelineEvents)).toBe(true);
    expect(isTrusted(agreements[0])).toBe(true);
    expect(isTrusted(challenges)).toBe(true);
    expect(isTrusted(tradeFlows.slice())).toBe(false);
    expect(isTrusted(null)).toBe(false);
    expect(isTrusted('tradeFlows')).toBe(false);
    expect(isSettled(tradeFlows)).toBe(true);
  });

  it('trusts only frozen lists, and trustedData freezes and marks every record', () => {
    const open = [frozen({ a: 1 })];
    expect(isTrusted(trustDecoded(open))).toBe(false);
    const list = trustedData([{ a: { b: [1] } }]);
    expect(isTrusted(list)).toBe(true);
    expect(isTrusted(list[0])).toBe(true);
    expect(isDeepFrozen(list)).toBe(true);
  });

  it('tells deeply frozen values from partly frozen ones', () => {
    expect(isDeepFrozen(5)).toBe(true);
    expect(isDeepFrozen(null)).toBe(true);
    expect(isDeepFrozen({})).toBe(false);
    expect(isDeepFrozen(frozen({ list: frozen([frozen({ x: 1 })]) }))).toBe(true);
    expect(isDeepFrozen(frozen({ list: frozen([{ x: 1 }]) }))).toBe(false);
    expect(isDeepFrozen(frozen({ list: [1] }))).toBe(false);
    expect(isDeepFrozen(frozen([frozen([1]), [2]]))).toBe(false);
  });

  it('walks functions like objects: an unfrozen function anywhere is not settled', () => {
    const fn = () => 1;
    expect(isDeepFrozen(fn)).toBe(false);
    expect(isDeepFrozen(frozen(() => 1))).toBe(true);
    expect(isDeepFrozen(frozen({ format: fn }))).toBe(false);
    expect(isDeepFrozen(frozen({ format: frozen(fn) }))).toBe(true);
  });

  it('refuses an accessor at any depth, a getter or a setter alone', () => {
    expect(
      isDeepFrozen(
        frozen({
          get value() {
            return 1;
          },
        }),
      ),
    ).toBe(false);
    expect(isDeepFrozen(frozen({ inner: frozen({ set value(_: number) {} }) }))).toBe(false);
    expect(isDeepFrozen(frozen({ value: 1 }))).toBe(true);
  });
});

describe('trusted and settled lists, as documented', () => {
  it('marks a frozen decoded list as trusted, and each record of trustedData', () => {
    const list = Object.freeze([Object.freeze({ year: 2008 })]);
    const flows = trustDecoded(list);
    expect(flows).toBe(list);
    expect(isTrusted(flows)).toBe(true);
    const roles = trustedData([{ id: 'korea' }]);
    expect(isTrusted(roles[0])).toBe(true);
    expect(isTrusted(tradeFlows)).toBe(true);
  });

  it('takes a list as settled only when everything in it is frozen', () => {
    expect(isSettled(Object.freeze([Object.freeze({ year: 2008 })]))).toBe(true);
    expect(isSettled([{ year: 2008 }])).toBe(false);
    // The list of sources can change.
    expect(isSettled(Object.freeze([Object.freeze({ sources: ['imf-dots-2022'] })]))).toBe(false);
    expect(isDeepFrozen(Object.freeze({ parties: Object.freeze(['KOR', 'CHL']) }))).toBe(true);
    expect(isDeepFrozen(Object.freeze({ parties: ['KOR', 'CHL'] }))).toBe(false);
  });
});

describe('the cache follows the rule', () => {
  it('builds once for a settled list and on every call for any other', () => {
    let builds = 0;
    const memo = memoForSettled((_list: readonly unknown[]) => {
      builds += 1;
      return builds;
    });
    const settled = frozen([frozen({ a: 1 })]);
    expect(memo(settled)).toBe(1);
    expect(memo(settled)).toBe(1);
    const open = [frozen({ a: 1 })];
    expect(memo(open)).toBe(2);
    expect(memo(open)).toBe(3);
    // A record counts too (the timeline's facts per agreement), and an answer of undefined is remembered.
    let calls = 0;
    const perRecord = memoForSettled((_record: object) => {
      calls += 1;
      return undefined;
    });
    const record = frozen({ id: 'x' });
    perRecord(record);
    perRecord(record);
    expect(calls).toBe(1);
  });

  it('builds once per object with memoPerObject, and keeps recorded facts per list', () => {
    const lists = memoPerObject((_key: object) => new Map<string, number>());
    const key = {};
    expect(lists(key)).toBe(lists(key));
    expect(lists({})).not.toBe(lists(key));
    const layouts = factsAbout<object, string>();
    const list = frozen([1]);
    layouts.record(list, 'runs');
    expect(layouts.of(list)).toBe('runs');
    expect(layouts.of([1])).toBeUndefined();
  });

  it('keeps every module-level cache in internal/ (one memo layer)', () => {
    const outside: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== 'internal') walk(path);
        } else if (path.endsWith('.ts') && /new WeakMap|WeakMap</.test(readFileSync(path, 'utf8'))) outside.push(path);
      }
    };
    walk(join(repoRoot, 'src'));
    expect(outside).toEqual([]);
  });

  it('hands back the same trade index for the shipped data, a new one for a copy', () => {
    expect(indexFlows(tradeFlows)).toBe(indexFlows(tradeFlows));
    const copy = tradeFlows.slice(0, 50);
    expect(indexFlows(copy)).not.toBe(indexFlows(copy));
    const settledCopy = Object.freeze(copy);
    expect(indexFlows(settledCopy)).toBe(indexFlows(settledCopy));
  });
});
