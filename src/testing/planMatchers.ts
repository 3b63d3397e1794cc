import { evaluate } from '../evaluate/evaluate';
import type { EvaluateOptions } from '../evaluate/EvaluateOptions';
import type { Evaluation } from '../evaluate/Evaluation';
import { getIndicator } from '../indicators/getIndicator';
import { isIndicatorId, type IndicatorId } from '../indicators/INDICATOR_IDS';
import type { IndicatorResult } from '../indicators/IndicatorResult';
import { formatIssue } from '../snapshot/PlanIssue';
import { SnapshotError } from '../snapshot/SnapshotError';
import { checkConformance } from './checkConformance';
import type { ConformanceOptions } from './ConformanceOptions';

/**
 * What a matcher returns, in the protocol of jest's and vitest's `expect.extend`: whether it passed, and the message
 * shown when the assertion fails (for `.not`, the message of a match that should not have passed).
 *
 * @example
 * ```ts
 * const r: PlanMatcherResult = toConformToPlan({ asOf: '2025-12-31', units: [] }, { rules: ['p3-12-legal-adviser'] });
 * r.pass
 * //=> true
 * ```
 * @category Testing · 测试
 */
export interface PlanMatcherResult {
  /** Whether the received snapshot matched. */
  readonly pass: boolean;
  /** The failure message (built only when asked for). */
  readonly message: () => string;
}

/**
 * Matcher: the received snapshot conforms to the plan (no rule result `fail`s; with `strict`, none lacks data and no
 * input is rejected). A plain function: it needs neither jest nor vitest, and reads nothing from `this`. Its failure
 * message is the one {@link assertConforms} throws; under `.not`, the message says that it conforms.
 *
 * @param received - A snapshot as JSON data.
 * @param options - `evaluate`'s options plus `strict`.
 * @clause R3
 * @example
 * ```ts
 * const snapshot = { asOf: '2025-12-31', units: [{ code: '533124101201', townshipCode: '533124101', gridMembers: 0 }] };
 * toConformToPlan(snapshot, { rules: ['t10-grid-members'] }).pass
 * //=> false
 * // with expect.extend(planMatchers): expect(snapshot).toConformToPlan({ rules: ['t10-grid-members'] }) fails,
 * // expect(snapshot).not.toConformToPlan({ rules: ['t10-grid-members'] }) passes
 * ```
 * @category Testing · 测试
 */
export function toConformToPlan(received: unknown, options?: ConformanceOptions): PlanMatcherResult {
  const report = checkConformance(received, options);
  return {
    pass: report.conforms,
    message: () =>
      report.conforms
        ? `expected the snapshot not to conform to the plan, but it does / 预期填报数据不符合规划，但其符合\n  ${report.message}`
        : report.message,
  };
}

/**
 * Matcher: the received snapshot meets one 专栏1 indicator's 2025 target at county level, judged on the unrounded
 * value (`meetsTarget` true). A value that cannot be computed (missing data, or 0 ÷ 0) does not meet it; the message
 * says why. A plain function, like {@link toConformToPlan}.
 *
 * @param received - A snapshot as JSON data.
 * @param indicatorId - One of the seven indicator IDs (`INDICATOR_IDS`).
 * @param options - `evaluate`'s options (as-of date, readings); the level is always the county.
 * @throws TypeError for an unknown indicator ID (a mistake in the test).
 * @clause P1.1
 * @clause P1.7
 * @example
 * ```ts
 * const units = [
 *   { code: '533124101201', townshipCode: '533124101', hasServiceFacility: true },
 *   { code: '533124101202', townshipCode: '533124101', hasServiceFacility: false },
 * ];
 * // The two units given, not the county's 77 registered units (which would leave the county figure incomplete):
 * const r = toMeetIndicatorTarget({ asOf: '2025-12-31', units }, 'rural_facility_coverage', { scope: 'units' });
 * r.pass
 * //=> false
 * r.message()
 * //=> '[P1.1] rural_facility_coverage (农村社区综合服务设施覆盖率) at 533124 on 2025-12-31: 50 (1 / 2) does not meet the target 80% (gap 1; progress not_achieved)'
 * ```
 * @category Testing · 测试
 */
