import { PlanInputError } from '../_lib/PlanInputError';
import { describeValue } from '../_lib/describeValue';
import type { Evaluation } from '../evaluate/Evaluation';
import { evaluateSnapshot } from '../evaluate/evaluateSnapshot';
import { PLAN } from '../plan/meta';
import { markParsed } from '../snapshot/_parsed';
import { formatPath } from '../snapshot/PlanIssue';
import type { OneShoulderYear } from '../snapshot/ruleData/oneShoulder';
import { safeParseSnapshot } from '../snapshot/safeParseSnapshot';
import { LONGCHUAN_CODE, type Snapshot } from '../snapshot/snapshotSchema';
import { deriveSeries, yearOf } from './deriveSeries';
import type { SeriesEvaluation, SeriesReading } from './SeriesEvaluation';
import type { SeriesOptions } from './SeriesOptions';

/** One snapshot of the series, parsed. */
interface Year {
  readonly index: number;
  readonly source: string;
  readonly year: number;
  readonly snapshot: Snapshot;
  readonly report: { readonly issues: Evaluation['input']['issues']; readonly rejected: Evaluation['input']['rejected']; readonly units: number };
}

/**
 * Evaluate the plan year by year: one snapshot per calendar year (any of 2020–2025, and later years), each evaluated
 * exactly as `evaluate` evaluates it with the same options, then laid side by side: each 专栏1 indicator's county value
 * per year beside the value expected on the straight line that year, the changes between snapshot years, each rule's
 * status per year (and the first year it was met), each tracked action's status per year, and how complete each
 * year's data is. Years without a snapshot are listed in `missingYears` and shown as missing, never interpolated.
 *
 * A snapshot's year is the year of its `asOf`. The one reading that differs from evaluating a snapshot alone: the
 * 一肩挑 trend (B1) compares a year with an earlier one, and reads that earlier year's row (`county.oneShoulder`) from
 * that year's own snapshot in the series, before any copy the later snapshot carries; each row so read is listed in
 * `readings` (with the copy it replaced). Without such a row the snapshot's own rows are read, as `evaluate` does.
 *
 * @param snapshots - The annual snapshots as JSON data, in any order.
 * @param options - The options of `evaluate` (except `asOf`), for every year; `sources` names the snapshots in errors.
 * @throws `PlanInputError`: `'invalid_series'` when `snapshots` is not a non-empty list; `'invalid_option'` for `asOf`,
 *   bad `sources` or any option `evaluate` rejects; `'invalid_snapshot'` (path `[i, …]`) when a snapshot's outer shape
 *   is unreadable; `'duplicate_year'` naming both snapshots when two fall in one calendar year; `'region_mismatch'`
 *   naming both when two describe different regions.
 * @clause B1
 * @clause S4
 * @example
 * ```ts
 * const units = (n: number) => ['533124101201', '533124101202', '533124101203', '533124101204'].map((code, i) => ({ code, townshipCode: '533124101', hasServiceFacility: i < n }));
 * const s = evaluateSeries([{ asOf: '2022-12-31', units: units(3) }, { asOf: '2021-12-31', units: units(2) }], { scope: 'units' });
 * [s.years, s.indicators[0]?.points.map((p) => p.value), s.indicators[0]?.changes[0]?.change]
 * //=> [[2021, 2022], [null, '50', '75', null, null, null], '25']
 * ```
 * @category Evaluation · 评估
 */
