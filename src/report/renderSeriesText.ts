import type { SeriesEvaluation } from '../series/SeriesEvaluation';
import { escapeTerminal } from './escape';
import type { ReportLocale } from './labels';
import { buildSeriesModel, type SeriesCell } from './seriesModel';
import { displayWidth, renderTextTable, type TextCell } from './textTable';
import { painter, STATUS_STYLE } from './_terminalStyle';
import { validateSeries } from './validateSeries';

/**
 * Options of {@link renderSeriesText}.
 *
 * @clause S4
 * @category Reporting · 报告
 * @example
 * ```ts
 * const options: RenderSeriesTextOptions = { locale: 'en', color: false };
 * ```
 */
export interface RenderSeriesTextOptions {
  /** Language; default `'zh-CN'`. */
  readonly locale?: ReportLocale | undefined;
  /** Colour with ANSI escape codes; default `false`. */
  readonly color?: boolean | undefined;
  /** The data is the embedded sample: the report carries `SAMPLE_NOTICE` under its title. Default `false`. */
  readonly sample?: boolean | undefined;
}

/**
 * The final-assessment report of a series as plain text for a terminal, with the content and order of
 * {@link renderSeriesMarkdown} (总体情况, 主要指标完成情况, 重点任务完成情况, 存在的问题, 数据说明). Columns line up with
 * Chinese text; ANSI colour only when `color` is `true`. The series is checked first (`validateSeries`); data never
 * reaches the terminal as a control character.
 *
 * @param series - The result of `evaluateSeries` (or its JSON, parsed).
 * @param options - Language, colour, and whether the data is the sample.
 * @throws `PlanInputError` with code `'invalid_series'` or `'invalid_evaluation'` for anything but a series.
 * @clause S4
 * @category Reporting · 报告
 * @example
 * ```ts
 * const s = evaluateSeries([{ asOf: '2021-12-31', units: [] }, { asOf: '2025-12-31', units: [] }]);
 * renderSeriesText(s, { locale: 'en' }).split('\n').slice(0, 2)
 * //=> ['Longchuan County 14th Five-Year Plan for the Urban and Rural Community Service System', 'Final assessment of plan implementation: annual data']
 * ```
 */
