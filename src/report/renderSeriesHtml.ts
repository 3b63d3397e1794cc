import type { SeriesEvaluation } from '../series/SeriesEvaluation';
import { escapeHtml } from './escape';
import type { ReportLocale } from './labels';
import { buildSeriesModel, type SeriesCell } from './seriesModel';
import { REPORT_CSP, REPORT_CSS } from './_reportPage';
import { svgChart } from './svgChart';
import { validateSeries } from './validateSeries';

// The report of one evaluation's style sheet, plus what the series adds (a later rule wins over an earlier one).
const CSS = `${REPORT_CSS}
h3{font-size:1.05rem;margin:20px 0 8px}
.s-no_data,.s-missing_data,.s-not_applicable,.s-no_snapshot{color:var(--grey);background:#f6f8fa}
ul.facts li{margin:2px 0}
.chart-svg .actual{fill:none;stroke:var(--fg);stroke-width:1.5}
.chart-svg .point-value{fill:var(--fg);font-size:12px;font-weight:700}
.chart-svg .novalue-label{fill:var(--grey);font-size:11px;font-style:italic}`;

/**
 * Options of {@link renderSeriesHtml}.
 *
 * @clause S4
 * @category Reporting · 报告
 * @example
 * ```ts
 * const options: RenderSeriesHtmlOptions = { locale: 'zh-CN' };
 * ```
 */
export interface RenderSeriesHtmlOptions {
  /** Language; default `'zh-CN'`. */
  readonly locale?: ReportLocale | undefined;
  /** The data is the embedded sample: the page carries `SAMPLE_NOTICE` under its title. Default `false`. */
  readonly sample?: boolean | undefined;
}

/**
 * The final-assessment report of a series as one self-contained HTML page, with the content and order of
 * {@link renderSeriesMarkdown} and one chart per 专栏1 indicator: the 2020 baseline, the planned straight line to the
 * 2025 target, and each year's value on its date along it (years one apart joined; a year without data marked, never
 * filled in). Inline CSS and SVG only; the same Content-Security-Policy as the report of one evaluation
 * (`default-src 'none'`); every piece of data HTML-escaped. The series is checked first (`validateSeries`).
 *
 * @param series - The result of `evaluateSeries` (or its JSON, parsed).
 * @param options - Language, and whether the data is the sample.
 * @throws `PlanInputError` with code `'invalid_series'` or `'invalid_evaluation'` for anything but a series.
 * @clause S4
 * @category Reporting · 报告
 * @example
 * ```ts
 * const s = evaluateSeries([{ asOf: '2021-12-31', units: [] }, { asOf: '2025-12-31', units: [] }]);
 * const html = renderSeriesHtml(s, { locale: 'en' });
 * [html.startsWith('<!doctype html>\n<html lang="en">'), html.split('<svg ').length - 1]
 * //=> [true, 7]
 * ```
 */
