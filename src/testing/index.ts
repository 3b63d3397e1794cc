/**
 * `longchuan-community-plan/testing`: assertions and matchers for test suites that check a county's data against the
 * plan. Built on the core (`evaluate`); the core never imports this entry, and it loads no test runner.
 *
 * - {@link assertConforms} returns the evaluation or throws a {@link PlanConformanceError} listing each failing rule
 *   result with its clause, subject, actual and expected values; {@link checkConformance} reports without throwing.
 * - {@link planMatchers} for `expect.extend` in vitest or jest: `toConformToPlan(options?)` and
 *   `toMeetIndicatorTarget(indicatorId, options?)`; {@link PlanMatchers} types them for the runner.
 *
 * What fails: a `fail` result, or a snapshot that cannot be evaluated at all; with `{ strict: true }` also
 * `missing_data` results and rejected input (see {@link ConformanceOptions}).
 *
 * @example
 * ```ts
 * import { expect, it } from 'vitest';
 * import { assertConforms, planMatchers, type PlanMatchers } from 'longchuan-community-plan/testing';
 *
 * expect.extend(planMatchers);
 * declare module 'vitest' {
 *   interface Matchers<T = any> extends PlanMatchers<T> {}
 * }
 *
 * it('our data meets the plan', () => {
 *   expect(snapshot).toConformToPlan();
 *   expect(snapshot).toMeetIndicatorTarget('rural_facility_coverage');
 *   const evaluation = assertConforms(snapshot, { strict: true });
 * });
 * ```
 *
 * @module
 * @category Testing · 测试
 */
export { assertConforms } from './assertConforms';
export { checkConformance, LISTED_FAILURES, type ConformanceReport } from './checkConformance';
export type { ConformanceOptions } from './ConformanceOptions';
export { PlanConformanceError } from './PlanConformanceError';
export { planMatchers, toConformToPlan, toMeetIndicatorTarget, type PlanMatcherResult, type PlanMatchers } from './planMatchers';