export function renderSeriesText(series: SeriesEvaluation, options: RenderSeriesTextOptions = {}): string {
  const checked = validateSeries(series);
  const m = buildSeriesModel(checked, options.locale ?? 'zh-CN', { sample: options.sample === true });
  const L = m.labels;
  const W = m.words;
  const C = L.columns;
  const color = options.color === true;
  const paint = painter(color);
  const t = escapeTerminal;
  const zh = m.locale === 'zh-CN';
  const out: string[] = [];
  const pushAll = (lines: readonly string[]): void => {
    for (const l of lines) out.push(l);
  };
  const heading = (text: string, rule: string) => {
    out.push('', paint(text, 'bold'), rule.repeat(displayWidth(text)));
  };
  const cell = (c: SeriesCell): TextCell => ({ text: t(c.text), style: STATUS_STYLE[c.status] ?? 'dim' });
  const plain = (s: string): TextCell => ({ text: t(s) });

  out.push(paint(t(m.title), 'bold'), paint(W.reportTitle, 'bold'), '='.repeat(displayWidth(t(m.title))));
  if (m.notice !== null) out.push(paint(`⚠ ${t(m.notice)}`, 'yellow'));
  out.push(`${L.meta.region}${L.colon}${t(m.region)}`, `${L.meta.period}${L.colon}${t(m.period)}`);
  for (const w of m.coverageWarnings) out.push(paint(`⚠ ${t(w)}`, 'yellow'));

  heading(W.sections.overview, '=');
  for (const line of m.overview) out.push(t(line));

  heading(W.sections.indicators, '=');
  out.push('', paint(W.sub.values, 'bold'));
  const years = m.spanYears.map((y) => W.columns.year(y));
  pushAll(
    renderTextTable(
      [C.clause, C.indicator, C.unit, C.baseline, ...years, C.target, W.columns.verdict(m.verdictYear), C.gap],
      m.indicators.map((r) => [plain(r.clause), plain(r.name), plain(r.unit), plain(r.baselineLabel), ...r.cells.map(cell), plain(r.target), cell(r.verdict), plain(r.gap ?? '-')]),
      {
        align: ['left', 'left', 'left', 'right', ...years.map(() => 'right' as const), 'right'],
        maxWidths: [undefined, zh ? 20 : 30, 10, 8, ...years.map(() => 8)],
        paint,
      },
    ),
  );
  out.push('', paint(W.sub.changes, 'bold'));
  if (m.changeHeads.length === 0) out.push(W.cells.noChange);
  else
    pushAll(
      renderTextTable(
        [C.clause, C.indicator, C.unit, ...m.changeHeads],
        m.indicators.map((r) => [plain(r.clause), plain(r.name), plain(r.unit), ...r.changes.map(plain)]),
        { align: ['left', 'left', 'left', ...m.changeHeads.map(() => 'right' as const)], maxWidths: [undefined, zh ? 20 : 30, 10], paint },
      ),
    );

  heading(W.sections.tasks, '=');
  out.push('', paint(W.sub.rules, 'bold'));
  const snapshotYears = m.years.map((y) => W.columns.year(y));
  const lastYear = m.years[m.years.length - 1]!;
  pushAll(
    renderTextTable(
      [C.clause, W.columns.rule, ...snapshotYears, W.columns.last(lastYear), W.columns.firstMet],
      m.rules.map((r) => [plain(r.clause), plain(r.title), ...r.cells.map(cell), cell(r.last), plain(r.firstMet)]),
      { maxWidths: [undefined, zh ? 30 : 40], paint },
    ),
  );
  out.push('', paint(W.sub.actions, 'bold'));
  pushAll(
    renderTextTable(
      [C.clause, W.columns.action, ...snapshotYears, C.due, W.columns.completedOn, W.columns.evidence],
      m.actions.map((a) => [
        plain(a.clause),
        plain(a.title),
        ...a.cells.map(cell),
        plain(a.due ?? '-'),
        plain(a.completedOn ?? '-'),
        plain(a.evidence.length === 0 ? '-' : a.evidence.join('; ')),
      ]),
      { maxWidths: [undefined, zh ? 24 : 32, ...snapshotYears.map(() => undefined), undefined, undefined, zh ? 30 : 40], paint },
    ),
  );

  heading(W.sections.problems, '=');
  for (const p of m.problems) out.push(`- ${t(p)}`);

  heading(W.sections.data, '=');
  out.push('', paint(W.sub.completeness, 'bold'));
  const D = W.columns;
  pushAll(
    renderTextTable(
      [D.yearHead, D.asOf, D.units, D.evaluated, D.rejected, D.issues, D.coverage, D.indicatorsWithValue, D.missingFields],
      m.data.map((d) => [
        plain(W.columns.year(d.year)),
        plain(d.asOf),
        plain(String(d.units)),
        plain(String(d.evaluated)),
        plain(String(d.rejected)),
        plain(String(d.issues)),
        { text: t(d.coverage), style: d.complete === false ? 'yellow' : '' },
        plain(d.indicatorsWithValue),
        plain(String(d.missingFields)),
      ]),
      { align: ['left', 'left', 'right', 'right', 'right', 'right', 'left', 'right', 'right'], paint },
    ),
  );
  out.push('', paint(W.sub.readings, 'bold'));
  for (const r of m.readings) out.push(`- ${t(r)}`);
  out.push('', paint(W.sub.options, 'bold'));
  pushAll(renderTextTable([D.option, D.value], m.options.map((o) => [plain(o.key), plain(o.value)]), { maxWidths: [undefined, 60], paint }));

  out.push('');
  if (m.notice !== null) out.push(paint(`⚠ ${t(m.notice)}`, 'yellow'));
  out.push(t(m.dataSource), L.notes.footer);
  return `${out.map((l) => l.trimEnd()).join('\n')}\n`;
}
