import type { ActionReport } from '../actions/checkActions';
import type { Evaluation } from '../evaluate/Evaluation';
import type { IndicatorId } from '../indicators/INDICATOR_IDS';
import type { ProgressStatus } from '../indicators/IndicatorResult';
import type { ClauseId } from '../plan/clauseIds';
import type { RuleId } from '../rules/RULE_IDS';
import type { RuleSeverity, RuleStatus } from '../rules/types';

/**
 * One year of one 专栏1 indicator at county level: the value the year's evaluation computed beside the value expected
 * on the straight line on that year's as-of date. A year without a snapshot has `asOf: null` and no figures: it is
 * shown as missing, never interpolated.
 *
 * @clause P1.1
 * @example
 * ```ts
 * const p: SeriesPoint = { year: 2022, asOf: '2022-12-31', value: '57.14285714285714285714285714285714285714', display: '57.1', expected: '68', progress: 'behind', meetsTarget: false, gap: '2' };
 * ```
 * @category Evaluation · 评估
 */
export interface SeriesPoint {
  /** The calendar year. */
  readonly year: number;
  /** The as-of date of that year's snapshot, or `null` when the series has no snapshot for the year. */
  readonly asOf: string | null;
  /** The exact county value (as the year's headline), or `null`. */
  readonly value: string | null;
  /** That value rounded for display (as the year's headline), or `null`. */
  readonly display: string | null;
  /** The value expected on `asOf` on the straight line (the year's county result), or `null` without a baseline or snapshot. */
  readonly expected: string | null;
  /** The year's progress status (`'no_data'` for a year without a snapshot). */
  readonly progress: ProgressStatus;
  /** Whether the unrounded value meets the 2025 target, or `null`. */
  readonly meetsTarget: boolean | null;
  /** What was still needed that year, or `null`. */
  readonly gap: string | null;
}

/**
 * The change of an indicator from one snapshot year to the next one that has a snapshot: `to − from`, in the
 * indicator's unit (percentage points for a rate), exact when the decimal terminates, else 40 significant digits;
 * `null` when either year has no value. A year in between without a snapshot is skipped, never filled in: `from` and
 * `to` say which years were compared.
 *
 * @clause P1.1
 * @example
 * ```ts
 * const c: SeriesChange = { from: 2021, to: 2022, change: '14.28571428571428571428571428571428571429' };
 * ```
 * @category Evaluation · 评估
 */
export interface SeriesChange {
  /** The earlier year. */
  readonly from: number;
  /** The later year. */
  readonly to: number;
  /** `value(to) − value(from)`, or `null` when either is missing. */
  readonly change: string | null;
}

/**
 * One 专栏1 indicator across the series: its 2020 baseline and 2025 target, one point per year of the series' span,
 * and the changes between consecutive snapshot years.
 *
 * @clause P1.1
 * @example
 * ```ts
 * const s = evaluateSeries([{ asOf: '2021-12-31', units: [] }, { asOf: '2022-12-31', units: [] }]);
 * const i: SeriesIndicator = s.indicators[0]!;
 * [i.id, i.points.length, i.changes]
 * //=> ['rural_facility_coverage', 6, [{ from: 2021, to: 2022, change: null }]]
 * ```
 * @category Evaluation · 评估
 */
export interface SeriesIndicator {
  /** Indicator ID. */
  readonly id: IndicatorId;
  /** Clause of the 专栏1 row. */
  readonly clause: ClauseId;
  /** The 2020 baseline the straight line starts from (as in the evaluations' headline), or `null` (—). */
  readonly baseline: { readonly value: string; readonly source: 'plan' | 'measured' } | null;
  /** The 2025 target. */
  readonly target: string;
  /** One point per year of {@link SeriesEvaluation.span}, ascending. */
  readonly points: readonly SeriesPoint[];
  /** Changes between consecutive snapshot years. */
  readonly changes: readonly SeriesChange[];
}

/**
 * One rule across the series. A year's `status` sums up all the rule's results that year (every subject): `'fail'`
 * when any fails; else `'pending'` when any is pending; else `'missing_data'` when any lacks data; else `'pass'` when
 * any passes; else `'not_applicable'` (also when the rule had nothing to judge that year). For the 一肩挑 trend (B1),
 * which judges every year of its own list, a year reads only its own year's result (subject `<region>:<year>`) when
 * there is one.
 *
 * @clause B1
 * @clause S4
 * @example
 * ```ts
 * const s = evaluateSeries([{ asOf: '2021-12-31', units: [] }, { asOf: '2022-12-31', units: [] }], { rules: ['p3-14-demonstration-villages'] });
 * const r: SeriesRule = s.rules[0]!;
 * [r.ruleId, r.statuses, r.firstMet]
 * //=> ['p3-14-demonstration-villages', ['missing_data', 'missing_data'], null]
 * ```
 * @category Evaluation · 评估
 */
export interface SeriesRule {
  /** Rule ID. */
  readonly ruleId: RuleId;
  /** Its clause. */
  readonly clause: ClauseId;
  /** How binding the rule is: a soft or informational rule's fail is an advisory (提示). */
  readonly severity: RuleSeverity;
  /** The year's status, one per snapshot year ({@link SeriesEvaluation.years}). */
  readonly statuses: readonly RuleStatus[];
  /** The year's results by status (listed results and, under `detail: 'summary'`, counted units), one per snapshot year. */
  readonly counts: readonly Readonly<Record<RuleStatus, number>>[];
  /** The last snapshot year's status. */
  readonly last: RuleStatus;
  /** The first snapshot year whose status is `'pass'`, or `null` when none is. */
  readonly firstMet: number | null;
}

