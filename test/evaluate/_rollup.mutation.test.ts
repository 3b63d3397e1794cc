// Tests written to kill the Stryker survivors of src/evaluate/_rollup.ts, through the public routes that use it:
// evaluateSnapshot with detail 'summary' (rollUnits → finalizeRollup), summarizeUnits (rollUnits → partialOf → totals)
// and evaluateFromSummary (rollupFromPartial). The rules used are T10's two unit rules (src/rules/unitRules.ts, READINGS.md):
//   t10-grid-members: “配备专兼职网格员” — at least 1 grid member passes, 0 fails, none reported is missing_data;
//   t10-ethnic-religious-officer: “宗教、民族工作较重的村（社区）可设1名民族宗教干事” — not applicable unless the work is
//   heavy; then at least 1 officer passes, 0 fails.
// Every evaluation is computed inside its test, so that Stryker's per-test coverage sees which test reads which line.
import { describe, expect, it } from 'vitest';
import { evaluateFromSummary, evaluateSnapshot, summarizeUnits } from '../../src/evaluate/index';
import type { SummaryPartial } from '../../src/evaluate/SummaryPartial';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { countUnitRules, type RuleId } from '../../src/rules/index';
import { parseSnapshot, type Snapshot } from '../../src/snapshot/index';

const T10: RuleId[] = ['t10-grid-members', 't10-ethnic-religious-officer'];

/**
 * Three Longchuan units, listed with township 533124102 first (so that code order has to be restored):
 *   533124102201: 0 grid members → fail; heavy work, 0 officers → fail
 *   533124101201: 2 grid members → pass; heavy work, 1 officer → pass
 *   533124101202: no grid members reported → missing_data; work not heavy → not_applicable
 */
function threeUnits(): Snapshot {
  return parseSnapshot({
    asOf: '2024-12-31',
    units: [
      { code: '533124102201', townshipCode: '533124102', gridMembers: 0, heavyEthnicReligiousWork: true, ethnicReligiousOfficers: 0 },
      { code: '533124101201', townshipCode: '533124101', gridMembers: 2, heavyEthnicReligiousWork: true, ethnicReligiousOfficers: 1 },
      { code: '533124101202', townshipCode: '533124101', heavyEthnicReligiousWork: false },
    ],
  });
}

/** The PlanInputError `f` throws (fails the test if it throws nothing or something else). */
function thrown(f: () => unknown): PlanInputError {
  try {
    f();
  } catch (e) {
    if (e instanceof PlanInputError) return e;
    throw e;
  }
  throw new Error('expected a PlanInputError');
}

function fields(e: PlanInputError) {
  return { code: e.code, path: e.path, messageZh: e.messageZh, messageEn: e.messageEn };
}

