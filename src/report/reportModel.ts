/**
 * What every report shows, worked out once from an evaluation: the three formats only lay it out.
 *
 * @internal
 * @module
 */
import type { Evaluation, EvaluationCoverage } from '../evaluate/Evaluation';
import { expectedValue } from '../indicators/expectedValue';
import { formatIndicatorValue } from '../indicators/formatIndicatorValue';
import { getIndicator } from '../indicators/getIndicator';
import type { IndicatorId } from '../indicators/INDICATOR_IDS';
import type { IndicatorResult, ProgressStatus } from '../indicators/IndicatorResult';
import type { ClauseChapter } from '../plan/clause';
import type { ClauseId } from '../plan/clauseIds';
import { getClause } from '../plan/clauses';
import { getRule } from '../rules/RULES';
import { formatPath } from '../snapshot/PlanIssue';
import { findTownship, findVillageUnit } from '../units/findUnit';
import { COUNTY } from '../units/units.generated';
import { fieldNameZh } from '../snapshot/fieldNames';
import { SAMPLE_NOTICE } from '../sample/SAMPLE_NOTICE';
import { REPORT_LABELS, type ReportLabels, type ReportLocale } from './labels';
import { localizeSubject, localizeValue } from './localizeValue';

/**
 * A one-character mark per progress status, for tables where colour may be off: ✓ achieved, + on track, ! behind,
 * ✗ not achieved, - missing data. Each is one terminal column wide.
 *
 * @clause S4
 * @example
 * ```ts
 * PROGRESS_MARKS.behind
 * //=> '!'
 * ```
 */
export const PROGRESS_MARKS: Readonly<Record<ProgressStatus, string>> = /* @__PURE__ */ Object.freeze({
  achieved: '✓',
  on_track: '+',
  behind: '!',
  not_achieved: '✗',
  no_data: '-',
});

/**
 * A count of results with one status, in the report's language.
 *
 * @clause S4
 * @example
 * ```ts
 * const row: CountRow = buildReportModel(evaluate({ asOf: '2024-12-31', units: [] }), 'en').summary.indicators[4]!;
 * row
 * //=> { status: 'no_data', label: 'missing data', count: 7 }
 * ```
 */
export interface CountRow {
  /** The status key (`'fail'`, `'behind'`, …). */
  readonly status: string;
  /** The status in the report's language. */
  readonly label: string;
  /** How many. */
  readonly count: number;
}

/**
 * One row of the headline table and one chart: an indicator at county level, every figure a display string.
 *
 * @clause S4
 * @clause P1.1
 * @example
 * ```ts
 * const e = evaluate({ asOf: '2023-07-02', units: [{ code: '533124101201', townshipCode: '533124101', hasServiceFacility: false }] }, { scope: 'units' });
 * const row: HeadlineRow = buildReportModel(e, 'zh-CN').headline[0]!;
 * [row.display, row.expectedDisplay, row.statusLabel, row.gap]
 * //=> ['0.0', '70.0', '进度滞后', '1个村']
 * ```
 */
export interface HeadlineRow {
  /** Indicator ID. */
  readonly id: IndicatorId;
  /** Clause of the 专栏1 row (`'P1.1'`). */
  readonly clause: ClauseId;
  /** Name in the report's language. */
  readonly name: string;
  /** Short name, for the heads of the township table's columns (`'农村设施覆盖率'`). */
  readonly short: string;
  /** Unit in the report's language (`'%'`, `'平方米/百户'`). */
  readonly unit: string;
  /** 2020 baseline progress was judged from (专栏1's, or the caller's measured one), or `null`. */
  readonly baseline: string | null;
  /** The baseline as the tables show it: marked 实测 / measured when the caller supplied it. */
  readonly baselineLabel: string;
  /** Exact value, or `null`. */
  readonly value: string | null;
  /** Value rounded for display (from the evaluation), or `null`. */
  readonly display: string | null;
  /** Why there is no value (`'missing'`, `'n/a'`), or `null` when there is one. */
  readonly noValue: string | null;
  /** Exact value expected on the as-of date on the straight line, or `null` without a baseline. */
  readonly expected: string | null;
  /** That value rounded for display, or `null`. */
  readonly expectedDisplay: string | null;
  /** The 2025 target. */
  readonly target: string;
  /** Progress status. */
  readonly status: ProgressStatus;
  /** Progress status in the report's language. */
  readonly statusLabel: string;
  /** The gap with its unit (`'13个村'`, `'13 villages'`), or `null`. */
  readonly gap: string | null;
}

