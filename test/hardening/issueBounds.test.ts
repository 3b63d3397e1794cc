// Issue 16, "cost of bad input": the issues a validation lists are bounded (the first 1,000, then one `more_issues`
// entry), every issue is still counted exactly, and every bad unit is still in `rejected`. Worked out by hand: an
// empty unit `{}` has exactly two issues (no `code`, no `townshipCode`), so n empty units have 2n.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, MAX_ISSUES, parseSnapshot, safeParseSnapshot, SnapshotError } from '../../src/index';
import { base } from './_base';

const RUNS = Number(process.env['HARDENING_RUNS'] ?? 1000);

describe('bounded issues (issue 16)', () => {
  it('MAX_ISSUES is 1,000', () => {
    expect(MAX_ISSUES).toBe(1000);
  });

  it('one million empty units: 2,000,000 issues counted, the first 1,000 listed, then one more_issues entry; every unit rejected', () => {
    const units = Array.from({ length: 1_000_000 }, () => ({}));
    const r = safeParseSnapshot({ asOf: '2024-12-31', units });
    expect(r.success).toBe(false);
    expect(r.issueCount).toBe(2_000_000);
    expect(r.issues).toHaveLength(1001);
    // The first 1,000 are the first 500 units' two issues each, in order.
    expect(r.issues[0]).toMatchObject({ code: 'invalid_code', path: ['units', 0, 'code'] });
    expect(r.issues[1]).toMatchObject({ code: 'invalid_code', path: ['units', 0, 'townshipCode'] });
    expect(r.issues[999]).toMatchObject({ code: 'invalid_code', path: ['units', 499, 'townshipCode'] });
    expect(r.issues[1000]).toEqual({
      code: 'more_issues',
      path: [],
      messageZh: '另有 1,999,000 处问题未列出（共 2,000,000 处；只列出前 1,000 处）',
      messageEn: '1,999,000 more problem(s) not listed (2,000,000 in all; only the first 1,000 are listed)',
    });
    expect(r.rejected).toHaveLength(1_000_000);
    expect(r.rejected[999_999]).toEqual({ index: 999_999 });
    expect(r.data?.units).toEqual([]);
  });

  it('the thrown SnapshotError says how many in all and lists 1,001 lines', () => {
    const units = Array.from({ length: 600 }, () => ({}));
    let thrown: unknown;
    try {
      parseSnapshot({ asOf: '2024-12-31', units });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(SnapshotError);
    const err = thrown as SnapshotError;
    expect(err.issueCount).toBe(1200);
    expect(err.issues).toHaveLength(1001);
    const lines = err.message.split('\n');
    expect(lines[0]).toBe('填报数据有 1200 处问题 / the snapshot has 1200 problem(s):');
    expect(lines).toHaveLength(1002);
    expect(lines[1001]).toBe('  ✖ (root): 另有 200 处问题未列出（共 1,200 处；只列出前 1,000 处） / 200 more problem(s) not listed (1,200 in all; only the first 1,000 are listed)');
  });

  it('exactly 1,000 issues: all listed, no more_issues entry', () => {
    const r = safeParseSnapshot({ asOf: '2024-12-31', units: Array.from({ length: 500 }, () => ({})) });
    expect(r.issueCount).toBe(1000);
    expect(r.issues).toHaveLength(1000);
    expect(r.issues.some((i) => i.code === 'more_issues')).toBe(false);
  });

  it('evaluate reports the bounded list and rejects every unit of a million', () => {
    const e = evaluate({ asOf: '2024-12-31', units: Array.from({ length: 1_000_000 }, () => null) });
    expect(e.input.issues).toHaveLength(1001);
    expect(e.input.issues[1000]?.messageEn).toBe('999,000 more problem(s) not listed (1,000,000 in all; only the first 1,000 are listed)');
    expect(e.input.rejected).toHaveLength(1_000_000);
    expect(e.input.evaluated).toBe(0);
  });

  it('valid units after the limit are still evaluated; bad ones after it are still rejected', () => {
    const input = base();
    const good = input['units'] as unknown[];
    input['units'] = [...Array.from({ length: 600 }, () => ({})), ...good, { code: 1 }];
    const e = evaluate(input);
    expect(e.input.evaluated).toBe(good.length);
    expect(e.input.rejected.map((x) => x.index)).toEqual([...Array.from({ length: 600 }, (_, i) => i), 600 + good.length]);
  });

  it('past the limit, action records keep one issue each, so that evaluate numbers later action issues right', () => {
    const input = base();
    // 1,001 bad township records fill the list before the actions are read.
    input['townships'] = Array.from({ length: 1001 }, () => ({}));
    const actions = input['actions'] as Record<string, unknown>[];
    // actions[0] is left out (bad status); actions[1] is dated after the as-of date 2025-06-30.
    actions[0] = { actionId: 't3-one-window', status: 'finished' };
    actions[1] = { ...actions[1], startedOn: '2025-07-01', completedOn: undefined, status: 'in_progress' };
    delete actions[1]!['completedOn'];
    const e = evaluate(input);
    expect(e.input.issues.find((i) => i.path[0] === 'actions' && i.path[1] === 0)?.code).toBe('invalid_value');
    const dated = e.input.issues.find((i) => i.code === 'date_after_as_of');
    expect(dated?.path).toEqual(['actions', 1, 'startedOn']);
  });

  it('a unit with no field of a unit is counted past the limit exactly as the schema counts it', () => {
    const unitFields = new Set(['code', 'townshipCode', 'name', 'households', 'residentPopulation', 'hasServiceFacility', 'committeeType']);
    const notAUnit = fc.oneof(
      fc.anything(),
      fc.dictionary(fc.string().filter((k) => !unitFields.has(k)), fc.anything()),
      fc.constantFrom(null, [], {}, { __proto__: null }, JSON.parse('{"__proto__": 1}'), JSON.parse('{"constructor": 1}')),
    );
    fc.assert(
      fc.property(notAUnit, (u) => {
        const alone = safeParseSnapshot({ asOf: '2024-12-31', units: [u] });
        const past = safeParseSnapshot({ asOf: '2024-12-31', units: [...Array.from({ length: 500 }, () => ({})), u] });
        expect(past.issueCount).toBe(1000 + alone.issueCount);
        expect(past.rejected.length).toBe(500 + alone.rejected.length);
      }),
      { numRuns: Math.min(RUNS, 300) },
    );
  });

  it('validating a million bad units costs about what valid units of the same size cost (no quadratic or per-issue blow-up)', () => {
    // A smoke check of the bound, not a benchmark (bench/badInput.ts measures): with 2,000,000 issues the kept list
    // and the error message stay the size of 1,001 issues.
    const r = safeParseSnapshot({ asOf: '2024-12-31', units: Array.from({ length: 1_000_000 }, () => ({ x: 1 })) });
    expect(r.issueCount).toBe(3_000_000);
    expect(r.success ? 0 : r.error.message.length).toBeLessThan(200_000);
  });
});
