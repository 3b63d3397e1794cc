/**
 * The summary mode's one pass over the units: each unit is added into its township's indicator sums and its
 * township's row of rule-status counts, with no object per unit; then townships are finalized, merged into the county,
 * and the counts laid out as columns. The same roll-up is reached from plain-JSON partials (map → merge → finalize).
 *
 * @internal
 * @module
 */
import { PlanInputError } from '../_lib/PlanInputError';
import { addUnitInto, mergeInto, newPartial, seal, type MutablePartial } from '../indicators/_accumulate';
import { finalizeAll } from '../indicators/_finalize';
import type { ResolvedOptions } from '../indicators/IndicatorOptions';
import type { IndicatorPartial } from '../indicators/IndicatorPartial';
import type { IndicatorResult } from '../indicators/IndicatorResult';
import type { ElapsedShare } from '../period/elapsedShare';
import { ruleCount, sameOptions } from '../rules/countUnitRules';
import { byCode, LISTED_STATUSES, MissingTally, UNIT_RULE_SUBJECT_LIMIT, UnitRuleTally } from '../rules/_lib/tally';
import { classCode, RULE_STATUSES, STATUS_COUNT, type UnitCheck } from '../rules/_lib/unitCheck';
import type { RuleStatus } from '../rules/types';
import type { UnitRuleCount } from '../rules/UnitRuleCounts';
import type { CountyFigures } from '../snapshot/countySchema';
import type { Snapshot } from '../snapshot/snapshotSchema';
import type { Unit } from '../snapshot/unitSchema';
import type { EvaluationRuleCounts, TownshipRuleCount } from './Evaluation';
import type { SummaryPartial, TownshipSummaryPartial } from './SummaryPartial';

/**
 * One township of a roll-up: its units, sealed indicator partial, and its row of counts (`counts[at …]`).
 *
 * @category Evaluation · 评估
 */
export interface RollupTownship {
  readonly code: string;
  readonly units: number;
  readonly indicators: IndicatorPartial;
  readonly counts: ArrayLike<number>;
  readonly at: number;
}

/**
 * The unit-level roll-up of a summary evaluation, however it was reached.
 *
 * @category Evaluation · 评估
 */
export interface Rollup {
  readonly units: number;
  readonly checks: readonly UnitCheck[];
  /** Sorted by code. */
  readonly townships: readonly RollupTownship[];
  /** Rule r's listed subjects of listed status k (0 fail, 1 pending, 2 missing_data). */
  readonly tally: UnitRuleTally;
  /** Units lacking each field. */
  readonly missingUnits: Readonly<Record<string, number>>;
}

interface TownshipAcc {
  readonly code: string;
  readonly at: number;
  units: number;
  readonly indicators: MutablePartial;
}

/**
 * One pass over the snapshot's units.
 *
 * @category Evaluation · 评估
 */
export function rollUnits(snapshot: Snapshot, io: ResolvedOptions, checks: readonly UnitCheck[]): Rollup {
  const missing = new MissingTally();
  const tally = new UnitRuleTally(checks, missing);
  const width = tally.width;
  const by = io.classifyBy;
  const byTownship = new Map<string, TownshipAcc>();
  let counts = new Int32Array(Math.max(1, width) * 64);
  let next = 0;
  let last: TownshipAcc | undefined;
  const units = snapshot.units;
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    const code = u.townshipCode;
    let t = last;
    if (t === undefined || t.code !== code) {
      t = byTownship.get(code);
      if (t === undefined) {
        if ((next + 1) * width > counts.length) {
          const grown = new Int32Array(counts.length * 2);
          grown.set(counts);
          counts = grown;
        }
        t = { code, at: next * width, units: 0, indicators: newPartial() };
        next++;
        byTownship.set(code, t);
      }
      last = t;
    }
    missing.startUnit();
    t.units++;
    addUnitInto(t.indicators, u, io, missing);
    tally.add(u, classCode(u, by), counts, t.at);
  }
  const townships: RollupTownship[] = [];
  for (const t of byTownship.values()) {
    townships.push({ code: t.code, units: t.units, indicators: seal(t.indicators), counts, at: t.at });
  }
  townships.sort((a, b) => byCode(a.code, b.code));
  return { units: units.length, checks, townships, tally, missingUnits: missing.toRecord() };
}

/**
 * The roll-up of a plain-JSON partial, checked against the rules and readings of this evaluation.
 *
 * @category Evaluation · 评估
 */
