import { PlanInputError } from '../_lib/PlanInputError';
import { addCounts } from '../_lib/addCounts';
import type { Snapshot } from '../snapshot/snapshotSchema';
import { byCode, LISTED_STATUSES, UNIT_RULE_SUBJECT_LIMIT, UnitRuleTally } from './_lib/tally';
import { classCode, RULE_STATUSES, STATUS_COUNT, type UnitCheck } from './_lib/unitCheck';
import { prepareUnitChecks, ruleOptionsRecord } from './prepareUnitChecks';
import type { RuleId } from './RULE_IDS';
import { resolveRuleOptions, type RuleOptions } from './RuleOptions';
import type { RuleStatus } from './types';
import type { UnitRuleCount, UnitRuleCounts } from './UnitRuleCounts';

/**
 * Count the statuses of every unit-level rule (or of those listed in `only`) over a snapshot's units, without
 * building a result object per unit: the same statuses `checkRules` gives, counted, with the first subjects of each
 * status that needs attention. For dashboards over very large data (every village-level unit of a province or of
 * China); the counts of disjoint sets of units merge with {@link mergeUnitRuleCounts}.
 *
 * @param snapshot - A validated snapshot (its units are counted, its `asOf` is the judging date).
 * @param options - Readings, as for `checkRules`.
 * @param only - Rule IDs to count; rules of other scopes among them are ignored. All unit-level rules by default.
 * @throws `PlanInputError` for a bad option; `RangeError` for an unknown rule ID.
 * @clause T3
 * @clause S4
 * @example
 * ```ts
 * const snapshot = parseSnapshot({ asOf: '2024-12-31', units: [{ code: '533124101201', townshipCode: '533124101', gridMembers: 0 }] });
 * countUnitRules(snapshot, {}, ['t10-grid-members']).rules[0]?.counts
 * //=> { pass: 0, fail: 1, pending: 0, not_applicable: 0, missing_data: 0 }
 * ```
 * @category Evaluation · 评估
 */
export function countUnitRules(snapshot: Snapshot, options?: RuleOptions, only?: readonly RuleId[]): UnitRuleCounts {
  const o = resolveRuleOptions(options);
  const checks = prepareUnitChecks(snapshot, o, only);
  const tally = new UnitRuleTally(checks, undefined);
  const row = new Int32Array(tally.width);
  const by = o.classifyBy;
  const units = snapshot.units;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    tally.add(u, classCode(u, by), row, 0);
  }
  return {
    asOf: snapshot.asOf,
    options: ruleOptionsRecord(o),
    units: units.length,
    rules: checks.map((c, r) => ruleCount(c, row, r * STATUS_COUNT, tally, r)),
  };
}

/**
 * One rule's count entry from a row of counts and the tally's subjects.
 *
 * @internal
 */
export function ruleCount(check: UnitCheck, row: ArrayLike<number>, at: number, tally: UnitRuleTally, r: number): UnitRuleCount {
  const counts = {} as Record<RuleStatus, number>;
  for (let s = 0; s < STATUS_COUNT; s++) counts[RULE_STATUSES[s] as RuleStatus] = row[at + s] as number;
  return {
    ruleId: check.def.id,
    clause: check.def.clause,
    counts,
    subjects: { fail: tally.subjects(r, 0), pending: tally.subjects(r, 1), missing_data: tally.subjects(r, 2) },
  };
}

function incompatible(what: string, zh: string): never {
  throw new PlanInputError({
    code: 'incompatible_partials',
    path: [what],
    messageZh: `无法合并：两份计数的${zh}不同`,
    messageEn: `cannot merge: the two counts differ in ${what}`,
  });
}

/**
 * Whether two options records are equal.
 *
 * @internal
 */
export function sameOptions(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) return false;
  return true;
}

/**
 * The first `limit` codes of two code-ordered lists, merged.
 *
 * @internal
 */
export function mergeSubjects(a: readonly string[], b: readonly string[], limit: number = UNIT_RULE_SUBJECT_LIMIT): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (out.length < limit && (i < a.length || j < b.length)) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && byCode(x, y) <= 0)) {
      out.push(x as string);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}

/**
 * Merge the counts of two disjoint sets of units (two provinces, two worker threads' shares): counts added, subjects
 * merged in code order and cut at `UNIT_RULE_SUBJECT_LIMIT`. Pure, associative and commutative, so any grouping gives
 * the counts of the whole.
 *
 * @throws `PlanInputError` (code `incompatible_partials`) when the two were judged on different dates, under
 * different options or over different rules.
 * @clause S4
 * @example
 * ```ts
 * const unit = (code: string, gridMembers: number) => ({ code, townshipCode: code.slice(0, 9), gridMembers });
 * const a = countUnitRules(parseSnapshot({ asOf: '2024-12-31', units: [unit('533124101201', 0)] }), {}, ['t10-grid-members']);
 * const b = countUnitRules(parseSnapshot({ asOf: '2024-12-31', units: [unit('533124102201', 3)] }), {}, ['t10-grid-members']);
 * mergeUnitRuleCounts(a, b).rules[0]?.counts.pass
 * //=> 1
 * ```
 * @category Evaluation · 评估
 */
export function mergeUnitRuleCounts(a: UnitRuleCounts, b: UnitRuleCounts): UnitRuleCounts {
  if (a.asOf !== b.asOf) incompatible('asOf', '评估日期');
  if (!sameOptions(a.options, b.options)) incompatible('options', '选项');
  if (a.rules.length !== b.rules.length || a.rules.some((r, i) => r.ruleId !== b.rules[i]!.ruleId)) incompatible('rules', '规则');
  return {
    asOf: a.asOf,
    options: { ...a.options },
    units: addCounts(a.units, b.units, ['rules', 'units']),
    rules: a.rules.map((x, i) => {
      const y = b.rules[i] as UnitRuleCount;
      const counts = {} as Record<RuleStatus, number>;
      for (const s of RULE_STATUSES) counts[s] = addCounts(x.counts[s], y.counts[s], ['rules', 'rules', i, 'counts', s]);
      const subjects = {} as Record<(typeof LISTED_STATUSES)[number], string[]>;
      for (const s of LISTED_STATUSES) subjects[s] = mergeSubjects(x.subjects[s], y.subjects[s]);
      return { ruleId: x.ruleId, clause: x.clause, counts, subjects };
    }),
  };
}
