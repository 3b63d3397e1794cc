import { deepFreeze } from '../_lib/deepFreeze';
import type { ReportLocale } from './labels';

/**
 * The words of the final-assessment report (a series) in one language, beyond those it shares with the report of one
 * evaluation (`REPORT_LABELS`: statuses, column heads). Headings in the order of a 终期评估 report. Every sentence states
 * a figure or a fact about the data; none judges.
 *
 * @clause S4
 * @category Reporting · 报告
 * @example
 * ```ts
 * const labels: SeriesLabels = SERIES_LABELS['zh-CN'];
 * labels.sections.indicators
 * //=> '二、主要指标完成情况'
 * ```
 */
export interface SeriesLabels {
  /** The report's title under the plan's. */
  readonly reportTitle: string;
  /** Section headings, in order. */
  readonly sections: {
    readonly overview: string;
    readonly indicators: string;
    readonly tasks: string;
    readonly problems: string;
    readonly data: string;
  };
  /** Sub-headings. */
  readonly sub: {
    readonly values: string;
    readonly changes: string;
    readonly charts: string;
    readonly rules: string;
    readonly actions: string;
    readonly completeness: string;
    readonly readings: string;
    readonly options: string;
  };
  /** Column heads. */
  readonly columns: {
    readonly yearHead: string;
    /** The head of a year's column (`'2021年'`, `'2021'`). */
    readonly year: (year: number) => string;
    /** The head of a change's column (`'2021—2022年'`). */
    readonly change: (from: number, to: number) => string;
    /** The head of the verdict column, with the year it is of. */
    readonly verdict: (year: number) => string;
    /** The head of the last result's column, with its year. */
    readonly last: (year: number) => string;
    readonly firstMet: string;
    readonly rule: string;
    readonly action: string;
    readonly evidence: string;
    readonly completedOn: string;
    readonly asOf: string;
    readonly units: string;
    readonly evaluated: string;
    readonly rejected: string;
    readonly issues: string;
    readonly coverage: string;
    readonly indicatorsWithValue: string;
    readonly missingFields: string;
    readonly option: string;
    readonly value: string;
  };
  /** Words in cells. */
  readonly cells: {
    /** A year without a snapshot. */
    readonly noSnapshot: string;
    /** A change that cannot be stated (a year without a value). */
    readonly noChange: string;
    /** Never met. */
    readonly never: string;
    /** The coverage of a year: reported of expected, or that there is no registry to compare with. */
    readonly coverage: (reported: number | null, expected: number | null, complete: boolean | null) => string;
  };
  /** Sentences. */
  readonly lines: {
    /** The years with data, listed. */
    readonly years: (list: string) => string;
    /** The years without data, listed. */
    readonly missingYears: (list: string) => string;
    readonly noMissingYears: string;
    readonly no2025: string;
    /** The indicators' verdicts of a year, counted by status. */
    readonly indicators: (year: number, counts: string) => string;
    /** The rules' statuses of a year, counted. */
    readonly rules: (year: number, counts: string) => string;
    /** The tracked actions' statuses of a year, counted. */
    readonly actions: (year: number, counts: string) => string;
    /** An indicator not met in a year: its value, the target, the status and the gap. */
    readonly indicatorProblem: (clause: string, name: string, year: number, status: string, value: string, target: string, gap: string | null) => string;
    /** A rule not passed in a year: its status and how many results have it. */
    readonly ruleProblem: (clause: string, title: string, year: number, status: string, n: number) => string;
    /** A tracked action past its due date and not done. */
    readonly actionProblem: (clause: string, title: string, due: string) => string;
    readonly noProblems: string;
    /** A B1 row read from the series, and the copy it replaced. */
    readonly reading: (year: number, rowYear: number, series: string, entered: string | null) => string;
    readonly noReadings: string;
    /** One year of a chart: its value and status (a dot's tooltip, a part of the description). */
    readonly chartYear: (year: number, value: string, unit: string, status: string) => string;
    /** The sentence that describes a chart to screen readers. */
    readonly chartDescription: (name: string, baseline: string | null, points: string, target: string, unit: string) => string;
    /** Where the figures come from, with their dates. */
    readonly dataSource: (dates: string) => string;
  };
}

