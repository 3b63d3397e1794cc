/**
 * What the final-assessment report shows, worked out once from a checked series: the three formats only lay it out.
 *
 * @internal
 * @module
 */
import { getAction } from '../actions/ACTIONS';
import type { Evaluation } from '../evaluate/Evaluation';
import { formatIndicatorValue } from '../indicators/formatIndicatorValue';
import { getIndicator } from '../indicators/getIndicator';
import type { IndicatorId } from '../indicators/INDICATOR_IDS';
import type { ProgressStatus } from '../indicators/IndicatorResult';
import type { ClauseId } from '../plan/clauseIds';
import { getClause } from '../plan/clauses';
import { getRule } from '../rules/RULES';
import type { RuleSeverity, RuleStatus } from '../rules/types';
import { SAMPLE_NOTICE } from '../sample/SAMPLE_NOTICE';
import type { SeriesEvaluation } from '../series/SeriesEvaluation';
import { findTownship } from '../units/findUnit';
import { COUNTY } from '../units/units.generated';
import { REPORT_LABELS, type ReportLabels, type ReportLocale } from './labels';
import type { HeadlineRow } from './reportModel';
import { SERIES_LABELS, type SeriesLabels } from './seriesLabels';
import type { SvgChartPoint } from './svgChart';

/**
 * A cell with a status: its text and the status key that colours it.
 *
 * @clause S4
 * @example
 * ```ts
 * const c: SeriesCell = { text: '57.1', status: 'behind', label: '进度滞后' };
 * ```
 */
export interface SeriesCell {
  /** What the cell prints. */
  readonly text: string;
  /** The status key (`'behind'`, `'fail'`, `'advisory'`, `'no_snapshot'` …). */
  readonly status: string;
  /** The status in the report's language. */
  readonly label: string;
}

/**
 * One 专栏1 indicator of the final-assessment report.
 *
 * @clause P1.1
 * @clause S4
 * @example
 * ```ts
 * const s = evaluateSeries([{ asOf: '2025-12-31', units: [{ code: '533124101201', townshipCode: '533124101', hasServiceFacility: true }] }], { scope: 'units' });
 * const row: SeriesIndicatorRow = buildSeriesModel(s, 'zh-CN').indicators[0]!;
 * [row.cells.map((c) => c.text), row.verdict.label]
 * //=> [['无填报', '无填报', '无填报', '无填报', '无填报', '100.0'], '达标']
 * ```
 */
export interface SeriesIndicatorRow {
  /** Indicator ID. */
  readonly id: IndicatorId;
  /** Clause of the 专栏1 row. */
  readonly clause: ClauseId;
  /** Name in the report's language. */
  readonly name: string;
  /** Unit in the report's language. */
  readonly unit: string;
  /** The 2020 baseline as the table shows it (`'60'`, `'62.5（实测）'`, `'—'`). */
  readonly baselineLabel: string;
  /** One cell per year of the span: the value rounded as the evaluation shows it, or why there is none. */
  readonly cells: readonly SeriesCell[];
  /** One per change between snapshot years: signed, rounded like the values, or `'—'`. */
  readonly changes: readonly string[];
  /** The 2025 target. */
  readonly target: string;
  /** The verdict year's progress. */
  readonly verdict: SeriesCell;
  /** The verdict year's gap with its unit, or `null`. */
  readonly gap: string | null;
  /** What the chart draws. */
  readonly chart: { readonly row: HeadlineRow; readonly points: readonly SvgChartPoint[]; readonly description: string };
}

/**
 * One rule of the final-assessment report: its status each snapshot year, the last, and the first year met.
 *
 * @clause S4
 * @example
 * ```ts
 * const s = evaluateSeries([{ asOf: '2024-12-31', units: [], county: { ethnicUnityDemonstrationUnits: 20 } }], { rules: ['p3-14-demonstration-villages'] });
 * const row: SeriesRuleRow = buildSeriesModel(s, 'zh-CN').rules[0]!;
 * [row.last.label, row.firstMet]
 * //=> ['达标', '2024年']
 * ```
 */
export interface SeriesRuleRow {
  /** Rule ID. */
  readonly ruleId: string;
  /** Clause. */
  readonly clause: ClauseId;
  /** Citation label (`'专栏3第14项'`). */
  readonly label: string;
  /** The rule's title in the report's language. */
  readonly title: string;
  /** How binding the rule is. */
  readonly severity: RuleSeverity;
  /** One per snapshot year: a soft or informational rule's fail is 提示 (advisory). */
  readonly cells: readonly SeriesCell[];
  /** The last year's. */
  readonly last: SeriesCell;
  /** The first year met (`'2024年'`), or the words for never. */
  readonly firstMet: string;
}

