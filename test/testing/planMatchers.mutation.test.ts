/**
 * `toMeetIndicatorTarget` and `toConformToPlan`: the exact failure messages of every branch (unknown indicator,
 * unreadable snapshot, missing data with up to and over five fields shown, not applicable, met and not met), called
 * as plain functions and through vitest's `expect.extend`, with and without `.not`. Expected values worked out by
 * hand from 专栏1 (P1.1 农村社区综合服务设施覆盖率 80%, P1.4 每百户居民拥有社区综合服务设施面积 ≥30平方米, as printed in the table) and the TSDoc. Every result is computed
 * inside its `it`.
 */
import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { planMatchers, toConformToPlan, toMeetIndicatorTarget, type PlanMatchers } from '../../src/testing/index';

declare module 'vitest' {
  interface Matchers<T = any> extends PlanMatchers<T> {}
}

expect.extend(planMatchers);

const unit = (code: string, extra: Record<string, unknown> = {}) => ({ code, townshipCode: code.slice(0, 9), ...extra });
/** 章凤村 533124101201, 芒弄村 …202, … (the villages of 章凤镇, in code order). */
const village = (n: number) => `5331241012${String(n).padStart(2, '0')}`;
const HEAD = '[P1.1] rural_facility_coverage (农村社区综合服务设施覆盖率) at 533124 on 2025-12-31';
/** The indicators over the units given (a fixture of a few units), not the county's 77 registered units. */
const GIVEN = { scope: 'units' } as const;
const DATE_LINE = '  ✖ input asOf: 应为真实存在的日期 YYYY-MM-DD，实际为"2025-02-30" / expected a real calendar date YYYY-MM-DD, got "2025-02-30"';

describe('toMeetIndicatorTarget: mistakes in the test', () => {
  it('an unknown indicator ID: TypeError naming it', () => {
    expect(() => toMeetIndicatorTarget({ asOf: '2025-12-31', units: [] }, 'coverage' as never)).toThrow(
      new TypeError('toMeetIndicatorTarget: unknown indicator ID coverage (see INDICATOR_IDS)'),
    );
  });

  it('an invalid evaluate option: the PlanInputError goes through (not a failed match)', () => {
    expect(() => toMeetIndicatorTarget({ asOf: '2025-12-31', units: [] }, 'rural_facility_coverage', { places: 11 })).toThrow(PlanInputError);
  });
});

describe('toMeetIndicatorTarget: a snapshot that cannot be evaluated', () => {
  it('does not match; the message names the clause and indicator, then each problem', () => {
    const r = toMeetIndicatorTarget({ asOf: '2025-02-30', units: [] }, 'rural_facility_coverage');
    expect(r.pass).toBe(false);
    expect(r.message()).toBe(`[P1.1] rural_facility_coverage: the snapshot cannot be evaluated / 填报数据无法评估\n${DATE_LINE}`);
  });

  it('through expect: fails with that message, and .not passes', () => {
    const s = { asOf: '2025-02-30', units: [] };
    expect(s).not.toMeetIndicatorTarget('facility_area_per_100_households');
    expect(() => expect(s).toMeetIndicatorTarget('facility_area_per_100_households')).toThrow(
      `[P1.4] facility_area_per_100_households: the snapshot cannot be evaluated / 填报数据无法评估\n${DATE_LINE}`,
    );
  });

  it('lists the first 20 problems only (the date, then 19 of 25 negative 一肩挑 counts)', () => {
    const oneShoulder = Array.from({ length: 25 }, (_, i) => ({ year: 2000 + i, secretaries: 1, concurrent: -1 }));
    const lines = toMeetIndicatorTarget({ asOf: '2025-02-30', units: [], county: { oneShoulder } }, 'rural_facility_coverage').message().split('\n');
    expect(lines).toEqual([
      '[P1.1] rural_facility_coverage: the snapshot cannot be evaluated / 填报数据无法评估',
      DATE_LINE,
      ...Array.from({ length: 19 }, (_, i) => `  ✖ input county.oneShoulder[${i}].concurrent: 不能为负数，实际为-1 / must not be negative, got -1`),
    ]);
  });
});

