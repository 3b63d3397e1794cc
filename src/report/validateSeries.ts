/**
 * The check every report of a series makes of the series it is given, which may be a stored one read back from JSON,
 * tampered with or from another version.
 *
 * @internal
 * @module
 */
import type * as z from 'zod';
import { ownData, prototypeIsPolluted } from '../_lib/ownData';
import { PlanInputError } from '../_lib/PlanInputError';
import type { Evaluation } from '../evaluate/Evaluation';
import { deriveSeries, yearOf, type DerivedSeries } from '../series/deriveSeries';
import type { SeriesEvaluation } from '../series/SeriesEvaluation';
import { seriesSchema } from '../series/seriesSchema';
import { translateZodIssue } from '../snapshot/translateZodIssue';
import { validateEvaluation } from './validateEvaluation';

let schema: ReturnType<typeof seriesSchema> | undefined;

const DERIVED: readonly (keyof DerivedSeries)[] = ['years', 'span', 'missingYears', 'indicators', 'rules', 'actions', 'data'];

/**
 * The series a report is rendered from, checked: its outer shape (`seriesSchema`), every evaluation in it as
 * `validateEvaluation` checks one (paths under `evaluations[i]`), the evaluations one per calendar year in ascending
 * order, of one region and plan, under the same options (but `asOf`), and every part derived from them (`years`,
 * `span`, `missingYears`, `indicators`, `rules`, `actions`, `data`) exactly what the evaluations give. Anything else
 * is a `PlanInputError` (`'invalid_series'`, or `'invalid_evaluation'` from an evaluation) naming the first bad path,
 * never a `TypeError` further on. Returns the data the report reads.
 *
 * @param series - What the caller passed as a series.
 * @throws `PlanInputError` with code `'invalid_series'` or `'invalid_evaluation'`.
 * @clause S4
 * @example
 * ```ts
 * const s = evaluateSeries([{ asOf: '2021-12-31', units: [] }]);
 * validateSeries(s).years
 * //=> [2021]
 * validateSeries({ ...s, years: [2022] })
 * //=> throws PlanInputError { code: 'invalid_series', path: ['years', 0] }
 * ```
 */
export function validateSeries(series: unknown): SeriesEvaluation {
  const polluted = prototypeIsPolluted();
  const input = polluted ? ownData(series) : series;
  schema ??= seriesSchema();
  const parsed = schema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i: z.core.$ZodIssue) => translateZodIssue(i));
    const first = issues[0]!;
    fail(first.path, first.messageZh, first.messageEn, issues.length - 1);
  }
  const data = (parsed as { data: Omit<SeriesEvaluation, 'evaluations'> & { evaluations: unknown[] } }).data;
  const evaluations: Evaluation[] = data.evaluations.map((e, i) => {
    try {
      return validateEvaluation(e);
    } catch (err) {
      if (!(err instanceof PlanInputError)) throw err;
      throw new PlanInputError({ code: err.code, path: ['evaluations', i, ...err.path], messageZh: err.messageZh, messageEn: err.messageEn, cause: err });
    }
  });
  const head = evaluations[0]!;
  const options = JSON.stringify({ ...head.options, asOf: null });
  evaluations.forEach((e, i) => {
    if (i > 0 && yearOf(e.asOf) <= yearOf(evaluations[i - 1]!.asOf)) {
      fail(['evaluations', i, 'asOf'], `各年评估应按年份递增、每年一份，${e.asOf} 排在 ${evaluations[i - 1]!.asOf} 之后`, `evaluations must be one per year in ascending order: ${e.asOf} follows ${evaluations[i - 1]!.asOf}`);
    }
    if (e.region !== data.region) fail(['evaluations', i, 'region'], `地区应为 ${quote(data.region)}，实际为 ${quote(e.region)}`, `region must be ${quote(data.region)}, got ${quote(e.region)}`);
    if (JSON.stringify(e.plan) !== JSON.stringify(data.plan)) fail(['evaluations', i, 'plan'], '规划与逐年评估的规划不同', "plan differs from the series' plan");
    if (JSON.stringify({ ...e.options, asOf: null }) !== options) {
      fail(['evaluations', i, 'options'], '各年评估的选项（asOf 除外）应相同', 'every year must be evaluated with the same options (asOf aside)');
    }
  });
  const years = new Set(evaluations.map((e) => yearOf(e.asOf)));
  data.readings.forEach((r, i) => {
    if (!years.has(r.year) || r.rowYear >= r.year) {
      fail(['readings', i], `应为某一评估年份读取的更早年份的数据，实际为 ${r.year} 年读取 ${r.rowYear} 年`, `expected an evaluated year reading an earlier year's row, got ${r.year} reading ${r.rowYear}`);
    }
  });
  const derived = deriveSeries(evaluations);
  for (const key of DERIVED) {
    const at = firstDifference(data[key], derived[key]);
    if (at !== undefined) {
      fail([key, ...at], '与各年评估结果不符（不是本库根据这些评估生成的逐年评估）', 'does not match the evaluations (not a series this library made from them)');
    }
  }
  const out = { ...data, evaluations } as SeriesEvaluation;
  return polluted ? ownData(out) : out;
}

function fail(path: readonly (string | number)[], zh: string, en: string, more = 0): never {
  throw new PlanInputError({
    code: 'invalid_series',
    path,
    messageZh: `不是有效的逐年评估结果：${zh}${more > 0 ? `（另有${more}处问题）` : ''}`,
    messageEn: `not a valid series: ${en}${more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : ''}`,
  });
}

/** The path of the first place where `given` and `expected` (plain JSON) differ, or undefined when they are equal. */
function firstDifference(given: unknown, expected: unknown): (string | number)[] | undefined {
  if (Object.is(given, expected)) return undefined;
  if (Array.isArray(expected)) {
    if (!Array.isArray(given)) return [];
    const n = Math.max(given.length, expected.length);
    for (let i = 0; i < n; i++) {
      if (i >= given.length || i >= expected.length) return [i];
      const at = firstDifference(given[i], expected[i]);
      if (at !== undefined) return [i, ...at];
    }
    return undefined;
  }
  if (expected !== null && typeof expected === 'object') {
    if (given === null || typeof given !== 'object' || Array.isArray(given)) return [];
    const keys = new Set([...Object.keys(expected), ...Object.keys(given)]);
    for (const k of keys) {
      if (!Object.hasOwn(given, k) || !Object.hasOwn(expected, k)) return [k];
      const at = firstDifference((given as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k]);
      if (at !== undefined) return [k, ...at];
    }
    return undefined;
  }
  return [];
}

/** A value quoted for a message, cut to 40 characters. */
function quote(v: string): string {
  return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
}
