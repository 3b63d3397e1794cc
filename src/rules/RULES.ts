import { deepFreeze } from '../_lib/deepFreeze';
import { CLAUSE_IDS, type ClauseId } from '../plan/clauseIds';
import { COUNTY_RULES } from './countyRules';
import { FACILITY_RULES } from './facilityRules';
import { RECORD_RULES } from './recordRules';
import { RULE_IDS, type RuleId } from './RULE_IDS';
import { TOWNSHIP_RULES } from './townshipRules';
import type { Rule } from './types';
import { UNIT_RULES } from './unitRules';

const CLAUSE_ORDER = new Map<string, number>(CLAUSE_IDS.map((c, i) => [c, i]));

/**
 * Every rule of the plan beyond the seven 专栏1 indicators, in catalogue order ({@link RULE_IDS}): the plan's clause
 * order, then definition order. Each is a deep-frozen definition with its `check`.
 *
 * @clause T3
 * @clause P3.2
 * @clause T12
 * @example
 * ```ts
 * RULES.length
 * //=> 46
 * RULES.filter((r) => r.clause === 'P3.2').map((r) => r.id)
 * //=> ['p3-2-township-elderly-care-centre', 'p3-2-regional-elderly-care-centres', 'p3-2-day-care-coverage',
 * //    'p3-2-new-estate-elderly-care-space', 'p3-2-monthly-visit-rate', 'p3-2-visits-on-roster']
 * ```
 * @category Evaluation · 评估
 */
export const RULES: readonly Rule[] = /* @__PURE__ */ (() => {
  const all = [...FACILITY_RULES, ...UNIT_RULES, ...TOWNSHIP_RULES, ...COUNTY_RULES, ...RECORD_RULES];
  const sorted = all
    .map((r, i) => [r, i] as const)
    .sort((a, b) => (CLAUSE_ORDER.get(a[0].clause) ?? 0) - (CLAUSE_ORDER.get(b[0].clause) ?? 0) || a[1] - b[1])
    .map(([r]) => r);
  const ids = sorted.map((r) => r.id).join();
  if (ids !== RULE_IDS.join()) throw new Error('RULE_IDS is out of date with the rule files');
  return deepFreeze(sorted);
})();

const BY_ID: ReadonlyMap<string, Rule> = /* @__PURE__ */ new Map(RULES.map((r) => [r.id, r]));

/**
 * One rule by its ID.
 *
 * @throws RangeError when called (from untyped code) with a value that is not a rule ID.
 * @clause P6.3
 * @example
 * ```ts
 * getRule('p6-3-social-work-talent').threshold
 * //=> { comparator: 'at_least', value: '1.8', unit: 'permille', printed: '1.8‰' }
 * ```
 * @category Evaluation · 评估
 */
export function getRule(id: RuleId): Rule {
  const rule = BY_ID.get(id);
  if (rule === undefined) throw new RangeError(`Unknown rule ID: ${String(id)}`);
  return rule;
}

/**
 * The rules that encode a clause (as their own clause), in catalogue order; empty when none does.
 *
 * @clause T3
 * @example
 * ```ts
 * rulesForClause('T3').map((r) => r.id)
 * //=> ['t3-opening-hours', 't3-proxy-government-service', 't3-online-service-24h', 't3-satisfaction-survey']
 * rulesForClause('T1')
 * //=> []
 * ```
 * @category Evaluation · 评估
 */
export function rulesForClause(clause: ClauseId): readonly Rule[] {
  return RULES.filter((r) => r.clause === clause);
}
