import type { Evaluation } from '../evaluate/Evaluation';
import type { RuleResult } from '../rules/types';
import type { PlanIssue } from '../snapshot/PlanIssue';

/**
 * Thrown by {@link assertConforms} when a snapshot does not conform to the plan: an assertion error whose message
 * lists each failing rule result with its clause, rule, subject, actual and expected values, and which carries the
 * failing results and the whole evaluation for closer inspection.
 *
 * `failures` holds every rule result that fails the assertion (a binding rule's `fail`; with `strict`, advisories and `missing_data` too), in the
 * evaluation's order; `issues` every input problem that fails it (the reasons an unreadable snapshot could not be
 * evaluated; with `strict`, every rejected unit or record). `evaluation` is `undefined` only when the snapshot could
 * not be evaluated at all.
 *
 * @clause R3
 * @example
 * ```ts
 * let caught: PlanConformanceError | undefined;
 * try {
 *   assertConforms({ asOf: '2025-12-31', units: [{ code: '533124101001', townshipCode: '533124101', legalAdvisers: 0 }] }, { rules: ['p3-12-legal-adviser'] });
 * } catch (e) {
 *   caught = e as PlanConformanceError;
 * }
 * caught?.failures.map((r) => [r.clause, r.subject, r.actual, r.expected])
 * //=> [['P3.12', '533124101001', '0', '≥1']]
 * ```
 * @category Testing · 测试
 */
export class PlanConformanceError extends Error {
  /** Always `'PlanConformanceError'`. */
  override readonly name = 'PlanConformanceError';
  /** A stable code for programs that check errors by code, like Node's `ERR_ASSERTION`. */
  readonly code = 'ERR_PLAN_CONFORMANCE';
  /** The rule results that fail the assertion. */
  readonly failures: readonly RuleResult[];
  /** The input problems that fail the assertion. */
  readonly issues: readonly PlanIssue[];
  /** The evaluation, or `undefined` when the snapshot could not be evaluated. */
  readonly evaluation: Evaluation | undefined;

  /** Build the error; `message` is the formatted list (see `formatConformance`). */
  constructor(message: string, init: { readonly failures: readonly RuleResult[]; readonly issues: readonly PlanIssue[]; readonly evaluation: Evaluation | undefined }) {
    super(message);
    this.failures = init.failures;
    this.issues = init.issues;
    this.evaluation = init.evaluation;
  }
}