/**
 * A cell of the township table: the value rounded as the evaluation says, or why there is none.
 *
 * @clause S4
 * @example
 * ```ts
 * const e = evaluate({ asOf: '2025-12-31', units: [{ code: '533124101201', townshipCode: '533124101', hasServiceFacility: true }] }, { scope: 'units' });
 * const cell: TownshipCell = buildReportModel(e, 'en').townships[0]!.cells[1]!;
 * cell
 * //=> { text: 'n/a', status: 'no_data', statusLabel: 'missing data' }
 * ```
 */
export interface TownshipCell {
  /** The value rounded for display, or why there is none. */
  readonly text: string;
  /** Progress status. */
  readonly status: ProgressStatus;
  /** Progress status in the report's language. */
  readonly statusLabel: string;
}

/**
 * One township-level unit and its seven indicators.
 *
 * @clause S4
 * @example
 * ```ts
 * const e = evaluate({ asOf: '2025-12-31', units: [{ code: '533124101201', townshipCode: '533124101', hasServiceFacility: true }] }, { scope: 'units' });
 * const row: TownshipRow = buildReportModel(e, 'zh-CN').townships[0]!;
 * [row.code, row.name, row.cells[0]?.text]
 * //=> ['533124101', '章凤镇', '100.0']
 * ```
 */
export interface TownshipRow {
  /** 9-digit code. */
  readonly code: string;
  /** Name from the registry, or the code when unknown. */
  readonly name: string;
  /** One cell per indicator, in 专栏1 order. */
  readonly cells: readonly TownshipCell[];
}

/**
 * One failing or pending rule result, with the subject's name and the message in the report's language.
 *
 * @clause S4
 * @example
 * ```ts
 * const e = evaluate({ asOf: '2024-12-31', units: [], county: { ethnicUnityDemonstrationUnits: 3 } });
 * const row: RuleRow = buildReportModel(e, 'en').chapters[0]!.groups[0]!.clauses[0]!.results[0]!;
 * [row.status, row.subjectName, row.actual, row.expected]
 * //=> ['pending', 'Longchuan County', '3', '≥20']
 * ```
 */
export interface RuleRow {
  /** Rule ID. */
  readonly ruleId: string;
  /**
   * `'fail'` (a binding rule's), `'advisory'` (提示: a soft or informational rule's `fail`, not a failure) or
   * `'pending'`.
   */
  readonly status: 'fail' | 'advisory' | 'pending';
  /** Status in the report's language. */
  readonly statusLabel: string;
  /** Subject code (or record ID), as the report prints it (`visits[3]` is `探访记录第4条` in Chinese). */
  readonly subject: string;
  /** Subject name from the registry, or `null`. */
  readonly subjectName: string | null;
  /** What the data shows in the report's language (`'27.5平方米/百户'`), or `null`. */
  readonly actual: string | null;
  /** What the plan requires in the report's language (`'≥30平方米/百户'`), or `null`. */
  readonly expected: string | null;
  /** The message in the report's language, without its leading `[clause]`. */
  readonly message: string;
}

/**
 * The failing and pending results of one clause, with its citation label and title.
 *
 * @clause S4
 * @example
 * ```ts
 * const e = evaluate({ asOf: '2024-12-31', units: [], county: { ethnicUnityDemonstrationUnits: 3 } });
 * const group: RuleClauseGroup = buildReportModel(e, 'zh-CN').chapters[0]!.groups[0]!.clauses[0]!;
 * [group.clause, group.label]
 * //=> ['P3.14', '专栏3第14项']
 * ```
 */
export interface RuleClauseGroup {
  /** Clause ID. */
  readonly clause: ClauseId;
  /** Citation label (`'重点任务第3条'`, `'Key task 3'`). */
  readonly label: string;
  /** Clause title. */
  readonly title: string;
  /** Its results, in catalogue order. */
  readonly results: readonly RuleRow[];
}

