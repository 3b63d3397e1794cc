/**
 * `assertConforms` and `checkConformance`: passing and failing use. Expected values are worked out by hand from the
 * plan (专栏3 item 12 一村（社区）一法律顾问 → at least 1; task 8 30 m² per 100 households; …).
 */
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/_lib/deepFreeze';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { evaluate } from '../../src/evaluate/evaluate';
import { RULE_IDS } from '../../src/rules/RULE_IDS';
import { SAMPLE_SNAPSHOT } from '../../src/sample/index';
import { assertConforms, checkConformance, LISTED_FAILURES, PlanConformanceError } from '../../src/testing/index';

const V1 = '533124101201'; // 章凤村 (a 村民委员会)
const V2 = '533124101202'; // 芒弄村
const unit = (code: string, extra: Record<string, unknown> = {}) => ({ code, townshipCode: code.slice(0, 9), ...extra });
// The rule over the units given (scope 'units'): a fixture of a few units, not the county's 77.
const ADVISER = { rules: ['p3-12-legal-adviser'] as const, scope: 'units' };

/** Run `f`, expecting a PlanConformanceError, and return it. */
function caught(f: () => unknown): PlanConformanceError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PlanConformanceError);
    return e as PlanConformanceError;
  }
  throw new Error('expected a PlanConformanceError');
}

