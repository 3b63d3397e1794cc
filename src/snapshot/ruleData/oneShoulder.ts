import * as z from 'zod/mini';
import { strictObject } from '../_zodObject';
import { countSchema, isCount, issue } from '../primitives';
import { checkUnique, yearSchema } from './_helpers';

/**
 * One year of the 一肩挑 count: how many village-level Party organisation secretaries there were, and how many of
 * them also chaired the village (resident) committee (村（社区）党组织书记和主任“一肩挑”).
 *
 * @clause B1
 * @example
 * ```ts
 * oneShoulderYearSchema.parse({ year: 2023, secretaries: 77, concurrent: 70 }).concurrent
 * //=> 70
 * ```
 * @category Input · 输入数据
 */
export const oneShoulderYearSchema = /* @__PURE__ */ strictObject({
    /** The year (as at its end). */
    year: yearSchema,
    /** Village-level Party organisation secretaries (one per village or community). */
    secretaries: countSchema,
    /** Of them, those who also chair the committee. */
    concurrent: countSchema,
  })
  .check(z.superRefine((y, ctx) => {
    // Only when both counts passed their own checks: a bad one is already reported.
    if (isCount(y.concurrent) && isCount(y.secretaries) && y.concurrent > y.secretaries) {
      issue(ctx, 'exceeds_total', `“一肩挑”人数 ${y.concurrent} 超过书记总数 ${y.secretaries}`, `concurrent (${y.concurrent}) exceeds secretaries (${y.secretaries})`, ['concurrent']);
    }
  }));

/**
 * The yearly 一肩挑 series: each year at most once, in any order.
 *
 * @clause B1
 * @example
 * ```ts
 * oneShoulderSeriesSchema.safeParse([{ year: 2023, secretaries: 2, concurrent: 1 }, { year: 2023, secretaries: 2, concurrent: 2 }]).success
 * //=> false
 * ```
 * @category Input · 输入数据
 */
export const oneShoulderSeriesSchema = /* @__PURE__ */ z
  .array(oneShoulderYearSchema)
  .check(z.maxLength(300))
  .check(z.superRefine((rows, ctx) => checkUnique(rows, (r) => String(r.year), 'year', ctx)));

/**
 * One year of the 一肩挑 series after parsing.
 *
 * @clause B1
 * @example
 * ```ts
 * const y: OneShoulderYear = { year: 2024, secretaries: 77, concurrent: 72 };
 * ```
 * @category Input · 输入数据
 */
export type OneShoulderYear = z.output<typeof oneShoulderYearSchema>;
