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
 * //=> '  ✖ [T10] t10-grid-members · 533124101201 · 未达标 fail · actual 0 · expected ≥1'
 * ```
 * @category Testing · 测试
 */
export interface ConformanceReport {
  /** `true` when nothing fails the assertion. */
  readonly conforms: boolean;
  /** The rule results that fail it, in the evaluation's order. */
  readonly failures: readonly RuleResult[];
  /**
   * The `fail` results of soft and informational rules that do not fail it (提示, advisories), in the evaluation's
   * order; empty with `strict` (they are in `failures` then).
   */
  readonly advisories: readonly RuleResult[];
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
    return { conforms: false, failures: [], advisories: [], issues, evaluation: undefined, message: unreadableMessage(issues) };
  }
  const failures: RuleResult[] = [];
  const advisories: RuleResult[] = [];
  for (const r of evaluation.rules) {
    if (r.status === 'fail') (strict || r.severity === 'binding' ? failures : advisories).push(r);
    else if (strict && r.status === 'missing_data') failures.push(r);
  }
  // Registered units left out make the county figures incomplete: treated as missing data (fails only when strict).
  const coverage = evaluation.input.coverage;
  const incomplete = coverage !== null && !coverage.complete;
  const issues = strict ? evaluation.input.issues : [];
  const conforms = failures.length === 0 && issues.length === 0 && !(strict && incomplete);
  const body = conforms ? conformsMessage(evaluation, strict, advisories) : failingMessage(evaluation, failures, issues, strict, advisories);
  const message = incomplete ? `${body}\n${coverageLine(coverage.absent, coverage.expected, strict)}` : body;
  return { conforms, failures, advisories, issues, evaluation, message };
}

function conformsMessage(e: Evaluation, strict: boolean, advisories: readonly RuleResult[]): string {
  const n = e.rules.length;
  const head =
    `填报数据符合规划（${e.asOf}）：${n} 项规则结果中没有刚性要求未达标${strict ? '，也没有提示、缺数据或未通过校验的数据' : ''} / ` +
    `the snapshot conforms to the plan (as of ${e.asOf}): no binding requirement fails among ${n} rule results${strict ? ', and none is advisory, lacks data or rejects input' : ''}`;
  return advisories.length === 0 ? head : [head, ...advisoryLines(advisories)].join('\n');
}

/** The line that says registered units are absent, naming the first ten. */
function coverageLine(absent: readonly string[], expected: number, strict: boolean): string {
  const shown = absent.slice(0, 10).join(', ');
  const more = absent.length > 10 ? ` …` : '';
  return (
    `  ${strict ? '✖' : '⚠'} 数据不完整：登记在册的${expected}个村（社区）中有${absent.length}个未报送，相关汇总数据按缺数据处理 / ` +
    `incomplete data: ${absent.length} of ${expected} registered village-level units are absent (${shown}${more}); the figures that add them up are missing data`
  );
}

/** The advisories, listed after the verdict: they do not fail the assertion, but a reader should see them. */
function advisoryLines(advisories: readonly RuleResult[]): string[] {
  const lines = [`  ${advisories.length} 项提示（非刚性要求，不计为未达标） / ${advisories.length} advisory result(s) (soft or informational, not failures):`];
  for (const r of advisories.slice(0, LISTED_FAILURES)) lines.push(...resultLines(r));
  if (advisories.length > LISTED_FAILURES) {
    const rest = advisories.length - LISTED_FAILURES;
    lines.push(`  … 另有 ${rest} 项提示（见 advisories） / … and ${rest} more advisories (see advisories)`);
  }
  return lines;
}

/** How binding a failing result is, in the list's words. */
function kindOf(r: RuleResult): string {
  if (r.status === 'missing_data') return '缺数据 missing data';
  return r.severity === 'binding' ? '未达标 fail' : `提示 advisory (${r.severity})`;
}

const CLAUSE_TAG = /^\[[^\]]*\] /;

/** A result's actual or expected value as listed: a dash when it has none. */
function orDash(v: string | null): string {
  return v ?? '—';
}

/**
 * One line per listed result: `✖ [T3] t3-opening-hours · 533124101201 · 提示 advisory (soft) · actual 7h · expected ≥8h`
 * (`✖` for what fails the assertion, `⚠` for an advisory that does not), then its messages.
 */
function resultLines(r: RuleResult, mark = r.status === 'fail' && r.severity !== 'binding' ? '⚠' : '✖'): string[] {
  const head =
    r.status === 'missing_data'
      ? `  ${mark} [${r.clause}] ${r.ruleId} · ${r.subject} · ${kindOf(r)} · missing ${r.missing.join(', ')} · expected ${orDash(r.expected)}`
      : `  ${mark} [${r.clause}] ${r.ruleId} · ${r.subject} · ${kindOf(r)} · actual ${orDash(r.actual)} · expected ${orDash(r.expected)}`;
  // The messages start with the clause in brackets, already on the head line.
  return [head, `      ${r.message.zh.replace(CLAUSE_TAG, '')}`, `      ${r.message.en.replace(CLAUSE_TAG, '')}`];
}

function failingMessage(
  e: Evaluation,
  failures: readonly RuleResult[],
  issues: readonly PlanIssue[],
  strict: boolean,
  advisories: readonly RuleResult[],
): string {
  let binding = 0;
  let advisory = 0;
  for (const r of failures) if (r.status === 'fail') r.severity === 'binding' ? binding++ : advisory++;
  const missing = failures.length - binding - advisory;
  const partsZh = [`${binding} 项刚性要求未达标`];
  const partsEn = [`${binding} binding failure(s)`];
  if (strict) {
    partsZh.push(`${advisory} 项提示`, `${missing} 项缺数据`, `${issues.length} 处输入问题`);
    partsEn.push(`${advisory} advisory result(s)`, `${missing} with missing data`, `${issues.length} input problem(s)`);
    // Incomplete data fails a strict check by itself: the head says so, not only the last line.
    const c = e.input.coverage;
    if (c !== null && !c.complete) {
      partsZh.push(`数据不完整（${c.absent.length} 个登记在册的村（社区）未报送）`);
      partsEn.push(`incomplete data (${c.absent.length} registered unit(s) absent)`);
    }
  }
  const lines = [
    `填报数据不符合规划（${e.asOf}）：${partsZh.join('，')} / the snapshot does not conform to the plan (as of ${e.asOf}): ${partsEn.join(', ')}`,
  ];
  let listed = 0;
  for (const issue of issues) {
    if (listed === LISTED_FAILURES) break;
    lines.push(`  ✖ input ${formatIssue(issue)}`);
    listed++;
  }
  for (const r of failures) {
    if (listed === LISTED_FAILURES) break;
    // Everything listed here fails the assertion, an advisory under strict included: ✖.
    lines.push(...resultLines(r, '✖'));
    listed++;
  }
  const rest = issues.length + failures.length - listed;
  if (rest > 0) lines.push(`  … 另有 ${rest} 项（见 error.failures、error.issues） / … and ${rest} more (see error.failures, error.issues)`);
  if (advisories.length > 0) lines.push(...advisoryLines(advisories));
  return lines.join('\n');
}

function unreadableMessage(issues: readonly PlanIssue[]): string {
  const lines = [`填报数据无法评估：${issues.length} 处问题 / the snapshot cannot be evaluated: ${issues.length} problem(s)`];
  for (const issue of issues.slice(0, LISTED_FAILURES)) lines.push(`  ✖ input ${formatIssue(issue)}`);
  if (issues.length > LISTED_FAILURES) lines.push(`  … 另有 ${issues.length - LISTED_FAILURES} 处 / … and ${issues.length - LISTED_FAILURES} more`);
  return lines.join('\n');
}