export function renderSeriesHtml(series: SeriesEvaluation, options: RenderSeriesHtmlOptions = {}): string {
  const checked = validateSeries(series);
  const m = buildSeriesModel(checked, options.locale ?? 'zh-CN', { sample: options.sample === true });
  const L = m.labels;
  const W = m.words;
  const C = L.columns;
  const e = escapeHtml;
  const out: string[] = [];
  const badge = (c: SeriesCell) => `<span class="badge s-${e(c.status)}">${e(c.label)}</span>`;
  const th = (headers: readonly string[], numeric: readonly number[] = []) =>
    `<thead><tr>${headers.map((h, i) => `<th scope="col"${numeric.includes(i) ? ' class="num"' : ''}>${e(h)}</th>`).join('')}</tr></thead>`;
  const table = (head: string, body: readonly string[]) => `<div class="table-wrap"><table>${head}<tbody>\n${body.join('\n')}\n</tbody></table></div>`;
  const facts = (lines: readonly string[]) => `<ul class="facts">${lines.map((l) => `<li>${e(l)}</li>`).join('')}</ul>`;
  const sections = [
    ['overview', W.sections.overview],
    ['indicators', W.sections.indicators],
    ['tasks', W.sections.tasks],
    ['problems', W.sections.problems],
    ['data', W.sections.data],
  ] as const;
  const open = (id: string, title: string) => `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${e(title)}</h2>`;

  out.push(
    '<!doctype html>',
    `<html lang="${e(L.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(`${m.title} · ${W.reportTitle}`)}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${e(m.title)}</h1>`,
    `<p class="subtitle">${e(W.reportTitle)}</p>`,
    ...(m.notice === null ? [] : [`<p class="notice" role="note">⚠ ${e(m.notice)}</p>`]),
    '<dl class="meta">',
    `<div><dt>${e(L.meta.region)}</dt><dd>${e(m.region)}</dd></div>`,
    `<div><dt>${e(L.meta.period)}</dt><dd>${e(m.period)}</dd></div>`,
    '</dl>',
    ...m.coverageWarnings.map((w) => `<p class="notice" role="alert">⚠ ${e(w)}</p>`),
    `<nav class="toc" aria-label="${e(W.reportTitle)}">${sections.map(([id, text]) => `<a href="#${id}">${e(text)}</a>`).join('')}</nav>`,
    '</header>',
    '<main>',
  );

  out.push(open('overview', W.sections.overview), facts(m.overview), '</section>');

  const years = m.spanYears.map((y) => W.columns.year(y));
  out.push(
    open('indicators', W.sections.indicators),
    `<h3>${e(W.sub.values)}</h3>`,
    table(
      th([C.clause, C.indicator, C.unit, C.baseline, ...years, C.target, W.columns.verdict(m.verdictYear), C.gap], [3, ...years.map((_, i) => i + 4), years.length + 4, years.length + 6]),
      m.indicators.map(
        (r) =>
          `<tr><td class="code">${e(r.clause)}</td><th scope="row">${e(r.name)}</th><td>${e(r.unit)}</td><td class="num">${e(r.baselineLabel)}</td>` +
          r.cells.map((c) => `<td class="num${c.status === 'no_snapshot' || c.status === 'no_data' ? ' muted' : ''}" title="${e(c.label)}">${e(c.text)}</td>`).join('') +
          `<td class="num">${e(r.target)}</td><td>${badge(r.verdict)}</td><td class="num">${e(r.gap ?? '—')}</td></tr>`,
      ),
    ),
    `<h3>${e(W.sub.changes)}</h3>`,
    m.changeHeads.length === 0
      ? `<p class="muted">${e(W.cells.noChange)}</p>`
      : table(
          th([C.clause, C.indicator, C.unit, ...m.changeHeads], m.changeHeads.map((_, i) => i + 3)),
          m.indicators.map(
            (r) =>
              `<tr><td class="code">${e(r.clause)}</td><th scope="row">${e(r.name)}</th><td>${e(r.unit)}</td>${r.changes.map((c) => `<td class="num">${e(c)}</td>`).join('')}</tr>`,
          ),
        ),
    `<h3>${e(W.sub.charts)}</h3>`,
    '<div class="charts">',
  );
  for (const r of m.indicators) {
    const id = `chart-${r.clause.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    out.push(
      `<figure class="chart" id="${id}">`,
      `<figcaption><span>${e(r.clause)} ${e(r.name)}</span>${badge(r.verdict)}</figcaption>`,
      svgChart({ row: r.chart.row, asOf: `${m.verdictYear}-12-31`, labels: L, id, points: r.chart.points, description: r.chart.description }),
      '</figure>',
    );
  }
  out.push('</div>', '</section>');

  const snapshotYears = m.years.map((y) => W.columns.year(y));
  out.push(
    open('tasks', W.sections.tasks),
    `<h3>${e(W.sub.rules)}</h3>`,
    table(
      th([C.clause, W.columns.rule, ...snapshotYears, W.columns.last(m.years[m.years.length - 1]!), W.columns.firstMet]),
      m.rules.map(
        (r) =>
          `<tr><td class="code">${e(r.clause)}</td><th scope="row">${e(r.title)}</th>${r.cells.map((c) => `<td>${badge(c)}</td>`).join('')}` +
          `<td>${badge(r.last)}</td><td>${e(r.firstMet)}</td></tr>`,
      ),
    ),
    `<h3>${e(W.sub.actions)}</h3>`,
    table(
      th([C.clause, W.columns.action, ...snapshotYears, C.due, W.columns.completedOn, W.columns.evidence]),
      m.actions.map(
        (a) =>
          `<tr><td class="code">${e(a.clause)}</td><th scope="row">${e(a.title)}</th>${a.cells.map((c) => `<td>${badge(c)}</td>`).join('')}` +
          `<td class="num">${e(a.due ?? '—')}</td><td class="num">${e(a.completedOn ?? '—')}</td>` +
          `<td>${a.evidence.length === 0 ? '—' : `<ul>${a.evidence.map((x) => `<li>${e(x)}</li>`).join('')}</ul>`}</td></tr>`,
      ),
    ),
    '</section>',
  );

  out.push(open('problems', W.sections.problems), facts(m.problems), '</section>');

  const D = W.columns;
  out.push(
    open('data', W.sections.data),
    `<h3>${e(W.sub.completeness)}</h3>`,
    table(
      th([D.yearHead, D.asOf, D.units, D.evaluated, D.rejected, D.issues, D.coverage, D.indicatorsWithValue, D.missingFields], [2, 3, 4, 5, 7, 8]),
      m.data.map(
        (d) =>
          `<tr><th scope="row">${e(W.columns.year(d.year))}</th><td class="num">${e(d.asOf)}</td><td class="num">${d.units}</td><td class="num">${d.evaluated}</td>` +
          `<td class="num">${d.rejected}</td><td class="num">${d.issues}</td><td${d.complete === false ? ' class="s-behind"' : ''}>${e(d.coverage)}</td>` +
          `<td class="num">${e(d.indicatorsWithValue)}</td><td class="num">${d.missingFields}</td></tr>`,
      ),
    ),
    `<h3>${e(W.sub.readings)}</h3>`,
    facts(m.readings),
    `<h3>${e(W.sub.options)}</h3>`,
    table(th([D.option, D.value]), m.options.map((o) => `<tr><td class="code">${e(o.key)}</td><td>${e(o.value)}</td></tr>`)),
    '</section>',
    '</main>',
  );

  out.push(
    '<footer>',
    ...(m.notice === null ? [] : [`<p class="notice">⚠ ${e(m.notice)}</p>`]),
    `<p>${e(m.dataSource)}</p>`,
    `<p>${e(L.notes.footer)}</p>`,
    '</footer>',
    '</body>',
    '</html>',
  );
  return `${out.join('\n')}\n`;
}
