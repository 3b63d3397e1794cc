import type { SeriesEvaluation } from '../series/SeriesEvaluation';
import { escapeMarkdown } from './escape';
import { pushMarkdownTable } from './_markdownTable';
import type { ReportLocale } from './labels';
import { buildSeriesModel } from './seriesModel';
import { validateSeries } from './validateSeries';

/**
 * Options of {@link renderSeriesMarkdown}.
 *
 * @clause S4
 * @category Reporting · 报告
 * @example
 * ```ts
 * const options: RenderSeriesOptions = { locale: 'en' };
 * ```
 */
export interface RenderSeriesOptions {
  /** Language; default `'zh-CN'`. */
  readonly locale?: ReportLocale | undefined;
  /** The data is the embedded sample: the report carries `SAMPLE_NOTICE` under its title. Default `false`. */
  readonly sample?: boolean | undefined;
}

/**
 * The final-assessment report of a series as GitHub-flavoured Markdown, in the order of a 终期评估 report: 总体情况
 * (the years with data, the years without, the latest counts), 主要指标完成情况 (each 专栏1 indicator's 2020 baseline,
 * every year's value, the target and the verdict; the changes between years), 重点任务完成情况 (every rule's status each
 * year, its last status and the first year met; the tracked actions with their evidence), 存在的问题 (what the latest
 * figures show unmet) and 数据说明 (each year's completeness, how B1 read the series, the options). States figures only.
 * The series is checked first (`validateSeries`); every piece of data is escaped.
 *
 * @param series - The result of `evaluateSeries` (or its JSON, parsed).
 * @param options - Language, and whether the data is the sample.
 * @throws `PlanInputError` with code `'invalid_series'` or `'invalid_evaluation'` for anything but a series.
 * @clause S4
 * @category Reporting · 报告
 * @example
 * ```ts
 * const s = evaluateSeries([{ asOf: '2021-12-31', units: [] }, { asOf: '2025-12-31', units: [] }]);
 * renderSeriesMarkdown(s, { locale: 'zh-CN' }).split('\n').filter((l) => l.startsWith('## '))
 * //=> ['## 一、总体情况', '## 二、主要指标完成情况', '## 三、重点任务完成情况', '## 四、存在的问题', '## 五、数据说明']
 * ```
 */
export function renderSeriesMarkdown(series: SeriesEvaluation, options: RenderSeriesOptions = {}): string {
  const checked = validateSeries(series);
  const m = buildSeriesModel(checked, options.locale ?? 'zh-CN', { sample: options.sample === true });
  const L = m.labels;
  const W = m.words;
  const C = L.columns;
  const e = escapeMarkdown;
  const out: string[] = [];
  const table = (headers: readonly string[], rows: readonly (readonly string[])[], right: readonly number[] = []) =>
    pushMarkdownTable(out, headers, rows, right);
  const years = m.spanYears.map((y) => W.columns.year(y));
  const snapshotYears = m.years.map((y) => W.columns.year(y));

  out.push(`# ${e(m.title)}`, '', `**${e(W.reportTitle)}**`, '');
  if (m.notice !== null) out.push(`> **⚠ ${e(m.notice)}**`, '');
  out.push(`- **${L.meta.region}**${L.colon}${e(m.region)}`, `- **${L.meta.period}**${L.colon}${e(m.period)}`, '');
  for (const w of m.coverageWarnings) out.push(`> **⚠ ${e(w)}**`, '');

  out.push(`## ${W.sections.overview}`, '');
  for (const line of m.overview) out.push(`- ${e(line)}`);

  out.push('', `## ${W.sections.indicators}`, '', `### ${W.sub.values}`);
  table(
    [C.clause, C.indicator, C.unit, C.baseline, ...years, C.target, W.columns.verdict(m.verdictYear), C.gap],
    m.indicators.map((r) => [
      e(r.clause),
      e(r.name),
      e(r.unit),
      e(r.baselineLabel),
      ...r.cells.map((c) => e(c.text)),
      e(r.target),
      `**${e(r.verdict.label)}**`,
      e(r.gap ?? '—'),
    ]),
    [3, ...years.map((_, i) => i + 4), years.length + 4],
  );
  out.push(`### ${W.sub.changes}`);
  if (m.changeHeads.length === 0) out.push('', W.cells.noChange, '');
  else
    table(
      [C.clause, C.indicator, C.unit, ...m.changeHeads],
      m.indicators.map((r) => [e(r.clause), e(r.name), e(r.unit), ...r.changes.map(e)]),
      m.changeHeads.map((_, i) => i + 3),
    );

  out.push(`## ${W.sections.tasks}`, '', `### ${W.sub.rules}`);
  table(
    [C.clause, W.columns.rule, ...snapshotYears, W.columns.last(m.years[m.years.length - 1]!), W.columns.firstMet],
    m.rules.map((r) => [e(r.clause), e(r.title), ...r.cells.map((c) => e(c.label)), `**${e(r.last.label)}**`, e(r.firstMet)]),
  );
  out.push(`### ${W.sub.actions}`);
  table(
    [C.clause, W.columns.action, ...snapshotYears, C.due, W.columns.completedOn, W.columns.evidence],
    m.actions.map((a) => [
      e(a.clause),
      e(a.title),
      ...a.cells.map((c) => e(c.label)),
      e(a.due ?? '—'),
      e(a.completedOn ?? '—'),
      a.evidence.length === 0 ? '—' : a.evidence.map(e).join('; '),
    ]),
  );

  out.push(`## ${W.sections.problems}`, '');
  for (const p of m.problems) out.push(`- ${e(p)}`);

  out.push('', `## ${W.sections.data}`, '', `### ${W.sub.completeness}`);
  const D = W.columns;
  table(
    [D.yearHead, D.asOf, D.units, D.evaluated, D.rejected, D.issues, D.coverage, D.indicatorsWithValue, D.missingFields],
    m.data.map((d) => [
      e(W.columns.year(d.year)),
      e(d.asOf),
      String(d.units),
      String(d.evaluated),
      String(d.rejected),
      String(d.issues),
      e(d.coverage),
      e(d.indicatorsWithValue),
      String(d.missingFields),
    ]),
    [2, 3, 4, 5, 7, 8],
  );
  out.push(`### ${W.sub.readings}`, '');
  for (const r of m.readings) out.push(`- ${e(r)}`);
  out.push('', `### ${W.sub.options}`);
  table([D.option, D.value], m.options.map((o) => [e(o.key), e(o.value)]));

  out.push('', '---', '');
  if (m.notice !== null) out.push(`**⚠ ${e(m.notice)}**`, '');
  out.push(e(m.dataSource), '', e(L.notes.footer));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
