/**
 * The check every report makes of the evaluation it is given, which may be a stored one read back from JSON (a
 * dashboard's normal flow), tampered with or from another version.
 *
 * @internal
 * @module
 */
import type * as z from 'zod';
import { ownData, prototypeIsPolluted } from '../_lib/ownData';
import { PlanInputError } from '../_lib/PlanInputError';
import type { Evaluation } from '../evaluate/Evaluation';
import { evaluationSchema } from '../evaluate/evaluationSchema';
import { translateZodIssue } from '../snapshot/translateZodIssue';
import type { PlanIssue } from '../snapshot/PlanIssue';

let schema: ReturnType<typeof evaluationSchema> | undefined;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * The evaluation a report is rendered from, checked: it must match the evaluation schema (`evaluationSchema`: every
 * field there, of its type, every status one the library knows), its dates (`asOf`, `plan.start`, `plan.end`) must be
 * `YYYY-MM-DD`, the figures the report computes with (`headline[].value`, `display`, `target`, `baseline.value`,
 * `indicators[].value`, `indicators[].progress.expected`, `rules[].measure.value`, `threshold`) decimal strings, a rule's
 * `measure` `null` unless it was judged, and `options.indicatorPlaces`, when given,
 * a whole number 0–20. Anything else is a `PlanInputError` naming the first bad path (and how many more there are),
 * never a `TypeError` further on. When `Object.prototype` has been polluted, the evaluation is read from its own
 * properties only. Returns the data the report reads.
 *
 * @param evaluation - What the caller passed as an evaluation.
 * @throws `PlanInputError` with code `'invalid_evaluation'`.
 * @clause S4
 * @example
 * ```ts
 * const e = evaluate({ asOf: '2024-12-31', units: [] });
 * validateEvaluation(e).asOf
 * //=> '2024-12-31'
 * validateEvaluation({ ...e, asOf: 'soon' })
 * //=> throws PlanInputError { code: 'invalid_evaluation', path: ['asOf'] }
 * ```
 */
export function validateEvaluation(evaluation: unknown): Evaluation {
  const polluted = prototypeIsPolluted();
  const input = polluted ? ownData(evaluation) : evaluation;
  schema ??= evaluationSchema();
  const parsed = schema.safeParse(input, { reportInput: true });
  const issues: PlanIssue[] = parsed.success ? semanticIssues(parsed.data as Evaluation) : parsed.error.issues.map(translate);
  if (issues.length > 0) {
    const first = issues[0]!;
    const more = issues.length - 1;
    throw new PlanInputError({
      code: 'invalid_evaluation',
      path: first.path,
      messageZh: `不是有效的评估结果：${first.messageZh}${more > 0 ? `（另有${more}处问题）` : ''}`,
      messageEn: `not a valid evaluation: ${first.messageEn}${more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : ''}`,
    });
  }
  const data = (parsed as { data: unknown }).data as Evaluation;
  return polluted ? ownData(data) : data;
}

/** A zod issue as a plan issue; a value outside a long list (a rule ID, a clause) does not print the whole list. */
function translate(iss: z.core.$ZodIssue): PlanIssue {
  if (iss.code === 'invalid_value' && iss.values.length > 8) {
    const got = quote(String(iss.input));
    return {
      code: 'invalid_value',
      path: iss.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      messageZh: `应为已知的${iss.values.length}个取值之一，实际为${got}`,
      messageEn: `expected one of ${iss.values.length} known values, got ${got}`,
    };
  }
  return translateZodIssue(iss);
}

/** The checks the schema leaves to the report: dates, decimal strings and the places of the indicators. */
/**
 * The longest string a report prints from an evaluation: the library's own messages are a few hundred characters; a
 * stored evaluation with a 40,000-character field is not one it wrote, and laying it out costs time that grows with
 * the square of its length.
 */
const MAX_TEXT = 10_000;

/**
 * The path of a string longer than {@link MAX_TEXT} in `value`, or undefined. An iterative walk that allocates no path
 * unless one is found (a national evaluation holds millions of strings), then a second walk that builds it.
 */
function tooLong(value: unknown): (string | number)[] | undefined {
  const stack: unknown[] = [value];
  let found = false;
  while (stack.length > 0 && !found) {
    const v = stack.pop();
    if (typeof v === 'string') found = v.length > MAX_TEXT;
    else if (Array.isArray(v)) for (const x of v) stack.push(x);
    else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k]);
  }
  return found ? pathOfLong(value, []) : undefined;
}

function pathOfLong(v: unknown, path: (string | number)[]): (string | number)[] | undefined {
  if (typeof v === 'string') return v.length > MAX_TEXT ? path : undefined;
  if (v === null || typeof v !== 'object') return undefined;
  const keys: (string | number)[] = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
  for (const k of keys) {
    const p = pathOfLong((v as Record<string | number, unknown>)[k], [...path, k]);
    if (p !== undefined) return p;
  }
  return undefined;
}

function semanticIssues(e: Evaluation): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const long = tooLong(e);
  if (long !== undefined) {
    issues.push({
      code: 'too_long',
      path: long,
      messageZh: `文本过长（最多${MAX_TEXT}字），不是本库生成的评估结果`,
      messageEn: `text too long (at most ${MAX_TEXT} characters): not an evaluation this library wrote`,
    });
  }
  const bad = (path: (string | number)[], zh: string, en: string, value: string) =>
    issues.push({ code: 'invalid_value', path, messageZh: `${zh}，实际为${quote(value)}`, messageEn: `${en}, got ${quote(value)}` });
  const date = (path: (string | number)[], v: string) => {
    if (!DATE.test(v)) bad(path, '应为日期 YYYY-MM-DD', 'expected a date YYYY-MM-DD', v);
  };
  const decimal = (path: (string | number)[], v: string | null) => {
    if (v !== null && !DECIMAL.test(v)) bad(path, '应为十进制数字符串', 'expected a decimal string', v);
  };
  date(['asOf'], e.asOf);
  date(['plan', 'start'], e.plan.start);
  date(['plan', 'end'], e.plan.end);
  e.headline.forEach((h, i) => {
    decimal(['headline', i, 'value'], h.value);
    decimal(['headline', i, 'display'], h.display);
    decimal(['headline', i, 'target'], h.target);
    decimal(['headline', i, 'baseline', 'value'], h.baseline?.value ?? null);
  });
  e.indicators.forEach((r, i) => {
    decimal(['indicators', i, 'value'], r.value);
    decimal(['indicators', i, 'progress', 'expected'], r.progress.expected);
  });
  e.rules.forEach((r, i) => {
    // Read before the measure: the types promise no measure unless judged, a stored evaluation may not keep it.
    const status: string = r.status;
    const m = r.measure;
    if (m === null) return;
    if (status === 'not_applicable' || status === 'missing_data') bad(['rules', i, 'measure'], `状态为 ${status} 时应为 null`, `expected null for status ${status}`, 'object');
    decimal(['rules', i, 'measure', 'value'], m.value);
    decimal(['rules', i, 'measure', 'threshold'], m.threshold);
  });
  const places = e.options['indicatorPlaces'];
  if (places !== undefined && !(typeof places === 'number' && Number.isInteger(places) && places >= 0 && places <= 20)) {
    issues.push({
      code: 'invalid_value',
      path: ['options', 'indicatorPlaces'],
      messageZh: `应为0—20的整数，实际为${quote(String(places))}`,
      messageEn: `expected a whole number 0–20, got ${quote(String(places))}`,
    });
  }
  return issues;
}

/** A value quoted for a message, cut to 40 characters. */
function quote(v: string): string {
  return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
}
