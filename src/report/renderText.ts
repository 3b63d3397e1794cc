import type { Evaluation } from '../evaluate/Evaluation';
import { escapeTerminal } from './escape';
import type { ReportLocale } from './labels';
import { buildReportModel, PROGRESS_MARKS, type CountRow, type TownshipCell } from './reportModel';
import { displayWidth, renderTextTable, type TextCell } from './textTable';
import { painter, STATUS_STYLE } from './_terminalStyle';
import { validateEvaluation } from './validateEvaluation';

/**
 * Options of {@link renderText}.
 *
 * @clause S4
 * @category Reporting · 报告
 * @example
 * ```ts
 * const options: RenderTextOptions = { locale: 'en', color: false };
 * renderText(evaluate({ asOf: '2024-12-31', units: [] }), options).split('\n')[1]
 * //=> 'Plan implementation report'
 * ```
 */
export interface RenderTextOptions {
  /** Language; default `'zh-CN'`. */
  readonly locale?: ReportLocale | undefined;
  /** Colour with ANSI escape codes; default `false` (the caller decides, e.g. from `NO_COLOR` and whether output is a TTY). */
  readonly color?: boolean | undefined;
  /** The evaluation is of the embedded sample: the report carries `SAMPLE_NOTICE` under its title. Default `false`. */
  readonly sample?: boolean | undefined;
}

/**
 * The report as plain text for a terminal: header, summary counts, the seven indicators, the township table, the
 * failing and pending rules by chapter, the tracked actions past due, and the missing data. Columns line up with
 * Chinese text (a full-width character counts two columns); ANSI colour only when `color` is `true`. The evaluation is
 * checked first (a `PlanInputError` naming the bad path otherwise); data never reaches the terminal as a control
 * character, and invisible or direction-changing characters are shown as `\u{…}`.
 *
 * @param evaluation - The result of `evaluate` (or its JSON, parsed).
 * @param options - Language, colour, and whether the evaluation is of the sample.
 * @throws `PlanInputError` with code `'invalid_evaluation'` for anything but an evaluation.
 * @clause S4
 * @category Reporting · 报告
 * @example
 * ```ts
 * const e = evaluate({ asOf: '2024-12-31', units: [{ code: '533124101201', townshipCode: '533124101', hasServiceFacility: true }] }, { scope: 'units' });
 * renderText(e, { locale: 'en' }).split('\n')[0]
 * //=> 'Longchuan County 14th Five-Year Plan for the Urban and Rural Community Service System'
 * ```
 */
