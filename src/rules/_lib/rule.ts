/**
 * Private machinery shared by the rules: defining a rule, building results, due dates and subjects.
 *
 * @internal
 * @module
 */
import { deepFreeze } from '../../_lib/deepFreeze';
import type { CalendarDate } from '../../period/CalendarDate';
import { classifyUnit } from '../../snapshot/classifyUnit';
import { LONGCHUAN_CODE, type Snapshot } from '../../snapshot/snapshotSchema';
import type { Unit } from '../../snapshot/unitSchema';
import { resolveRuleOptions, type ResolvedRuleOptions } from '../RuleOptions';
import type { Rule, RuleDefinition, RuleGap, RuleMeasure, RuleResult, RuleStatus } from '../types';
import { ruleSnapshot } from './ruleSnapshot';
import { subjectEn, subjectZh } from './subject';

/**
 * How a rule computes its results from a snapshot and resolved options.
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * const run: RunFn = (snapshot) => [];
 * run({ asOf: '2024-12-31', units: [] } as Snapshot, resolveRuleOptions(undefined))
 * //=> []
 * ```
 */
export type RunFn = (snapshot: Snapshot, o: ResolvedRuleOptions) => RuleResult[];

/**
 * A rule's definition as its runner reads it: everything but the plan's words (`quote`) and the reading
 * (`interpretation`), which live in each rule file's text table and are joined to it only by the catalogue (`RULES`).
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * const { quote, interpretation, ...core } = getRule('t3-opening-hours');
 * const def: RuleCore = core;
 * ```
 */
export type RuleCore = Omit<RuleDefinition, 'quote' | 'interpretation'>;

/**
 * A rule as {@link defineRule} makes it: its {@link RuleCore} and its check (the catalogue adds the texts).
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * const rule: CoreRule = defineRule({ ...getRule('t3-opening-hours'), id: 'example-core-rule' } as RuleCore, () => []);
 * ```
 */
export type CoreRule = RuleCore & Pick<Rule, 'check'>;

/**
 * The plan's words and the reading of each rule, by rule ID (a rule without a reading has no `interpretation` key).
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * const texts: RuleTextTable = { 'example-rule': { quote: '一般不少于每天8小时' } };
 * ```
 */
export type RuleTextTable = Readonly<Record<string, Pick<RuleDefinition, 'quote' | 'interpretation'>>>;

const RUNNERS = new Map<string, RunFn>();

/**
 * Freeze a definition, attach its check, and register its runner for the catalogue (each ID once). The check takes
 * the snapshot as `checkRules` does: `parseSnapshot`'s output as it is, anything else parsed first (a snapshot the
 * parser would reject throws `PlanInputError` naming the problem's path).
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * const def = { ...getRule('t3-opening-hours'), id: 'example-rule' } as RuleDefinition;
 * const rule = defineRule(def, () => []);
 * Object.isFrozen(rule)
 * //=> true
 * ```
 */
export function defineRule(def: RuleCore, run: RunFn): CoreRule {
  if (RUNNERS.has(def.id)) throw new Error(`duplicate rule ID ${def.id}`);
  RUNNERS.set(def.id, run);
  const check = (snapshot: Snapshot, options?: Parameters<Rule['check']>[1]): RuleResult[] => {
    const o = resolveRuleOptions(options);
    return run(ruleSnapshot(snapshot), o);
  };
  return deepFreeze({ ...def, check });
}

/**
 * The runner of a rule, for the catalogue (options already resolved).
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * runnerOf('t3-opening-hours')({ asOf: '2024-12-31', units: [] } as Snapshot, resolveRuleOptions(undefined))
 * //=> []
 * ```
 */
export function runnerOf(id: string): RunFn {
  const run = RUNNERS.get(id);
  if (run === undefined) throw new Error(`no runner for rule ${id}`);
  return run;
}

/** The shared empty `missing` list (frozen). */
const NONE: readonly string[] = Object.freeze([]);

/**
 * Build one result; the clause is prefixed to both messages. `measure` is the number compared (a judged result of a
 * numeric rule only), built from the integers `actual` is rounded from.
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * result(getRule('t3-opening-hours'), '533124101001', 'pass', '8h', '≥8h', '…', '…').message.en
 * //=> '[T3] …'
 * ```
 */
export function result(
  def: RuleCore,
  subject: string,
  status: RuleStatus,
  actual: string | null,
  expected: string | null,
  zh: string,
  en: string,
  missing: readonly string[] = NONE,
  gap: RuleGap | null = null,
  measure: RuleMeasure | null = null,
): RuleResult {
  return {
    ruleId: def.id,
    clause: def.clause,
    subject,
    status,
    severity: def.severity,
    actual,
    expected,
    measure,
    message: { zh: `[${def.clause}] ${zh}`, en: `[${def.clause}] ${en}` },
    gap,
    missing,
    // The one builder of results: the union's promises per status (a judged result has both strings, the others
    // none; only a judged result has a measure, …) are held by every rule, as test/rules/resultShapes.test.ts checks over the sample and the vectors.
  } as RuleResult;
}