export function evaluateSeries(snapshots: readonly unknown[], options?: SeriesOptions): SeriesEvaluation {
  if (!Array.isArray(snapshots) || snapshots.length === 0) {
    throw new PlanInputError({
      code: 'invalid_series',
      path: [],
      messageZh: `应为至少含一个年度填报数据的列表，实际为${describeValue(snapshots)}`,
      messageEn: `expected a list of at least one annual snapshot, got ${describeValue(snapshots)}`,
    });
  }
  const { sources: given, ...rest } = options ?? {};
  if ((rest as { asOf?: unknown }).asOf !== undefined) {
    throw new PlanInputError({
      code: 'invalid_option',
      path: ['asOf'],
      messageZh: '逐年评估按各年度填报数据自身的日期评估，不接受选项 asOf',
      messageEn: "a series judges each year on its own snapshot's date: option asOf is not accepted",
    });
  }
  const sources = sourcesOf(given, snapshots.length);
  const years = snapshots.map((input, index) => parseYear(input, index, sources[index]!));
  const seen = new Map<number, Year>();
  let region: Year | undefined;
  for (const y of years) {
    const other = seen.get(y.year);
    if (other !== undefined) {
      throw new PlanInputError({
        code: 'duplicate_year',
        path: [y.index],
        messageZh: `${other.source} 与 ${y.source} 同为${y.year}年的填报数据：逐年评估每年只能有一份`,
        messageEn: `${other.source} and ${y.source} are both for ${y.year}: a series takes one snapshot per calendar year`,
      });
    }
    seen.set(y.year, y);
    const code = y.snapshot.regionCode ?? LONGCHUAN_CODE;
    const first = region?.snapshot.regionCode ?? LONGCHUAN_CODE;
    if (region !== undefined && code !== first) {
      throw new PlanInputError({
        code: 'region_mismatch',
        path: [y.index, 'regionCode'],
        messageZh: `${region.source} 的地区为 ${first}，${y.source} 的地区为 ${code}：逐年评估只能是同一地区的数据`,
        messageEn: `${region.source} is for region ${first} and ${y.source} for ${code}: a series is one region's data`,
      });
    }
    region ??= y;
  }
  const ordered = [...years].sort((a, b) => a.year - b.year);
  // Each year's own 一肩挑 row, as its own snapshot reported it.
  const ownRows = new Map<number, OneShoulderYear>();
  for (const y of ordered) {
    const row = y.snapshot.county?.oneShoulder?.find((r) => r.year === y.year);
    if (row !== undefined) ownRows.set(y.year, row);
  }
  const readings: SeriesReading[] = [];
  const evaluations = ordered.map((y) => {
    const snapshot = withSeriesRows(y, ownRows, readings);
    return evaluateSnapshot(snapshot, rest, y.report);
  });
  return {
    schemaVersion: 1,
    kind: 'series',
    plan: { titleZh: PLAN.titleZh, titleEn: PLAN.titleEn, start: PLAN.period.start, end: PLAN.period.end },
    region: evaluations[0]!.region,
    ...deriveSeries(evaluations),
    evaluations,
    readings,
  } satisfies SeriesEvaluation as SeriesEvaluation;
}

function sourcesOf(given: unknown, n: number): readonly string[] {
  if (given === undefined) return Array.from({ length: n }, (_, i) => `snapshots[${i}]`);
  if (Array.isArray(given) && given.length === n && given.every((s) => typeof s === 'string')) return given as string[];
  throw new PlanInputError({
    code: 'invalid_option',
    path: ['sources'],
    messageZh: `选项 sources 应为与填报数据一一对应的${n}个名称，实际为${describeValue(given)}`,
    messageEn: `option sources must be ${n} names, one per snapshot, got ${describeValue(given)}`,
  });
}

function parseYear(input: unknown, index: number, source: string): Year {
  const parsed = safeParseSnapshot(input);
  if (parsed.data === undefined) {
    const first = parsed.issues[0]!;
    const more = parsed.issueCount - 1;
    throw new PlanInputError({
      code: 'invalid_snapshot',
      path: [index, ...first.path],
      messageZh: `${source} 的 ${formatPath(first.path)}：${first.messageZh}${more > 0 ? `（另有${more}处问题）` : ''}`,
      messageEn: `${formatPath(first.path)} of ${source}: ${first.messageEn}${more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : ''}`,
      cause: (parsed as { error?: unknown }).error,
    });
  }
  const units = (input as { units?: unknown }).units;
  return {
    index,
    source,
    year: yearOf(parsed.data.asOf),
    snapshot: parsed.data,
    report: { issues: parsed.issues, rejected: parsed.rejected, units: Array.isArray(units) ? units.length : 0 },
  };
}

/**
 * The snapshot of a year with the earlier years' 一肩挑 rows taken from their own snapshots (each replacement or
 * addition noted in `readings`); the snapshot itself when nothing changes.
 */
function withSeriesRows(y: Year, ownRows: ReadonlyMap<number, OneShoulderYear>, readings: SeriesReading[]): Snapshot {
  const entered = y.snapshot.county?.oneShoulder ?? [];
  const rows = [...entered];
  let changed = false;
  for (const [rowYear, row] of ownRows) {
    if (rowYear >= y.year) continue;
    const at = rows.findIndex((r) => r.year === rowYear);
    const copy = at < 0 ? undefined : rows[at]!;
    if (copy !== undefined && copy.secretaries === row.secretaries && copy.concurrent === row.concurrent) continue;
    readings.push({
      year: y.year,
      rowYear,
      series: { secretaries: row.secretaries, concurrent: row.concurrent },
      entered: copy === undefined ? null : { secretaries: copy.secretaries, concurrent: copy.concurrent },
    });
    if (at < 0) rows.push(row);
    else rows[at] = row;
    changed = true;
  }
  if (!changed) return y.snapshot;
  // Rows of snapshots the parser checked, one per year: the result is as valid as its parts.
  return markParsed({ ...y.snapshot, county: { ...y.snapshot.county, oneShoulder: rows } });
}
