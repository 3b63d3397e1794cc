/**
 * The rule model: what a rule of the plan is (data) and what its check returns (plain JSON).
 *
 * @module
 */
import type { ClauseId } from '../plan/clauseIds';
import type { CalendarDate } from '../period/CalendarDate';
import type { Snapshot } from '../snapshot/snapshotSchema';
import type { RuleId } from './RULE_IDS';
import type { RuleOptions } from './RuleOptions';

/**
 * What one result of a rule is about: one comprehensive service facility (`'facility'`, the unit's; subject = unit
 * code), one village-level unit (`'unit'`), one township-level unit (`'township'`), the county as a whole
 * (`'county'`), or one record of a list such as a visit month, an estate or an outlet (`'records'`).
 *
 * @clause P3.2
 * @example
 * ```ts
 * getRule('t3-opening-hours').scope
 * //=> 'facility'
 * ```
 * @category Evaluation · 评估
 */
export type RuleScope = 'facility' | 'unit' | 'township' | 'county' | 'records';

/**
 * Which village-level units a rule applies to: rural units (村), urban communities (社区) or all of them.
 *
 * @clause P3.11
 * @example
 * ```ts
 * getRule('p3-11-rural-auxiliary-police').appliesTo
 * //=> 'rural'
 * ```
 * @category Evaluation · 评估
 */
export type RuleAppliesTo = 'rural' | 'urban' | 'all';

/**
 * How binding the plan's wording is: `'binding'` (a plain requirement: 应, 实现, 落实, 到2025年…), `'soft'` (softened
 * by 原则上, 一般, 力争, 基本, 推广, or an indicative 预期性 target) or `'informational'` (可 "may", an aim beyond the
 * floor, or a trend the plan describes).
 *
 * @clause T3
 * @clause T8
 * @clause T10
 * @example
 * ```ts
 * [getRule('t3-opening-hours').severity, getRule('t10-ethnic-religious-officer').severity]
 * //=> ['soft', 'informational']
 * ```
 * @category Evaluation · 评估
 */
export type RuleSeverity = 'binding' | 'soft' | 'informational';

/**
 * How often a rule's requirement recurs: `'standard'` (holds at all times), `'target'` (reached once, by a due date),
 * `'annual'` (every calendar year), `'monthly'` (every calendar month) or `'trend'` (year on year).
 *
 * @clause P3.2
 * @example
 * ```ts
 * getRule('p3-2-monthly-visit-rate').cadence
 * //=> 'monthly'
 * ```
 * @category Evaluation · 评估
 */
export type RuleCadence = 'standard' | 'target' | 'annual' | 'monthly' | 'trend';

/**
 * The unit of a rule's threshold and of the number a result compares: hours a day, per cent, per mille, a count, m²
 * of building area per 100 households, or yuan (a monthly income against a monthly wage).
 *
 * @clause P6.3
 * @example
 * ```ts
 * getRule('p6-3-social-work-talent').threshold?.unit
 * //=> 'permille'
 * ```
 * @category Evaluation · 评估
 */
export type RuleMeasureUnit = 'hours_per_day' | 'percent' | 'permille' | 'count' | 'm2_per_100_households' | 'yuan';

/**
 * How a result's number is compared with its threshold: `'at_least'` (≥, every floor of the plan) or `'above'` (>,
 * the 一肩挑 trend's "rising" reading, where level with the year before is not a rise).
 *
 * @clause B1
 * @example
 * ```ts
 * const c: RuleComparator = 'at_least';
 * ```
 * @category Evaluation · 评估
 */
export type RuleComparator = 'at_least' | 'above';

/**
 * The number a judged rule result compared, beside its display strings: the exact value, the exact threshold, how
 * they are compared and the unit both are in, so that an application can compute and format without parsing
 * `actual` and `expected`. Both numbers are plain decimal strings (no exponent, no trailing zeros), exact when the
 * division terminates and otherwise to 40 significant digits, as the indicators' values are; the display strings
 * are rounded from the same integers. `value` compared with `threshold` by `comparator` gives the status: met for
 * `'pass'`, not met for `'fail'` and `'pending'`.
 *
 * @clause P6.3
 * @example
 * ```ts
 * const [r] = checkRule('p6-3-social-work-talent', { asOf: '2025-12-31', units: [], county: { residentPopulation: 190001, socialWorkProfessionals: 342 } });
 * [r?.actual, r?.measure]
 * //=> ['1.79999‰', { value: '1.799990526365650707101541570833837716644', threshold: '1.8', comparator: 'at_least', unit: 'permille' }]
 * ```
 * @category Evaluation · 评估
 */