describe('rollUnits + finalizeRollup (evaluateSnapshot, detail summary)', () => {
  it('[S4] lists townships in code order whatever the unit order, with one column entry per township and status', () => {
    const e = evaluateSnapshot(threeUnits(), { detail: 'summary', rules: T10 });
    const rc = e.ruleCounts!;
    expect(rc.townships).toEqual(['533124101', '533124102']);
    expect(rc.rules.map((r) => r.ruleId)).toEqual(T10);
    const [grid, ethnic] = rc.rules;
    // Township 533124101: one pass (101201) and one missing_data (101202); 533124102: one fail (102201).
    expect(grid!.counts).toEqual({ pass: 1, fail: 1, pending: 0, not_applicable: 0, missing_data: 1 });
    expect(grid!.byTownship).toStrictEqual({ pass: [1, 0], fail: [0, 1], pending: [0, 0], not_applicable: [0, 0], missing_data: [1, 0] });
    expect(grid!.subjects).toEqual({ fail: ['533124102201'], pending: [], missing_data: ['533124101202'] });
    // Township 533124101: one pass (101201) and one not applicable (101202); 533124102: one fail (102201).
    expect(ethnic!.counts).toEqual({ pass: 1, fail: 1, pending: 0, not_applicable: 1, missing_data: 0 });
    expect(ethnic!.byTownship).toStrictEqual({ pass: [1, 0], fail: [0, 1], pending: [0, 0], not_applicable: [1, 0], missing_data: [0, 0] });
    expect(ethnic!.subjects).toEqual({ fail: ['533124102201'], pending: [], missing_data: [] });
  });

  it('[S4] has exactly the five statuses as the keys of byTownship, in status order', () => {
    const e = evaluateSnapshot(threeUnits(), { detail: 'summary', rules: ['t10-grid-members'] });
    expect(Object.keys(e.ruleCounts!.rules[0]!.byTownship)).toEqual(['pass', 'fail', 'pending', 'not_applicable', 'missing_data']);
  });

  it('gives empty columns and zero counts for a snapshot without units', () => {
    const e = evaluateSnapshot(parseSnapshot({ asOf: '2024-12-31', units: [] }), { detail: 'summary', rules: ['t10-grid-members'] });
    expect(e.ruleCounts!.townships).toEqual([]);
    expect(e.ruleCounts!.rules[0]!.counts).toEqual({ pass: 0, fail: 0, pending: 0, not_applicable: 0, missing_data: 0 });
    expect(e.ruleCounts!.rules[0]!.byTownship).toStrictEqual({ pass: [], fail: [], pending: [], not_applicable: [], missing_data: [] });
  });

  it('[S4] reports township indicators only when levels include township', () => {
    const countyOnly = evaluateSnapshot(threeUnits(), { detail: 'summary', rules: T10, levels: ['county'] });
    // The seven indicators, at county level only.
    expect(countyOnly.indicators.map((r) => r.level)).toEqual(Array(7).fill('county'));
    const both = evaluateSnapshot(threeUnits(), { detail: 'summary', rules: T10 });
    // Seven for the county, then seven for each of the two townships, in code order.
    expect(both.indicators.map((r) => `${r.level} ${r.subject}`)).toEqual([
      ...Array(7).fill('county 533124'),
      ...Array(7).fill('township 533124101'),
      ...Array(7).fill('township 533124102'),
    ]);
  });

  it('[S4] counts every township past the first 64 (the row buffer grows)', () => {
    // 70 townships of one unit each (region 53, codes made up but well formed); unit i has i % 3 grid members, so the
    // 24 units with i % 3 = 0 (i = 0, 3, …, 69) fail and the other 46 pass.
    const units = Array.from({ length: 70 }, (_, i) => {
      const township = `5301${String(i + 10000)}`;
      return { code: `${township}201`, townshipCode: township, gridMembers: i % 3 };
    });
    const snapshot = parseSnapshot({ asOf: '2024-12-31', regionCode: '53', units });
    const e = evaluateSnapshot(snapshot, { detail: 'summary', rules: ['t10-grid-members'] });
    const grid = e.ruleCounts!.rules[0]!;
    expect(e.ruleCounts!.townships).toEqual(units.map((u) => u.townshipCode));
    expect(grid.counts).toEqual({ pass: 46, fail: 24, pending: 0, not_applicable: 0, missing_data: 0 });
    expect(grid.byTownship.fail).toEqual(units.map((_, i) => (i % 3 === 0 ? 1 : 0)));
    expect(grid.byTownship.pass).toEqual(units.map((_, i) => (i % 3 === 0 ? 0 : 1)));
    const partial = summarizeUnits(snapshot, { rules: ['t10-grid-members'] });
    // The last two townships: i = 69 (0 grid members, fails) and i = 67 (1, passes).
    expect(partial.townships['530110069']).toMatchObject({ units: 1, ruleCounts: [0, 1, 0, 0, 0] });
    expect(partial.townships['530110067']).toMatchObject({ units: 1, ruleCounts: [1, 0, 0, 0, 0] });
  });
});

describe('rollUnits + partialOf + totals (summarizeUnits)', () => {
  it('[S4] counts the units of each township and lays out their counts rule-major (5 × r + s)', () => {
    const p = summarizeUnits(threeUnits(), { rules: T10 });
    expect(p.units).toBe(3);
    expect(Object.keys(p.townships)).toEqual(['533124101', '533124102']);
    expect(p.townships['533124101']!.units).toBe(2);
    expect(p.townships['533124102']!.units).toBe(1);
    // 533124101: grid pass 1, missing_data 1; ethnic pass 1, not_applicable 1. 533124102: grid fail 1; ethnic fail 1.
    expect(p.townships['533124101']!.ruleCounts).toEqual([1, 0, 0, 0, 1, 1, 0, 0, 1, 0]);
    expect(p.townships['533124102']!.ruleCounts).toEqual([0, 1, 0, 0, 0, 0, 1, 0, 0, 0]);
  });

  it('[S4] records the rules over all its units as countUnitRules counts them, summed over the townships', () => {
    const snapshot = threeUnits();
    const p = summarizeUnits(snapshot, { rules: T10 });
    expect(p.rules.asOf).toBe('2024-12-31');
    expect(p.rules.units).toBe(3);
    expect(p.rules.rules).toEqual([
      {
        ruleId: 't10-grid-members',
        clause: 'T10',
        counts: { pass: 1, fail: 1, pending: 0, not_applicable: 0, missing_data: 1 },
        subjects: { fail: ['533124102201'], pending: [], missing_data: ['533124101202'] },
      },
      {
        ruleId: 't10-ethnic-religious-officer',
        clause: 'T10',
        counts: { pass: 1, fail: 1, pending: 0, not_applicable: 1, missing_data: 0 },
        subjects: { fail: ['533124102201'], pending: [], missing_data: [] },
      },
    ]);
    expect(p.rules).toEqual(countUnitRules(snapshot, {}, T10));
    // One unit (533124101202) lacks its grid members.
    expect(p.missingUnits['gridMembers']).toBe(1);
  });
});