/**
 * The clauses of one （一）-style subsection of the plan that have failing or pending results.
 *
 * @clause S4
 * @example
 * ```ts
 * const e = evaluate({ asOf: '2024-12-31', units: [], county: { ethnicUnityDemonstrationUnits: 3 } });
 * const sub: RuleSubsection = buildReportModel(e, 'zh-CN').chapters[0]!.groups[0]!;
 * sub.title
 * //=> '（二）增强城乡社区服务供给'
 * ```
 */
export interface RuleSubsection {
  /** Subsection heading, or `null` for a part that has none. */
  readonly title: string | null;
  /** Its clauses in plan order. */
  readonly clauses: readonly RuleClauseGroup[];
}

/**
 * The failing and pending results of one part (一、–四、) of the plan.
 *
 * @clause S4
 * @example
 * ```ts
 * const e = evaluate({ asOf: '2024-12-31', units: [], county: { ethnicUnityDemonstrationUnits: 3 } });
 * const chapter: RuleChapter = buildReportModel(e, 'en').chapters[0]!;
 * [chapter.chapter, chapter.title]
 * //=> ['tasks', '3. Key tasks']
 * ```
 */
export interface RuleChapter {
  /** Which part. */
  readonly chapter: ClauseChapter;
  /** Its heading in the report's language. */
  readonly title: string;
  /** Its subsections in plan order. */
  readonly groups: readonly RuleSubsection[];
}

/**
 * Everything a report shows, in the report's language, with every value already a display string taken from the
 * evaluation (never re-derived from binary floating point).
 *
 * @clause S4
 * @example
 * ```ts
 * const model: ReportModel = buildReportModel(evaluate({ asOf: '2024-12-31', units: [] }), 'en');
 * model.headline.length
 * //=> 7
 * ```
 */
export interface ReportModel {
  /** Language. */
  readonly locale: ReportLocale;
  /** Words of that language. */
  readonly labels: ReportLabels;
  /** Plan title. */
  readonly title: string;
  /** The date judged on. */
  readonly asOf: string;
  /** Plan period `start – end`. */
  readonly period: string;
  /** Region name and code. */
  readonly region: string;
  /** Counts by status. */
  readonly summary: {
    readonly indicators: readonly CountRow[];
    readonly rules: readonly CountRow[];
    readonly actions: readonly CountRow[];
    readonly mostFailed: readonly { readonly clause: ClauseId; readonly label: string; readonly failures: number }[];
  };
  /** The seven indicators at county level. */
  /**
   * What the data covers, in one or two sentences that every format prints before any figure; `null` for a region
   * without a registry (a province's or China's data). `complete` is `false` when registered units are absent.
   */
  readonly coverage: { readonly lines: readonly string[]; readonly complete: boolean } | null;
  /** The label of the township table's total row: 全县 / County, or the township's name, or the units given. */
  readonly totalLabel: string;
  readonly headline: readonly HeadlineRow[];
  /** Township-by-township indicators (empty when the evaluation has none). */
  readonly townships: readonly TownshipRow[];
  /** The county row that closes the township table. */
  readonly countyCells: readonly TownshipCell[];
  /** Failing and pending rules by part, subsection and clause. */
  readonly chapters: readonly RuleChapter[];
  /** Tracked actions: counts and those past due. */
  readonly actions: {
    readonly counts: readonly CountRow[];
    readonly overdue: readonly { readonly clause: ClauseId; readonly due: string; readonly message: string }[];
  };
  /**
   * The notice a report of the embedded sample carries on the page itself (示例数据…, from `SAMPLE_NOTICE`), or
   * `null` for real data.
   */
  readonly notice: string | null;
  /** What was missing or failed validation. */
  readonly missing: {
    readonly input: string;
    /**
     * The fields missing: the path, its name in the report's language (the CSV template's header for a unit's field;
     * `null` when there is none, and the path is shown) and how many subjects lack it.
     */
    readonly fields: readonly { readonly field: string; readonly name: string | null; readonly subjects: number }[];
    readonly rejected: readonly { readonly index: number; readonly code: string | null }[];
    readonly issues: readonly { readonly path: string; readonly message: string }[];
  };
}