/**
 * One tracked action of the final-assessment report: its status each snapshot year and, from the last, its evidence.
 *
 * @clause S1
 * @example
 * ```ts
 * const s = evaluateSeries([{ asOf: '2024-12-31', units: [], actions: [{ actionId: 'p3-17-three-lists', status: 'done', completedOn: '2023-05-01', evidence: ['陇民发〔2023〕5号'] }] }]);
 * const row: SeriesActionRow = buildSeriesModel(s, 'zh-CN').actions.find((a) => a.actionId === 'p3-17-three-lists')!;
 * [row.last.label, row.completedOn, row.evidence]
 * //=> ['已完成', '2023-05-01', ['陇民发〔2023〕5号']]
 * ```
 */
export interface SeriesActionRow {
  /** Action ID. */
  readonly actionId: string;
  /** Clause. */
  readonly clause: ClauseId;
  /** Title in the report's language. */
  readonly title: string;
  /** One per snapshot year. */
  readonly cells: readonly SeriesCell[];
  /** The last year's. */
  readonly last: SeriesCell;
  /** Completion date reported in the last year, or `null`. */
  readonly completedOn: string | null;
  /** Evidence reported in the last year. */
  readonly evidence: readonly string[];
  /** Due date, or `null`. */
  readonly due: string | null;
  /** Past due and not done in the last year. */
  readonly overdue: boolean;
}

/**
 * One year's data completeness, as the report prints it.
 *
 * @clause P3.16
 * @example
 * ```ts
 * const s = evaluateSeries([{ asOf: '2024-12-31', units: [] }]);
 * const row: SeriesDataRow = buildSeriesModel(s, 'en').data[0]!;
 * [row.coverage, row.indicatorsWithValue]
 * //=> ['0/77 (incomplete)', '0/7']
 * ```
 */
export interface SeriesDataRow {
  /** The year. */
  readonly year: number;
  /** Its as-of date. */
  readonly asOf: string;
  /** Units received. */
  readonly units: number;
  /** Units evaluated. */
  readonly evaluated: number;
  /** Units or records rejected. */
  readonly rejected: number;
  /** Problems found. */
  readonly issues: number;
  /** Registered units reported of expected, in words. */
  readonly coverage: string;
  /** Whether every registered unit was there (`null` without a registry). */
  readonly complete: boolean | null;
  /** Indicators with a county value, of seven (`'1/7'`). */
  readonly indicatorsWithValue: string;
  /** Fields missing somewhere. */
  readonly missingFields: number;
}

/**
 * Everything the final-assessment report shows, in the report's language, every value a display string taken from
 * the series (never re-derived from binary floating point).
 *
 * @clause S4
 * @example
 * ```ts
 * const m: SeriesReportModel = buildSeriesModel(evaluateSeries([{ asOf: '2024-12-31', units: [] }]), 'en');
 * [m.spanYears, m.verdictYear]
 * //=> [[2020, 2021, 2022, 2023, 2024, 2025], 2024]
 * ```
 */
export interface SeriesReportModel {
  /** Language. */
  readonly locale: ReportLocale;
  /** The words shared with the report of one evaluation. */
  readonly labels: ReportLabels;
  /** The final-assessment report's own words. */
  readonly words: SeriesLabels;
  /** Plan title. */
  readonly title: string;
  /** Region name and code. */
  readonly region: string;
  /** Plan period. */
  readonly period: string;
  /** The sample notice, or `null`. */
  readonly notice: string | null;
  /** The years of the span (table columns). */
  readonly spanYears: readonly number[];
  /** The years with a snapshot. */
  readonly years: readonly number[];
  /** The year the verdicts are of: 2025 when there is data for it, else the latest. */
  readonly verdictYear: number;
  /** 总体情况: sentences stating what the data is and the latest counts. */
  readonly overview: readonly string[];
  /** Years whose data leaves registered units out, in words, said before any figure. */
  readonly coverageWarnings: readonly string[];
  /** The seven indicators. */
  readonly indicators: readonly SeriesIndicatorRow[];
  /** The heads of the change columns. */
  readonly changeHeads: readonly string[];
  /** Every rule run. */
  readonly rules: readonly SeriesRuleRow[];
  /** Every tracked action. */
  readonly actions: readonly SeriesActionRow[];
  /** 存在的问题: what the figures of the latest year show unmet, one sentence each. */
  readonly problems: readonly string[];
  /** Each year's data completeness. */
  readonly data: readonly SeriesDataRow[];
  /** How B1 read the series, one sentence each (or the one sentence that it did not). */
  readonly readings: readonly string[];
  /** The options in force (but asOf). */
  readonly options: readonly { readonly key: string; readonly value: string }[];
  /** Where the figures come from. */
  readonly dataSource: string;
}

