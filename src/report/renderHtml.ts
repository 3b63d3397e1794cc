import type { Evaluation } from '../evaluate/Evaluation';
import { escapeHtml } from './escape';
import type { ReportLocale } from './labels';
import { buildReportModel, PROGRESS_MARKS, type CountRow, type TownshipCell } from './reportModel';
import { svgChart } from './svgChart';
import { validateEvaluation } from './validateEvaluation';

// Colours meet WCAG AA (4.5:1) as text on white and on their tinted backgrounds.
const CSS = `
:root{color-scheme:light;--fg:#1f2328;--muted:#57606a;--border:#d0d7de;--panel:#f6f8fa;--green:#116329;--blue:#0550ae;--amber:#7d4e00;--red:#a40e26;--grey:#57606a}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
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
h3{font-size:1.1rem;margin:24px 0 8px}
h4{font-size:1rem;margin:16px 0 8px;color:var(--muted)}
p{margin:8px 0}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:12px}
.card{border:1px solid var(--border);border-radius:8px;padding:12px 14px;background:var(--panel)}
.card h3{margin:0 0 8px;font-size:.95rem}
.card ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:6px}
.table-wrap{position:relative;overflow-x:auto;border:1px solid var(--border);border-radius:8px;margin:8px 0 16px}
.table-wrap.narrow{max-width:640px}
.table-wrap.narrow td{padding:3px 10px}
table{border-collapse:collapse;width:100%;font-size:14px}
caption{text-align:left;font-weight:600;padding:8px 10px;background:var(--panel);border-bottom:1px solid var(--border)}
th,td{padding:6px 10px;border-bottom:1px solid var(--border);text-align:left;vertical-align:top}
tbody tr:last-child th,tbody tr:last-child td{border-bottom:0}
thead th{background:var(--panel);font-weight:600;white-space:nowrap}
tbody th{font-weight:600}
th.name{min-width:12em}
td.msg{min-width:16em}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;white-space:nowrap}
tr.total th,tr.total td{border-top:2px solid var(--border);background:var(--panel)}
.badge{display:inline-block;padding:1px 8px;border-radius:999px;font-size:.85em;font-weight:600;white-space:nowrap;border:1px solid currentColor}
.s-achieved,.s-pass,.s-done{color:var(--green);background:#dafbe1}
.s-on_track,.s-in_progress{color:var(--blue);background:#ddf4ff}
.s-behind,.s-pending,.s-not_started,.s-advisory{color:var(--amber);background:#fff8c5}
.s-not_achieved,.s-fail{color:var(--red);background:#ffebe9}
.s-no_data,.s-missing_data,.s-not_applicable{color:var(--grey);background:#f6f8fa}
.notice{margin:.5rem 0;padding:.5rem .75rem;border:2px solid var(--amber);border-radius:6px;background:#fff8c5;color:var(--amber);font-weight:700}
th.ind{white-space:normal;min-width:6em;vertical-align:bottom}
.path{display:block;font-size:.78em;color:var(--muted)}
.coverage{margin:.5rem 0;padding:.5rem .75rem;border-left:4px solid var(--border)}
.coverage.incomplete{border-left-color:var(--amber);background:#fff8c5;font-weight:600}
.cell{display:inline-block;padding:0 6px;border-radius:4px;font-weight:600}
.value{font-weight:700}
.muted{color:var(--muted)}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.legend{display:flex;flex-wrap:wrap;gap:6px 18px;margin:0 0 12px;padding:0;list-style:none;font-size:.9rem;color:var(--muted)}
.legend li{display:flex;align-items:center;gap:6px}
.key{display:inline-block;width:24px;height:0;border-top:2px solid}
.key-target{border-top:2px dashed var(--red)}
.key-trajectory{border-top-color:var(--blue)}
.key-dot{width:12px;height:12px;border-radius:50%;border:0}
.key-baseline{background:var(--fg);width:9px;height:9px}
.key-expected{background:#fff;border:2px solid var(--blue);width:10px;height:10px}
.key-current{background:conic-gradient(var(--green) 0 33%,var(--amber) 0 66%,var(--red) 0)}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,400px),1fr));gap:16px}
figure.chart{margin:0;border:1px solid var(--border);border-radius:8px;padding:12px 12px 6px;background:#fff}
figure.chart figcaption{display:flex;justify-content:space-between;align-items:flex-start;gap:8px;font-weight:600;font-size:.92rem;line-height:1.35;min-height:2.7em}
.chart-svg{display:block;width:100%;height:auto;margin-top:6px}
.chart-svg text{font-size:12px;fill:var(--muted);paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
.chart-svg .grid{stroke:#eaeef2;stroke-width:1}
.chart-svg .axis{stroke:#8c959f;stroke-width:1}
.chart-svg .asof{stroke:#6e7781;stroke-width:1;stroke-dasharray:2 3}
.chart-svg .target{stroke:var(--red);stroke-width:2;stroke-dasharray:7 4}
.chart-svg .target-label{fill:var(--red);font-weight:700;font-size:13px}
.chart-svg .trajectory{stroke:var(--blue);stroke-width:2}
.chart-svg .baseline{fill:var(--fg)}
.chart-svg .point-label{fill:var(--fg)}
.chart-svg .expected{fill:#fff;stroke:var(--blue);stroke-width:2}
.chart-svg .current{stroke:#fff;stroke-width:2}
.chart-svg .value-label{fill:var(--fg);font-size:14px;font-weight:700}
.chart-svg .novalue-label{fill:var(--grey);font-size:13px;font-style:italic}
.chart-svg .dot-achieved{fill:var(--green)}
.chart-svg .dot-on_track{fill:var(--blue)}
.chart-svg .dot-behind{fill:var(--amber)}
.chart-svg .dot-not_achieved{fill:var(--red)}
.chart-svg .dot-no_data{fill:var(--grey)}
footer{margin-top:40px;padding-top:12px;padding-bottom:32px;border-top:1px solid var(--border);color:var(--muted);font-size:.9rem}
@media (max-width:640px){body{font-size:14px}header,main,footer{padding:0 12px}header{padding-top:16px}th,td{padding:4px 6px}.chart-svg text{font-size:15px}.chart-svg .value-label{font-size:17px}}
@media print{nav.toc{display:none}.table-wrap{overflow:visible;border:0}figure.chart,tr{break-inside:avoid}}
`.trim();