/**
 * What a report shows beyond the evaluation itself.
 *
 * @clause S4
 * @example
 * ```ts
 * const options: ReportModelOptions = { sample: true };
 * buildReportModel(evaluate({ asOf: '2024-12-31', units: [] }), 'zh-CN', options).notice
 * //=> '示例数据，仅作演示，不是官方统计数据'
 * ```
 */
export interface ReportModelOptions {
  /** The evaluation is of the embedded sample: the report carries `SAMPLE_NOTICE`. */
  readonly sample?: boolean | undefined;
}

/**
 * Work out what a report shows from an evaluation, in one language.
 *
 * @param evaluation - The result of `evaluate` (or its JSON, parsed).
 * @param locale - The report's language.
 * @param options - Whether the evaluation is of the embedded sample.
 * @clause S4
 * @example
 * ```ts
 * const e = evaluate(
 *   { asOf: '2025-12-31', units: [{ code: '533124101201', townshipCode: '533124101', hasServiceFacility: true }] },
 *   { scope: 'units' },
 * );
 * const m = buildReportModel(e, 'zh-CN');
 * [m.headline[0]?.display, m.headline[0]?.statusLabel, m.townships[0]?.name]
 * //=> ['100.0', '达标', '章凤镇']
 * ```
 */
export function buildReportModel(evaluation: Evaluation, locale: ReportLocale, options: ReportModelOptions = {}): ReportModel {
  const L = REPORT_LABELS[locale];
  const zh = locale === 'zh-CN';
  const places = typeof evaluation.options['indicatorPlaces'] === 'number' ? evaluation.options['indicatorPlaces'] : 1;
  const mode = evaluation.options['rounding'] === 'half_even' ? 'half_even' : 'half_up';
  const round = (v: string): string => formatIndicatorValue(v, { places, mode });

  const countyResults = new Map<string, IndicatorResult>();
  const townshipResults = new Map<string, Map<string, IndicatorResult>>();
  for (const r of evaluation.indicators) {
    if (r.level === 'county') countyResults.set(r.id, r);
    else if (r.level === 'township') {
      let m = townshipResults.get(r.subject);
      if (m === undefined) townshipResults.set(r.subject, (m = new Map()));
      m.set(r.id, r);
    }
  }

  const headline: HeadlineRow[] = evaluation.headline.map((h) => {
    const def = getIndicator(h.id);
    // The county result's line: a measured baseline (option measuredBaselines) draws it from the county's own figure.
    const expected = countyResults.get(h.id)?.progress.expected ?? expectedValue(h.id, evaluation.asOf);
    const status = countyResults.get(h.id)?.status;
    const gapUnit = L.gapUnits[h.id][h.gap === '1' ? 0 : 1];
    return {
      id: h.id,
      clause: h.clause,
      name: zh ? h.nameZh : h.nameEn,
      short: L.indicatorShort[h.id],
      unit: zh ? def.unitZh : def.unitEn,
      baseline: h.baseline?.value ?? null,
      baselineLabel: h.baseline === null ? '—' : h.baseline.source === 'measured' ? L.notes.measuredBaseline(h.baseline.value) : h.baseline.value,
      value: h.value,
      display: h.display,
      noValue: h.display !== null ? null : status === 'not_applicable' ? L.indicatorStatus.not_applicable : L.progress.no_data,
      expected,
      expectedDisplay: expected === null ? null : round(expected),
      target: h.target,
      status: h.progress,
      statusLabel: L.progress[h.progress],
      gap: h.gap === null ? null : zh ? `${h.gap}${gapUnit}` : `${h.gap} ${gapUnit}`,
    };
  });

  const cell = (r: IndicatorResult | undefined): TownshipCell => {
    const status: ProgressStatus = r?.progress.status ?? 'no_data';
    const text =
      r === undefined
        ? L.progress.no_data
        : r.value !== null
          ? round(r.value)
          : r.status === 'not_applicable'
            ? L.indicatorStatus.not_applicable
            : L.indicatorStatus.missing_data;
    return { text, status, statusLabel: L.progress[status] };
  };
  const ids = evaluation.headline.map((h) => h.id);
  const townships: TownshipRow[] = [...townshipResults.entries()].map(([code, m]) => ({
    code,
    name: findTownship(code)?.name ?? code,
    cells: ids.map((id) => cell(m.get(id))),
  }));
  const countyCells: TownshipCell[] = evaluation.headline.map((h) => ({
    text: h.display ?? (countyResults.get(h.id)?.status === 'not_applicable' ? L.indicatorStatus.not_applicable : L.progress.no_data),
    status: h.progress,
    statusLabel: L.progress[h.progress],
  }));

  const cov = evaluation.input.coverage;
  const regionName =
    cov?.scope === 'units'
      ? L.coverage.unitsRegion(cov.reported)
      : evaluation.region === COUNTY.code
        ? zh
          ? COUNTY.name
          : 'Longchuan County'
        : (findTownship(evaluation.region)?.name ?? null);
  const coverage = cov === null ? null : { lines: coverageLines(cov, L), complete: cov.complete };
  // The registry's village codes have 12 digits and its township codes 9, so each lookup finds only its own kind.
  const subjectName = (code: string): string | null =>
    code === evaluation.region ? regionName : (findVillageUnit(code)?.shortName ?? findTownship(code)?.name ?? null);

  type Building = { chapter: ClauseChapter; title: string; groups: { title: string | null; clauses: (RuleClauseGroup & { results: RuleRow[] })[] }[] };
  const chapters: Building[] = [];
  /** The results list of a clause, its chapter, group and entry made on first use. */
  const resultsOf = (id: ClauseId): RuleRow[] => {
    const clause = getClause(id);
    let chapter = chapters.find((c) => c.chapter === clause.chapter);
    if (chapter === undefined) {
      chapter = { chapter: clause.chapter, title: zh ? clause.chapterZh : L.chapters[clause.chapter], groups: [] };
      chapters.push(chapter);
    }
    const groupTitle = (zh ? clause.groupZh : clause.groupEn) ?? null;
    let group = chapter.groups.find((g) => g.title === groupTitle);
    if (group === undefined) chapter.groups.push((group = { title: groupTitle, clauses: [] }));
    let entry = group.clauses.find((c) => c.clause === id);
    if (entry === undefined) {
      entry = { clause: id, label: zh ? clause.labelZh : clause.labelEn, title: zh ? clause.titleZh : clause.titleEn, results: [] };
      group.clauses.push(entry);
    }
    return entry.results;
  };
  for (const r of evaluation.rules) {
    if (r.status !== 'fail' && r.status !== 'pending') continue;
    const status = r.status === 'fail' && r.severity !== 'binding' ? 'advisory' : r.status;
    resultsOf(r.clause).push({
      ruleId: r.ruleId,
      status,
      statusLabel: L.rule[status],
      subject: localizeSubject(r.subject, locale),
      subjectName: subjectName(r.subject),
      actual: r.actual === null ? null : localizeValue(r.actual, locale),
      expected: r.expected === null ? null : localizeValue(r.expected, locale),
      message: stripTag(zh ? r.message.zh : r.message.en, r.clause),
    });
  }
  // A summary evaluation counts the unit-level rules instead of listing each unit: one row per rule and status, with
  // the count and the first units, so that the report never reads as if those units passed.
  for (const c of evaluation.ruleCounts?.rules ?? []) {
    for (const counted of ['fail', 'pending'] as const) {
      const n = c.counts[counted];
      if (n === 0) continue;
      const rule = getRule(c.ruleId);
      const status = counted === 'fail' && rule.severity !== 'binding' ? 'advisory' : counted;
      const first = c.subjects[counted].slice(0, 5).map((code) => `${code} ${subjectName(code) ?? ''}`.trim());
      resultsOf(c.clause).push({
        ruleId: c.ruleId,
        status,
        statusLabel: L.rule[status],
        subject: evaluation.region,
        subjectName: regionName,
        actual: String(n),
        expected: null,
        message: L.notes.unitsCounted(zh ? rule.titleZh : rule.titleEn, n, L.rule[status], first),
      });
    }
  }
  const order: readonly ClauseChapter[] = ['background', 'requirements', 'tasks', 'safeguards'];
  chapters.sort((a, b) => order.indexOf(a.chapter) - order.indexOf(b.chapter));

  const s = evaluation.summary;
  const counts = <K extends string>(record: Readonly<Record<K, number>>, words: Readonly<Record<K, string>>): CountRow[] =>
    (Object.keys(words) as K[]).map((k) => ({ status: k, label: words[k], count: record[k] ?? 0 }));

  return {
    locale,
    labels: L,
    title: zh ? evaluation.plan.titleZh : evaluation.plan.titleEn,
    asOf: evaluation.asOf,
    period: `${evaluation.plan.start} – ${evaluation.plan.end}`,
    region: regionName === null ? evaluation.region : `${regionName} (${evaluation.region})`,
    summary: {
      indicators: counts(s.indicators, L.progress),
      // A soft or informational rule's fail is counted as an advisory (提示), apart from the binding failures.
      rules: counts(
        { ...s.rules, fail: s.failuresBySeverity.binding, advisory: s.failuresBySeverity.soft + s.failuresBySeverity.informational },
        L.rule,
      ),
      actions: counts(s.actions, L.action),
      mostFailed: s.mostFailedClauses.map((c) => {
        const clause = getClause(c.clause);
        return { clause: c.clause, label: zh ? clause.labelZh : clause.labelEn, failures: c.failures };
      }),
    },
    coverage,
    notice: options.sample === true ? (zh ? SAMPLE_NOTICE.zh : SAMPLE_NOTICE.en) : null,
    totalLabel: cov === null || cov.scope === 'county' ? L.notes.county : (regionName ?? evaluation.region),
    headline,
    townships,
    countyCells,
    chapters,
    actions: {
      counts: counts(s.actions, L.action),
      overdue: evaluation.actions
        .filter((a) => a.overdue)
        .map((a) => ({ clause: a.clause, due: a.due ?? '', message: stripTag(zh ? a.message.zh : a.message.en, a.clause) })),
    },
    missing: {
      input: L.notes.input(evaluation.input.units, evaluation.input.evaluated),
      fields: s.missingData.map((m) => ({ field: m.field, name: fieldName(m.field, locale), subjects: m.subjects })),
      rejected: evaluation.input.rejected.map((r) => ({ index: r.index, code: r.code ?? null })),
      issues: evaluation.input.issues.map((i) => ({ path: formatPath(i.path), message: zh ? i.messageZh : i.messageEn })),
    },
  };
}

