import { PLAN } from '../plan/meta';
import { escapeHtml } from './escape';
import type { ReportLabels } from './labels';
import type { ProgressStatus } from '../indicators/IndicatorResult';
import type { HeadlineRow } from './reportModel';

// Chart geometry in SVG user units (pixels at 100 %); the chart scales with its container.
const W = 480;
const H = 260;
const LEFT = 48;
const RIGHT = 46;
const TOP = 30;
const BOTTOM = 34;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (pure calendar arithmetic, no clock, no time zone). */
function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  // Stryker disable next-line ArithmeticOperator: day numbers are only compared and divided by each other, so a constant scale factor cannot change the chart
  return ms / 86_400_000;
}

/** A "nice" axis step (1, 2, 2.5 or 5 × 10^k) for about four intervals up to `max`. */
function niceStep(max: number): number {
  const raw = max / 4;
  const k = Math.floor(Math.log10(raw));
  const base = 10 ** k;
  const f = raw / base;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * base;
}

/** A tick label of the chart's own scale (not a figure of the plan or the data). */
function tickLabel(value: number, step: number): string {
  // As many places as the step has: a step of 1, 2 or 5 × 10^k has -k (0.5 → 1), one of 2.5 × 10^k one more (2.5 → 1).
  const k = Math.floor(Math.log10(step));
  const twoAndAHalf = Math.abs(step / 10 ** k - 2.5) < 0.1;
  const decimals = Math.max(0, -k + (twoAndAHalf ? 1 : 0));
  return value.toFixed(decimals);
}

