import { evaluate } from '../evaluate/evaluate';
import type { Evaluation } from '../evaluate/Evaluation';
import type { RuleResult } from '../rules/types';
import { formatIssue, type PlanIssue } from '../snapshot/PlanIssue';
import { SnapshotError } from '../snapshot/SnapshotError';
import { splitConformanceOptions, type ConformanceOptions } from './ConformanceOptions';

/**
 * How many failing results and input problems a conformance message lists before it says "… and N more" (the error's
 * `failures` and `issues` always hold them all).
 *
 * @example
 * ```ts
 * LISTED_FAILURES
 * //=> 50
 * ```
 * @category Testing · 测试
 */
export const LISTED_FAILURES = 50;

/**
 * Whether a snapshot conforms to the plan, without throwing: the failing rule results and input problems (see
 * {@link ConformanceOptions} for what counts), the evaluation, and the message {@link assertConforms} would throw.
 *
 * @clause R3
 * @example
 * ```ts
 * const snapshot = { asOf: '2025-12-31', units: [{ code: '533124101201', townshipCode: '533124101', gridMembers: 0 }] };
 * const report = checkConformance(snapshot, { rules: ['t10-grid-members'] });
 * [report.conforms, report.failures.length]
 * //=> [false, 1]
 * report.message.split('\n')[1]
 * //=> '  ✖ [T10] t10-grid-members · 533124101201 · actual 0 · expected ≥1'
 * ```
 * @category Testing · 测试
 */
export interface ConformanceReport {
  /** `true` when nothing fails the assertion. */
  readonly conforms: boolean;
  /** The rule results that fail it, in the evaluation's order. */
  readonly failures: readonly RuleResult[];
  /** The input problems that fail it. */
  readonly issues: readonly PlanIssue[];
  /** The evaluation, or `undefined` when the snapshot could not be evaluated. */
  readonly evaluation: Evaluation | undefined;
  /** What conforms or what does not, one failing result or problem a line (at most {@link LISTED_FAILURES}). */
  readonly message: string;
}

/**
 * Evaluate a snapshot and report whether it conforms to the plan (the non-throwing form of {@link assertConforms}).
 *
 * @param snapshot - A snapshot as JSON data.
 * @param options - `evaluate`'s options plus `strict`.
 * @throws `PlanInputError` for an invalid option (a mistake in the test, not in the data).
 * @clause R3
 * @example
 * ```ts
 * checkConformance({ asOf: '2025-12-31', units: [{ code: '533124101201', townshipCode: '533124101', gridMembers: 3 }] }, { rules: ['t10-grid-members'] }).conforms
 * //=> true
 * checkConformance({ asOf: 'not a date', units: [] }).issues[0]?.code
 * //=> 'invalid_date'
 * ```
 * @category Testing · 测试
 */
export function checkConformance(snapshot: unknown, options?: ConformanceOptions): ConformanceReport {
  const { strict, evaluateOptions } = splitConformanceOptions(options);
  let evaluation: Evaluation;
  try {
    evaluation = evaluate(snapshot, evaluateOptions);
  } catch (e) {
    if (!(e instanceof SnapshotError)) throw e;
    const issues = e.issues;
    return { conforms: false, failures: [], issues, evaluation: undefined, message: unreadableMessage(issues) };
  }
  const failures = evaluation.rules.filter((r) => r.status === 'fail' || (strict && r.status === 'missing_data'));
  const issues = strict ? evaluation.input.issues : [];
  const conforms = failures.length === 0 && issues.length === 0;
  return { conforms, failures, issues, evaluation, message: conforms ? conformsMessage(evaluation, strict) : failingMessage(evaluation, failures, issues, strict) };
}

function conformsMessage(e: Evaluation, strict: boolean): string {
  const n = e.rules.length;
  return (
    `快照符合规划（${e.asOf}）：${n} 项规则结果中没有不达标项${strict ? '、缺数据项或被拒绝的输入' : ''} / ` +
    `the snapshot conforms to the plan (as of ${e.asOf}): none of ${n} rule results fails${strict ? ', lacks data or rejects input' : ''}`
  );
}

const CLAUSE_TAG = /^\[[^\]]*\] /;

/** A result's actual or expected value as listed: a dash when it has none. */
function orDash(v: string | null): string {
  return v ?? '—';
}

/** One line per failing result: `✖ [T3] t3-opening-hours · 533124101201 · actual 7h · expected ≥8h`, then its message. */
function resultLines(r: RuleResult): string[] {
  const head =
    r.status === 'missing_data'
      ? `  ✖ [${r.clause}] ${r.ruleId} · ${r.subject} · missing ${r.missing.join(', ')} · expected ${orDash(r.expected)}`
      : `  ✖ [${r.clause}] ${r.ruleId} · ${r.subject} · actual ${orDash(r.actual)} · expected ${orDash(r.expected)}`;
  // The messages start with the clause in brackets, already on the head line.
  return [head, `      ${r.message.zh.replace(CLAUSE_TAG, '')}`, `      ${r.message.en.replace(CLAUSE_TAG, '')}`];
}

function failingMessage(e: Evaluation, failures: readonly RuleResult[], issues: readonly PlanIssue[], strict: boolean): string {
  const fails = failures.filter((r) => r.status === 'fail').length;
  const missing = failures.length - fails;
  const partsZh = [`${fails} 项不达标`];
  const partsEn = [`${fails} failing rule result(s)`];
  if (strict) {
    partsZh.push(`${missing} 项缺数据`, `${issues.length} 处输入问题`);
    partsEn.push(`${missing} with missing data`, `${issues.length} input problem(s)`);
  }
  const lines = [
    `快照不符合规划（${e.asOf}）：${partsZh.join('，')} / the snapshot does not conform to the plan (as of ${e.asOf}): ${partsEn.join(', ')}`,
  ];
  let listed = 0;
  for (const issue of issues) {
    if (listed === LISTED_FAILURES) break;
    lines.push(`  ✖ input ${formatIssue(issue)}`);
    listed++;
  }
  for (const r of failures) {
    if (listed === LISTED_FAILURES) break;
    lines.push(...resultLines(r));
    listed++;
  }
  const rest = issues.length + failures.length - listed;
  if (rest > 0) lines.push(`  … 另有 ${rest} 项（见 error.failures、error.issues） / … and ${rest} more (see error.failures, error.issues)`);
  return lines.join('\n');
}

function unreadableMessage(issues: readonly PlanIssue[]): string {
  const lines = [`快照无法评估：${issues.length} 处问题 / the snapshot cannot be evaluated: ${issues.length} problem(s)`];
  for (const issue of issues.slice(0, LISTED_FAILURES)) lines.push(`  ✖ input ${formatIssue(issue)}`);
  if (issues.length > LISTED_FAILURES) lines.push(`  … 另有 ${issues.length - LISTED_FAILURES} 处 / … and ${issues.length - LISTED_FAILURES} more`);
  return lines.join('\n');
}
