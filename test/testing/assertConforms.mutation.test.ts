/**
 * `assertConforms`: returns the evaluation exactly when the snapshot conforms, throws otherwise (also when strict
 * finds only rejected input, and when nothing could be evaluated). Expected values from 专栏3 item 12 一村（社区）一法律
 * 顾问 (at least 1) and the TSDoc. Every result is computed inside its `it`.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/evaluate/evaluate';
import { assertConforms, checkConformance, PlanConformanceError } from '../../src/testing/index';

const V1 = '533124101201'; // 章凤村
const unit = (code: string, extra: Record<string, unknown> = {}) => ({ code, townshipCode: code.slice(0, 9), ...extra });
// The rule over the units given (scope 'units'): a fixture of a few units, not the county's 77.
const ADVISER = { rules: ['p3-12-legal-adviser'] as const, scope: 'units' };

describe('assertConforms: returns or throws', () => {
  it('conforming, strict: returns the same evaluation as evaluate', () => {
    const input = { asOf: '2025-12-31', units: [unit(V1, { legalAdvisers: 1 })] };
    expect(assertConforms(input, { ...ADVISER, strict: true })).toEqual(evaluate(input, ADVISER));
  });

  it('strict with only a rejected unit (no failing result): throws, with the evaluation attached', () => {
    const input = { asOf: '2025-12-31', units: [unit(V1, { legalAdvisers: 1 }), unit('533124101202', { legalAdvisers: 1, households: -3 })] };
    let err: unknown;
    try {
      assertConforms(input, { ...ADVISER, strict: true });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PlanConformanceError);
    const report = checkConformance(input, { ...ADVISER, strict: true });
    expect((err as PlanConformanceError).message).toBe(report.message);
    expect((err as PlanConformanceError).message.split('\n')[0]).toBe(
      '填报数据不符合规划（2025-12-31）：0 项刚性要求未达标，0 项提示，0 项缺数据，1 处输入问题 / the snapshot does not conform to the plan (as of 2025-12-31): 0 binding failure(s), 0 advisory result(s), 0 with missing data, 1 input problem(s)',
    );
    expect((err as PlanConformanceError).evaluation).toEqual(report.evaluation);
    expect((err as PlanConformanceError).failures).toEqual([]);
  });

  it('unreadable: throws, never returns undefined', () => {
    expect(() => assertConforms({ asOf: '2025-02-30', units: [] })).toThrow(PlanConformanceError);
  });
});
