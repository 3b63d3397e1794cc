import type { ActionReport } from '../actions/checkActions';
import type { IndicatorResult } from '../indicators/IndicatorResult';
import type { ClauseId } from '../plan/clauseIds';
import type { RuleResult } from '../rules/types';
import type { Evaluation } from './Evaluation';

/**
 * Everything an evaluation says about one clause of the plan: its indicator results, rule results and tracked
 * actions, each in the evaluation's order. A page about one clause (专栏1第1项, 重点任务第3条) reads them here.
 *
 * @param evaluation - The result of `evaluate` (or its JSON, parsed).
 * @param clause - The clause ID (`'P1.1'`, `'T3'`, …).
 * @clause T3
 * @example
 * ```ts
 * const e = evaluate({ asOf: '2025-12-31', units: [] }, { scope: 'units' });
 * const t3 = resultsForClause(e, 'T3');
 * [t3.indicators.length, t3.rules.length, t3.actions.length > 0]
 * //=> [0, 0, true]
 * resultsForClause(e, 'P1.1').indicators.map((r) => r.level)
 * //=> ['county']
 * ```
 * @category Evaluation · 评估
 */
export function resultsForClause(
  evaluation: Pick<Evaluation, 'indicators' | 'rules' | 'actions'>,
  clause: ClauseId,
): { readonly indicators: readonly IndicatorResult[]; readonly rules: readonly RuleResult[]; readonly actions: readonly ActionReport[] } {
  return {
    indicators: evaluation.indicators.filter((r) => r.clause === clause),
    rules: evaluation.rules.filter((r) => r.clause === clause),
    actions: evaluation.actions.filter((a) => a.clause === clause),
  };
}
