import type { Snapshot, SnapshotInput } from '../snapshot/snapshotSchema';
import { runnerOf } from './_lib/rule';
import { ruleSnapshot } from './_lib/ruleSnapshot';
import { RULE_CORES, ruleCoreOf } from './_RULE_CORES';
import type { RuleId } from './RULE_IDS';
import { resolveRuleOptions, type ResolvedRuleOptions, type RuleOptions } from './RuleOptions';
import type { RuleResult } from './types';

/**
 * Check a snapshot against every rule (or the rules listed in `only`), in catalogue order, each rule's results in
 * its own deterministic order (units in snapshot order, townships by code, records in input order).
 *
 * A snapshot from `parseSnapshot` is read as it is; any other is first parsed by the same schema (areas given as
 * numbers read as their shortest decimal strings), and a snapshot it would reject throws, naming the first problem's
 * path: no rule judges a value it did not understand. Never throws on a valid snapshot and never changes it; absent
 * data gives `missing_data` results. Options left out take their defaults (see {@link RuleOptions}).
 *
 * @param snapshot - A snapshot: `parseSnapshot`'s output, or input of the same shape.
 * @param options - Readings and display options.
 * @param only - Rule IDs to run (in catalogue order regardless of the order given); all rules when left out.
 * @throws `PlanInputError` (code `invalid_option` or `unknown_option`) for a bad option; with the problem's code and
 *   path (`asOf`, `units[0].residentPopulation`) for a snapshot `parseSnapshot` would reject.
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
 * checkRules({ asOf: '2025-02-30', units: [] });
 * //=> throws PlanInputError { code: 'invalid_date', path: ['asOf'] }
 * ```
 * @category Evaluation · 评估
 */
export function checkRules(snapshot: SnapshotInput, options?: RuleOptions, only?: readonly RuleId[]): RuleResult[] {
  const o = resolveRuleOptions(options);
  return runRules(ruleSnapshot(snapshot), o, only);
}

/**
 * {@link checkRules} over a snapshot already parsed, unchecked: for `evaluate`, whose snapshot `safeParseSnapshot`
 * produced (possibly with another `asOf`, already checked).
 *
 * @internal
 */
export function checkRulesParsed(snapshot: Snapshot, options?: RuleOptions, only?: readonly RuleId[]): RuleResult[] {
  return runRules(snapshot, resolveRuleOptions(options), only);
}

function runRules(snapshot: Snapshot, o: ResolvedRuleOptions, only: readonly RuleId[] | undefined): RuleResult[] {
  const wanted = only === undefined ? undefined : new Set<string>(only.map((id) => ruleCoreOf(id).id));
  const out: RuleResult[] = [];
  for (const rule of RULE_CORES) {
    if (wanted !== undefined && !wanted.has(rule.id)) continue;
    const results = runnerOf(rule.id)(snapshot, o);
    for (const r of results) out.push(r);
  }
  return out;
}

/**
 * Check a snapshot against one rule (the same as `getRule(id).check(snapshot, options)`). The snapshot is taken as
 * {@link checkRules} takes it.
 *
 * @throws `PlanInputError` for a bad option or a snapshot `parseSnapshot` would reject (naming the problem's path);
 *   `RangeError` for an unknown rule ID.
 * @clause P2.2
 * @example
 * ```ts
 * checkRule('p2-2-registered-volunteers', { asOf: '2025-12-31', units: [], county: { residentPopulation: 1000, registeredVolunteers: 150 } })[0]?.status
 * //=> 'pass'
 * checkRule('p2-2-registered-volunteers', { asOf: '2025-12-31', units: [], county: { residentPopulation: -1000, registeredVolunteers: 150 } });
 * //=> throws PlanInputError { code: 'negative', path: ['county', 'residentPopulation'] }
 * ```
 * @category Evaluation · 评估
 */
export function checkRule(id: RuleId, snapshot: SnapshotInput, options?: RuleOptions): RuleResult[] {
  ruleCoreOf(id);
  const o = resolveRuleOptions(options);
  return runnerOf(id)(ruleSnapshot(snapshot), o);
}