describe('assertConforms: a conforming snapshot', () => {
  it('[P3.12] one legal adviser in each village → returns the evaluation', () => {
    const e = assertConforms({ asOf: '2025-12-31', units: [unit(V1, { legalAdvisers: 1 }), unit(V2, { legalAdvisers: 2 })] }, ADVISER);
    expect(e.rules.map((r) => [r.subject, r.status])).toEqual([
      [V1, 'pass'],
      [V2, 'pass'],
    ]);
  });

  it('[P3.14] pending is not failing: 12 demonstration villages in 2024, 20 due by 2025-12-31 → conforms', () => {
    const e = assertConforms({ asOf: '2024-06-30', units: [], county: { ethnicUnityDemonstrationUnits: 12 } }, { rules: ['p3-14-demonstration-villages'] });
    expect(e.rules[0]).toMatchObject({ status: 'pending', actual: '12', expected: '≥20' });
  });

  it('the sample conforms once its failing rules are left out (pending and not applicable do not fail)', () => {
    const failing = new Set(evaluate(SAMPLE_SNAPSHOT).rules.filter((r) => r.status === 'fail').map((r) => r.ruleId));
    const e = assertConforms(SAMPLE_SNAPSHOT, { rules: RULE_IDS.filter((id) => !failing.has(id)) });
    expect(e.summary.rules.pending).toBeGreaterThan(0);
    expect(e.summary.rules.not_applicable).toBeGreaterThan(0);
    expect(e.summary.rules.fail).toBe(0);
  });

  it('does not change its input (a deep-frozen snapshot is fine)', () => {
    const input = deepFreeze({ asOf: '2025-12-31', units: [unit(V1, { legalAdvisers: 1 })] });
    const before = JSON.stringify(input);
    assertConforms(input, ADVISER);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('assertConforms: a failing snapshot', () => {
  it('[P3.12] no legal adviser in 芒弄村 → throws, listing clause, rule, subject, actual and expected', () => {
    const err = caught(() => assertConforms({ asOf: '2025-12-31', units: [unit(V1, { legalAdvisers: 1 }), unit(V2, { legalAdvisers: 0 })] }, ADVISER));
    expect(err.name).toBe('PlanConformanceError');
    expect(err.code).toBe('ERR_PLAN_CONFORMANCE');
    expect(err).toBeInstanceOf(Error);
    expect(err.failures.map((r) => [r.ruleId, r.clause, r.subject, r.status, r.actual, r.expected])).toEqual([
      ['p3-12-legal-adviser', 'P3.12', V2, 'fail', '0', '≥1'],
    ]);
    expect(err.message.split('\n')).toEqual([
      '填报数据不符合规划（2025-12-31）：1 项刚性要求未达标 / the snapshot does not conform to the plan (as of 2025-12-31): 1 binding failure(s)',
      `  ✖ [P3.12] p3-12-legal-adviser · ${V2} · 未达标 fail · actual 0 · expected ≥1`,
      // 1 needed, 0 there: 1 more (the gap).
      `      章凤镇芒弄村（${V2}）：法律顾问0名，少于1名，还差1人`,
      `      章凤镇芒弄村 (${V2}): 0 legal adviser(s), fewer than 1, 1 more person needed`,
    ]);
    // The evaluation is there for closer inspection.
    expect(err.evaluation?.rules).toHaveLength(2);
    expect(err.issues).toEqual([]);
  });

  it('[T8] the sample: throws with every binding failure; 陆昆村 27.5 m² per 100 households < 30 (原则上) is an advisory', () => {
    const err = caught(() => assertConforms(SAMPLE_SNAPSHOT));
    const e = evaluate(SAMPLE_SNAPSHOT);
    expect(err.failures).toEqual(e.rules.filter((r) => r.status === 'fail' && r.severity === 'binding'));
    expect(err.failures.length).toBe(e.summary.failuresBySeverity.binding);
    // T8 says 原则上 (as a rule): soft, so listed after the failures as an advisory (⚠), not failing.
    expect(err.failures.some((r) => r.ruleId === 't8-new-facility-area')).toBe(false);
    expect(err.message).toContain('  ⚠ [T8] t8-new-facility-area · 533124203205 · 提示 advisory (soft) · actual 27.5 m²/100 households · expected ≥30 m²/100 households');
    expect(err.message).toContain('  ✖ [S2] s2-residential-utility-prices · O-02 · 未达标 fail · actual electricity · expected none');
    expect(err.message).toContain('  ✖ [P3.2] p3-2-monthly-visit-rate · 2024-03 · 未达标 fail · actual 87.5% · expected 100%');
    // Every failing result has its head line.
    for (const r of err.failures) expect(err.message).toContain(`  ✖ [${r.clause}] ${r.ruleId} · ${r.subject} · 未达标 fail · actual ${r.actual ?? '—'} · expected ${r.expected ?? '—'}`);
  });

  it('[P3.12] lists the first 50 failing results, then says how many more', () => {
    // 60 made-up codes (not in the registry, which numbers 章凤镇's villages 201–207): admitted by option.
    const units = Array.from({ length: 60 }, (_, i) => unit(`533124101${String(300 + i)}`, { legalAdvisers: 0 }));
    const err = caught(() => assertConforms({ asOf: '2025-12-31', units }, { ...ADVISER, allowUnregisteredUnits: true }));
    expect(err.failures).toHaveLength(60);
    expect(err.message.split('\n').filter((l) => l.startsWith('  ✖'))).toHaveLength(LISTED_FAILURES);
    expect(err.message).toContain('… and 10 more (see error.failures, error.issues)');
  });

  it('a snapshot that cannot be evaluated (no real date) → throws, with the problems and no evaluation', () => {
    const err = caught(() => assertConforms({ asOf: '2025-02-30', units: [] }));
    expect(err.evaluation).toBeUndefined();
    expect(err.failures).toEqual([]);
    expect(err.issues.map((i) => [i.code, i.path])).toEqual([['invalid_date', ['asOf']]]);
    expect(err.message).toContain('the snapshot cannot be evaluated: 1 problem(s)');
    expect(err.message).toContain('✖ input asOf: 应为真实存在的日期 YYYY-MM-DD');
    expect(() => assertConforms(42)).toThrow(PlanConformanceError);
  });

  it('an invalid option is a mistake in the test, not in the data: PlanInputError, not PlanConformanceError', () => {
    expect(() => assertConforms({ asOf: '2025-12-31', units: [] }, { places: 11 })).toThrow(PlanInputError);
    expect(() => assertConforms({ asOf: '2025-12-31', units: [] }, { strict: 'yes' as never })).toThrow(TypeError);
  });
});

describe('assertConforms: strict', () => {
  const unknown = { asOf: '2025-12-31', units: [unit(V1, { legalAdvisers: 1 }), unit(V2)] };

  it('[P3.12] 芒弄村 without legalAdvisers: missing data conforms by default, fails when strict', () => {
    expect(assertConforms(unknown, ADVISER).rules[1]).toMatchObject({ subject: V2, status: 'missing_data' });
    const err = caught(() => assertConforms(unknown, { ...ADVISER, strict: true }));
    expect(err.failures.map((r) => [r.subject, r.status, r.missing])).toEqual([[V2, 'missing_data', ['legalAdvisers']]]);
    expect(err.message).toContain(`  ✖ [P3.12] p3-12-legal-adviser · ${V2} · 缺数据 missing data · missing legalAdvisers · expected ≥1`);
    expect(err.message).toContain('0 binding failure(s), 0 advisory result(s), 1 with missing data, 0 input problem(s)');
  });

  it('a unit rejected for bad data: left out by default (the rest conforms), a failure when strict', () => {
    const input = { asOf: '2025-12-31', units: [unit(V1, { legalAdvisers: 1 }), unit(V2, { legalAdvisers: 1, households: -3 })] };
    const e = assertConforms(input, ADVISER);
    expect(e.input.rejected).toEqual([{ index: 1, code: V2 }]);
    const err = caught(() => assertConforms(input, { ...ADVISER, strict: true }));
    expect(err.failures).toEqual([]);
    expect(err.issues.map((i) => i.code)).toEqual(['negative']);
    expect(err.message).toContain('✖ input units[1].households: 不能为负数，实际为-3 / must not be negative, got -3');
  });

  it('an empty snapshot conforms by default (nothing fails, everything is missing) but not when strict', () => {
    expect(assertConforms({ asOf: '2024-06-30', units: [] }).summary.rules.fail).toBe(0);
    const err = caught(() => assertConforms({ asOf: '2024-06-30', units: [] }, { strict: true }));
    expect(err.failures.length).toBeGreaterThan(0);
    expect(err.failures.every((r) => r.status === 'missing_data')).toBe(true);
  });
});

describe('checkConformance: the same report without throwing', () => {
  it('reports conforms, failures, issues, evaluation and message', () => {
    const ok = checkConformance({ asOf: '2025-12-31', units: [unit(V1, { legalAdvisers: 1 })] }, ADVISER);
    expect([ok.conforms, ok.failures, ok.issues, ok.evaluation?.asOf]).toEqual([true, [], [], '2025-12-31']);
    expect(ok.message).toBe(
      '填报数据符合规划（2025-12-31）：1 项规则结果中没有刚性要求未达标 / the snapshot conforms to the plan (as of 2025-12-31): no binding requirement fails among 1 rule results',
    );
    const bad = checkConformance({ asOf: '2025-12-31', units: [unit(V1, { legalAdvisers: 0 })] }, ADVISER);
    expect([bad.conforms, bad.failures.length]).toEqual([false, 1]);
  });
});
