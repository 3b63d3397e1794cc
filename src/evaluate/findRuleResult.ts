import type { RuleId } from '../rules/RULE_IDS';
import type { RuleResult } from '../rules/types';
import type { Evaluation } from './Evaluation';

/**
 * One rule's result for one subject: the county (the evaluation's region) by default, or a township, a unit or a
 * record given by its code or ID; `undefined` when there is none (the rule was not run, the subject is not in the
 * data, or a summary evaluation counted the unit-level rule instead of listing it: see `ruleCounts`).
 *
 * @param evaluation - The result of `evaluate` (or its JSON, parsed).
 * @param ruleId - The rule.
 * @param subject - A unit, township or county code, or a record ID (`'2024-03'`); the region when left out.
 * @clause P6.3
 * @example
 * ```ts
 * const e = evaluate(
 *   { asOf: '2025-12-31', units: [], county: { residentPopulation: 190001, socialWorkProfessionals: 342 } },
 *   { scope: 'units', rules: ['p6-3-social-work-talent'] },
 * );
 * const r = findRuleResult(e, 'p6-3-social-work-talent');
 * [r?.status, r?.gap]
 * //=> ['fail', { value: '1', unit: 'persons' }]
 * ```
 * @category Evaluation · 评估
 */
export function findRuleResult(evaluation: Pick<Evaluation, 'region' | 'rules'>, ruleId: RuleId, subject?: string): RuleResult | undefined {
  const code = subject ?? evaluation.region;
  for (const r of evaluation.rules) if (r.ruleId === ruleId && r.subject === code) return r;
  return undefined;
}