/** The coverage sentences: the scope and whether every registered unit is there, then any admitted unregistered code. */
function coverageLines(c: EvaluationCoverage, L: ReportLabels): string[] {
  const named = (code: string): string => {
    const unit = findVillageUnit(code);
    return unit === undefined ? code : `${findTownship(unit.townshipCode)?.name ?? ''}${unit.shortName} ${code}`;
  };
  const lines = [
    c.scope === 'units'
      ? L.coverage.units(c.reported)
      : c.scope === 'township'
        ? L.coverage.township(`${findTownship(c.subject)?.name ?? c.subject}（${c.subject}）`, c.expected, c.reported)
        : c.complete
          ? L.coverage.complete(c.expected)
          : L.coverage.incomplete(c.expected, c.reported, c.absent.length, c.absent.slice(0, 5).map(named)),
  ];
  if (c.scope === 'township' && !c.complete) {
    lines.push(L.coverage.incomplete(c.expected, c.reported, c.absent.length, c.absent.slice(0, 5).map(named)));
  }
  if (c.unregistered.length > 0) lines.push(L.coverage.unregistered(c.unregistered));
  return lines;
}

/** The message without the `[clause] ` it starts with (the report prints the clause in its own column). */
function stripTag(message: string, clause: string): string {
  const tag = `[${clause}] `;
  return message.startsWith(tag) ? message.slice(tag.length) : message;
}

/** A missing field's name: in Chinese the snapshot's field names; in English only `unit` (the units not reported). */
function fieldName(field: string, locale: ReportLocale): string | null {
  if (locale === 'zh-CN') return fieldNameZh(field);
  return field === 'unit' ? 'registered units that sent no data' : null;
}
