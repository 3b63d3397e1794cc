import type { ClauseId } from '../plan/clauseIds';
import type { RuleId } from './RULE_IDS';
import type { RuleStatus } from './types';

/**
 * One unit-level rule's outcome over many units, without a result object per unit: how many units got each status,
 * and the first units (in code order) that failed, are pending or lack data.
 *
 * @clause S4
 * @example
 * ```ts
 * const c: UnitRuleCount = {
 *   ruleId: 't10-grid-members', clause: 'T10',
 *   counts: { pass: 70, fail: 5, pending: 0, not_applicable: 0, missing_data: 2 },
 *   subjects: { fail: ['533124101203'], pending: [], missing_data: ['533124102201', '533124105204'] },
 * };
 * ```
 * @category Evaluation · 评估
 */
export interface UnitRuleCount {
  /** The rule's ID. */
  readonly ruleId: RuleId;
  /** The rule's clause. */
  readonly clause: ClauseId;
  /** Units by status; the five counts add up to the units counted. */
  readonly counts: Readonly<Record<RuleStatus, number>>;
  /**
   * For each status that needs attention, the first `UNIT_RULE_SUBJECT_LIMIT` (100) unit codes with it, in code
   * order (the full result of such a unit is `getRule(ruleId).check(...)` on a snapshot holding it).
   */
  readonly subjects: Readonly<Record<'fail' | 'pending' | 'missing_data', readonly string[]>>;
}

/**
 * Status counts of the unit-level rules (scope `'unit'` or `'facility'`) over a set of units, as plain JSON: what
 * {@link countUnitRules} returns and {@link mergeUnitRuleCounts} merges. Counts judged on different dates or under
 * different options are never merged.
 *
 * @clause S4
 * @example
 * ```ts
 * const counts: UnitRuleCounts = countUnitRules(parseSnapshot({ asOf: '2024-12-31', units: [] }));
 * counts.units
 * //=> 0
 * ```
 * @category Evaluation · 评估
 */
export interface UnitRuleCounts {
  /** The date the units were judged on (before a due date an unmet target is `pending`, after it `fail`). */
  readonly asOf: string;
  /** The rule options in force, every default filled in. */
  readonly options: Readonly<Record<string, string | number | boolean>>;
  /** Units counted. */
  readonly units: number;
  /** One entry per unit-level rule counted, in catalogue order. */
  readonly rules: readonly UnitRuleCount[];
}
