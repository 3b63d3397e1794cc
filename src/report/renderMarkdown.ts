import type { Evaluation } from '../evaluate/Evaluation';
import { escapeMarkdown } from './escape';
import { pushMarkdownTable } from './_markdownTable';
import type { ReportLocale } from './labels';
import { buildReportModel, PROGRESS_MARKS, type CountRow, type TownshipCell } from './reportModel';
import { validateEvaluation } from './validateEvaluation';

/**
 * Options of {@link renderMarkdown}.
 *
 * @clause S4
 * @category Reporting · 报告
 * @example
 * ```ts
 * const options: RenderMarkdownOptions = { locale: 'en' };
 * renderMarkdown(evaluate({ asOf: '2024-12-31', units: [] }), options).split('\n')[0]
 * //=> '# Longchuan County 14th Five-Year Plan for the Urban and Rural Community Service System'
 * ```
 */
export interface RenderMarkdownOptions {
  /** Language; default `'zh-CN'`. */
  readonly locale?: ReportLocale | undefined;
  /** The evaluation is of the embedded sample: the report carries `SAMPLE_NOTICE` under its title. Default `false`. */
  readonly sample?: boolean | undefined;
}

/**
 * The report as GitHub-flavoured Markdown: the same content as the text report (header, summary counts, the seven
 * indicators, the township table, failing and pending rules by chapter, tracked actions past due, missing data) in
 * Markdown tables. The evaluation is checked first (a `PlanInputError` naming the bad path otherwise); every piece of
 * data is escaped (`|` included), so no value can end a cell or become markup, a bare URL in data never becomes a
 * link, and invisible or direction-changing characters are shown.
 *
 * @param evaluation - The result of `evaluate` (or its JSON, parsed).
 * @param options - Language, and whether the evaluation is of the sample.
 * @throws `PlanInputError` with code `'invalid_evaluation'` for anything but an evaluation.
 * @clause S4
 * @category Reporting · 报告
 * @example
 * ```ts
 * const e = evaluate({ asOf: '2024-12-31', units: [{ code: '533124101201', townshipCode: '533124101', hasServiceFacility: true }] }, { scope: 'units' });
 * renderMarkdown(e, { locale: 'en' }).split('\n')[0]
 * //=> '# Longchuan County 14th Five-Year Plan for the Urban and Rural Community Service System'
 * ```
 */