export function toMeetIndicatorTarget(received: unknown, indicatorId: IndicatorId, options?: EvaluateOptions): PlanMatcherResult {
  if (!isIndicatorId(indicatorId)) throw new TypeError(`toMeetIndicatorTarget: unknown indicator ID ${String(indicatorId)} (see INDICATOR_IDS)`);
  let evaluation: Evaluation;
  try {
    evaluation = evaluate(received, { ...options, levels: ['county'] });
  } catch (e) {
    if (!(e instanceof SnapshotError)) throw e;
    const lines = e.issues.slice(0, 20).map((i) => `  ✖ input ${formatIssue(i)}`);
    return { pass: false, message: () => [`[${getIndicator(indicatorId).clause}] ${indicatorId}: the snapshot cannot be evaluated / 填报数据无法评估`, ...lines].join('\n') };
  }
  const r = evaluation.indicators.find((x) => x.id === indicatorId && x.level === 'county') as IndicatorResult;
  const pass = r.meetsTarget === true;
  return { pass, message: () => indicatorMessage(r, evaluation.asOf, pass) };
}

function indicatorMessage(r: IndicatorResult, asOf: string, pass: boolean): string {
  const def = getIndicator(r.id);
  const head = `[${r.clause}] ${r.id} (${def.nameZh}) at ${r.subject} on ${asOf}`;
  const target = def.target.printed;
  if (r.status === 'missing_data') {
    const shown = r.missing.slice(0, 5).map((m) => `${m.unit} ${m.field}`).join(', ');
    return `${head}: no value, ${r.missingCount} missing field(s) (${shown}${r.missingCount > 5 ? ', …' : ''}); the target ${target} cannot be judged`;
  }
  // Past missing data, numerator and denominator are set; value and gap too unless not applicable (IndicatorResult).
  if (r.status === 'not_applicable') return `${head}: not applicable (${r.numerator} / ${r.denominator}); the target ${target} cannot be judged`;
  const value = `${r.value} (${r.numerator} / ${r.denominator})`;
  return pass
    ? `${head}: expected not to meet the target ${target}, but ${value} meets it`
    : `${head}: ${value} does not meet the target ${target} (gap ${r.gap}; progress ${r.progress.status})`;
}

/**
 * The matchers, for `expect.extend(planMatchers)` in vitest or jest. Plain functions: importing them loads neither
 * test runner.
 *
 * @clause R3
 * @example
 * ```ts
 * Object.keys(planMatchers)
 * //=> ['toConformToPlan', 'toMeetIndicatorTarget']
 * // import { expect } from 'vitest';
 * // expect.extend(planMatchers);
 * // expect(snapshot).toConformToPlan();
 * // expect(snapshot).toMeetIndicatorTarget('rural_facility_coverage');
 * ```
 * @category Testing · 测试
 */
export const planMatchers: {
  /** The received snapshot conforms to the plan: {@link toConformToPlan}. */
  readonly toConformToPlan: typeof toConformToPlan;
  /** The received snapshot meets an indicator's 2025 target: {@link toMeetIndicatorTarget}. */
  readonly toMeetIndicatorTarget: typeof toMeetIndicatorTarget;
} = /* @__PURE__ */ Object.freeze({ toConformToPlan, toMeetIndicatorTarget });

/**
 * The matchers' types, for merging into the test runner's own interface (the library does not depend on either
 * runner). In a `.d.ts` or test setup file:
 *
 * ```ts
 * // vitest
 * import 'vitest';
 * import type { PlanMatchers } from 'longchuan-community-plan/testing';
 * declare module 'vitest' {
 *   interface Matchers<T = any> extends PlanMatchers<T> {}
 * }
 *
 * // jest (@types/jest)
 * declare global {
 *   namespace jest {
 *     interface Matchers<R> extends PlanMatchers<R> {}
 *   }
 * }
 * ```
 *
 * @typeParam R - The runner's assertion return type.
 * @clause R3
 * @example
 * ```ts
 * const m: PlanMatchers<void> = { toConformToPlan: () => undefined, toMeetIndicatorTarget: () => undefined };
 * ```
 * @category Testing · 测试
 */
export interface PlanMatchers<R = unknown> {
  /** The received snapshot conforms to the plan (see {@link toConformToPlan}). */
  toConformToPlan(options?: ConformanceOptions): R;
  /** The received snapshot meets an indicator's 2025 target at county level (see {@link toMeetIndicatorTarget}). */
  toMeetIndicatorTarget(indicatorId: IndicatorId, options?: EvaluateOptions): R;
}
