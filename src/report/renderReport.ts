import { PlanInputError } from '../_lib/PlanInputError';
import type { Evaluation } from '../evaluate/Evaluation';
import type { ReportLocale } from './labels';
import { renderHtml } from './renderHtml';
import { renderMarkdown } from './renderMarkdown';
import { renderText } from './renderText';
import { showValue } from '../_lib/showValue';
import type { SeriesEvaluation } from '../series/SeriesEvaluation';
import { renderSeriesHtml } from './renderSeriesHtml';
import { renderSeriesMarkdown } from './renderSeriesMarkdown';
import { renderSeriesText } from './renderSeriesText';

/**
 * The formats a report is rendered in: a terminal table (`'text'`), GitHub-flavoured Markdown (`'markdown'`) or one
 * self-contained HTML page (`'html'`).
 *
 * @clause S4
 * @category Reporting · 报告
 * @example
 * ```ts
 * const format: ReportFormat = 'markdown';
 * renderReport(evaluate({ asOf: '2024-12-31', units: [] }), { format }).split('\n')[0]
 * //=> '# 陇川县“十四五”城乡社区服务体系建设规划'
 * ```
 */
export type ReportFormat = 'text' | 'markdown' | 'html';

/**
 * Options of {@link renderReport}.
 *
 * @clause S4
 * @category Reporting · 报告
 * @example
 * ```ts
 * const options: RenderReportOptions = { format: 'text', locale: 'en', color: false };
 * renderReport(evaluate({ asOf: '2024-12-31', units: [] }), options).split('\n').slice(0, 2)
 * //=> ['Longchuan County 14th Five-Year Plan for the Urban and Rural Community Service System', 'Plan implementation report']
 * ```
 */
export interface RenderReportOptions {
  /** The format. */
  readonly format: ReportFormat;
  /** The language; default `'zh-CN'`, the plan's own. */
  readonly locale?: ReportLocale | undefined;
  /**
   * `text` only: colour with ANSI escape codes. Default `false`; the caller decides (the CLI turns it on for a
   * terminal when `NO_COLOR` is not set).
   */
  readonly color?: boolean | undefined;
  /**
   * The evaluation is of the embedded sample (`SAMPLE_SNAPSHOT`): the report carries `SAMPLE_NOTICE` (示例数据…) on
   * the page itself, under its title, in every format. Default `false`. An evaluation does not know where its data
   * came from, so whoever evaluates the sample says so here (the CLI's `--sample` and the demo do).
   */
  readonly sample?: boolean | undefined;
}

const FORMATS: readonly string[] = ['text', 'markdown', 'html'];
const LOCALES: readonly string[] = ['zh-CN', 'en'];

/**
 * Render an evaluation as a report people can read: where the county stands against the plan on the as-of date. Given
 * a series (the result of `evaluateSeries`, `kind: 'series'`), it renders the final-assessment report instead
 * (`renderSeriesText`, `renderSeriesMarkdown`, `renderSeriesHtml`: 总体情况, 主要指标完成情况, 重点任务完成情况,
 * 存在的问题, 数据说明, every year side by side).
 *
 * Every format shows the plan title, as-of date and region; the summary counts; the seven 专栏1 indicators (value
 * rounded for display, 2020 baseline, value expected on the straight line, 2025 target, progress, gap); the
 * township-by-township indicators; the failing and pending rules grouped by chapter of the plan with their clauses,
 * subjects and messages; the tracked actions (counts, and those past due); and the missing or rejected data. The
 * HTML page adds one inline SVG chart per indicator. Pure and deterministic: the same evaluation and options give
 * the same string (the date shown is the evaluation's `asOf`, never the clock).
 *
 * The evaluation may be stored and read back, so it is checked first against the evaluation schema (every field,
 * every status; dates and figures well formed). Every value printed is escaped for its format: no data becomes
 * markup, a Markdown link or a terminal control sequence, and invisible or direction-changing characters (U+202E …)
 * are shown as `\u{…}`. The HTML page carries a Content-Security-Policy that allows no script, no request and no
 * form, so anything that got through would still be inert.
 *
 * @param evaluation - The result of `evaluate` or of `evaluateSeries` (or its JSON, parsed).
 * @param options - Format, language, (text) colour, and whether the evaluation is of the sample.
 * @throws `PlanInputError` with code `'invalid_option'` for an unknown format or locale, `'invalid_evaluation'`
 *   (with the path of the first bad value) for anything but an evaluation, `'invalid_series'` for a bad series.
 * @clause S4
 * @clause S1
 * @category Reporting · 报告
 * @example
 * ```ts
 * const e = evaluate({ asOf: '2024-12-31', units: [{ code: '533124101201', townshipCode: '533124101', hasServiceFacility: true }] }, { scope: 'units' });
 * renderReport(e, { format: 'text', locale: 'zh-CN' }).split('\n')[0]
 * //=> '陇川县“十四五”城乡社区服务体系建设规划'
 * renderReport(e, { format: 'markdown', locale: 'en' }).includes('| P1.1 | Coverage rate of rural community comprehensive service facilities | % | 60 | **100.0** |')
 * //=> true
 * ```
 */
export function renderReport(evaluation: Evaluation | SeriesEvaluation, options: RenderReportOptions): string {
  const format: unknown = options?.format;
  const locale: unknown = options?.locale ?? 'zh-CN';
  if (typeof format !== 'string' || !FORMATS.includes(format)) {
    throw new PlanInputError({
      code: 'invalid_option',
      path: ['format'],
      messageZh: `报告格式应为 text、markdown 或 html，实际为${showValue(format)}`,
      messageEn: `format must be text, markdown or html, got ${showValue(format)}`,
    });
  }
  if (typeof locale !== 'string' || !LOCALES.includes(locale)) {
    throw new PlanInputError({
      code: 'invalid_option',
      path: ['locale'],
      messageZh: `语言应为 zh-CN 或 en，实际为${showValue(locale)}`,
      messageEn: `locale must be zh-CN or en, got ${showValue(locale)}`,
    });
  }
  const l = locale as ReportLocale;
  // Each renderer checks the evaluation (validateEvaluation) or the series (validateSeries) before it reads anything.
  const sample = options.sample === true;
  if (isSeries(evaluation)) {
    if (format === 'html') return renderSeriesHtml(evaluation, { locale: l, sample });
    if (format === 'markdown') return renderSeriesMarkdown(evaluation, { locale: l, sample });
    return renderSeriesText(evaluation, { locale: l, color: options.color === true, sample });
  }
  if (format === 'html') return renderHtml(evaluation, { locale: l, sample });
  if (format === 'markdown') return renderMarkdown(evaluation, { locale: l, sample });
  return renderText(evaluation, { locale: l, color: options.color === true, sample });
}

/** A series (the result of `evaluateSeries`) says so in its own `kind`. */
function isSeries(value: unknown): value is SeriesEvaluation {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, 'kind') && (value as { kind?: unknown }).kind === 'series';
}