/**
 * Options of {@link renderHtml}.
 *
 * @clause S4
 * @category Reporting · 报告
 * @example
 * ```ts
 * const options: RenderHtmlOptions = { locale: 'zh-CN' };
 * renderHtml(evaluate({ asOf: '2024-12-31', units: [] }), options).split('\n').slice(0, 2)
 * //=> ['<!doctype html>', '<html lang="zh-CN">']
 * ```
 */
export interface RenderHtmlOptions {
  /** Language; default `'zh-CN'`. */
  readonly locale?: ReportLocale | undefined;
  /** The evaluation is of the embedded sample: the page carries `SAMPLE_NOTICE` under its title. Default `false`. */
  readonly sample?: boolean | undefined;
}

/**
 * The Content-Security-Policy every HTML report carries in a `<meta>` right after its charset: nothing may load or
 * run (`default-src 'none'`: no script, no image, font, frame or request), the page's own inline styles apply, and
 * neither a `<base>` nor a form can be used. The report needs nothing more, so markup that escaped the escaping
 * would still be inert.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/**
 * The report as one self-contained HTML page: inline CSS, inline SVG, no script, no font, image or link to another
 * host. It has the summary counts, the headline table of the seven indicators, one chart per indicator (baseline,
 * expected path, current value, 2025 target), the township table, the failing and pending rules by chapter and
 * clause, the tracked actions past due, the missing data, and a footer naming the data source. The evaluation is
 * checked first (a `PlanInputError` naming the bad path otherwise); every piece of data is HTML-escaped, invisible
 * and direction-changing characters shown; a Content-Security-Policy `<meta>` (`default-src 'none'`) allows no script
 * or request at all; `<html lang>` follows the locale.
 *
 * @param evaluation - The result of `evaluate` (or its JSON, parsed).
 * @param options - Language, and whether the evaluation is of the sample.
 * @throws `PlanInputError` with code `'invalid_evaluation'` for anything but an evaluation.
 * @clause S4
 * @category Reporting · 报告
 * @example
 * ```ts
 * const e = evaluate({ asOf: '2024-12-31', units: [{ code: '533124101201', townshipCode: '533124101', hasServiceFacility: true }] }, { scope: 'units' });
 * const html = renderHtml(e, { locale: 'en' });
 * [html.startsWith('<!doctype html>\n<html lang="en">'), html.split('<svg ').length - 1]
 * //=> [true, 7]
 * ```
 */
