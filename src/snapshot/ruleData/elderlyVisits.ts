import * as z from 'zod/mini';
import { strictObject } from '../_zodObject';
import { isCalendarDate } from '../../period/isCalendarDate';
import { dateSchema, issue, unitCodeSchema } from '../primitives';
import { checkUnique, recordIdSchema } from './_helpers';

const rosterEntrySchema = /* @__PURE__ */ strictObject({
    /** The person's ID in the roster (no names needed). */
    personId: recordIdSchema,
    /** The village-level unit the person lives in. */
    unitCode: z.optional(unitCodeSchema),
    /** First day on the roster; on the roster from the start of the covered period when left out. */
    from: z.optional(dateSchema),
    /** Last day on the roster (moved away, died, no longer in special difficulty); still on it when left out. */
    to: z.optional(dateSchema),
  })
  .check(z.superRefine((e, ctx) => {
    // Only between real dates: a bad date is already reported.
    if (isCalendarDate(e.from) && isCalendarDate(e.to) && e.to < e.from) {
      issue(ctx, 'invalid_range', `离开名册日期 ${e.to} 早于列入日期 ${e.from}`, `left the roster (${e.to}) before joining it (${e.from})`, ['to']);
    }
  }));

const visitSchema = /* @__PURE__ */ strictObject({
  /** The visit record's own ID, used as the subject when the visit is flagged. */
  id: /* @__PURE__ */ z.optional(recordIdSchema),
  /** Whom was visited: a `personId` of the roster. */
  personId: recordIdSchema,
  /** The day of the visit. */
  date: dateSchema,
});

/**
 * The roster of special-difficulty elderly people (特殊困难老年人) and the dated visits to them, over a covered
 * period `from`–`to`; the monthly visit rate (月探访率) is computed from it for every calendar month of the period.
 *
 * Each person is listed once; `from`/`to` on an entry bound the days the person is on the roster. A visit names a
 * person by `personId`; a visit to someone not on the roster that day is not counted and is flagged by the rules.
 *
 * @clause P3.2
 * @example
 * ```ts
 * elderlyVisitsSchema.parse({
 *   from: '2024-01-01', to: '2024-03-31',
 *   roster: [{ personId: 'p1' }],
 *   visits: [{ personId: 'p1', date: '2024-01-15' }],
 * }).roster.length
 * //=> 1
 * ```
 * @category Services · 社区服务
 */
export const elderlyVisitsSchema = /* @__PURE__ */ strictObject({
    /** First day covered by the visit log. */
    from: dateSchema,
    /** Last day covered by the visit log. */
    to: dateSchema,
    /** The roster of special-difficulty elderly people. */
    roster: z.array(rosterEntrySchema).check(z.maxLength(1_000_000)),
    /** Dated visits. */
    visits: z.array(visitSchema).check(z.maxLength(10_000_000)),
  })
  .check(z.superRefine((log, ctx) => {
    if (isCalendarDate(log.from) && isCalendarDate(log.to) && log.to < log.from) {
      issue(ctx, 'invalid_range', `结束日期 ${log.to} 早于开始日期 ${log.from}`, `the end date ${log.to} is before the start date ${log.from}`, ['to']);
    }
    // Both are lists here: a roster or visits that is not a list is an aborting invalid_type, and zod then skips
    // this refinement.
    checkUnique(log.roster, (e) => e.personId, 'personId', subCtx(ctx, 'roster'));
    checkUnique(log.visits, (v) => v.id, 'id', subCtx(ctx, 'visits'));
  }));

/**
 * A refinement context for `checkUnique` whose issues land under `prefix`: it raises them through `issue`, always as
 * objects with a path.
 */
function subCtx(ctx: z.core.$RefinementCtx<unknown>, prefix: string): z.core.$RefinementCtx<unknown> {
  return {
    ...ctx,
    addIssue(arg) {
      const raised = arg as z.core.$ZodSuperRefineIssue & { path: PropertyKey[] };
      ctx.addIssue({ ...raised, path: [prefix, ...raised.path] });
    },
  };
}

/**
 * The roster and visit log after parsing.
 *
 * @clause P3.2
 * @example
 * ```ts
 * const log: ElderlyVisits = { from: '2024-01-01', to: '2024-01-31', roster: [{ personId: 'p1' }], visits: [] };
 * ```
 * @category Services · 社区服务
 */
export type ElderlyVisits = z.output<typeof elderlyVisitsSchema>;