/**
 * A `missing_data` result naming the fields.
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * missingResult(getRule('t3-opening-hours'), '533124101001', ['openingSchedule'], '≥8h').missing
 * //=> ['openingSchedule']
 * ```
 */
export function missingResult(def: RuleCore, subject: string, missing: readonly string[], expected: string | null): RuleResult {
  const list = missing.join(', ');
  return result(
    def,
    subject,
    'missing_data',
    null,
    expected,
    `${subjectZh(subject)}：缺少数据 ${missing.join('、')}，无法判断${def.titleZh}`,
    `${subjectEn(subject)}: missing ${list}; cannot judge: ${def.titleEn}`,
    missing,
  );
}

/**
 * A `not_applicable` result with a reason.
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * notApplicable(getRule('t3-opening-hours'), '533124101001', '…', 'no facility').status
 * //=> 'not_applicable'
 * ```
 */
export function notApplicable(def: RuleCore, subject: string, zh: string, en: string): RuleResult {
  return result(def, subject, 'not_applicable', null, null, `${subjectZh(subject)}：不适用，${zh}`, `${subjectEn(subject)}: not applicable, ${en}`);
}

/**
 * The due date a rule is judged against under the options: its own, else its implied one unless `undatedTargets` is `'immediately'`.
 *
 * @internal
 * @clause R3
 * @example
 * ```ts
 * dueOf(getRule('p3-4-disabled-persons-association'), resolveRuleOptions(undefined))
 * //=> '2025-12-31'
 * dueOf(getRule('p3-4-disabled-persons-association'), resolveRuleOptions({ undatedTargets: 'immediately' }))
 * //=> undefined
 * ```
 */
export function dueOf(def: RuleCore, o: ResolvedRuleOptions): CalendarDate | undefined {
  return def.due ?? (o.undatedTargets === 'plan_end' ? def.impliedDue : undefined);
}

/**
 * Status of an unmet requirement: `pending` before its due date, `fail` from the due date on (or with none).
 *
 * @internal
 * @clause R3
 * @example
 * ```ts
 * [unmetStatus('2025-12-30', '2025-12-31'), unmetStatus('2025-12-31', '2025-12-31'), unmetStatus('2021-01-01', undefined)]
 * //=> ['pending', 'fail', 'fail']
 * ```
 */
export function unmetStatus(asOf: string, due: string | undefined): 'pending' | 'fail' {
  return due === undefined || asOf >= due ? 'fail' : 'pending';
}

/**
 * The message tail for an unmet requirement: the due date and whether it has passed.
 *
 * @internal
 * @clause R3
 * @example
 * ```ts
 * dueNote('pending', '2025-12-31').en
 * //=> ' (due 2025-12-31, not yet due)'
 * ```
 */
export function dueNote(status: 'pending' | 'fail', due: string | undefined): { zh: string; en: string } {
  if (due === undefined) return { zh: '', en: '' };
  return status === 'pending'
    ? { zh: `（期限 ${due}，尚未到期）`, en: ` (due ${due}, not yet due)` }
    : { zh: `（期限 ${due} 已到）`, en: ` (due ${due}, now due)` };
}

/**
 * The county-level subject: the snapshot's region code, Longchuan's `'533124'` by default, `'CN'` for all China.
 *
 * @internal
 * @clause P3.14
 * @example
 * ```ts
 * [countySubject({ asOf: '2024-12-31', units: [] }), countySubject({ asOf: '2024-12-31', regionCode: '', units: [] })]
 * //=> ['533124', 'CN']
 * ```
 */
export function countySubject(snapshot: Snapshot): string {
  const r = snapshot.regionCode;
  return r === undefined ? LONGCHUAN_CODE : r === '' ? 'CN' : r;
}

/**
 * Which village-level units a unit rule covers under the options.
 *
 * @internal
 * @clause P3.11
 * @example
 * ```ts
 * const f: UnitFilter = 'rural';
 * ```
 */
export type UnitFilter = 'all' | 'urban' | 'rural' | 'urban_no_farm';

/**
 * Whether a unit is covered by a filter: `true`, `false`, or `undefined` when its classification is unknown.
 *
 * @internal
 * @clause P3.11
 * @example
 * ```ts
 * unitCovered({ code: '533124101201', townshipCode: '533124101' }, 'rural', resolveRuleOptions(undefined))
 * //=> true
 * ```
 */
export function unitCovered(unit: Unit, filter: UnitFilter, o: ResolvedRuleOptions): boolean | undefined {
  if (filter === 'all') return true;
  const c = classifyUnit(unit, o.classifyBy);
  if (c === undefined) return undefined;
  if (filter === 'urban_no_farm') return c === 'urban' && unit.townshipCode !== '533124400';
  return c === filter;
}