export interface RuleMeasure {
  /** What the data shows, exactly, in `unit` (`'1.799990526365650707101541570833837716644'`, `'20'`, `'7.5'`). */
  readonly value: string;
  /** What the plan requires, exactly, in `unit` (`'1.8'`, `'20'`, `'8'`). */
  readonly threshold: string;
  /** How `value` is compared with `threshold`. */
  readonly comparator: RuleComparator;
  /** The unit of both numbers. */
  readonly unit: RuleMeasureUnit;
}

/**
 * A numeric threshold as the plan prints it: read as "at least" (不低于, 不少于, 至少, 达到, 以上 — 以上 includes the
 * number itself), the value as a plain decimal string in `unit`, and the plan's own words for it.
 *
 * @clause P3.14
 * @example
 * ```ts
 * getRule('p3-14-demonstration-villages').threshold
 * //=> { comparator: 'at_least', value: '20', unit: 'count', printed: '20个以上' }
 * ```
 * @category Evaluation · 评估
 */
export interface RuleThreshold {
  /** Always `'at_least'` (≥): every numeric requirement of the plan is a floor. */
  readonly comparator: 'at_least';
  /** The number, a plain decimal string in `unit` (`'8'`, `'1.8'`, `'100'`). */
  readonly value: string;
  /** The unit `value` is in. */
  readonly unit: RuleMeasureUnit;
  /** The plan's exact words for the threshold, a verbatim part of the plan (`'每天8小时'`, `'100％'`). */
  readonly printed: string;
}

/**
 * Where the plan's text is open: how this library reads it, and the option (see {@link RuleOptions}) that selects
 * another reading.
 *
 * @clause T3
 * @example
 * ```ts
 * getRule('t3-opening-hours').interpretation?.option
 * //=> 'openingHoursBasis'
 * ```
 * @category Evaluation · 评估
 */
export interface RuleInterpretation {
  /** The reading, in Chinese. */
  readonly noteZh: string;
  /** The reading, in English. */
  readonly noteEn: string;
  /** The option that changes it, if any. */
  readonly option?: keyof RuleOptions;
  /** The option's default value (the library's reading). */
  readonly default?: string;
  /** The option's other values. */
  readonly alternatives?: readonly string[];
}

/**
 * One rule of the plan as data (deep-frozen): its ID, clause, the plan's exact words, scope, the units it applies
 * to, due date, how binding it is, threshold and reading.
 *
 * @clause P3.16
 * @example
 * ```ts
 * const def: RuleDefinition = getRule('p3-16-village-plans');
 * [def.clause, def.due, def.threshold?.printed]
 * //=> ['P3.16', '2025-12-31', '68个行政村']
 * ```
 * @category Evaluation · 评估
 */
export interface RuleDefinition {
  /** Stable ID: the clause ID in lower case with `-` for `.`, then a kebab-case name (`'p3-2-monthly-visit-rate'`). */
  readonly id: RuleId;
  /** The clause the rule encodes. */
  readonly clause: ClauseId;
  /** Other clauses that state the same requirement. */
  readonly relatedClauses: readonly ClauseId[];
  /** The plan's exact words, a verbatim substring of the plan text. */
  readonly quote: string;
  /** Short title in Chinese. */
  readonly titleZh: string;
  /** Short title in English. */
  readonly titleEn: string;
  /** What each result is about. */
  readonly scope: RuleScope;
  /** Which units it applies to. */
  readonly appliesTo: RuleAppliesTo;
  /** Due date written in the clause (“到2025年”, “力争2025年”, “‘十四五’期间” → `'2025-12-31'`). */
  readonly due?: CalendarDate;
  /**
   * For a target whose clause states no date: the plan's general target date (“到2025年末”, 发展目标), used when the
   * option `undatedTargets` is `'plan_end'` (the default).
   */
  readonly impliedDue?: CalendarDate;
  /** How binding the wording is. */
  readonly severity: RuleSeverity;
  /** The word of the plan that softens the rule (`'一般'`, `'原则上'`, `'力争'`, `'可'`, `'基本'`, `'推广'`, `'预期性'`), if any. */
  readonly severityWord?: string;
  /** How often the requirement recurs. */
  readonly cadence: RuleCadence;
  /** The numeric threshold, where the rule compares a number. */
  readonly threshold?: RuleThreshold;
  /** The reading where the text is open. */
  readonly interpretation?: RuleInterpretation;
}

