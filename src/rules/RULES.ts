import { deepFreeze } from '../_lib/deepFreeze';
import type { ClauseId } from '../plan/clauseIds';
import type { CoreRule, RuleTextTable } from './_lib/rule';
import { RULE_CORES } from './_RULE_CORES';
import { COUNTY_RULE_TEXTS } from './countyRules';
import { FACILITY_RULE_TEXTS } from './facilityRules';
import { RECORD_RULE_TEXTS } from './recordRules';
import type { RuleId } from './RULE_IDS';
import { TOWNSHIP_RULE_TEXTS } from './townshipRules';
import type { Rule } from './types';
import { UNIT_RULE_TEXTS } from './unitRules';

/**
 * A rule with its texts, keys in the order of the definitions: `quote` after `relatedClauses`, `interpretation` (when
 * the rule has a reading) just before `check`.
 */
function withTexts(rule: CoreRule, texts: RuleTextTable): Rule {
  const t = texts[rule.id];
  if (t === undefined) throw new Error(`rule ${rule.id} has no quote`);
  const { id, clause, relatedClauses, check, ...rest } = rule;
  const reading = t.interpretation === undefined ? {} : { interpretation: t.interpretation };
  return { id, clause, relatedClauses, quote: t.quote, ...rest, ...reading, check };
}

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
  const texts: RuleTextTable = { ...FACILITY_RULE_TEXTS, ...UNIT_RULE_TEXTS, ...TOWNSHIP_RULE_TEXTS, ...COUNTY_RULE_TEXTS, ...RECORD_RULE_TEXTS };
  return deepFreeze(RULE_CORES.map((r) => withTexts(r, texts)));
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
