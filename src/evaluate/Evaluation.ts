import type { ActionReport } from '../actions/checkActions';
import type { IndicatorId } from '../indicators/INDICATOR_IDS';
import type { IndicatorResult, ProgressStatus } from '../indicators/IndicatorResult';
import type { ClauseId } from '../plan/clauseIds';
import type { RuleResult, RuleSeverity, RuleStatus } from '../rules/types';
import type { UnitRuleCount } from '../rules/UnitRuleCounts';
import type { PlanIssue } from '../snapshot/PlanIssue';
import type { RejectedUnit } from '../snapshot/safeParseSnapshot';

/**
 * One of the seven indicators at county level with its value rounded for display (the headline table).
 *
 * @clause P1.1
 * @example
 * ```ts
 * const h: HeadlineIndicator = {
 *   id: 'rural_facility_coverage', clause: 'P1.1', nameZh: '农村社区综合服务设施覆盖率', nameEn: 'Rural community comprehensive service facility coverage',
 *   value: '80.882352941176470588235294117647058823529', display: '80.9', target: '80', baseline: { value: '60', source: 'plan' }, attribute: '预期性', meetsTarget: true, progress: 'achieved', gap: '0',
 * };
 * ```
 * @category Evaluation · 评估
 */
export interface HeadlineIndicator {
  /** Indicator ID. */
  readonly id: IndicatorId;
  /** Clause of the 专栏1 row. */
  readonly clause: ClauseId;
  /** Chinese name as printed in 专栏1. */
  readonly nameZh: string;
  /** English name. */
  readonly nameEn: string;
  /** Exact value, or `null`. */
  readonly value: string | null;
  /** Value rounded for display, or `null`. */
  readonly display: string | null;
  /** 2025 target. */
  readonly target: string;
  /**
   * The 2020 baseline progress was judged from: the plan's (专栏1) or the caller's measured one (option
   * `measuredBaselines`); `null` for an indicator without a baseline (—).
   */
  readonly baseline: { readonly value: string; readonly source: 'plan' | 'measured' } | null;
  /**
   * The attribute column of 专栏1 (属性): `'预期性'` (indicative) for all seven, so a missed target is reported as
   * not achieved, never as a breach of a binding (约束性) requirement.
   */
  readonly attribute: '预期性';
  /** Whether the unrounded value meets the target, or `null`. */
  readonly meetsTarget: boolean | null;
  /** Progress status on the as-of date. */
  readonly progress: ProgressStatus;
  /** What is still needed, or `null`. */
  readonly gap: string | null;
}

/**
 * How much of the registered county (or of a declared township) the evaluated units cover. Longchuan's registry
 * (NBS 2023) has 77 village-level units: 68 村民委员会 and 9 社区居民委员会. When some are absent (not reported, or
 * rejected for bad data), every county and township figure that would have added them up is `missing_data` and names
 * them (field `'unit'`), and the reports say so before any figure.
 *
 * @clause P3.16
 * @example
 * ```ts
 * const c: EvaluationCoverage = {
 *   scope: 'county', subject: '533124', expected: 77, reported: 76, absent: ['533124101202'], unregistered: [], complete: false,
 * };
 * ```
 * @category Evaluation · 评估
 */
export interface EvaluationCoverage {
  /**
   * `'county'`; `'township'` when the caller declared the data one township's own; `'units'` when the caller declared
   * that the figures describe exactly the units given (option `scope`), which are then never read as the county.
   */
  readonly scope: 'county' | 'township' | 'units';
  /** The region the figures describe: `'533124'`, or the township's code. */
  readonly subject: string;
  /** Registered village-level units in scope. */
  readonly expected: number;
  /** Registered units in scope that were evaluated. */
  readonly reported: number;
  /** Registered units in scope not evaluated (absent from the data, or rejected), ascending. */
  readonly absent: readonly string[];
  /** Evaluated codes that are not in the registry, admitted by the option `allowUnregisteredUnits`, ascending. */
  readonly unregistered: readonly string[];
  /** Whether every registered unit in scope was evaluated. */
  readonly complete: boolean;
}

/**
 * How much of the input was evaluated: units received and evaluated, every unit or record rejected, and every
 * problem found in the data (each with its path, in Chinese and English). Nothing is dropped silently.
 *
 * @example
 * ```ts
 * const input: EvaluationInput = {
 *   units: 77, evaluated: 76, rejected: [{ index: 3, code: '533124101203' }], issues: [],
 *   coverage: { scope: 'county', subject: '533124', expected: 77, reported: 76, absent: ['533124101203'], unregistered: [], complete: false },
 * };
 * ```
 * @category Evaluation · 评估
 */
export interface EvaluationInput {
  /** Units in the input. */
  readonly units: number;
  /** Units evaluated. */
  readonly evaluated: number;
  /** Units not evaluated, with their position. */
  readonly rejected: readonly RejectedUnit[];
  /** Every problem found in the input. */
  readonly issues: readonly PlanIssue[];
  /**
   * How much of Longchuan's registered units the evaluated ones cover; `null` for a region other than Longchuan (a
   * province's or China's data has no registry here to compare with).
   */
  readonly coverage: EvaluationCoverage | null;
}

/**
 * Counts and highlights of an evaluation.
 *
 * @example
 * ```ts
 * const s: EvaluationSummary = {
 *   indicators: { achieved: 3, on_track: 1, behind: 1, not_achieved: 1, no_data: 1 },
 *   rules: { pass: 10, fail: 2, pending: 3, not_applicable: 0, missing_data: 1 },
 *   failuresBySeverity: { binding: 1, soft: 1, informational: 0 },
 *   actions: { not_started: 1, in_progress: 2, done: 3, missing_data: 0 },
 *   mostFailedClauses: [{ clause: 'T3', failures: 2 }],
 *   missingData: [{ field: 'households', subjects: 1 }],
 * };
 * ```
 * @category Evaluation · 评估
 */