/**
 * The outcome of a rule for one subject: `'pass'`, `'fail'`, `'pending'` (due date not yet reached and not yet met),
 * `'not_applicable'` (the rule does not apply, or a denominator is zero) or `'missing_data'` (see `missing`).
 *
 * @clause R3
 * @example
 * ```ts
 * const s: RuleStatus = 'pending';
 * ```
 * @category Evaluation · 评估
 */
export type RuleStatus = 'pass' | 'fail' | 'pending' | 'not_applicable' | 'missing_data';

/**
 * The unit a rule's gap is counted in: persons, village-level units (村/社区), townships, facilities, centres or other
 * whole things (`'count'`), m² of building area, yuan, hours a day, or records (months, estates, outlets).
 *
 * @clause P6.3
 * @example
 * ```ts
 * const u: RuleGapUnit = 'persons';
 * ```
 * @category Evaluation · 评估
 */
export type RuleGapUnit = 'persons' | 'units' | 'townships' | 'count' | 'm2' | 'yuan' | 'hours_per_day' | 'records';

/**
 * What is still needed for a numeric rule to pass, in natural units: whole things (persons, villages, centres) rounded
 * up, areas and money exact. `'0'` never appears: a passing result has no gap (`null`).
 *
 * @clause P6.3
 * @example
 * ```ts
 * const g: RuleGap = { value: '1', unit: 'persons' }; // 342 social workers where 1.8‰ of 190,001 people needs 343
 * ```
 * @category Evaluation · 评估
 */
export interface RuleGap {
  /** How much is still needed, a plain decimal string greater than zero. */
  readonly value: string;
  /** What it is counted in. */
  readonly unit: RuleGapUnit;
}

/**
 * One result of a rule, as plain JSON (strings, arrays and `null`; never `undefined` or decimal objects).
 *
 * `actual` and `expected` are short, language-neutral strings (`'7h'`, `'≥8h'`, `'93.33%'`, `'≥90%'`, `'true'`)
 * or `null` where there is none; a ratio is compared unrounded and shown rounded. Where a number was compared,
 * `measure` gives it exactly, with the threshold, comparator and unit ({@link RuleMeasure}).
 *
 * @clause T3
 * @example
 * ```ts
 * const r: RuleResult = {
 *   ruleId: 't3-opening-hours', clause: 'T3', subject: '533124101001', status: 'fail', severity: 'soft',
 *   actual: '7h', expected: '≥8h', measure: { value: '7', threshold: '8', comparator: 'at_least', unit: 'hours_per_day' },
 *   message: { zh: '[T3] …', en: '[T3] …' }, gap: { value: '1', unit: 'hours_per_day' }, missing: [],
 * };
 * ```
 * @category Evaluation · 评估
 */
export type RuleResult = RuleResultJudged | RuleResultNotApplicable | RuleResultMissingData;

/**
 * What every {@link RuleResult} has, whatever its status.
 *
 * @clause T3
 * @example
 * ```ts
 * const base: RuleResultBase = checkRule('t10-grid-members', { asOf: '2025-12-31', units: [] })[0] ?? { ruleId: 't10-grid-members', clause: 'T10', subject: '533124101201', status: 'pass', severity: 'binding', actual: '1', expected: '≥1', measure: null, message: { zh: '', en: '' }, gap: null, missing: [] };
 * base.clause
 * //=> 'T10'
 * ```
 * @category Evaluation · 评估
 */
