/**
 * Everything a series shows beside its evaluations, worked out from the evaluations alone: `evaluateSeries` builds a
 * series with it, and a report checks with it that a stored series still says what its evaluations say.
 *
 * @internal
 * @module
 */
import { dec, divide, toPlainString } from '../_lib/decimal';
import type { Evaluation } from '../evaluate/Evaluation';
import { expectedValue } from '../indicators/expectedValue';
import { getIndicator } from '../indicators/getIndicator';
import type { IndicatorResult } from '../indicators/IndicatorResult';
import { PLAN } from '../plan/meta';
import { RULES } from '../rules/RULES';
import type { RuleStatus } from '../rules/types';
import type { SeriesAction, SeriesChange, SeriesEvaluation, SeriesIndicator, SeriesPoint, SeriesRule, SeriesYearData } from './SeriesEvaluation';


const STATUSES: readonly RuleStatus[] = ['pass', 'fail', 'pending', 'not_applicable', 'missing_data'];

/** The calendar year of a `YYYY-MM-DD` date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** The parts of a series derived from its evaluations (in the order of their years). */
export type DerivedSeries = Pick<SeriesEvaluation, 'years' | 'span' | 'missingYears' | 'indicators' | 'rules' | 'actions' | 'data'>;

/**
 * The derived parts of a series from its evaluations, one per year, ascending.
 *
 * @internal
 */
export function deriveSeries(evaluations: readonly Evaluation[]): DerivedSeries {
  const years = evaluations.map((e) => yearOf(e.asOf));
  // The plan's base year (专栏1's 2020年基期值) and its last year, read here rather than at module level: a top-level
  // call would make bundlers keep this module's chunk in every app (they cannot tell it has no side effect).
  const first = Math.min(yearOf(PLAN.baselineDate), ...years);
  const last = Math.max(yearOf(PLAN.period.end), ...years);
  const byYear = new Map(evaluations.map((e) => [yearOf(e.asOf), e]));
  const missingYears: number[] = [];
  for (let y = first; y <= last; y++) if (!byYear.has(y)) missingYears.push(y);
  return {
    years,
    span: { first, last },
    missingYears,
    indicators: indicatorSeries(evaluations, byYear, first, last),
    rules: ruleSeries(evaluations),
    actions: actionSeries(evaluations),
    data: evaluations.map(yearData),
  };
}

function countyResult(e: Evaluation, id: string): IndicatorResult | undefined {
  return e.indicators.find((r) => r.level === 'county' && r.id === id);
}

function indicatorSeries(evaluations: readonly Evaluation[], byYear: ReadonlyMap<number, Evaluation>, first: number, last: number): SeriesIndicator[] {
  const head = evaluations[0]!.headline;
  return head.map((h0, i) => {
    const points: SeriesPoint[] = [];
    for (let year = first; year <= last; year++) {
      const e = byYear.get(year);
      const h = e?.headline[i];
      if (e === undefined || h === undefined) {
        points.push({ year, asOf: null, value: null, display: null, expected: null, progress: 'no_data', meetsTarget: null, gap: null });
        continue;
      }
      // The county result's line (a measured baseline draws it from the county's own figure); without a county
      // result (option levels), the plan's line when the baseline is the plan's, else none.
      const county = countyResult(e, h.id);
      const expected = county !== undefined ? county.progress.expected : h.baseline?.source === 'plan' ? expectedValue(h.id, e.asOf) : null;
      points.push({ year, asOf: e.asOf, value: h.value, display: h.display, expected, progress: h.progress, meetsTarget: h.meetsTarget, gap: h.gap });
    }
    const changes: SeriesChange[] = [];
    for (let k = 1; k < evaluations.length; k++) {
      const a = evaluations[k - 1]!;
      const b = evaluations[k]!;
      changes.push({ from: yearOf(a.asOf), to: yearOf(b.asOf), change: change(a, b, i) });
    }
    return { id: h0.id, clause: h0.clause, baseline: h0.baseline, target: h0.target, points, changes };
  });
}

/**
 * `value(b) − value(a)` of headline indicator `i`: from the county results' numerators and denominators when both
 * are there (n₂/d₂ − n₁/d₁, times the indicator's factor, exact to 40 significant digits), else from the two values.
 */
