import * as z from 'zod/mini';
import { strictObject } from '../snapshot/_zodObject';
import { PlanInputError } from '../_lib/PlanInputError';
import { INDICATOR_IDS } from '../indicators/INDICATOR_IDS';
import { MISSING_LIST_LIMIT } from '../indicators/IndicatorPartial';
import { translateZodIssue } from '../snapshot/translateZodIssue';
import type { SummaryPartial } from './SummaryPartial';

// A summary partial arrives as JSON from another process or machine (map → merge → finalize): every field is checked
// before it is read, so that tampered data is a PlanInputError naming the path, never a TypeError.

let schema: z.ZodMiniType | undefined;
/**
 * Built on first use, never at import: module-level zod calls would keep zod in every bundle that imports the package
 * (the formulas-only import among them), as bundlers cannot drop them.
 */
function partialSchema(): z.ZodMiniType {
  if (schema !== undefined) return schema;
  const count = z.number().check(z.int(), z.nonnegative(), z.maximum(Number.MAX_SAFE_INTEGER));
  /** A sum: a safe integer, or a decimal string of digits when it outgrew one. */
  const sum = z.union([count, z.string().check(z.regex(/^\d{1,400}$/))]);
  const code = z.string().check(z.regex(/^\d{1,12}$/));
  /** A field name, or a nested one (`cadrePay.basicPay`). */
  const fieldName = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/)).check(z.maxLength(128));
  const optionValue = z.union([z.string().check(z.maxLength(200)), z.number(), z.boolean()]);
  const options = z.record(fieldName, optionValue);

  const partialSums = strictObject({
    numerator: sum,
    denominator: sum,
    missingCount: count,
    missing: z.array(strictObject({ unit: code, field: fieldName })).check(z.maxLength(MISSING_LIST_LIMIT)),
  });
  const indicators = strictObject({
    indicators: strictObject(Object.fromEntries(INDICATOR_IDS.map((id) => [id, partialSums]))),
    urbanCommunityWorkers: partialSums,
  });
  const subjects = z.array(code).check(z.maxLength(100));
  schema = strictObject({
    units: count,
    options,
    townships: z.record(z.string().check(z.regex(/^\d{9}$/)), strictObject({ units: count, indicators, ruleCounts: z.array(count).check(z.maxLength(10_000)) })),
    rules: strictObject({
      asOf: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
      options,
      units: count,
      rules: z
        .array(
          strictObject({
            ruleId: z.string().check(z.maxLength(100)),
            clause: z.string().check(z.maxLength(20)),
            counts: strictObject({ pass: count, fail: count, pending: count, not_applicable: count, missing_data: count }),
            subjects: strictObject({ fail: subjects, pending: subjects, missing_data: subjects }),
          }),
        )
        .check(z.maxLength(1000)),
    }),
    missingUnits: z.record(fieldName, count),
  });
  return schema;
}

/**
 * Check that `value` is a summary partial as `summarize` writes it, or throw a `PlanInputError` naming the path
 * (under `name`, the parameter) of its first problem.
 *
 * @internal
 */
export function checkPartial(value: unknown, name: string): SummaryPartial {
  if (isMade(value)) return value as SummaryPartial;
  const r = partialSchema().safeParse(value, { reportInput: true });
  if (r.success) return value as SummaryPartial;
  const first = translateZodIssue(r.error.issues[0]!, [name]);
  throw new PlanInputError({
    code: 'invalid_partial',
    path: first.path,
    messageZh: `汇总数据无效：${first.messageZh}`,
    messageEn: `invalid summary partial: ${first.messageEn}`,
  });
}

/**
 * The partials `summarizeUnits` and `mergeSummaries` made in this process, kept outside the objects as the parser's
 * brand is (src/snapshot/_parsed.ts), and on the same terms: not frozen (freezing a national partial costs about as
 * much as checking it), so a caller who edits one of these objects in place takes what it then reads.
 */
const made = new WeakSet<object>();

/**
 * Whether `value` is a partial `summarizeUnits` or `mergeSummaries` made in this process, so that
 * {@link checkPartial} need not check it again (in-process map → merge → finalize pays for the schema only on partials
 * that came from elsewhere, e.g. JSON).
 *
 * @internal
 */
export function isMade(value: unknown): boolean {
  return typeof value === 'object' && value !== null && made.has(value);
}

/**
 * Mark `partial` as made by the library (see {@link isMade}). Only for objects the library built from its own parts or
 * from partials it made (never for one that shares parts with a caller's data).
 *
 * @internal
 */
export function markMade<T extends SummaryPartial>(partial: T): T {
  made.add(partial);
  return partial;
}