export function renderHtml(evaluation: Evaluation, options: RenderHtmlOptions = {}): string {
  const checked = validateEvaluation(evaluation);
  const m = buildReportModel(checked, options.locale ?? 'zh-CN', { sample: options.sample === true });
  const L = m.labels;
  const C = L.columns;
  const e = escapeHtml;
  const out: string[] = [];
  const badge = (status: string, label: string) => `<span class="badge s-${e(status)}">${e(label)}</span>`;
  const countList = (rows: readonly CountRow[]) =>
    `<ul>${rows.map((r) => `<li>${badge(r.status, `${r.label} ${r.count}`)}</li>`).join('')}</ul>`;
  const th = (headers: readonly string[], numeric: readonly number[] = []) =>
    `<thead><tr>${headers.map((h, i) => `<th scope="col"${numeric.includes(i) ? ' class="num"' : ''}>${e(h)}</th>`).join('')}</tr></thead>`;
  const table = (caption: string | null, head: string, body: readonly string[], narrow = false) =>
    `<div class="table-wrap${narrow ? ' narrow' : ''}"><table>${caption === null ? '' : `<caption>${caption}</caption>`}${head}<tbody>\n${body.join('\n')}\n</tbody></table></div>`;
  const cell = (c: TownshipCell) =>
    c.status === 'no_data'
      ? `<td class="num muted">${e(c.text)}</td>`
      : `<td class="num"><span class="cell s-${e(c.status)}" title="${e(c.statusLabel)}">${e(c.text)} <span aria-hidden="true">${PROGRESS_MARKS[c.status]}</span><span class="sr-only">${e(c.statusLabel)}</span></span></td>`;
  const subject = (name: string | null, code: string) =>
    name === null ? `<span class="code">${e(code)}</span>` : `${e(name)} <span class="code">${e(code)}</span>`;

  const pageTitle = `${m.title} · ${L.meta.reportTitle} · ${m.asOf}`;
  out.push(
    '<!doctype html>',
    `<html lang="${e(L.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(pageTitle)}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${e(m.title)}</h1>`,
    `<p class="subtitle">${e(L.meta.reportTitle)}</p>`,
    ...(m.notice === null ? [] : [`<p class="notice" role="note">⚠ ${e(m.notice)}</p>`]),
    '<dl class="meta">',
    `<div><dt>${e(L.meta.asOf)}</dt><dd>${e(m.asOf)}</dd></div>`,
    `<div><dt>${e(L.meta.region)}</dt><dd>${e(m.region)}</dd></div>`,
    `<div><dt>${e(L.meta.period)}</dt><dd>${e(m.period)}</dd></div>`,
    '</dl>',
    // What the data covers comes before any figure; incomplete data as an alert.
    m.coverage === null
      ? ''
      : m.coverage.complete
        ? `<p class="coverage">${m.coverage.lines.map((l) => e(l)).join('<br>')}</p>`
        : `<p class="coverage incomplete" role="alert">⚠ ${m.coverage.lines.map((l) => e(l)).join('<br>')}</p>`,
    `<nav class="toc" aria-label="${e(L.meta.reportTitle)}">` +
      (
        [
          ['summary', L.sections.summary],
          ['headline', L.sections.headline],
          ['charts', L.sections.charts],
          ['townships', L.sections.townships],
          ['rules', L.sections.rules],
          ['actions', L.sections.actions],
          ['missing', L.sections.missing],
        ] as const
      )
        .map(([id, text]) => `<a href="#${id}">${e(text)}</a>`)
        .join('') +
      '</nav>',
    '</header>',
    '<main>',
  );

  // Summary.
  out.push(
    `<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">${e(L.sections.summary)}</h2>`,
    '<div class="cards">',
    `<div class="card"><h3>${e(L.summary.indicators)}</h3>${countList(m.summary.indicators)}</div>`,
    `<div class="card"><h3>${e(L.summary.rules)}</h3>${countList(m.summary.rules)}</div>`,
    `<div class="card"><h3>${e(L.summary.actions)}</h3>${countList(m.summary.actions)}</div>`,
    `<div class="card"><h3>${e(L.summary.mostFailed)}</h3>` +
      (m.summary.mostFailed.length === 0
        ? `<p class="muted">${e(L.summary.none)}</p>`
        : `<ul>${m.summary.mostFailed
            .map((c) => `<li>${badge('fail', L.summary.failures(c.clause, c.label, c.failures))}</li>`)
            .join('')}</ul>`) +
      '</div>',
    '</div>',
    '</section>',
  );

  // Headline table.
  out.push(
    `<section id="headline" aria-labelledby="headline-h"><h2 id="headline-h">${e(L.sections.headline)}</h2>`,
    table(
      null,
      th([C.clause, C.indicator, C.unit, C.baseline, C.value, C.expected, C.target, C.status, C.gap], [3, 4, 5, 6]),
      m.headline.map(
        (h) =>
          `<tr><td class="code">${e(h.clause)}</td><th scope="row" class="name">${e(h.name)}</th><td>${e(h.unit)}</td>` +
          `<td class="num">${e(h.baselineLabel)}</td>` +
          (h.display === null
            ? `<td class="num muted">${e(h.noValue ?? '—')}</td>`
            : `<td class="num value">${e(h.display)}</td>`) +
          `<td class="num">${e(h.expectedDisplay ?? '—')}</td><td class="num">${e(h.target)}</td>` +
          `<td>${badge(h.status, h.statusLabel)}</td><td class="num">${e(h.gap ?? '—')}</td></tr>`,
      ),
    ),
    '</section>',
  );

  // Charts.
  out.push(
    `<section id="charts" aria-labelledby="charts-h"><h2 id="charts-h">${e(L.sections.charts)}</h2>`,
    '<ul class="legend">',
    `<li><span class="key key-dot key-baseline"></span>${e(L.notes.chartBaseline)}</li>`,
    `<li><span class="key key-trajectory"></span>${e(L.notes.chartTrajectory)}</li>`,
    `<li><span class="key key-dot key-expected"></span>${e(L.notes.chartExpected)}</li>`,
    `<li><span class="key key-dot key-current"></span>${e(L.notes.chartCurrentKey)}</li>`,
    `<li><span class="key key-target"></span>${e(L.notes.chartTarget)}</li>`,
    '</ul>',
    '<div class="charts">',
  );
  for (const h of m.headline) {
    const id = `chart-${h.clause.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    out.push(
      `<figure class="chart" id="${id}">`,
      `<figcaption><span>${e(h.clause)} ${e(h.name)}</span>${badge(h.status, h.statusLabel)}</figcaption>`,
      svgChart({ row: h, asOf: m.asOf, labels: L, id }),
      '</figure>',
    );
  }
  out.push('</div>', '</section>');

  // Townships.
  out.push(`<section id="townships" aria-labelledby="townships-h"><h2 id="townships-h">${e(L.sections.townships)}</h2>`);
  if (m.townships.length === 0) out.push(`<p>${e(L.notes.noTownships)}</p>`);
  else {
    out.push(
      table(
        null,
        `<thead><tr><th scope="col">${e(C.township)}</th><th scope="col">${e(C.code)}</th>${m.headline
          .map((h) => `<th scope="col" class="num ind"><abbr title="${e(h.name)}">${e(h.clause)}</abbr> ${e(h.short)}</th>`)
          .join('')}</tr></thead>`,
        [
          ...m.townships.map(
            (r) => `<tr><th scope="row">${e(r.name)}</th><td class="code">${e(r.code)}</td>${r.cells.map(cell).join('')}</tr>`,
          ),
          `<tr class="total"><th scope="row">${e(m.totalLabel)}</th><td class="code">${e(checked.region)}</td>${m.countyCells
            .map(cell)
            .join('')}</tr>`,
        ],
      ),
      `<ul class="legend">${(['achieved', 'on_track', 'behind', 'not_achieved'] as const)
        .map((st) => `<li><span class="cell s-${st}" aria-hidden="true">${PROGRESS_MARKS[st]}</span>${e(L.progress[st])}</li>`)
        .join('')}</ul>`,
    );
  }
  out.push('</section>');

  // Failing and pending rules.
  out.push(`<section id="rules" aria-labelledby="rules-h"><h2 id="rules-h">${e(L.sections.rules)}</h2>`);
  if (m.chapters.length === 0) out.push(`<p>${e(L.notes.noFailingRules)}</p>`);
  for (const ch of m.chapters) {
    out.push(`<h3>${e(ch.title)}</h3>`);
    for (const g of ch.groups) {
      if (g.title !== null) out.push(`<h4>${e(g.title)}</h4>`);
      for (const c of g.clauses) {
        out.push(
          table(
            `<span class="code">${e(c.clause)}</span> ${e(c.label)}${e(L.colon)}${e(c.title)}`,
            th([C.result, C.subject, C.actual, C.required, C.message], [2, 3]),
            c.results.map(
              (r) =>
                `<tr><td>${badge(r.status, r.statusLabel)}</td><td>${subject(r.subjectName, r.subject)}</td>` +
                `<td class="num">${e(r.actual ?? '—')}</td><td class="num">${e(r.expected ?? '—')}</td><td class="msg">${e(r.message)}</td></tr>`,
            ),
          ),
        );
      }
    }
  }
  out.push('</section>');

  // Tracked actions.
  out.push(
    `<section id="actions" aria-labelledby="actions-h"><h2 id="actions-h">${e(L.sections.actions)}</h2>`,
    `<div class="cards"><div class="card">${countList(m.actions.counts)}</div></div>`,
  );
  if (m.actions.overdue.length === 0) out.push(`<p>${e(L.notes.noOverdue)}</p>`);
  else
    out.push(
      table(
        e(L.notes.overdue),
        th([C.clause, C.due, C.message]),
        m.actions.overdue.map((a) => `<tr><td class="code">${e(a.clause)}</td><td class="num">${e(a.due)}</td><td class="msg">${e(a.message)}</td></tr>`),
      ),
    );
  out.push('</section>');

  // Missing data.
  const mm = m.missing;
  out.push(`<section id="missing" aria-labelledby="missing-h"><h2 id="missing-h">${e(L.sections.missing)}</h2>`, `<p>${e(mm.input)}</p>`);
  if (mm.fields.length === 0 && mm.rejected.length === 0 && mm.issues.length === 0) out.push(`<p>${e(L.notes.noMissing)}</p>`);
  if (mm.fields.length > 0)
    out.push(
      table(
        e(L.notes.missingFields),
        th([C.field, C.subjects], [1]),
        mm.fields.map(
          (f) =>
            `<tr><td>${f.name === null ? `<span class="code">${e(f.field)}</span>` : `${e(f.name)}<small class="code path">${e(f.field)}</small>`}</td>` +
            `<td class="num">${e(String(f.subjects))}</td></tr>`,
        ),
        true,
      ),
    );
  if (mm.rejected.length > 0)
    out.push(
      table(
        e(L.notes.rejected),
        th([C.index, C.code], [0]),
        mm.rejected.map((r) => `<tr><td class="num">${e(String(r.index))}</td><td class="code">${e(r.code ?? '—')}</td></tr>`),
        true,
      ),
    );
  if (mm.issues.length > 0)
    out.push(
      table(
        e(L.notes.issues),
        th([C.path, C.problem]),
        mm.issues.map((i) => `<tr><td class="code">${e(i.path)}</td><td class="msg">${e(i.message)}</td></tr>`),
      ),
    );
  out.push('</section>', '</main>');

  out.push(
    '<footer>',
    ...(m.notice === null ? [] : [`<p class="notice">⚠ ${e(m.notice)}</p>`]),
    `<p>${e(L.notes.dataSource(m.asOf))}</p>`,
    `<p>${e(L.notes.footer)}</p>`,
    '</footer>',
    '</body>',
    '</html>',
  );
  return `${out.join('\n')}\n`;
}
