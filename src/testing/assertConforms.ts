import type { Evaluation } from '../evaluate/Evaluation';
import { checkConformance } from './checkConformance';
import type { ConformanceOptions } from './ConformanceOptions';
import { PlanConformanceError } from './PlanConformanceError';

/**
 * Assert that a snapshot conforms to the plan: evaluate it and return the evaluation when no rule fails; otherwise
 * throw a {@link PlanConformanceError} whose message lists each failing rule result with its clause, rule, subject,
 * actual and expected values (and its message in Chinese and English).
 *
 * By default only `fail` results and a snapshot that cannot be evaluated at all fail the assertion; `pending` (not yet
 * due), `not_applicable` and `missing_data` do not, and a unit or record rejected for bad data is left out (reported
 * in `evaluation.input`). With `strict: true`, `missing_data` results and every rejected input fail it too. See
 * {@link ConformanceOptions}.
 *
 * @param snapshot - A snapshot as JSON data.
 * @param options - `evaluate`'s options (as-of date, readings, `rules` to run, …) plus `strict`.
 * @returns The evaluation, when the snapshot conforms.
 * @throws PlanConformanceError when it does not; `PlanInputError` for an invalid option.
 * @clause R3
 * @example
 * ```ts
 * const ok = { asOf: '2025-12-31', units: [{ code: '533124101201', townshipCode: '533124101', legalAdvisers: 1 }] };
 * assertConforms(ok, { rules: ['p3-12-legal-adviser'] }).rules[0]?.status
 * //=> 'pass'
 * const bad = { asOf: '2025-12-31', units: [{ code: '533124101201', townshipCode: '533124101', legalAdvisers: 0 }] };
 * try { assertConforms(bad, { rules: ['p3-12-legal-adviser'] }); } catch (e) { console.log((e as Error).message); }
 * // 填报数据不符合规划（2025-12-31）：1 项刚性要求未达标 / the snapshot does not conform to the plan (as of 2025-12-31): 1 binding failure(s)
 * //   ✖ [P3.12] p3-12-legal-adviser · 533124101201 · 未达标 fail · actual 0 · expected ≥1
 * //       533124101201：法律顾问0名，少于1名
 * //       533124101201: 0 legal adviser(s), fewer than 1
 * ```
 * @category Testing · 测试
 */
export function assertConforms(snapshot: unknown, options?: ConformanceOptions): Evaluation {
  const report = checkConformance(snapshot, options);
  // A snapshot conforms only once it has been evaluated.
  if (report.conforms) return report.evaluation as Evaluation;
  throw new PlanConformanceError(report.message, { failures: report.failures, issues: report.issues, evaluation: report.evaluation });
}