export function rollupFromPartial(partial: SummaryPartial, checks: readonly UnitCheck[], options: Readonly<Record<string, unknown>>, asOf: string): Rollup {
  const bad = (what: string, zh: string, en: string): never => {
    throw new PlanInputError({ code: 'incompatible_partials', path: [what], messageZh: zh, messageEn: en });
  };
  if (partial.rules.asOf !== asOf) bad('asOf', `汇总的评估日期 ${partial.rules.asOf} 与本次评估的 ${asOf} 不同`, `the summary was judged on ${partial.rules.asOf}, this evaluation on ${asOf}`);
  if (!sameOptions(partial.options, options)) bad('options', '汇总所用的选项与本次评估不同', 'the summary was made under other options than this evaluation');
  const ids = checks.map((c) => c.def.id);
  if (partial.rules.rules.length !== ids.length || partial.rules.rules.some((r, i) => r.ruleId !== ids[i])) {
    bad('rules', '汇总所含的规则与本次评估不同', 'the summary counts other rules than this evaluation runs');
  }
  const width = ids.length * STATUS_COUNT;
  const townships: RollupTownship[] = [];
  for (const code of Object.keys(partial.townships).sort(byCode)) {
    const t = partial.townships[code] as TownshipSummaryPartial;
    if (t.ruleCounts.length !== width) bad('townships', `乡镇 ${code} 的计数个数不对`, `township ${code} has ${t.ruleCounts.length} counts, expected ${width}`);
    townships.push({ code, units: t.units, indicators: t.indicators, counts: t.ruleCounts, at: 0 });
  }
  const tally = new UnitRuleTally(checks, undefined);
  partial.rules.rules.forEach((r, i) => LISTED_STATUSES.forEach((s, k) => tally.addSubjects(i, k, r.subjects[s])));
  return { units: partial.units, checks, townships, tally, missingUnits: partial.missingUnits };
}

/**
 * A roll-up as a plain-JSON partial.
 *
 * @category Evaluation · 评估
 */
export function partialOf(rollup: Rollup, options: Readonly<Record<string, string | number | boolean>>, ruleOptions: Readonly<Record<string, string | number | boolean>>, asOf: string): SummaryPartial {
  const width = rollup.checks.length * STATUS_COUNT;
  const townships: Record<string, TownshipSummaryPartial> = {};
  for (const t of rollup.townships) {
    const row: number[] = [];
    for (let i = 0; i < width; i++) row.push(t.counts[t.at + i] as number);
    townships[t.code] = { units: t.units, indicators: t.indicators, ruleCounts: row };
  }
  return {
    units: rollup.units,
    options: { ...options },
    townships,
    rules: { asOf, options: { ...ruleOptions }, units: rollup.units, rules: totals(rollup).map((r) => r.count) },
    missingUnits: { ...rollup.missingUnits },
  };
}

/**
 * Each rule's total counts (and its clause), for the summary and the partial.
 *
 * @category Evaluation · 评估
 */
export function totals(rollup: Rollup): { count: UnitRuleCount; row: number[] }[] {
  return rollup.checks.map((check, r) => {
    const row = [0, 0, 0, 0, 0];
    for (const t of rollup.townships) {
      const at = t.at + r * STATUS_COUNT;
      for (let s = 0; s < STATUS_COUNT; s++) row[s] = (row[s] as number) + (t.counts[at + s] as number);
    }
    return { count: ruleCount(check, row, 0, rollup.tally, r), row };
  });
}

/**
 * Where the roll-up is finalized: on which date, for which region, and which levels to report.
 *
 * @category Evaluation · 评估
 */
export interface FinalizeRollupContext {
  readonly share: ElapsedShare;
  readonly region: string;
  readonly countyPopulation: boolean;
  readonly county: CountyFigures | undefined;
  readonly townshipResults: boolean;
}

/**
 * The county and township indicator results, the rule-count columns and each rule's totals.
 *
 * @category Evaluation · 评估
 */
export function finalizeRollup(
  rollup: Rollup,
  ctx: FinalizeRollupContext,
): { county: IndicatorResult[]; townships: IndicatorResult[]; ruleCounts: EvaluationRuleCounts; unitTotals: UnitRuleCount[] } {
  const county = newPartial();
  const townships: IndicatorResult[] = [];
  for (const t of rollup.townships) {
    mergeInto(county, t.indicators);
    if (ctx.townshipResults) {
      for (const r of finalizeAll(t.indicators, { level: 'township', subject: t.code, countyPopulation: false }, ctx.share)) townships.push(r);
    }
  }
  seal(county);
  const countyResults = finalizeAll(county, { level: 'county', subject: ctx.region, countyPopulation: ctx.countyPopulation, county: ctx.county }, ctx.share);

  const ts = rollup.townships;
  const rules: TownshipRuleCount[] = [];
  const unitTotals: UnitRuleCount[] = [];
  const n = ts.length;
  rollup.checks.forEach((check, r) => {
    // Columns filled by index: sized once, no growth.
    // Stryker disable next-line ArrayDeclaration: every column is filled from index 0 up, so its initial length shows nowhere
    const cols: number[][] = Array.from({ length: STATUS_COUNT }, () => new Array<number>(n));
    const row: number[] = [];
    for (let s = 0; s < STATUS_COUNT; s++) {
      const col = cols[s] as number[];
      let sum = 0;
      for (let i = 0; i < n; i++) {
        const t = ts[i] as RollupTownship;
        const v = t.counts[t.at + r * STATUS_COUNT + s] as number;
        col[i] = v;
        sum += v;
      }
      row.push(sum);
    }
    const count = ruleCount(check, row, 0, rollup.tally, r);
    const byTownship = {} as Record<RuleStatus, number[]>;
    for (let s = 0; s < STATUS_COUNT; s++) byTownship[RULE_STATUSES[s] as RuleStatus] = cols[s] as number[];
    rules.push({ ruleId: count.ruleId, clause: count.clause, counts: count.counts, byTownship, subjects: count.subjects });
    unitTotals.push(count);
  });
  return {
    county: countyResults,
    townships,
    ruleCounts: { subjectLimit: UNIT_RULE_SUBJECT_LIMIT, townships: ts.map((t) => t.code), rules },
    unitTotals,
  };
}