describe('toMeetIndicatorTarget: messages', () => {
  it('[P1.1] 5 villages without hasServiceFacility: all 5 shown, no ellipsis', () => {
    const units = [1, 2, 3, 4, 5].map((n) => unit(village(n)));
    const r = toMeetIndicatorTarget({ asOf: '2025-12-31', units }, 'rural_facility_coverage', GIVEN);
    expect(r.pass).toBe(false);
    expect(r.message()).toBe(
      `${HEAD}: no value, 5 missing field(s) (${[1, 2, 3, 4, 5].map((n) => `${village(n)} hasServiceFacility`).join(', ')}); the target 80% cannot be judged`,
    );
  });

  it('[P1.1] 7 villages without hasServiceFacility: the first 5 shown, then an ellipsis', () => {
    const units = [1, 2, 3, 4, 5, 6, 7].map((n) => unit(village(n)));
    const r = toMeetIndicatorTarget({ asOf: '2025-12-31', units }, 'rural_facility_coverage', GIVEN);
    expect(r.message()).toBe(
      `${HEAD}: no value, 7 missing field(s) (${[1, 2, 3, 4, 5].map((n) => `${village(n)} hasServiceFacility`).join(', ')}, …); the target 80% cannot be judged`,
    );
  });

  it('[P1.1] the same 7 villages as the county: their 7 fields and the 61 village committees absent (68 − 7) → 68, the first 5 shown', () => {
    // The 9 社区居民委员会 absent do not count: P1.1 adds up 村民委员会 only. Sorted by code, 章凤镇's 7 villages come
    // first (its 社区 001 and 002 are not listed).
    const units = [1, 2, 3, 4, 5, 6, 7].map((n) => unit(village(n)));
    const r = toMeetIndicatorTarget({ asOf: '2025-12-31', units }, 'rural_facility_coverage');
    expect(r.message()).toBe(
      `${HEAD}: no value, 68 missing field(s) (${[1, 2, 3, 4, 5].map((n) => `${village(n)} hasServiceFacility`).join(', ')}, …); the target 80% cannot be judged`,
    );
  });

  it('[P1.4] 120 m² of facilities and no households: not applicable, the figures shown as they are (120 / 0)', () => {
    // 每百户 = area ÷ households × 100: with 0 households the value is 120 ÷ 0, not applicable.
    const units = [unit(village(1), { hasServiceFacility: true, facilityBuildingArea: 120, households: 0 })];
    const r = toMeetIndicatorTarget({ asOf: '2025-12-31', units }, 'facility_area_per_100_households', GIVEN);
    expect(r.pass).toBe(false);
    expect(r.message()).toBe(
      '[P1.4] facility_area_per_100_households (每百户居民拥有社区综合服务设施面积) at 533124 on 2025-12-31: not applicable (120 / 0); the target ≥30平方米 cannot be judged',
    );
  });

  it('[P1.1] 1 of 2 villages = 50% on 2025-12-31: gap 1 (80% of 2 is 1.6 → 2 needed); on the target date not achieved, not behind', () => {
    const units = [unit(village(1), { hasServiceFacility: true }), unit(village(2), { hasServiceFacility: false })];
    const r = toMeetIndicatorTarget({ asOf: '2025-12-31', units }, 'rural_facility_coverage', GIVEN);
    expect(r.message()).toBe(`${HEAD}: 50 (1 / 2) does not meet the target 80% (gap 1; progress not_achieved)`);
  });

  it('[P1.1] 2 of 2 villages = 100% → met; the .not message says so', () => {
    const units = [unit(village(1), { hasServiceFacility: true }), unit(village(2), { hasServiceFacility: true })];
    const r = toMeetIndicatorTarget({ asOf: '2025-12-31', units }, 'rural_facility_coverage', GIVEN);
    expect(r.pass).toBe(true);
    expect(r.message()).toBe(`${HEAD}: expected not to meet the target 80%, but 100 (2 / 2) meets it`);
  });
});

describe('toConformToPlan: the .not message', () => {
  it('[P3.12] a conforming snapshot: the .not message, then the conforming message indented', () => {
    const r = toConformToPlan({ asOf: '2025-12-31', units: [unit(village(1), { legalAdvisers: 1 })] }, { rules: ['p3-12-legal-adviser'], scope: 'units' });
    expect(r.pass).toBe(true);
    expect(r.message()).toBe(
      'expected the snapshot not to conform to the plan, but it does / 预期填报数据不符合规划，但其符合\n' +
        '  填报数据符合规划（2025-12-31）：1 项规则结果中没有刚性要求未达标 / the snapshot conforms to the plan (as of 2025-12-31): no binding requirement fails among 1 rule results',
    );
  });
});