export interface RuleResultBase {
  /** The rule's ID. */
  readonly ruleId: RuleId;
  /** The rule's clause. */
  readonly clause: ClauseId;
  /** Unit code, township code, county code (`'533124'`), or a record ID (`'2024-03'`, an estate's ID, …). */
  readonly subject: string;
  /** The outcome. */
  readonly status: RuleStatus;
  /**
   * How binding the rule is (its definition's {@link RuleSeverity}): a `'fail'` of a `'soft'` or `'informational'`
   * rule is an advisory (提示), not a binding failure.
   */
  readonly severity: RuleSeverity;
  /** What the data shows, or `null`. */
  readonly actual: string | null;
  /** What the plan requires, or `null`. */
  readonly expected: string | null;
  /**
   * The number compared, exactly, with the threshold, comparator and unit, for a judged result of a numeric rule;
   * `null` otherwise (a yes/no fact, a date, a list, or no number judged: not applicable, missing data).
   */
  readonly measure: RuleMeasure | null;
  /** A sentence in Chinese and in English, starting with the clause in brackets (`'[T3] …'`). */
  readonly message: { readonly zh: string; readonly en: string };
  /**
   * What is still needed to pass, for a numeric rule that fails or is pending; `null` otherwise (passing, no number
   * compared, or not computable).
   */
  readonly gap: RuleGap | null;
  /** The fields whose absence made the result `missing_data` (relative to the subject); empty otherwise. */
  readonly missing: readonly string[];
}

/**
 * A rule result that judged a number or a fact: `'pass'`, `'fail'` or `'pending'`, with what the data shows and what
 * the plan requires (both strings); a pass has no gap.
 *
 * @clause T3
 * @example
 * ```ts
 * const [r] = checkRule('t10-grid-members', { asOf: '2025-12-31', units: [{ code: '533124101201', townshipCode: '533124101', gridMembers: 0 }] });
 * if (r?.status === 'fail') {
 *   const actual: string = r.actual; // never null here
 * }
 * [r?.status, r?.actual, r?.expected, r?.measure]
 * //=> ['fail', '0', '≥1', { value: '0', threshold: '1', comparator: 'at_least', unit: 'count' }]
 * ```
 * @category Evaluation · 评估
 */
export interface RuleResultJudged extends RuleResultBase {
  readonly status: 'pass' | 'fail' | 'pending';
  readonly actual: string;
  readonly expected: string;
}

/**
 * A rule result that does not apply (the rule does not cover the subject, or a denominator is zero): no value, no
 * requirement, no gap.
 *
 * @clause P3.11
 * @example
 * ```ts
 * const [r] = checkRule('p3-11-rural-auxiliary-police', { asOf: '2025-12-31', units: [{ code: '533124101001', townshipCode: '533124101', auxiliaryPoliceOfficers: 1 }] });
 * [r?.status, r?.actual, r?.expected, r?.measure, r?.gap]
 * //=> ['not_applicable', null, null, null, null]
 * ```
 * @category Evaluation · 评估
 */
export interface RuleResultNotApplicable extends RuleResultBase {
  readonly status: 'not_applicable';
  readonly actual: null;
  readonly expected: null;
  readonly measure: null;
  readonly gap: null;
}

/**
 * A rule result that lacks data: no value and no gap; `missing` names the fields (never empty).
 *
 * @clause P3.12
 * @example
 * ```ts
 * const [r] = checkRule('p3-12-legal-adviser', { asOf: '2025-12-31', units: [{ code: '533124101201', townshipCode: '533124101' }] });
 * [r?.status, r?.actual, r?.missing]
 * //=> ['missing_data', null, ['legalAdvisers']]
 * ```
 * @category Evaluation · 评估
 */
export interface RuleResultMissingData extends RuleResultBase {
  readonly status: 'missing_data';
  readonly actual: null;
  readonly measure: null;
  readonly gap: null;
}

/**
 * A rule: its definition and its pure check.
 *
 * `check` returns one result per subject the rule covers, in a deterministic order (units in snapshot order,
 * townships by code, records in input order), never throws on a valid snapshot and never changes it. Options
 * left out take their defaults (see {@link RuleOptions}).
 *
 * @clause P3.14
 * @example
 * ```ts
 * getRule('p3-14-demonstration-villages')
 *   .check({ asOf: '2025-12-31', units: [], county: { ethnicUnityDemonstrationUnits: 20 } })[0]?.status
 * //=> 'pass'
 * ```
 * @category Evaluation · 评估
 */
export interface Rule extends RuleDefinition {
  /** Check a snapshot against the rule. */
  readonly check: (snapshot: Snapshot, options?: RuleOptions) => RuleResult[];
}
