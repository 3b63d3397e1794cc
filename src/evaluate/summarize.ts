import type { ActionReport } from '../actions/checkActions';
import type { IndicatorResult, ProgressStatus } from '../indicators/IndicatorResult';
import type { ClauseId } from '../plan/clauseIds';
import { byCode } from '../rules/_lib/tally';
import { ruleCoreOf } from '../rules/_RULE_CORES';
import type { RuleResult, RuleSeverity, RuleStatus } from '../rules/types';
import type { UnitRuleCount } from '../rules/UnitRuleCounts';
import type { EvaluationSummary } from './Evaluation';

/**
 * Counts by status, the clauses most often failed and the data most often missing.
 *
 * The rule results are those materialised (every result under `detail: 'full'`; the rules that are not unit-level
 * under `'summary'`), `unitTotals` the unit-level rules counted instead. Missing data: `missingUnits` counts the units
 * lacking each field for some unit-level rule or indicator (worked out unit by unit); the other subjects lacking a
 * field (townships, the county, records) come from the results that are not unit-level and from the county figures
 * (fields `county.…`) of the county indicators.
 *
 * @internal
 */
export function summarize(
  county: readonly IndicatorResult[],
  rules: readonly RuleResult[],
  actions: readonly ActionReport[],
  unitTotals: readonly UnitRuleCount[],
  missingUnits: Readonly<Record<string, number>>,
  isUnitLevel: (r: RuleResult) => boolean,
): EvaluationSummary {
  const indicators: Record<ProgressStatus, number> = { achieved: 0, on_track: 0, behind: 0, not_achieved: 0, no_data: 0 };
  for (const r of county) indicators[r.progress.status]++;

  const ruleCounts: Record<RuleStatus, number> = { pass: 0, fail: 0, pending: 0, not_applicable: 0, missing_data: 0 };
  const failures = new Map<ClauseId, number>();
  const others = new Map<string, Set<string>>();
  const note = (field: string, subject: string) => {
    let s = others.get(field);
    if (s === undefined) others.set(field, (s = new Set()));
    s.add(subject);
  };
  const bySeverity: Record<RuleSeverity, number> = { binding: 0, soft: 0, informational: 0 };
  for (const r of rules) {
    ruleCounts[r.status]++;
    if (r.status === 'fail') {
      // An advisory (a soft or informational rule's fail) is not a failure of the clause.
      if (r.severity === 'binding') failures.set(r.clause, (failures.get(r.clause) ?? 0) + 1);
      bySeverity[r.severity]++;
    }
    if (r.status === 'missing_data' && !isUnitLevel(r)) for (const f of r.missing) note(f, r.subject);
  }
  for (const t of unitTotals) {
    for (const s of Object.keys(ruleCounts) as RuleStatus[]) ruleCounts[s] += t.counts[s];
    if (t.counts.fail > 0) {
      const severity = ruleCoreOf(t.ruleId).severity;
      if (severity === 'binding') failures.set(t.clause, (failures.get(t.clause) ?? 0) + t.counts.fail);
      bySeverity[severity] += t.counts.fail;
    }
  }
  for (const r of county) for (const m of r.missing) if (m.field.startsWith('county.')) note(m.field, m.unit);

  const missing = new Map<string, number>(Object.entries(missingUnits));
  for (const [field, s] of others) missing.set(field, (missing.get(field) ?? 0) + s.size);

  const actionCounts: Record<ActionReport['status'], number> = { not_started: 0, in_progress: 0, done: 0, missing_data: 0 };
  for (const a of actions) actionCounts[a.status]++;

  const byCountThenKey = <K extends string>(a: [K, number], b: [K, number]) => b[1] - a[1] || byCode(a[0], b[0]);
  return {
    indicators,
    rules: ruleCounts,
    failuresBySeverity: bySeverity,
    actions: actionCounts,
    mostFailedClauses: [...failures.entries()]
      .sort(byCountThenKey)
      .slice(0, 10)
      .map(([clause, n]) => ({ clause, failures: n })),
    missingData: [...missing.entries()]
      .filter(([, n]) => n > 0)
      .sort(byCountThenKey)
      .map(([field, n]) => ({ field, subjects: n })),
  };
}
