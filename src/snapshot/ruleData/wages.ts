import * as z from 'zod/mini';
import { strictObject } from '../_zodObject';
import { issue, moneySchema, unitCodeSchema } from '../primitives';
import { checkUnique, yearSchema } from './_helpers';

/**
 * One year's average wage of urban unit employees, all ownership types (全口径城镇单位就业人员平均工资), in yuan:
 * monthly, or annual (then read as annual ÷ 12, exactly). At least one of the two must be given; if both are, the
 * monthly figure is used.
 *
 * @clause T12
 * @example
 * ```ts
 * urbanUnitWageSchema.parse({ year: 2023, averageAnnualWage: '96000' }).averageAnnualWage
 * //=> '96000'
 * ```
 * @category Talent · 人才队伍
 */
export const urbanUnitWageSchema = /* @__PURE__ */ strictObject({
    /** The year the wage is for. */
    year: yearSchema,
    /** Average monthly wage (月平均工资), yuan. */
    averageMonthlyWage: z.optional(moneySchema),
    /** Average annual wage (年平均工资), yuan. */
    averageAnnualWage: z.optional(moneySchema),
  })
  .check(z.superRefine((w, ctx) => {
    if (w.averageMonthlyWage === undefined && w.averageAnnualWage === undefined) {
      issue(ctx, 'missing_wage', '应给出月平均工资或年平均工资', 'give averageMonthlyWage or averageAnnualWage');
    }
  }));

/**
 * The yearly wage series of a snapshot's county: each year at most once.
 *
 * @clause T12
 * @example
 * ```ts
 * urbanUnitWagesSchema.parse([{ year: 2023, averageMonthlyWage: '8000' }]).length
 * //=> 1
 * ```
 * @category Talent · 人才队伍
 */
export const urbanUnitWagesSchema = /* @__PURE__ */ z
  .array(urbanUnitWageSchema)
  .check(z.maxLength(300))
  .check(z.superRefine((rows, ctx) => checkUnique(rows, (r) => String(r.year), 'year', ctx)));

/**
 * One year's wage figure after parsing.
 *
 * @clause T12
 * @example
 * ```ts
 * const w: UrbanUnitWage = { year: 2023, averageMonthlyWage: '8000' };
 * ```
 * @category Talent · 人才队伍
 */
export type UrbanUnitWage = z.output<typeof urbanUnitWageSchema>;

/**
 * The average monthly income of urban community workers (城市社区工作者月平均收入) in one year, in yuan: for one
 * community (`unitCode`) or, without it, for the county's urban community workers as a whole.
 *
 * @clause T12
 * @example
 * ```ts
 * communityWorkerIncomeSchema.parse({ year: 2024, averageMonthlyIncome: '7600.5' }).averageMonthlyIncome
 * //=> '7600.5'
 * ```
 * @category Talent · 人才队伍
 */
export const communityWorkerIncomeSchema = /* @__PURE__ */ strictObject({
  /** The year the income is for. */
  year: yearSchema,
  /** The community, or the whole county when left out. */
  unitCode: /* @__PURE__ */ z.optional(unitCodeSchema),
  /** Average monthly income, yuan. */
  averageMonthlyIncome: moneySchema,
});

/**
 * The income records of a snapshot: each (unit, year) at most once.
 *
 * @clause T12
 * @example
 * ```ts
 * communityWorkerIncomesSchema.safeParse([{ year: 2024, averageMonthlyIncome: 1 }, { year: 2024, averageMonthlyIncome: 2 }]).success
 * //=> false
 * ```
 * @category Talent · 人才队伍
 */
export const communityWorkerIncomesSchema = /* @__PURE__ */ z
  .array(communityWorkerIncomeSchema)
  .check(z.maxLength(10_000_000))
  .check(z.superRefine((rows, ctx) => checkUnique(rows, (r) => `${r.unitCode ?? 'county'}:${r.year}`, 'year', ctx)));

/**
 * One income record after parsing.
 *
 * @clause T12
 * @example
 * ```ts
 * const r: CommunityWorkerIncome = { year: 2024, averageMonthlyIncome: '7600' };
 * ```
 * @category Talent · 人才队伍
 */
export type CommunityWorkerIncome = z.output<typeof communityWorkerIncomeSchema>;