export function renderText(evaluation: Evaluation, options: RenderTextOptions = {}): string {
  const checked = validateEvaluation(evaluation);
  const m = buildReportModel(checked, options.locale ?? 'zh-CN', { sample: options.sample === true });
  const L = m.labels;
  const color = options.color === true;
  const paint = painter(color);
  const t = escapeTerminal;
  const out: string[] = [];
  // Line by line, never out.push(...lines): a table of 130,000 rows would overflow the call stack as a spread.
  const pushAll = (lines: readonly string[]): void => {
    for (const l of lines) out.push(l);
  };
  const heading = (text: string, rule: string) => {
    out.push('', paint(text, 'bold'), rule.repeat(displayWidth(text)));
  };
  const status = (key: string, label: string): TextCell => ({ text: label, style: STATUS_STYLE[key] ?? 'dim' });
  const counts = (rows: readonly CountRow[]) =>
    rows.map((r) => `${paint(r.label, STATUS_STYLE[r.status] ?? 'dim')} ${r.count}`).join(L.listSeparator);
  const mark = (c: TownshipCell): TextCell =>
    c.status === 'no_data' ? { text: t(c.text), style: 'dim' } : { text: `${t(c.text)} ${PROGRESS_MARKS[c.status]}`, style: STATUS_STYLE[c.status]! };
  const zh = m.locale === 'zh-CN';

  out.push(paint(t(m.title), 'bold'), paint(L.meta.reportTitle, 'bold'), '='.repeat(displayWidth(t(m.title))));
  if (m.notice !== null) out.push(paint(`⚠ ${t(m.notice)}`, 'yellow'));
  out.push(`${L.meta.asOf}${L.colon}${t(m.asOf)}`, `${L.meta.region}${L.colon}${t(m.region)}`, `${L.meta.period}${L.colon}${t(m.period)}`);
  // What the data covers comes before any figure: incomplete data is said first, in the warning colour.
  if (m.coverage !== null) {
    out.push('');
    for (const line of m.coverage.lines) out.push(m.coverage.complete ? t(line) : paint(`⚠ ${t(line)}`, 'yellow'));
  }

  heading(L.sections.summary, '-');
  out.push(`${L.summary.indicators}${L.colon}${counts(m.summary.indicators)}`);
  out.push(`${L.summary.rules}${L.colon}${counts(m.summary.rules)}`);
  out.push(`${L.summary.actions}${L.colon}${counts(m.summary.actions)}`);
  out.push(
    `${L.summary.mostFailed}${L.colon}` +
      (m.summary.mostFailed.length === 0
        ? L.summary.none
        : m.summary.mostFailed.map((c) => L.summary.failures(t(c.clause), t(c.label), c.failures)).join(L.listSeparator)),
  );

  heading(L.sections.headline, '-');
  const C = L.columns;
  pushAll(
    renderTextTable(
      [C.clause, C.indicator, C.unit, C.baseline, C.value, C.expected, C.target, C.status, C.gap],
      m.headline.map((h) => [
        { text: t(h.clause) },
        { text: t(h.name) },
        { text: t(h.unit) },
        { text: h.baseline === null ? '-' : t(h.baselineLabel) },
        h.display === null ? { text: t(h.noValue ?? '-'), style: 'dim' } : { text: t(h.display), style: STATUS_STYLE[h.status]! },
        { text: t(h.expectedDisplay ?? '-') },
        { text: t(h.target) },
        status(h.status, h.statusLabel),
        { text: t(h.gap ?? '-') },
      ]),
      { align: ['left', 'left', 'left', 'right', 'right', 'right', 'right'], maxWidths: [undefined, zh ? 26 : 36, 12], paint },
    ),
  );

  heading(L.sections.townships, '-');
  if (m.townships.length === 0) out.push(L.notes.noTownships);
  else {
    const right = m.headline.map(() => 'right' as const);
    pushAll(
      renderTextTable(
        [C.township, C.code, ...m.headline.map((h) => `${t(h.clause)}\n${t(h.short)}`)],
        [
          ...m.townships.map((r) => [{ text: t(r.name) }, { text: t(r.code) }, ...r.cells.map(mark)]),
          [{ text: t(m.totalLabel), style: 'bold' }, { text: t(checked.region) }, ...m.countyCells.map(mark)],
        ],
        // Each indicator's head takes a few lines: its clause, then its short name wrapped at 8 (4 汉字) or 12 columns.
        { align: ['left', 'left', ...right], maxWidths: [undefined, undefined, ...m.headline.map(() => (zh ? 8 : 12))], paint },
      ),
    );
    out.push('', L.notes.legend);
  }

  heading(L.sections.rules, '-');
  if (m.chapters.length === 0) out.push(L.notes.noFailingRules);
  for (const ch of m.chapters) {
    out.push('', paint(t(ch.title), 'bold'));
    for (const g of ch.groups) {
      const indent = g.title === null ? 2 : 4;
      if (g.title !== null) out.push(`  ${paint(t(g.title), 'bold')}`);
      for (const c of g.clauses) {
        out.push(`${' '.repeat(indent)}[${t(c.clause)}] ${t(c.label)}${L.colon}${t(c.title)}`);
        pushAll(
          renderTextTable(
            [C.result, C.subject, C.actual, C.required, C.message],
            c.results.map((r) => [
              status(r.status, r.statusLabel),
              { text: t(r.subjectName === null ? r.subject : `${r.subjectName} (${r.subject})`) },
              { text: t(r.actual ?? '-') },
              { text: t(r.expected ?? '-') },
              { text: t(r.message) },
            ]),
            { indent: indent + 2, maxWidths: [undefined, 24, 14, 14, zh ? 56 : 64], paint },
          ),
        );
        out.push('');
      }
    }
  }

  heading(L.sections.actions, '-');
  out.push(counts(m.actions.counts));
  if (m.actions.overdue.length === 0) out.push(L.notes.noOverdue);
  else {
    out.push('', `${L.notes.overdue}${L.colon}`);
    pushAll(
      renderTextTable(
        [C.clause, C.due, C.message],
        m.actions.overdue.map((a) => [{ text: t(a.clause) }, { text: t(a.due) }, { text: t(a.message), style: 'red' }]),
        { indent: 2, maxWidths: [undefined, undefined, zh ? 60 : 72], paint },
      ),
    );
  }

  heading(L.sections.missing, '-');
  out.push(t(m.missing.input));
  const mm = m.missing;
  if (mm.fields.length === 0 && mm.rejected.length === 0 && mm.issues.length === 0) out.push(L.notes.noMissing);
  if (mm.fields.length > 0) {
    out.push('', `${L.notes.missingFields}${L.colon}`);
    pushAll(
      renderTextTable(
        [C.field, C.subjects],
        mm.fields.map((f) => [{ text: t(f.name ?? f.field) }, { text: String(f.subjects) }]),
        { indent: 2, align: ['left', 'right'] },
      ),
    );
  }
  if (mm.rejected.length > 0) {
    out.push('', `${L.notes.rejected}${L.colon}`);
    pushAll(
      renderTextTable(
        [C.index, C.code],
        mm.rejected.map((r) => [{ text: String(r.index) }, { text: t(r.code ?? '-') }]),
        { indent: 2, align: ['right', 'left'] },
      ),
    );
  }
  if (mm.issues.length > 0) {
    out.push('', `${L.notes.issues}${L.colon}`);
    pushAll(
      renderTextTable(
        [C.path, C.problem],
        mm.issues.map((i) => [{ text: t(i.path) }, { text: t(i.message), style: 'red' }]),
        { indent: 2, maxWidths: [32, zh ? 60 : 72], paint },
      ),
    );
  }

  out.push('');
  if (m.notice !== null) out.push(paint(`⚠ ${t(m.notice)}`, 'yellow'));
  out.push(L.notes.dataSource(t(m.asOf)), L.notes.footer);
  return `${out.map((l) => l.trimEnd()).join('\n')}\n`;
}
