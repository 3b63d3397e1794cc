/**
 * Every word a report prints that is not data: section titles, column headers, status names, chapter names and
 * units of the gaps, in Chinese (`zh-CN`) and English (`en`). One file, so a translation is checked in one place.
 *
 * @module
 */
import type { ActionReport } from '../actions/checkActions';
import { deepFreeze } from '../_lib/deepFreeze';
import type { IndicatorId } from '../indicators/INDICATOR_IDS';
import type { IndicatorStatus, ProgressStatus } from '../indicators/IndicatorResult';
import type { ClauseChapter } from '../plan/clause';
import type { RuleStatus } from '../rules/types';

/**
 * The languages a report is written in: Chinese as the plan is printed (`'zh-CN'`) or English (`'en'`).
 *
 * @clause S4
 * @category Reporting · 报告
 * @example
 * ```ts
 * const locale: ReportLocale = 'en';
 * REPORT_LABELS[locale].sections.headline
 * //=> 'Main indicators (专栏1)'
 * ```
 */
export type ReportLocale = 'zh-CN' | 'en';

/**
 * The words of a report in one language.
 *
 * @clause S4
 * @category Reporting · 报告
 * @example
 * ```ts
 * const labels: ReportLabels = REPORT_LABELS['zh-CN'];
 * labels.progress.behind
 * //=> '进度滞后'
 * ```
 */
export interface ReportLabels {
  /** BCP 47 tag for `<html lang>`. */
  readonly lang: string;
  /** Text between a label and its value (`'：'` or `': '`). */
  readonly colon: string;
  /** Text between items of a list (`'、'` or `', '`). */
  readonly listSeparator: string;
  /** Headings of the report's sections. */
  readonly sections: {
    readonly summary: string;
    readonly headline: string;
    readonly charts: string;
    readonly townships: string;
    readonly rules: string;
    readonly actions: string;
    readonly missing: string;
  };
  /** Labels of the report header. */
  readonly meta: {
    readonly asOf: string;
    readonly region: string;
    readonly period: string;
    readonly reportTitle: string;
  };
  /** Column headers. */
  readonly columns: {
    readonly clause: string;
    readonly indicator: string;
    readonly unit: string;
    readonly baseline: string;
    readonly value: string;
    readonly expected: string;
    readonly target: string;
    readonly status: string;
    readonly result: string;
    readonly gap: string;
    readonly township: string;
    readonly subject: string;
    readonly actual: string;
    readonly required: string;
    readonly message: string;
    readonly field: string;
    readonly subjects: string;
    readonly path: string;
    readonly problem: string;
    readonly index: string;
    readonly code: string;
    readonly due: string;
  };
  /** Progress statuses of an indicator. */
  readonly progress: Readonly<Record<ProgressStatus, string>>;
  /** Why an indicator has no value. */
  readonly indicatorStatus: Readonly<Record<Exclude<IndicatorStatus, 'ok'>, string>>;
  /** Rule statuses. */
  /**
   * Rule statuses, plus `advisory` (提示): the `fail` of a soft or informational rule (力争, 原则上, 一般, 基本, 推广,
   * 预期性, 可), shown apart from the binding failures.
   */
  readonly rule: Readonly<Record<RuleStatus | 'advisory', string>>;
  /** Tracked-action statuses. */
  readonly action: Readonly<Record<ActionReport['status'], string>>;
  /** The four parts of the plan (一、–四、). */
  readonly chapters: Readonly<Record<ClauseChapter, string>>;
  /** Short names of the seven indicators, for the heads of the township table's columns. */
  readonly indicatorShort: Readonly<Record<IndicatorId, string>>;
  /** What a gap counts, per indicator: `[one, many]` (the same word twice where the language has no plural). */
  readonly gapUnits: Readonly<Record<IndicatorId, readonly [string, string]>>;
  /** Headings and lines of the summary. */
  readonly summary: {
    readonly indicators: string;
    readonly rules: string;
    readonly actions: string;
    readonly mostFailed: string;
    /** One line of the most-failed list: clause, its label and the number of failures. */
    readonly failures: (clause: string, label: string, n: number) => string;
    readonly none: string;
  };
  /** Sentences that stand alone. */
  /**
   * What the data covers, said before any figure: complete, incomplete (registered units absent), one township's own
   * data, or just the units given; and unregistered codes admitted by option.
   */
  readonly coverage: {
    /** Every registered unit reported. */
    readonly complete: (expected: number) => string;
    /** Registered units absent: how many, and the first ones named. */
    readonly incomplete: (expected: number, reported: number, absent: number, first: readonly string[]) => string;
    /** One township's own data (option `scope` with its code). */
    readonly township: (name: string, expected: number, reported: number) => string;
    /** Exactly the units given (option `scope: 'units'`). */
    readonly units: (n: number) => string;
    /** Unregistered codes admitted by the option `allowUnregisteredUnits`. */
    readonly unregistered: (codes: readonly string[]) => string;
    /** The region's name under `scope: 'units'`. */
    readonly unitsRegion: (n: number) => string;
  };
  readonly notes: {
    readonly county: string;
    /** A measured 2020 baseline, as the baseline column shows it. */
    readonly measuredBaseline: (value: string) => string;
    readonly noTownships: string;
    readonly noFailingRules: string;
    readonly noMissing: string;
    readonly noOverdue: string;
    readonly overdue: string;
    readonly missingFields: string;
    readonly rejected: string;
    readonly issues: string;
    /** Units received and evaluated. */
    readonly input: (units: number, evaluated: number) => string;
    /**
     * A unit-level rule of a summary evaluation, counted rather than listed: its title, how many units have the status,
     * and the first of them (code and name).
     */
    readonly unitsCounted: (title: string, n: number, status: string, first: readonly string[]) => string;
    readonly legend: string;
    readonly noValue: string;
    readonly footer: string;
    /** Where the figures come from, with their date. */
    readonly dataSource: (asOf: string) => string;
    /** Label of the as-of line in a chart. */
    readonly chartAsOf: (asOf: string) => string;
    readonly chartBaseline: string;
    readonly chartTrajectory: string;
    readonly chartCurrent: string;
    readonly chartCurrentKey: string;
    readonly chartExpected: string;
    readonly chartTarget: string;
    /** The sentence that describes a chart to screen readers. */
    readonly chartDescription: (parts: {
      readonly name: string;
      readonly baseline: string | null;
      readonly expected: string | null;
      readonly value: string | null;
      readonly target: string;
      readonly unit: string;
      readonly status: string;
      readonly asOf: string;
    }) => string;
  };
}