function change(a: Evaluation, b: Evaluation, i: number): string | null {
  const ha = a.headline[i];
  const hb = b.headline[i];
  if (ha?.value == null || hb?.value == null) return null;
  const ra = countyResult(a, ha.id);
  const rb = countyResult(b, hb.id);
  if (ra?.numerator != null && ra.denominator != null && rb?.numerator != null && rb.denominator != null) {
    const factor = getIndicator(ha.id).factor;
    const top = dec(rb.numerator).mul(ra.denominator).minus(dec(ra.numerator).mul(rb.denominator)).mul(factor);
    const q = divide(top, dec(ra.denominator).mul(rb.denominator));
    if (q !== undefined) return canonical(toPlainString(q));
  }
  return canonical(toPlainString(dec(hb.value).minus(ha.value)));
}

/** `-0` as `0`. */
function canonical(s: string): string {
  return s === '-0' ? '0' : s;
}

/** The year's status of a rule from its counts: fail, pending, missing data, pass, not applicable, first present. */
function yearStatus(c: Readonly<Record<RuleStatus, number>>): RuleStatus {
  if (c.fail > 0) return 'fail';
  if (c.pending > 0) return 'pending';
  if (c.missing_data > 0) return 'missing_data';
  if (c.pass > 0) return 'pass';
  return 'not_applicable';
}

function emptyCounts(): Record<RuleStatus, number> {
  return { pass: 0, fail: 0, pending: 0, not_applicable: 0, missing_data: 0 };
}

function ruleSeries(evaluations: readonly Evaluation[]): SeriesRule[] {
  const asked = evaluations[0]!.options['rules'];
  const run = Array.isArray(asked) ? new Set<string>(asked) : undefined;
  const rules = RULES.filter((r) => run === undefined || run.has(r.id));
  const perYear = evaluations.map((e) => {
    const counts = new Map<string, Record<RuleStatus, number>>();
    const own = new Map<string, RuleStatus>();
    const ownSubject = `${e.region}:${yearOf(e.asOf)}`;
    for (const r of e.rules) {
      let c = counts.get(r.ruleId);
      if (c === undefined) counts.set(r.ruleId, (c = emptyCounts()));
      c[r.status] += 1;
      if (r.subject === ownSubject) own.set(r.ruleId, r.status);
    }
    for (const rc of e.ruleCounts?.rules ?? []) {
      let c = counts.get(rc.ruleId);
      if (c === undefined) counts.set(rc.ruleId, (c = emptyCounts()));
      for (const s of STATUSES) c[s] += rc.counts[s];
    }
    return { counts, own };
  });
  return rules.map((rule) => {
    const counts = perYear.map((y) => y.counts.get(rule.id) ?? emptyCounts());
    // A trend rule (B1) judges every year of its list in each evaluation: a year reads its own year's result, and
    // without one its trend is not known that year (missing data), whatever the other years' results say.
    const statuses = perYear.map((y, k) => (rule.cadence === 'trend' ? (y.own.get(rule.id) ?? 'missing_data') : yearStatus(counts[k]!)));
    const met = statuses.findIndex((s) => s === 'pass');
    return {
      ruleId: rule.id,
      clause: rule.clause,
      severity: rule.severity,
      statuses,
      counts,
      last: statuses[statuses.length - 1]!,
      firstMet: met < 0 ? null : yearOf(evaluations[met]!.asOf),
    };
  });
}

function actionSeries(evaluations: readonly Evaluation[]): SeriesAction[] {
  return evaluations[0]!.actions.map((a0) => ({
    actionId: a0.actionId,
    clause: a0.clause,
    statuses: evaluations.map((e) => e.actions.find((a) => a.actionId === a0.actionId)?.status ?? 'missing_data'),
  }));
}

function yearData(e: Evaluation): SeriesYearData {
  const c = e.input.coverage;
  return {
    year: yearOf(e.asOf),
    asOf: e.asOf,
    units: e.input.units,
    evaluated: e.input.evaluated,
    rejected: e.input.rejected.length,
    issues: e.input.issues.length,
    expected: c === null ? null : c.expected,
    reported: c === null ? null : c.reported,
    complete: c === null ? null : c.complete,
    indicatorsWithValue: e.headline.filter((h) => h.value !== null).length,
    missingFields: e.summary.missingData.length,
  };
}