/** Round a pixel coordinate to 0.1 so the markup stays short and stable. */
function px(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/**
 * What {@link svgChart} draws: one headline indicator, the as-of date, the report's words and an ID prefix unique
 * in the page.
 *
 * @clause S4
 * @example
 * ```ts
 * const m = buildReportModel(evaluate({ asOf: '2024-12-31', units: [] }), 'en');
 * const input: SvgChartInput = { row: m.headline[0]!, asOf: m.asOf, labels: m.labels, id: 'chart-p1-1' };
 * ```
 */
export interface SvgChartInput {
  /** The indicator at county level. */
  readonly row: HeadlineRow;
  /** The evaluation's as-of date. */
  readonly asOf: string;
  /** The report's words. */
  readonly labels: ReportLabels;
  /** Prefix of the element IDs (`<title id>`, `<desc id>`); letters, digits and `-`. */
  readonly id: string;
  /**
   * Several dated values instead of the one on `asOf` (a series, one per year): each drawn as a dot on its date along
   * the planned line, consecutive years joined, a year without a value left empty (never joined across) and marked
   * at the foot of the plot with its `noValue` words. The as-of line and the expected dot are then not drawn.
   */
  readonly points?: readonly SvgChartPoint[] | undefined;
  /** The sentence that describes the chart to screen readers, when the caller words it (a series); default from `row`. */
  readonly description?: string | undefined;
}

/**
 * One dated value of a chart of several ({@link SvgChartInput.points}).
 *
 * @clause S4
 * @example
 * ```ts
 * const p: SvgChartPoint = { year: 2022, date: '2022-12-31', value: '57.14', display: '57.1', status: 'behind', label: '2022 57.1%', noValue: null };
 * ```
 */
export interface SvgChartPoint {
  /** The calendar year (years one apart are joined by a line). */
  readonly year: number;
  /** Where on the time axis (`YYYY-MM-DD`). */
  readonly date: string;
  /** The exact value, or `null` when there is none that year. */
  readonly value: string | null;
  /** The value as printed beside the dot, or `null`. */
  readonly display: string | null;
  /** Progress status: the dot's colour. */
  readonly status: ProgressStatus;
  /** The dot's tooltip (`<title>`). */
  readonly label: string;
  /** Words printed at the foot of the plot when there is no value (`'无填报'`), or `null` to print nothing. */
  readonly noValue: string | null;
}

/**
 * An inline SVG chart of one indicator: the 2020 baseline (where 专栏1 gives one), the expected straight-line path
 * from baseline (2020-12-31) to target (2025-12-31), the current value on the as-of date, and the 2025 target line.
 * Accessible (`role="img"`, `<title>`, `<desc>` in words) and responsive (`viewBox`, no fixed size). Coordinates are
 * pixels; every number printed as text is a decimal string from the evaluation or the plan, never re-derived.
 * Styled by the report's CSS classes. No namespace URL, no external reference.
 *
 * @param input - The indicator, the date, the words and an ID prefix.
 * @clause S4
 * @clause P1.1
 * @example
 * ```ts
 * const e = evaluate({ asOf: '2024-12-31', units: [{ code: '533124101201', townshipCode: '533124101', hasServiceFacility: true }] }, { scope: 'units' });
 * const m = buildReportModel(e, 'en');
 * const svg = svgChart({ row: m.headline[0]!, asOf: m.asOf, labels: m.labels, id: 'c1' });
 * [svg.startsWith('<svg'), svg.includes('<title id="c1-title">'), svg.includes('>100.0<')]
 * //=> [true, true, true]
 * ```
 */
export function svgChart(input: SvgChartInput): string {
  const { row, asOf, labels: L, id } = input;
  const points = input.points;
  const base = PLAN.baselineDate;
  const end = PLAN.period.end;
  const days = (points === undefined ? [asOf] : points.map((p) => p.date)).map(dayNumber);
  const t0raw = Math.min(dayNumber(base), ...days);
  const t1raw = Math.max(dayNumber(end), ...days);
  const pad = (t1raw - t0raw) * 0.04;
  const t0 = t0raw - pad;
  const t1 = t1raw + pad;
  const pw = W - LEFT - RIGHT;
  const ph = H - TOP - BOTTOM;
  const x = (date: string) => LEFT + ((dayNumber(date) - t0) / (t1 - t0)) * pw;

  // A missing figure (null) counts as 0, below the floor of 1.
  const highest = Math.max(...[row.target, row.baseline, row.value, row.expected, ...(points ?? []).map((p) => p.value)].map(Number), 1);
  // A share or coverage rate that stays within 100 % is drawn on a 0–100 % axis; otherwise leave headroom.
  const percentScale = row.unit === '%' && highest <= 100 && highest * 1.12 > 75;
  const top = percentScale ? 100 : highest * 1.12;
  const step = percentScale ? 25 : niceStep(top);
  const intervals = Math.ceil(top / step - 1e-9);
  const yMax = intervals * step;
  const y = (v: string | number) => TOP + ph - (Number(v) / yMax) * ph;

  const e = escapeHtml;
  const unit = row.unit === '%' ? '%' : ` ${row.unit}`;
  const out: string[] = [];
  const description = input.description ?? L.notes.chartDescription({
    name: row.name,
    baseline: row.baseline,
    expected: row.expectedDisplay,
    value: row.display,
    target: row.target,
    unit: row.unit,
    status: row.statusLabel,
    asOf,
  });
  out.push(
    `<svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc" class="chart-svg">`,
    `<title id="${id}-title">${e(`${row.clause} ${row.name}`)}</title>`,
    `<desc id="${id}-desc">${e(description)}</desc>`,
  );

  // Horizontal grid and the value axis.
  for (let k = 0; k <= intervals; k++) {
    const v = k * step;
    out.push(
      `<line class="grid" x1="${LEFT}" x2="${W - RIGHT}" y1="${px(y(v))}" y2="${px(y(v))}"/>`,
      `<text class="tick" x="${LEFT - 6}" y="${px(y(v) + 4)}" text-anchor="end">${tickLabel(v, step)}</text>`,
    );
  }
  // Year ends on the time axis. Every year end on the axis gets a tick: the candidates are the years of the axis' two
  // ends (days since 1970 ÷ 365.25, give or take one) and the loop keeps those inside the plot. At most 12 labels
  // fit: over a longer axis, every 2nd, 5th, 10th… year is labelled.
  const firstYear = Math.floor(1970 + t0 / 365.25) - 1;
  const lastYear = Math.floor(1970 + t1 / 365.25) + 1;
  const axisYears = (t1 - t0) / 365.25;
  let every = 1;
  for (const n of [1, 2, 5, 10, 20, 50, 100]) {
    every = n;
    if (axisYears <= 12 * n) break;
  }
  for (let yr = firstYear; yr <= lastYear; yr++) {
    const xx = x(`${yr}-12-31`);
    if (xx < LEFT - 0.5 || xx > W - RIGHT + 0.5) continue;
    out.push(`<line class="axis" x1="${px(xx)}" x2="${px(xx)}" y1="${TOP + ph}" y2="${TOP + ph + 5}"/>`);
    if (yr % every === 0) out.push(`<text class="tick" x="${px(xx)}" y="${TOP + ph + 18}" text-anchor="middle">${yr}</text>`);
  }
  out.push(`<line class="axis" x1="${LEFT}" x2="${W - RIGHT}" y1="${TOP + ph}" y2="${TOP + ph}"/>`);

  // The as-of date (one value: a series has a date per point instead).
  const xa = x(asOf);
  const anchor = xa > W - RIGHT - 60 ? 'end' : xa < LEFT + 60 ? 'start' : 'middle';
  if (points === undefined) {
    out.push(
      `<line class="asof" x1="${px(xa)}" x2="${px(xa)}" y1="${TOP - 4}" y2="${TOP + ph}"/>`,
      `<text class="asof-label" x="${px(xa)}" y="${TOP - 10}" text-anchor="${anchor}">${e(L.notes.chartAsOf(asOf))}</text>`,
    );
  }

  // The 2025 target line, its value in the right margin (where nothing else is drawn).
  const yt = y(row.target);
  out.push(
    `<line class="target" x1="${LEFT}" x2="${W - RIGHT}" y1="${px(yt)}" y2="${px(yt)}"><title>${e(`${L.notes.chartTarget} ${row.target}${unit}`)}</title></line>`,
    `<text class="target-label" x="${W - RIGHT + 5}" y="${px(yt + 4)}">${e(row.target)}</text>`,
  );

  // Baseline and the expected straight line, where the plan gives a baseline.
  if (row.baseline !== null) {
    const xb = x(base);
    const yb = y(row.baseline);
    out.push(
      `<line class="trajectory" x1="${px(xb)}" y1="${px(yb)}" x2="${px(x(end))}" y2="${px(yt)}"><title>${e(L.notes.chartTrajectory)}</title></line>`,
      `<circle class="baseline" cx="${px(xb)}" cy="${px(yb)}" r="4"><title>${e(`${L.notes.chartBaseline} ${row.baseline}${unit}`)}</title></circle>`,
      `<text class="point-label" x="${px(xb + 6)}" y="${px(yb + 16)}">${e(`${L.notes.chartBaseline} ${row.baseline}`)}</text>`,
    );
    if (points === undefined && row.expected !== null && row.expectedDisplay !== null) {
      out.push(
        `<circle class="expected" cx="${px(xa)}" cy="${px(y(row.expected))}" r="4.5"><title>${e(`${L.notes.chartExpected} ${row.expectedDisplay}${unit}`)}</title></circle>`,
      );
    }
  }

  if (points !== undefined) {
    seriesPoints(points, x, y, TOP + ph, out);
    out.push('</svg>');
    return out.join('\n');
  }

  // The current value.
  if (row.value !== null && row.display !== null) {
    const yv = y(row.value);
    // The label goes above the dot unless it would leave the plot or cross the target line or the expected dot.
    const above = yv - 11;
    const crosses = (lineY: number) => lineY > above - 13 && lineY < above + 5;
    const blocked =
      above - 12 < TOP || crosses(yt) || (row.expected !== null && row.baseline !== null && crosses(y(row.expected)));
    const below = blocked && yv + 20 < TOP + ph - 2;
    out.push(
      `<circle class="current dot-${row.status}" cx="${px(xa)}" cy="${px(yv)}" r="6"><title>${e(`${L.notes.chartCurrent} ${row.display}${unit}`)}</title></circle>`,
      `<text class="value-label" x="${px(xa)}" y="${px(below ? yv + 20 : above)}" text-anchor="${anchor}">${e(row.display)}</text>`,
    );
  } else {
    out.push(`<text class="novalue-label" x="${px(xa)}" y="${px(TOP + ph - 10)}" text-anchor="${anchor}">${e(row.noValue ?? L.notes.noValue)}</text>`);
  }
  out.push('</svg>');
  return out.join('\n');
}

/**
 * The dots of a series along the planned line: consecutive years with a value joined by a line (a year without one
 * breaks it: nothing is drawn where there is no figure), each dot with its value above it, and each year without a
 * value marked at the foot of the plot.
 */
function seriesPoints(
  points: readonly SvgChartPoint[],
  x: (date: string) => number,
  y: (v: string | number) => number,
  foot: number,
  out: string[],
): void {
  const e = escapeHtml;
  let run: string[] = [];
  let previous: SvgChartPoint | undefined;
  const flush = () => {
    if (run.length > 1) out.push(`<polyline class="actual" points="${run.join(' ')}"/>`);
    run = [];
  };
  for (const p of points) {
    if (p.value === null) {
      flush();
      previous = undefined;
      continue;
    }
    if (previous !== undefined && p.year !== previous.year + 1) flush();
    run.push(`${px(x(p.date))},${px(y(p.value))}`);
    previous = p;
  }
  flush();
  for (const p of points) {
    const xx = x(p.date);
    if (p.value === null || p.display === null) {
      if (p.noValue !== null) out.push(`<text class="novalue-label" x="${px(xx)}" y="${px(foot - 6)}" text-anchor="middle">${e(p.noValue)}</text>`);
      continue;
    }
    const yv = y(p.value);
    out.push(
      `<circle class="current dot-${p.status}" cx="${px(xx)}" cy="${px(yv)}" r="5"><title>${e(p.label)}</title></circle>`,
      `<text class="point-value" x="${px(xx)}" y="${px(yv - 9)}" text-anchor="middle">${e(p.display)}</text>`,
    );
  }
}
