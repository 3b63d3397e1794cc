import type { Snapshot } from '../snapshot/snapshotSchema';
import { runnerOf } from './_lib/rule';
import type { RuleId } from './RULE_IDS';
import { resolveRuleOptions, type RuleOptions } from './RuleOptions';
import { getRule, RULES } from './RULES';
import type { RuleResult } from './types';

/**
 * Check a snapshot against every rule (or the rules listed in `only`), in catalogue order, each rule's results in
 * its own deterministic order (units in snapshot order, townships by code, records in input order).
 *
 * Never throws on a valid snapshot (see `parseSnapshot`) and never changes it; absent data gives `missing_data`
 * results. Options left out take their defaults (see {@link RuleOptions}).
 *
 * @param snapshot - A validated snapshot.
 * @param options - Readings and display options.
 * @param only - Rule IDs to run (in catalogue order regardless of the order given); all rules when left out.
 * @throws `PlanInputError` (code `invalid_option` or `unknown_option`) for a bad option.
 * @clause T3
 * @clause P3.2
 * @example
 * ```ts
 * const results = checkRules(
 *   { asOf: '2024-06-30', units: [], county: { ethnicUnityDemonstrationUnits: 12 } },
 *   {},
 *   ['p3-14-demonstration-villages'],
 * );
 * results.map((r) => [r.subject, r.status, r.actual, r.expected])
 * //=> [['533124', 'pending', '12', '≥20']]
 * ```
 * @category Evaluation · 评估
 */
export function checkRules(snapshot: Snapshot, options?: RuleOptions, only?: readonly RuleId[]): RuleResult[] {
  const o = resolveRuleOptions(options);
  const wanted = only === undefined ? undefined : new Set<string>(only.map((id) => getRule(id).id));
  const out: RuleResult[] = [];
  for (const rule of RULES) {
    if (wanted !== undefined && !wanted.has(rule.id)) continue;
    const results = runnerOf(rule.id)(snapshot, o);
    for (const r of results) out.push(r);
  }
  return out;
}

/**
 * Check a snapshot against one rule (the same as `getRule(id).check(snapshot, options)`).
 *
 * @throws `PlanInputError` for a bad option; `RangeError` for an unknown rule ID.
 * @clause P2.2
 * @example
 * ```ts
 * checkRule('p2-2-registered-volunteers', { asOf: '2025-12-31', units: [], county: { residentPopulation: 1000, registeredVolunteers: 150 } })[0]?.status
 * //=> 'pass'
 * ```
 * @category Evaluation · 评估
 */
export function checkRule(id: RuleId, snapshot: Snapshot, options?: RuleOptions): RuleResult[] {
  getRule(id);
  return runnerOf(id)(snapshot, resolveRuleOptions(options));
}
