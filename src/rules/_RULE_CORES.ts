/**
 * The rules as their runners know them, in catalogue order, without the plan's words and readings: what checkRules
 * and evaluate read, so that a bundle of evaluate leaves those texts out (the catalogue `RULES` adds them).
 *
 * @internal
 * @module
 */
import { CLAUSE_IDS } from '../plan/clauseIds';
import type { CoreRule } from './_lib/rule';
import { COUNTY_RULES } from './countyRules';
import { FACILITY_RULES } from './facilityRules';
import { RECORD_RULES } from './recordRules';
import { RULE_IDS, type RuleId } from './RULE_IDS';
import { TOWNSHIP_RULES } from './townshipRules';
import { UNIT_RULES } from './unitRules';

const CLAUSE_ORDER = new Map<string, number>(CLAUSE_IDS.map((c, i) => [c, i]));

/**
 * Every rule in catalogue order ({@link RULE_IDS}): the plan's clause order, then definition order; each with its
 * check, without `quote` and `interpretation`. The array is frozen.
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * RULE_CORES.map((r) => r.id).join() === RULE_IDS.join()
 * //=> true
 * ```
 */
export const RULE_CORES: readonly CoreRule[] = /* @__PURE__ */ (() => {
  const all = [...FACILITY_RULES, ...UNIT_RULES, ...TOWNSHIP_RULES, ...COUNTY_RULES, ...RECORD_RULES];
  const sorted = all
    .map((r, i) => [r, i] as const)
    .sort((a, b) => (CLAUSE_ORDER.get(a[0].clause) ?? 0) - (CLAUSE_ORDER.get(b[0].clause) ?? 0) || a[1] - b[1])
    .map(([r]) => r);
  const ids = sorted.map((r) => r.id).join();
  if (ids !== RULE_IDS.join()) throw new Error('RULE_IDS is out of date with the rule files');
  return Object.freeze(sorted);
})();

const BY_ID: ReadonlyMap<string, CoreRule> = /* @__PURE__ */ new Map(RULE_CORES.map((r) => [r.id, r]));

/**
 * One rule without its texts, by ID, as `getRule` finds it.
 *
 * @internal
 * @throws RangeError when called (from untyped code) with an unknown ID, worded as `getRule`'s.
 * @clause T3
 * @example
 * ```ts
 * ruleCoreOf('t3-opening-hours').severity
 * //=> 'soft'
 * ```
 */
export function ruleCoreOf(id: RuleId): CoreRule {
  const rule = BY_ID.get(id);
  if (rule === undefined) throw new RangeError(`Unknown rule ID: ${String(id)}`);
  return rule;
}