export interface EvaluationSummary {
  /** The seven county-level indicators by progress status. */
  readonly indicators: Readonly<Record<ProgressStatus, number>>;
  /** Rule results by status. */
  readonly rules: Readonly<Record<RuleStatus, number>>;
  /**
   * The `'fail'` results of `rules` by their rule's severity: only `binding` ones are failures of the plan's plain
   * requirements; `soft` (力争, 原则上, 一般, 基本, 推广, 预期性) and `informational` (可) ones are advisories (提示).
   */
  readonly failuresBySeverity: Readonly<Record<RuleSeverity, number>>;
  /** Tracked actions by status. */
  readonly actions: Readonly<Record<ActionReport['status'], number>>;
  /**
   * Clauses with failing results of binding rules, most failures first (ties by clause ID), at most 10; advisories
   * (soft and informational rules' fails) are not counted here.
   */
  readonly mostFailedClauses: readonly { readonly clause: ClauseId; readonly failures: number }[];
  /**
   * Missing fields, with how many subjects lack each, most first (ties by field): the units lacking it for some rule or
   * indicator (every unit, however many), plus the townships, the county and the records lacking it for a rule or a
   * county figure.
   */
  readonly missingData: readonly { readonly field: string; readonly subjects: number }[];
}

/**
 * One unit-level rule in a summary evaluation: its units by status overall and per township, and the first units of
 * each status that needs attention.
 *
 * @clause S4
 * @example
 * ```ts
 * const c: TownshipRuleCount = {
 *   ruleId: 't10-grid-members', clause: 'T10',
 *   counts: { pass: 3, fail: 1, pending: 0, not_applicable: 0, missing_data: 0 },
 *   byTownship: { pass: [2, 1], fail: [1, 0], pending: [0, 0], not_applicable: [0, 0], missing_data: [0, 0] },
 *   subjects: { fail: ['533124101203'], pending: [], missing_data: [] },
 * };
 * ```
 * @category Evaluation · 评估
 */
export interface TownshipRuleCount extends UnitRuleCount {
  /** For each status, one count per township, in the order of {@link EvaluationRuleCounts.townships}. */
  readonly byTownship: Readonly<Record<RuleStatus, readonly number[]>>;
}

/**
 * The unit-level rules of a summary evaluation, counted (plain JSON): columns of counts per township rather than one
 * object per unit, so that China's 620,573 units take 24 × 5 lists of 41,352 numbers instead of 14.9 million results.
 *
 * @clause S4
 * @example
 * ```ts
 * const e = evaluate({ asOf: '2024-12-31', units: [{ code: '533124101201', townshipCode: '533124101', gridMembers: 2 }] }, { detail: 'summary' });
 * e.ruleCounts?.rules.find((r) => r.ruleId === 't10-grid-members')?.byTownship.pass
 * //=> [1]
 * ```
 * @category Evaluation · 评估
 */
export interface EvaluationRuleCounts {
  /** Most units listed per rule and status in `subjects`: 100. */
  readonly subjectLimit: number;
  /** The township codes that have units, ascending: the positions of every `byTownship` list. */
  readonly townships: readonly string[];
  /** Each unit-level rule run, in catalogue order. */
  readonly rules: readonly TownshipRuleCount[];
}

/**
 * Where a county stands against the whole plan on one date: the result of {@link evaluate}.
 *
 * Plain JSON (decimals as strings), deterministic: the same input and options give byte-identical
 * `JSON.stringify` output. Its shape is published as a JSON Schema by {@link evaluationJsonSchema}.
 *
 * @clause P1.1
 * @clause S4
 * @example
 * ```ts
 * const e: Evaluation = evaluate({ asOf: '2024-12-31', units: [] });
 * e.summary.indicators.no_data
 * //=> 7
 * ```
 * @category Evaluation · 评估
 */
export interface Evaluation {
  /** Version of this shape; changes only with a major release. */
  readonly schemaVersion: 1;
  /** The plan evaluated against. */
  readonly plan: { readonly titleZh: string; readonly titleEn: string; readonly start: string; readonly end: string };
  /** The date judged on. */
  readonly asOf: string;
  /** Region code of the county-level results (`'533124'` for Longchuan). */
  readonly region: string;
  /** The options in force, every default filled in. */
  readonly options: Readonly<Record<string, string | number | boolean | readonly string[]>>;
  /** What was read and what was rejected. */
  readonly input: EvaluationInput;
  /** The seven indicators at county level, rounded for display. */
  readonly headline: readonly HeadlineIndicator[];
  /** Every indicator result: county first, then townships, then units, each in code order. */
  readonly indicators: readonly IndicatorResult[];
  /**
   * Every rule result, in catalogue order. Under `detail: 'summary'` only the rules that are not unit-level (township,
   * county and record rules): the unit-level ones are counted in `ruleCounts`.
   */
  readonly rules: readonly RuleResult[];
  /** Under `detail: 'summary'` only: the unit-level rules' results counted by status, overall and per township. */
  readonly ruleCounts?: EvaluationRuleCounts;
  /** Every tracked action. */
  readonly actions: readonly ActionReport[];
  /** Counts and highlights. */
  readonly summary: EvaluationSummary;
}