export function renderMarkdown(evaluation: Evaluation, options: RenderMarkdownOptions = {}): string {
  const checked = validateEvaluation(evaluation);
  const m = buildReportModel(checked, options.locale ?? 'zh-CN', { sample: options.sample === true });
  const L = m.labels;
  const C = L.columns;
  const e = escapeMarkdown;
  const out: string[] = [];
  const table = (headers: readonly string[], rows: readonly (readonly string[])[], right: readonly number[] = []) =>
    pushMarkdownTable(out, headers, rows, right);
  const counts = (rows: readonly CountRow[]) => rows.map((r) => `${e(r.label)} ${r.count}`).join(L.listSeparator);
  const cell = (c: TownshipCell) => (c.status === 'no_data' ? e(c.text) : `${e(c.text)} ${PROGRESS_MARKS[c.status]}`);

  out.push(`# ${e(m.title)}`, '', `**${L.meta.reportTitle}**`, '');
  if (m.notice !== null) out.push(`> **⚠ ${e(m.notice)}**`, '');
  out.push(`- **${L.meta.asOf}**${L.colon}${e(m.asOf)}`);
  out.push(`- **${L.meta.region}**${L.colon}${e(m.region)}`);
  out.push(`- **${L.meta.period}**${L.colon}${e(m.period)}`);
  // What the data covers comes before any figure.
  if (m.coverage !== null) {
    out.push('');
    for (const line of m.coverage.lines) out.push(m.coverage.complete ? e(line) : `> **⚠ ${e(line)}**`, '');
  }

  out.push('', `## ${L.sections.summary}`, '');
  out.push(`- **${L.summary.indicators}**${L.colon}${counts(m.summary.indicators)}`);
  out.push(`- **${L.summary.rules}**${L.colon}${counts(m.summary.rules)}`);
  out.push(`- **${L.summary.actions}**${L.colon}${counts(m.summary.actions)}`);
  out.push(
    `- **${L.summary.mostFailed}**${L.colon}` +
      (m.summary.mostFailed.length === 0
        ? L.summary.none
        : m.summary.mostFailed.map((c) => L.summary.failures(e(c.clause), e(c.label), c.failures)).join(L.listSeparator)),
  );

  out.push('', `## ${L.sections.headline}`);
  table(
    [C.clause, C.indicator, C.unit, C.baseline, C.value, C.expected, C.target, C.status, C.gap],
    m.headline.map((h) => [
      e(h.clause),
      e(h.name),
      e(h.unit),
      e(h.baselineLabel),
      h.display === null ? e(h.noValue ?? '—') : `**${e(h.display)}**`,
      e(h.expectedDisplay ?? '—'),
      e(h.target),
      `${PROGRESS_MARKS[h.status] === '-' ? '' : `${PROGRESS_MARKS[h.status]} `}${e(h.statusLabel)}`,
      e(h.gap ?? '—'),
    ]),
    [3, 4, 5, 6],
  );

  out.push(`## ${L.sections.townships}`);
  if (m.townships.length === 0) out.push('', L.notes.noTownships, '');
  else {
    table(
      [C.township, C.code, ...m.headline.map((h) => `${e(h.clause)} ${e(h.short)}`)],
      [
        ...m.townships.map((r) => [e(r.name), e(r.code), ...r.cells.map(cell)]),
        [`**${e(m.totalLabel)}**`, e(checked.region), ...m.countyCells.map(cell)],
      ],
      m.headline.map((_, i) => i + 2),
    );
    out.push(e(L.notes.legend), '');
  }

  out.push(`## ${L.sections.rules}`);
  if (m.chapters.length === 0) out.push('', L.notes.noFailingRules, '');
  for (const ch of m.chapters) {
    out.push('', `### ${e(ch.title)}`);
    for (const g of ch.groups) {
      if (g.title !== null) out.push('', `#### ${e(g.title)}`);
      for (const c of g.clauses) {
        out.push('', `##### ${e(c.clause)} ${e(c.label)}${L.colon}${e(c.title)}`);
        table(
          [C.result, C.subject, C.actual, C.required, C.message],
          c.results.map((r) => [
            r.status === 'fail' ? `**${e(r.statusLabel)}**` : e(r.statusLabel),
            e(r.subjectName === null ? r.subject : `${r.subjectName} (${r.subject})`),
            e(r.actual ?? '—'),
            e(r.expected ?? '—'),
            e(r.message),
          ]),
        );
      }
    }
  }

  out.push(`## ${L.sections.actions}`, '', counts(m.actions.counts), '');
  if (m.actions.overdue.length === 0) out.push(L.notes.noOverdue, '');
  else {
    out.push(`**${L.notes.overdue}**`);
    table(
      [C.clause, C.due, C.message],
      m.actions.overdue.map((a) => [e(a.clause), e(a.due), e(a.message)]),
    );
  }

  const mm = m.missing;
  out.push(`## ${L.sections.missing}`, '', e(mm.input), '');
  if (mm.fields.length === 0 && mm.rejected.length === 0 && mm.issues.length === 0) out.push(L.notes.noMissing, '');
  if (mm.fields.length > 0) {
    out.push(`**${L.notes.missingFields}**`);
    table([C.field, C.subjects], mm.fields.map((f) => [e(f.name ?? f.field), e(String(f.subjects))]), [1]);
  }
  if (mm.rejected.length > 0) {
    out.push(`**${L.notes.rejected}**`);
    table([C.index, C.code], mm.rejected.map((r) => [e(String(r.index)), e(r.code ?? '—')]), [0]);
  }
  if (mm.issues.length > 0) {
    out.push(`**${L.notes.issues}**`);
    table([C.path, C.problem], mm.issues.map((i) => [e(i.path), e(i.message)]));
  }

  out.push('', '---', '');
  if (m.notice !== null) out.push(`**⚠ ${e(m.notice)}**`, '');
  out.push(e(L.notes.dataSource(m.asOf)), '', e(L.notes.footer));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