/**
 * One tracked action across the series: its status each snapshot year.
 *
 * @clause S1
 * @example
 * ```ts
 * const a: SeriesAction = { actionId: 'p3-17-three-lists', clause: 'P3.17', statuses: ['in_progress', 'done'] };
 * ```
 * @category Evaluation · 评估
 */
export interface SeriesAction {
  /** The action's ID. */
  readonly actionId: ActionReport['actionId'];
  /** Its clause. */
  readonly clause: ClauseId;
  /** Its status, one per snapshot year. */
  readonly statuses: readonly ActionReport['status'][];
}

/**
 * How complete one snapshot year's data is: what was received, evaluated and rejected, how much of the registry it
 * covers, and how many of the seven indicators have a county value.
 *
 * @clause P3.16
 * @example
 * ```ts
 * const y: SeriesYearData = { year: 2022, asOf: '2022-12-31', units: 7, evaluated: 7, rejected: 0, issues: 0, expected: null, reported: null, complete: null, indicatorsWithValue: 1, missingFields: 3 };
 * ```
 * @category Evaluation · 评估
 */
export interface SeriesYearData {
  /** The year. */
  readonly year: number;
  /** The snapshot's as-of date. */
  readonly asOf: string;
  /** Units in the input. */
  readonly units: number;
  /** Units evaluated. */
  readonly evaluated: number;
  /** Units or records rejected. */
  readonly rejected: number;
  /** Problems found in the data. */
  readonly issues: number;
  /** Registered units expected (coverage), or `null` without a registry. */
  readonly expected: number | null;
  /** Registered units reported, or `null` without a registry. */
  readonly reported: number | null;
  /** Whether every registered unit in scope was evaluated, or `null` without a registry. */
  readonly complete: boolean | null;
  /** Of the seven indicators, how many have a county value. */
  readonly indicatorsWithValue: number;
  /** Fields missing somewhere (entries of the year's `summary.missingData`). */
  readonly missingFields: number;
}

/**
 * A row of the 一肩挑 series (B1) that a year's evaluation read from the series instead of its own snapshot: the year
 * before (or 2020) as that year's own snapshot reported it. `entered` is what the evaluated snapshot itself carried
 * for that year (`null` when it carried none); it is replaced, and said here, never dropped silently.
 *
 * @clause B1
 * @example
 * ```ts
 * const r: SeriesReading = { year: 2023, rowYear: 2022, series: { secretaries: 77, concurrent: 70 }, entered: { secretaries: 77, concurrent: 69 } };
 * ```
 * @category Evaluation · 评估
 */
export interface SeriesReading {
  /** The year whose evaluation read the row. */
  readonly year: number;
  /** The year the row describes. */
  readonly rowYear: number;
  /** The row as `rowYear`'s own snapshot reported it. */
  readonly series: { readonly secretaries: number; readonly concurrent: number };
  /** The row the evaluated snapshot carried for `rowYear`, or `null`. */
  readonly entered: { readonly secretaries: number; readonly concurrent: number } | null;
}

/**
 * The plan evaluated year by year: the result of {@link evaluateSeries}. `evaluations[i]` is exactly what `evaluate`
 * gives for the snapshot of `years[i]` (the one difference, said in `readings`: B1 reads earlier years' 一肩挑 rows from
 * the series); everything else is worked out from those evaluations alone. Plain JSON, deterministic.
 *
 * @clause P1.1
 * @clause S4
 * @example
 * ```ts
 * const s: SeriesEvaluation = evaluateSeries([{ asOf: '2021-12-31', units: [] }, { asOf: '2023-12-31', units: [] }]);
 * [s.years, s.missingYears, s.span]
 * //=> [[2021, 2023], [2020, 2022, 2024, 2025], { first: 2020, last: 2025 }]
 * ```
 * @category Evaluation · 评估
 */
export interface SeriesEvaluation {
  /** Version of this shape; changes only with a major release. */
  readonly schemaVersion: 1;
  /** Always `'series'`: what tells a series from one evaluation. */
  readonly kind: 'series';
  /** The plan evaluated against. */
  readonly plan: Evaluation['plan'];
  /** Region code of the county-level results. */
  readonly region: string;
  /** The calendar years with a snapshot, ascending (one snapshot per year). */
  readonly years: readonly number[];
  /** The years shown: from 2020 (or the first snapshot year, if earlier) to 2025 (or the last, if later). */
  readonly span: { readonly first: number; readonly last: number };
  /** The years of the span without a snapshot: shown as missing, never interpolated. */
  readonly missingYears: readonly number[];
  /** One evaluation per snapshot year, in the order of `years`. */
  readonly evaluations: readonly Evaluation[];
  /** The seven 专栏1 indicators across the span. */
  readonly indicators: readonly SeriesIndicator[];
  /** Every rule run, in catalogue order, across the snapshot years. */
  readonly rules: readonly SeriesRule[];
  /** Every tracked action across the snapshot years. */
  readonly actions: readonly SeriesAction[];
  /** How complete each snapshot year's data is, in the order of `years`. */
  readonly data: readonly SeriesYearData[];
  /** The 一肩挑 rows (B1) read from the series instead of the evaluated snapshot. */
  readonly readings: readonly SeriesReading[];
}