/**
 * The words of every report, by locale. Deep-frozen.
 *
 * @clause S4
 * @category Reporting · 报告
 * @example
 * ```ts
 * [REPORT_LABELS['zh-CN'].rule.fail, REPORT_LABELS.en.rule.fail]
 * //=> ['未达标', 'fail']
 * ```
 */
export const REPORT_LABELS: Readonly<Record<ReportLocale, ReportLabels>> = /* @__PURE__ */ deepFreeze({
  'zh-CN': {
    lang: 'zh-CN',
    colon: '：',
    listSeparator: '、',
    sections: {
      summary: '概况',
      headline: '主要发展指标（专栏1）',
      charts: '指标进度图',
      townships: '分乡镇（农场）指标',
      rules: '未达标、提示和未到期的要求（按规划章节）',
      actions: '重点工作台账',
      missing: '缺失和未通过校验的数据',
    },
    meta: { asOf: '数据日期', region: '地区', period: '规划期', reportTitle: '规划实施评估报告' },
    columns: {
      clause: '条款',
      indicator: '指标',
      unit: '单位',
      baseline: '2020年基期值',
      value: '当前值',
      expected: '当前应达',
      target: '2025年目标值',
      status: '进度',
      result: '结果',
      gap: '差距',
      township: '乡镇（农场）',
      subject: '检查对象',
      actual: '实际',
      required: '要求',
      message: '说明',
      field: '数据项',
      subjects: '涉及对象数',
      path: '位置',
      problem: '问题',
      index: '序号',
      code: '代码',
      due: '期限',
    },
    progress: { achieved: '达标', on_track: '进度正常', behind: '进度滞后', not_achieved: '未达标', no_data: '缺数据' },
    indicatorStatus: { not_applicable: '不适用', missing_data: '缺数据' },
    rule: { pass: '达标', fail: '未达标', advisory: '提示', pending: '未到期', not_applicable: '不适用', missing_data: '缺数据' },
    action: { not_started: '未开始', in_progress: '进行中', done: '已完成', missing_data: '未报告' },
    chapters: { background: '一、发展基础', requirements: '二、总体要求', tasks: '三、重点任务', safeguards: '四、保障措施' },
    indicatorShort: {
      rural_facility_coverage: '农村设施覆盖率',
      urban_facility_coverage: '城市设施覆盖率',
      commercial_service_area_share: '商业设施面积占比',
      facility_area_per_100_households: '每百户设施面积',
      activity_area_share: '活动区域面积占比',
      urban_self_service_coverage: '自助服务覆盖率',
      workers_per_10000_urban_residents: '每万人社区工作者',
    },
    gapUnits: {
      rural_facility_coverage: ['个村', '个村'],
      urban_facility_coverage: ['个社区', '个社区'],
      commercial_service_area_share: ['平方米', '平方米'],
      facility_area_per_100_households: ['平方米', '平方米'],
      activity_area_share: ['平方米', '平方米'],
      urban_self_service_coverage: ['个社区', '个社区'],
      workers_per_10000_urban_residents: ['人', '人'],
    },
    summary: {
      indicators: '主要指标',
      rules: '规则结果',
      actions: '重点工作',
      mostFailed: '未达标最多的条款',
      failures: (clause, label, n) => `${clause} ${label}（${n}项未达标）`,
      none: '无',
    },
    coverage: {
      complete: (expected) => `数据覆盖：全县登记在册的${expected}个村（社区）均已报送。`,
      incomplete: (expected, reported, absent, first) =>
        `数据不完整：全县登记在册的${expected}个村（社区）中只有${reported}个已报送并通过校验，${absent}个未报送或未通过校验` +
        `（${first.join('、')}${absent > first.length ? ' 等' : ''}）。以下凡汇总这些村（社区）的全县和乡镇数据均按缺数据处理，不代表全县。`,
      township: (name, expected, reported) =>
        `评估范围：${name}自行填报的数据（登记在册${expected}个村（社区），已报送${reported}个）。以下汇总数据为该乡镇的数据，不代表全县。`,
      units: (n) => `评估范围：所报送的${n}个村（社区）。以下汇总数据只代表这些村（社区），不代表全县。`,
      unregistered: (codes) => `按选项纳入了${codes.length}个不在登记名册（国家统计局2023年区划代码）中的代码：${codes.join('、')}。`,
      unitsRegion: (n) => `所报送的${n}个村（社区）`,
    },
    notes: {
      county: '全县',
      measuredBaseline: (value) => `${value}（实测）`,
      noTownships: '本次评估未包含乡镇一级结果。',
      noFailingRules: '没有未达标、提示或未到期的要求。',
      noMissing: '没有缺失或未通过校验的数据。',
      noOverdue: '没有逾期未完成的重点工作。',
      overdue: '逾期未完成',
      missingFields: '缺失字段',
      rejected: '未通过校验的村（社区）',
      issues: '数据问题',
      input: (units, evaluated) => `收到${units}个村（社区），评估${evaluated}个。`,
      unitsCounted: (title, n, status, first) => `${title}：${n}个村（社区）${status}${first.length > 0 ? `，如 ${first.join('、')}${n > first.length ? ' 等' : ''}` : ''}（摘要评估只计数）`,
      legend: '✓ 达标　+ 进度正常　! 进度滞后　✗ 未达标',
      noValue: '缺数据',
      footer: '本报告根据所提供的填报数据，按规划的指标和条款计算生成。',
      dataSource: (asOf) => `数据来源：所提供的填报数据（数据日期 ${asOf}）；目标值和基期值来自规划专栏1。`,
      chartAsOf: (asOf) => `数据日期 ${asOf}`,
      chartBaseline: '2020年基期值',
      chartTrajectory: '应达进度（基期值至目标值的直线）',
      chartCurrent: '当前值',
      chartCurrentKey: '当前值（颜色表示进度）',
      chartExpected: '当前应达值',
      chartTarget: '2025年目标值',
      chartDescription: (p) =>
        `${p.name}：` +
        (p.baseline === null ? '规划未给出基期值；' : `2020年基期值${p.baseline}${p.unit}；`) +
        (p.expected === null ? '' : `${p.asOf}应达${p.expected}${p.unit}；`) +
        (p.value === null ? `${p.asOf}缺数据；` : `${p.asOf}实际${p.value}${p.unit}；`) +
        `2025年目标值${p.target}${p.unit}；${p.status}。`,
    },
  },
  en: {
    lang: 'en',
    colon: ': ',
    listSeparator: ', ',
    sections: {
      summary: 'Summary',
      headline: 'Main indicators (专栏1)',
      charts: 'Indicator progress charts',
      townships: 'Indicators by township',
      rules: 'Failing, advisory and pending requirements, by chapter of the plan',
      actions: 'Tracked actions',
      missing: 'Missing data and data that failed validation',
    },
    meta: { asOf: 'As of', region: 'Region', period: 'Plan period', reportTitle: 'Plan implementation report' },
    columns: {
      clause: 'Clause',
      indicator: 'Indicator',
      unit: 'Unit',
      baseline: '2020 baseline',
      value: 'Value',
      expected: 'Expected now',
      target: '2025 target',
      status: 'Progress',
      result: 'Result',
      gap: 'Gap',
      township: 'Township',
      subject: 'Subject',
      actual: 'Actual',
      required: 'Required',
      message: 'Message',
      field: 'Field',
      subjects: 'Subjects',
      path: 'Path',
      problem: 'Problem',
      index: 'Index',
      code: 'Code',
      due: 'Due',
    },
    progress: { achieved: 'achieved', on_track: 'on track', behind: 'behind', not_achieved: 'not achieved', no_data: 'missing data' },
    indicatorStatus: { not_applicable: 'n/a', missing_data: 'missing' },
    rule: { pass: 'pass', fail: 'fail', advisory: 'advisory', pending: 'pending', not_applicable: 'not applicable', missing_data: 'missing data' },
    action: { not_started: 'not started', in_progress: 'in progress', done: 'done', missing_data: 'not reported' },
    chapters: {
      background: '1. Development foundation',
      requirements: '2. General requirements',
      tasks: '3. Key tasks',
      safeguards: '4. Safeguards',
    },
    indicatorShort: {
      rural_facility_coverage: 'Rural facilities',
      urban_facility_coverage: 'Urban facilities',
      commercial_service_area_share: 'Commercial area share',
      facility_area_per_100_households: 'Area per 100 households',
      activity_area_share: 'Activity area share',
      urban_self_service_coverage: 'Self-service',
      workers_per_10000_urban_residents: 'Workers per 10,000',
    },
    gapUnits: {
      rural_facility_coverage: ['village', 'villages'],
      urban_facility_coverage: ['community', 'communities'],
      commercial_service_area_share: ['m²', 'm²'],
      facility_area_per_100_households: ['m²', 'm²'],
      activity_area_share: ['m²', 'm²'],
      urban_self_service_coverage: ['community', 'communities'],
      workers_per_10000_urban_residents: ['worker', 'workers'],
    },
    summary: {
      indicators: 'Main indicators',
      rules: 'Rule results',
      actions: 'Tracked actions',
      mostFailed: 'Clauses failed most often',
      failures: (clause, label, n) => `${clause} ${label} (${n} failing)`,
      none: 'none',
    },
    coverage: {
      complete: (expected) => `Coverage: all ${expected} registered village-level units of the county reported.`,
      incomplete: (expected, reported, absent, first) =>
        `Incomplete data: only ${reported} of the county's ${expected} registered village-level units reported and passed validation; ${absent} are absent or rejected ` +
        `(${first.join(', ')}${absent > first.length ? ', …' : ''}). Every county and township figure that adds them up is missing data below; none stands for the county.`,
      township: (name, expected, reported) =>
        `Scope: ${name}'s own data (${reported} of its ${expected} registered village-level units reported). The figures below are the township's, not the county's.`,
      units: (n) => `Scope: the ${n} village-level unit${n === 1 ? '' : 's'} given. The figures below describe ${n === 1 ? 'that unit' : 'those units'} only, not the county.`,
      unregistered: (codes) => `Admitted by option: ${codes.length} code(s) not in the registry (NBS 2023 division codes): ${codes.join(', ')}.`,
      unitsRegion: (n) => (n === 1 ? 'the 1 unit given' : `the ${n} units given`),
    },
    notes: {
      county: 'County',
      measuredBaseline: (value) => `${value} (measured)`,
      noTownships: 'This evaluation has no township-level results.',
      noFailingRules: 'No requirement fails, is advisory or is pending.',
      noMissing: 'No data was missing or failed validation.',
      noOverdue: 'No tracked action is past its due date.',
      overdue: 'Past due and not done',
      missingFields: 'Missing fields',
      rejected: 'Units that failed validation',
      issues: 'Problems in the data',
      input: (units, evaluated) => `${units} units received, ${evaluated} evaluated.`,
      unitsCounted: (title, n, status, first) => `${title}: ${n} unit(s) ${status}${first.length > 0 ? `, e.g. ${first.join('; ')}${n > first.length ? ' and others' : ''}` : ''} (a summary evaluation counts them)`,
      legend: '✓ achieved  + on track  ! behind  ✗ not achieved',
      noValue: 'missing data',
      footer: 'Computed by longchuan-community-plan from the supplied data.',
      dataSource: (asOf) =>
        `Data source: the data reported (as of ${asOf}); targets and baselines from Panel 1 of the plan.`,
      chartAsOf: (asOf) => `as of ${asOf}`,
      chartBaseline: '2020 baseline',
      chartTrajectory: 'Expected path (straight line from baseline to target)',
      chartCurrent: 'Current value',
      chartCurrentKey: 'Current value (colour shows progress)',
      chartExpected: 'Expected now',
      chartTarget: '2025 target',
      chartDescription: (p) =>
        `${p.name}: ` +
        (p.baseline === null ? 'the plan gives no baseline; ' : `2020 baseline ${p.baseline} ${p.unit}; `) +
        (p.expected === null ? '' : `expected on ${p.asOf} ${p.expected} ${p.unit}; `) +
        (p.value === null ? `missing data on ${p.asOf}; ` : `value on ${p.asOf} ${p.value} ${p.unit}; `) +
        `2025 target ${p.target} ${p.unit}; ${p.status}.`,
    },
  },
} satisfies Record<ReportLocale, ReportLabels>);