describe('rollupFromPartial (evaluateFromSummary)', () => {
  it('rejects a summary judged on another date, naming both dates', () => {
    const snapshot = threeUnits();
    const e = thrown(() => evaluateFromSummary(snapshot, summarizeUnits(snapshot), { asOf: '2025-12-31' }));
    expect(fields(e)).toEqual({
      code: 'incompatible_partials',
      path: ['asOf'],
      messageZh: '汇总的评估日期 2024-12-31 与本次评估的 2025-12-31 不同',
      messageEn: 'the summary was judged on 2024-12-31, this evaluation on 2025-12-31',
    });
  });

  it('rejects a summary made under other readings', () => {
    const snapshot = threeUnits();
    const e = thrown(() => evaluateFromSummary(snapshot, summarizeUnits(snapshot), { undatedTargets: 'immediately' }));
    expect(fields(e)).toEqual({
      code: 'incompatible_partials',
      path: ['options'],
      messageZh: '汇总所用的选项与本次评估不同',
      messageEn: 'the summary was made under other options than this evaluation',
    });
  });

  it('rejects a summary over other rules: fewer, more, the same number but another, or one of two another', () => {
    const snapshot = threeUnits();
    const rulesError = {
      code: 'incompatible_partials',
      path: ['rules'],
      messageZh: '汇总所含的规则与本次评估不同',
      messageEn: 'the summary counts other rules than this evaluation runs',
    };
    const cases: [RuleId[], RuleId[]][] = [
      [['t10-grid-members'], T10],
      [T10, ['t10-grid-members']],
      [['t10-grid-members'], ['t10-ethnic-religious-officer']],
      [T10, ['t10-grid-members', 't12-village-cadre-pay-structure']],
    ];
    for (const [made, run] of cases) {
      expect(fields(thrown(() => evaluateFromSummary(snapshot, summarizeUnits(snapshot, { rules: made }), { rules: run })))).toEqual(rulesError);
    }
    // The same rules: accepted.
    expect(evaluateFromSummary(snapshot, summarizeUnits(snapshot, { rules: T10 }), { rules: T10 }).ruleCounts!.rules).toHaveLength(2);
  });

  it('rejects a township whose counts are not five per rule, naming the township and both numbers', () => {
    const snapshot = threeUnits();
    const p = summarizeUnits(snapshot, { rules: ['t10-grid-members'] });
    const t = p.townships['533124102']!;
    const bad: SummaryPartial = { ...p, townships: { ...p.townships, '533124102': { ...t, ruleCounts: t.ruleCounts.slice(0, 4) } } };
    expect(fields(thrown(() => evaluateFromSummary(snapshot, bad, { rules: ['t10-grid-members'] })))).toEqual({
      code: 'incompatible_partials',
      path: ['townships'],
      messageZh: '乡镇 533124102 的计数个数不对',
      messageEn: 'township 533124102 has 4 counts, expected 5',
    });
  });

  it('[S4] puts townships in code order whatever the key order of the plain-JSON summary', () => {
    // Codes with a leading zero are not array indices, so an object keeps them in insertion order.
    const snapshot = parseSnapshot({
      asOf: '2024-12-31',
      regionCode: '',
      units: [
        { code: '012345678201', townshipCode: '012345678', gridMembers: 1 },
        { code: '001234567201', townshipCode: '001234567', gridMembers: 0 },
      ],
    });
    const p = summarizeUnits(snapshot, { rules: ['t10-grid-members'] });
    const reordered: SummaryPartial = JSON.parse(
      JSON.stringify({ ...p, townships: { '012345678': p.townships['012345678'], '001234567': p.townships['001234567'] } }),
    ) as SummaryPartial;
    expect(Object.keys(reordered.townships)).toEqual(['012345678', '001234567']);
    const e = evaluateFromSummary(snapshot, reordered, { rules: ['t10-grid-members'] });
    expect(e.ruleCounts!.townships).toEqual(['001234567', '012345678']);
    // 001234567201 fails (0 grid members), 012345678201 passes (1).
    expect(e.ruleCounts!.rules[0]!.byTownship.fail).toEqual([1, 0]);
    expect(e.ruleCounts!.rules[0]!.byTownship.pass).toEqual([0, 1]);
    expect(JSON.stringify(e)).toBe(JSON.stringify(evaluateSnapshot(snapshot, { detail: 'summary', rules: ['t10-grid-members'] })));
  });
});