const RULE_ORDER: readonly (RuleStatus | 'advisory')[] = ['pass', 'fail', 'advisory', 'pending', 'missing_data', 'not_applicable'];

/**
 * Work out what the final-assessment report shows from a checked series, in one language.
 *
 * @param series - A series checked by `validateSeries`.
 * @param locale - The report's language.
 * @param options - Whether the data is the embedded sample.
 * @clause S4
 * @example
 * ```ts
 * const m = buildSeriesModel(evaluateSeries([{ asOf: '2025-12-31', units: [] }, { asOf: '2021-12-31', units: [] }]), 'zh-CN');
 * m.overview[0]
 * //=> '本报告汇总以下年度的填报数据：2021年（2021-12-31）、2025年（2025-12-31）。'
 * ```
 */
export function buildSeriesModel(series: SeriesEvaluation, locale: ReportLocale, options: { readonly sample?: boolean | undefined } = {}): SeriesReportModel {
  const L = REPORT_LABELS[locale];
  const W = SERIES_LABELS[locale];
  const zh = locale === 'zh-CN';
  const evaluations = series.evaluations;
  const lastEval = evaluations[evaluations.length - 1]!;
  const lastYear = series.years[series.years.length - 1]!;
  const endYear = Number(series.plan.end.slice(0, 4));
  const verdictYear = series.years.includes(endYear) ? endYear : lastYear;
  const verdictEval = evaluations[series.years.indexOf(verdictYear)]!;
  const places = typeof lastEval.options['indicatorPlaces'] === 'number' ? lastEval.options['indicatorPlaces'] : 1;
  const mode = lastEval.options['rounding'] === 'half_even' ? 'half_even' : 'half_up';
  const spanYears: number[] = [];
  for (let y = series.span.first; y <= series.span.last; y++) spanYears.push(y);
  const yearWord = (y: number) => W.columns.year(y);
  const list = (items: readonly string[]) => items.join(L.listSeparator);

  const indicators: SeriesIndicatorRow[] = series.indicators.map((ind, i) => {
    const def = getIndicator(ind.id);
    const verdictHead = verdictEval.headline[i]!;
    const unit = zh ? def.unitZh : def.unitEn;
    const countyOf = (e: Evaluation) => e.indicators.find((r) => r.level === 'county' && r.id === ind.id);
    const cells: SeriesCell[] = ind.points.map((p) => {
      if (p.asOf === null) return { text: W.cells.noSnapshot, status: 'no_snapshot', label: W.cells.noSnapshot };
      const e = evaluations[series.years.indexOf(p.year)]!;
      const text = p.display ?? (countyOf(e)?.status === 'not_applicable' ? L.indicatorStatus.not_applicable : L.progress.no_data);
      return { text, status: p.progress, label: L.progress[p.progress] };
    });
    const changes = ind.changes.map((c) => (c.change === null ? W.cells.noChange : signed(formatIndicatorValue(c.change, { places, mode }))));
    const gapUnit = L.gapUnits[ind.id][verdictHead.gap === '1' ? 0 : 1];
    const gap = verdictHead.gap === null ? null : zh ? `${verdictHead.gap}${gapUnit}` : `${verdictHead.gap} ${gapUnit}`;
    const name = zh ? verdictHead.nameZh : verdictHead.nameEn;
    const baselineLabel = ind.baseline === null ? '—' : ind.baseline.source === 'measured' ? L.notes.measuredBaseline(ind.baseline.value) : ind.baseline.value;
    const points: SvgChartPoint[] = ind.points
      .filter((p) => p.asOf !== null || (p.year > series.span.first && p.year <= endYear))
      .map((p) => ({
        year: p.year,
        date: p.asOf ?? `${p.year}-12-31`,
        value: p.value,
        display: p.display,
        status: p.progress,
        label: W.lines.chartYear(p.year, p.display ?? L.progress.no_data, zh ? unit : unit, L.progress[p.progress]),
        noValue: p.asOf === null ? W.cells.noSnapshot : p.value === null ? L.progress.no_data : null,
      }));
    const described = ind.points
      .filter((p) => p.asOf !== null)
      .map((p) => W.lines.chartYear(p.year, p.display ?? L.progress.no_data, unit, L.progress[p.progress]));
    const verdictPoint = ind.points.find((p) => p.year === verdictYear)!;
    const row: HeadlineRow = {
      id: ind.id,
      clause: ind.clause,
      name,
      short: L.indicatorShort[ind.id],
      unit,
      baseline: ind.baseline?.value ?? null,
      baselineLabel,
      value: verdictPoint.value,
      display: verdictPoint.display,
      noValue: verdictPoint.display === null ? L.progress.no_data : null,
      expected: verdictPoint.expected,
      expectedDisplay: verdictPoint.expected === null ? null : formatIndicatorValue(verdictPoint.expected, { places, mode }),
      target: ind.target,
      status: verdictPoint.progress,
      statusLabel: L.progress[verdictPoint.progress],
      gap,
    };
    return {
      id: ind.id,
      clause: ind.clause,
      name,
      unit,
      baselineLabel,
      cells,
      changes,
      target: ind.target,
      verdict: { text: L.progress[verdictPoint.progress], status: verdictPoint.progress, label: L.progress[verdictPoint.progress] },
      gap,
      chart: { row, points, description: W.lines.chartDescription(name, ind.baseline?.value ?? null, list(described), ind.target, unit) },
    };
  });

  const ruleCell = (status: RuleStatus, severity: RuleSeverity): SeriesCell => {
    const key = status === 'fail' && severity !== 'binding' ? 'advisory' : status;
    return { text: L.rule[key], status: key, label: L.rule[key] };
  };
  const rules: SeriesRuleRow[] = series.rules.map((r) => {
    const rule = getRule(r.ruleId);
    const clause = getClause(r.clause);
    return {
      ruleId: r.ruleId,
      clause: r.clause,
      label: zh ? clause.labelZh : clause.labelEn,
      title: zh ? rule.titleZh : rule.titleEn,
      severity: r.severity,
      cells: r.statuses.map((s) => ruleCell(s, r.severity)),
      last: ruleCell(r.last, r.severity),
      firstMet: r.firstMet === null ? W.cells.never : yearWord(r.firstMet),
    };
  });

  const actions: SeriesActionRow[] = series.actions.map((a) => {
    const def = getAction(a.actionId);
    const last = lastEval.actions.find((x) => x.actionId === a.actionId);
    const cell = (s: keyof ReportLabels['action']): SeriesCell => ({ text: L.action[s], status: s, label: L.action[s] });
    return {
      actionId: a.actionId,
      clause: a.clause,
      title: zh ? def.titleZh : def.titleEn,
      cells: a.statuses.map(cell),
      last: cell(a.statuses[a.statuses.length - 1]!),
      completedOn: last?.completedOn ?? null,
      evidence: last?.evidence ?? [],
      due: last?.due ?? null,
      overdue: last?.overdue ?? false,
    };
  });

  // 总体情况: what the data is, then the verdict year's counts. Figures only.
  const lastIndex = series.years.indexOf(verdictYear);
  const countWords = <K extends string>(keys: readonly K[], count: (k: K) => number, words: Readonly<Record<K, string>>) =>
    list(keys.filter((k) => count(k) > 0).map((k) => (zh ? `${words[k]}${count(k)}项` : `${words[k]} ${count(k)}`)));
  const progressKeys: readonly ProgressStatus[] = ['achieved', 'on_track', 'behind', 'not_achieved', 'no_data'];
  const ruleAt = (k: RuleStatus | 'advisory') =>
    rules.filter((r) => r.cells[lastIndex]!.status === k).length;
  const actionKeys = ['done', 'in_progress', 'not_started', 'missing_data'] as const;
  const overview = [
    W.lines.years(list(evaluations.map((e) => `${yearWord(Number(e.asOf.slice(0, 4)))}${zh ? `（${e.asOf}）` : ` (${e.asOf})`}`))),
    series.missingYears.length === 0 ? W.lines.noMissingYears : W.lines.missingYears(list(series.missingYears.map(String))),
    ...(series.years.includes(endYear) ? [] : [W.lines.no2025]),
    W.lines.indicators(verdictYear, countWords(progressKeys, (k) => indicators.filter((r) => r.verdict.status === k).length, L.progress)),
    W.lines.rules(verdictYear, countWords(RULE_ORDER, ruleAt, L.rule)),
    W.lines.actions(verdictYear, countWords(actionKeys, (k) => actions.filter((a) => a.cells[lastIndex]!.status === k).length, L.action)),
  ];

  // 存在的问题: the verdict year's unmet indicators, rules not passed, actions past due. Figures only.
  const problems: string[] = [];
  for (const r of indicators) {
    if (r.verdict.status === 'achieved' || r.verdict.status === 'on_track') continue;
    const text = r.cells[spanYears.indexOf(verdictYear)]!.text;
    problems.push(W.lines.indicatorProblem(r.clause, r.name, verdictYear, r.verdict.label, zh ? `${text}${r.unit}` : `${text} ${r.unit}`, zh ? `${r.target}${r.unit}` : `${r.target} ${r.unit}`, r.gap));
  }
  for (const k of ['fail', 'advisory', 'pending', 'missing_data'] as const) {
    for (const r of rules) {
      if (r.cells[lastIndex]!.status !== k) continue;
      const counts = series.rules.find((x) => x.ruleId === r.ruleId)!.counts[lastIndex]!;
      const n = k === 'advisory' ? counts.fail : counts[k];
      problems.push(W.lines.ruleProblem(r.clause, r.title, verdictYear, r.last.label, n));
    }
  }
  const verdictActions = verdictEval.actions;
  for (const a of verdictActions) {
    if (!a.overdue) continue;
    const def = getAction(a.actionId);
    problems.push(W.lines.actionProblem(a.clause, zh ? def.titleZh : def.titleEn, a.due ?? ''));
  }

  const cov = lastEval.input.coverage;
  const regionName =
    cov?.scope === 'units'
      ? L.coverage.unitsRegion(cov.reported)
      : series.region === COUNTY.code
        ? zh
          ? COUNTY.name
          : 'Longchuan County'
        : (findTownship(series.region)?.name ?? null);
  const coverageWarnings = evaluations
    .filter((e) => e.input.coverage !== null && !e.input.coverage.complete)
    .map((e) => {
      const c = e.input.coverage!;
      return `${yearWord(Number(e.asOf.slice(0, 4)))}${L.colon}${L.coverage.incomplete(c.expected, c.reported, c.absent.length, c.absent.slice(0, 5))}`;
    });
  const { asOf: _asOf, ...shown } = lastEval.options;
  return {
    locale,
    labels: L,
    words: W,
    title: zh ? series.plan.titleZh : series.plan.titleEn,
    region: regionName === null ? series.region : `${regionName} (${series.region})`,
    period: `${series.plan.start} – ${series.plan.end}`,
    notice: options.sample === true ? (zh ? SAMPLE_NOTICE.zh : SAMPLE_NOTICE.en) : null,
    spanYears,
    years: series.years,
    verdictYear,
    overview,
    coverageWarnings,
    indicators,
    changeHeads: (series.indicators[0]?.changes ?? []).map((c) => W.columns.change(c.from, c.to)),
    rules,
    actions,
    problems: problems.length === 0 ? [W.lines.noProblems] : problems,
    data: series.data.map((d) => ({
      year: d.year,
      asOf: d.asOf,
      units: d.units,
      evaluated: d.evaluated,
      rejected: d.rejected,
      issues: d.issues,
      coverage: W.cells.coverage(d.reported, d.expected, d.complete),
      complete: d.complete,
      indicatorsWithValue: `${d.indicatorsWithValue}/${series.indicators.length}`,
      missingFields: d.missingFields,
    })),
    readings:
      series.readings.length === 0
        ? [W.lines.noReadings]
        : series.readings.map((r) =>
            W.lines.reading(r.year, r.rowYear, `${r.series.concurrent}/${r.series.secretaries}`, r.entered === null ? null : `${r.entered.concurrent}/${r.entered.secretaries}`),
          ),
    options: Object.entries(shown).map(([key, value]) => ({ key, value: Array.isArray(value) ? value.join(', ') : String(value) })),
    dataSource: W.lines.dataSource(list(evaluations.map((e) => e.asOf))),
  };
}

/** A change with its sign: `+14.3`, `-2.0`, `0.0`. */
function signed(rounded: string): string {
  if (/^-?0(\.0*)?$/.test(rounded)) return rounded.replace('-', '');
  return rounded.startsWith('-') ? rounded : `+${rounded}`;
}