/**
 * The words of the final-assessment report, by locale. Deep-frozen.
 *
 * @clause S4
 * @category Reporting · 报告
 * @example
 * ```ts
 * SERIES_LABELS.en.sections.overview
 * //=> '1. Overview'
 * ```
 */
export const SERIES_LABELS: Readonly<Record<ReportLocale, SeriesLabels>> = /* @__PURE__ */ deepFreeze({
  'zh-CN': {
    reportTitle: '规划实施终期评估数据报告（逐年）',
    sections: {
      overview: '一、总体情况',
      indicators: '二、主要指标完成情况',
      tasks: '三、重点任务完成情况',
      problems: '四、存在的问题',
      data: '五、数据说明',
    },
    sub: {
      values: '（一）专栏1指标逐年数值',
      changes: '（二）逐年变化',
      charts: '（三）指标逐年进度图',
      rules: '（一）规划要求逐年结果',
      actions: '（二）重点工作台账',
      completeness: '（一）各年度数据完整性',
      readings: '（二）“一肩挑”比例的读取',
      options: '（三）评估选项',
    },
    columns: {
      yearHead: '年度',
      year: (year) => `${year}年`,
      change: (from, to) => `${from}—${to}年`,
      verdict: (year) => `结论（${year}年）`,
      last: (year) => `最近结果（${year}年）`,
      firstMet: '首次达标',
      rule: '要求',
      action: '重点工作',
      evidence: '佐证材料',
      completedOn: '完成日期',
      asOf: '数据日期',
      units: '收到',
      evaluated: '评估',
      rejected: '未通过校验',
      issues: '数据问题',
      coverage: '覆盖',
      indicatorsWithValue: '有数值的指标',
      missingFields: '缺失字段',
      option: '选项',
      value: '取值',
    },
    cells: {
      noSnapshot: '无填报',
      noChange: '—',
      never: '无',
      coverage: (reported, expected, complete) =>
        reported === null || expected === null ? '无名册' : `${reported}/${expected}${complete === true ? '' : '（不完整）'}`,
    },
    lines: {
      years: (list) => `本报告汇总以下年度的填报数据：${list}。`,
      missingYears: (list) => `以下年份没有填报数据，报告中标为“无填报”，不作插补：${list}。`,
      noMissingYears: '规划期各年均有填报数据。',
      no2025: '没有2025年的填报数据：以下结论按最近一年的数据给出。',
      indicators: (year, counts) => `主要指标（${year}年）：${counts}。`,
      rules: (year, counts) => `规划要求（${year}年）：${counts}。`,
      actions: (year, counts) => `重点工作（${year}年）：${counts}。`,
      indicatorProblem: (clause, name, year, status, value, target, gap) =>
        `${clause} ${name}：${year}年为${value}，2025年目标值${target}，${status}${gap === null ? '' : `，差距${gap}`}。`,
      ruleProblem: (clause, title, year, status, n) => `${clause} ${title}：${year}年${status}（${n}项结果）。`,
      actionProblem: (clause, title, due) => `${clause} ${title}：期限${due}，逾期未完成。`,
      noProblems: '最近一年没有未达标、提示、未到期或缺数据的指标和要求，没有逾期未完成的重点工作。',
      reading: (year, rowYear, series, entered) =>
        `${year}年的评估读取${rowYear}年填报数据中的${rowYear}年“一肩挑”人数 ${series}` +
        (entered === null ? `（${year}年填报数据未含${rowYear}年数据）。` : `，代替${year}年填报数据中所填的 ${entered}。`),
      noReadings: '各年评估均按本年度填报数据读取“一肩挑”人数，没有改用其他年度的数据。',
      chartYear: (year, value, unit, status) => `${year}年 ${value}${unit}（${status}）`,
      chartDescription: (name, baseline, points, target, unit) =>
        `${name}：${baseline === null ? '规划未给出基期值' : `2020年基期值${baseline}${unit}`}；${points}；2025年目标值${target}${unit}。`,
      dataSource: (dates) => `数据来源：所提供的各年度填报数据（数据日期 ${dates}）；目标值和基期值来自规划专栏1。`,
    },
  },
  en: {
    reportTitle: 'Final assessment of plan implementation: annual data',
    sections: {
      overview: '1. Overview',
      indicators: '2. Main indicators',
      tasks: '3. Key tasks',
      problems: '4. Problems the figures show',
      data: '5. Notes on the data',
    },
    sub: {
      values: '2.1 Panel 1 indicators by year',
      changes: '2.2 Changes between years',
      charts: '2.3 Charts by year',
      rules: '3.1 Requirements by year',
      actions: '3.2 Tracked actions',
      completeness: '5.1 Completeness of each year’s data',
      readings: '5.2 How the 一肩挑 share was read',
      options: '5.3 Evaluation options',
    },
    columns: {
      yearHead: 'Year',
      year: (year) => String(year),
      change: (from, to) => `${from}–${to}`,
      verdict: (year) => `Verdict (${year})`,
      last: (year) => `Last result (${year})`,
      firstMet: 'First met',
      rule: 'Requirement',
      action: 'Action',
      evidence: 'Evidence',
      completedOn: 'Completed',
      asOf: 'As of',
      units: 'Received',
      evaluated: 'Evaluated',
      rejected: 'Rejected',
      issues: 'Problems',
      coverage: 'Coverage',
      indicatorsWithValue: 'Indicators with a value',
      missingFields: 'Missing fields',
      option: 'Option',
      value: 'Value',
    },
    cells: {
      noSnapshot: 'no data',
      noChange: '—',
      never: 'none',
      coverage: (reported, expected, complete) =>
        reported === null || expected === null ? 'no registry' : `${reported}/${expected}${complete === true ? '' : ' (incomplete)'}`,
    },
    lines: {
      years: (list) => `This report brings together the data reported for: ${list}.`,
      missingYears: (list) => `No data was reported for these years; they are marked “no data” and never interpolated: ${list}.`,
      noMissingYears: 'Every year of the plan period has data.',
      no2025: 'There is no data for 2025: the verdicts below are those of the latest year.',
      indicators: (year, counts) => `Main indicators (${year}): ${counts}.`,
      rules: (year, counts) => `Requirements (${year}): ${counts}.`,
      actions: (year, counts) => `Tracked actions (${year}): ${counts}.`,
      indicatorProblem: (clause, name, year, status, value, target, gap) =>
        `${clause} ${name}: ${value} in ${year}, 2025 target ${target}, ${status}${gap === null ? '' : `, gap ${gap}`}.`,
      ruleProblem: (clause, title, year, status, n) => `${clause} ${title}: ${status} in ${year} (${n} result${n === 1 ? '' : 's'}).`,
      actionProblem: (clause, title, due) => `${clause} ${title}: due ${due}, not done.`,
      noProblems: 'In the latest year no indicator or requirement is unmet, advisory, pending or missing data, and no tracked action is past due.',
      reading: (year, rowYear, series, entered) =>
        `${year}'s evaluation read ${rowYear}'s 一肩挑 count ${series} from ${rowYear}'s own data` +
        (entered === null ? ` (${year}'s data had no ${rowYear} row).` : `, instead of ${entered} entered in ${year}'s data.`),
      noReadings: 'Each year’s evaluation read the 一肩挑 counts of its own data; no other year’s data was used.',
      chartYear: (year, value, unit, status) => `${year}: ${value} ${unit} (${status})`,
      chartDescription: (name, baseline, points, target, unit) =>
        `${name}: ${baseline === null ? 'the plan gives no baseline' : `2020 baseline ${baseline} ${unit}`}; ${points}; 2025 target ${target} ${unit}.`,
      dataSource: (dates) => `Data source: the annual data reported (as of ${dates}); targets and baselines from Panel 1 of the plan.`,
    },
  },
} satisfies Record<ReportLocale, SeriesLabels>);
