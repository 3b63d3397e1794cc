import type { Evaluation } from '../evaluate/Evaluation';
import { escapeHtml } from './escape';
import type { ReportLocale } from './labels';
import { buildReportModel, PROGRESS_MARKS, type CountRow, type TownshipCell } from './reportModel';
import { REPORT_CSP, REPORT_CSS } from './_reportPage';
import { svgChart } from './svgChart';
import { validateEvaluation } from './validateEvaluation';

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
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(pageTitle)}</title>`,
    `<style>\n${REPORT_CSS}\n</style>`,
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
