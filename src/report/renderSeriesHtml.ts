import type { SeriesEvaluation } from '../series/SeriesEvaluation';
import { escapeHtml } from './escape';
import type { ReportLocale } from './labels';
import { buildSeriesModel, type SeriesCell } from './seriesModel';
import { svgChart } from './svgChart';
import { validateSeries } from './validateSeries';

/**
 * The Content-Security-Policy of the final-assessment page: the same as the report of one evaluation (nothing may
 * load or run, only the page's own inline styles apply, no `<base>`, no form).
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

// The classes and colours of the report of one evaluation (WCAG AA as text on white and on their tints), plus the
// series' line of actual values.
const CSS = `
:root{color-scheme:light;--fg:#1f2328;--muted:#57606a;--border:#d0d7de;--panel:#f6f8fa;--green:#116329;--blue:#0550ae;--amber:#7d4e00;--red:#a40e26;--grey:#57606a}
*{box-sizing:border-box}
body{margin:0;background:#fff;color:var(--fg);font:15px/1.55 system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif}
header,main,footer{max-width:1180px;margin:0 auto;padding:0 20px}
header{padding-top:28px;padding-bottom:8px;border-bottom:3px solid var(--blue)}
h1{font-size:1.55rem;line-height:1.3;margin:0 0 4px}
.subtitle{margin:0 0 12px;color:var(--muted);font-size:1.05rem}
dl.meta{display:flex;flex-wrap:wrap;gap:4px 28px;margin:0 0 8px}
dl.meta div{display:flex;gap:6px}
dl.meta dt{font-weight:600}
dl.meta dd{margin:0}
nav.toc{display:flex;flex-wrap:wrap;gap:4px 16px;margin:8px 0 0;font-size:.9rem}
nav.toc a{color:var(--blue)}
h2{font-size:1.25rem;margin:32px 0 12px;padding-bottom:4px;border-bottom:1px solid var(--border)}
h3{font-size:1.05rem;margin:20px 0 8px}
.table-wrap{overflow-x:auto;border:1px solid var(--border);border-radius:8px;margin:8px 0 16px}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{padding:6px 10px;border-bottom:1px solid var(--border);text-align:left;vertical-align:top}
tbody tr:last-child th,tbody tr:last-child td{border-bottom:0}
thead th{background:var(--panel);font-weight:600;white-space:nowrap}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;white-space:nowrap}
.badge{display:inline-block;padding:1px 8px;border-radius:999px;font-size:.85em;font-weight:600;white-space:nowrap;border:1px solid currentColor}
.s-achieved,.s-pass,.s-done{color:var(--green);background:#dafbe1}
.s-on_track,.s-in_progress{color:var(--blue);background:#ddf4ff}
.s-behind,.s-pending,.s-not_started,.s-advisory{color:var(--amber);background:#fff8c5}
.s-not_achieved,.s-fail{color:var(--red);background:#ffebe9}
.s-no_data,.s-missing_data,.s-not_applicable,.s-no_snapshot{color:var(--grey);background:#f6f8fa}
.notice{margin:.5rem 0;padding:.5rem .75rem;border:2px solid var(--amber);border-radius:6px;background:#fff8c5;color:var(--amber);font-weight:700}
.muted{color:var(--muted)}
ul.facts li{margin:2px 0}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,400px),1fr));gap:16px}
figure.chart{margin:0;border:1px solid var(--border);border-radius:8px;padding:12px 12px 6px;background:#fff}
figure.chart figcaption{display:flex;justify-content:space-between;align-items:flex-start;gap:8px;font-weight:600;font-size:.92rem;line-height:1.35;min-height:2.7em}
.chart-svg{display:block;width:100%;height:auto;margin-top:6px}
.chart-svg text{font-size:12px;fill:var(--muted);paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
.chart-svg .grid{stroke:#eaeef2;stroke-width:1}
.chart-svg .axis{stroke:#8c959f;stroke-width:1}
.chart-svg .target{stroke:var(--red);stroke-width:2;stroke-dasharray:7 4}
.chart-svg .target-label{fill:var(--red);font-weight:700;font-size:13px}
.chart-svg .trajectory{stroke:var(--blue);stroke-width:2}
.chart-svg .baseline{fill:var(--fg)}
.chart-svg .point-label{fill:var(--fg)}
.chart-svg .actual{fill:none;stroke:var(--fg);stroke-width:1.5}
.chart-svg .current{stroke:#fff;stroke-width:2}
.chart-svg .point-value{fill:var(--fg);font-size:12px;font-weight:700}
.chart-svg .novalue-label{fill:var(--grey);font-size:11px;font-style:italic}
.chart-svg .dot-achieved{fill:var(--green)}
.chart-svg .dot-on_track{fill:var(--blue)}
.chart-svg .dot-behind{fill:var(--amber)}
.chart-svg .dot-not_achieved{fill:var(--red)}
.chart-svg .dot-no_data{fill:var(--grey)}
footer{margin-top:40px;padding-top:12px;padding-bottom:32px;border-top:1px solid var(--border);color:var(--muted);font-size:.9rem}
@media print{nav.toc{display:none}.table-wrap{overflow:visible;border:0}figure.chart,tr{break-inside:avoid}}
`.trim();

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
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
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
