import * as z from 'zod/mini';
import { strictObject } from '../_zodObject';
import { isCalendarDate } from '../../period/isCalendarDate';
import { dateSchema, issue, textSchema } from '../primitives';
import { checkUnique } from './_helpers';

const ACTION_ID = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

/**
 * Where one tracked action of the plan stands: `not_started`, `in_progress` or `done`, with dates and evidence
 * (document numbers, links, short notes).
 *
 * `done` needs `completedOn`; `not_started` may have neither `startedOn` nor `completedOn`; `completedOn` may not be
 * before `startedOn`. The action ID is checked against the catalogue by the actions module, not here.
 *
 * @clause S1
 * @example
 * ```ts
 * actionStatusSchema.parse({ actionId: 'p3-8-cultural-service-centres', status: 'in_progress', startedOn: '2023-03-01' }).status
 * //=> 'in_progress'
 * ```
 * @category Safeguards · 保障措施
 */
export const actionStatusSchema = /* @__PURE__ */ strictObject({
    /** The action's catalogue ID (kebab case). */
    actionId: z.string().check(z.regex(ACTION_ID)),
    /** Where it stands. */
    status: z.enum(['not_started', 'in_progress', 'done']),
    /** When work began. */
    startedOn: z.optional(dateSchema),
    /** When it was completed (required for `done`). */
    completedOn: z.optional(dateSchema),
    /** When this status was last confirmed. */
    updatedOn: z.optional(dateSchema),
    /** Evidence: document numbers, links or short notes (at most 50). */
    evidence: z.optional(z.array(textSchema).check(z.maxLength(50))),
    /** A short note. */
    note: z.optional(textSchema),
  })
  .check(z.superRefine((a, ctx) => {
    if (a.status === 'done' && a.completedOn === undefined) {
      issue(ctx, 'completed_on_required', '状态为已完成（done）时应填写完成日期 completedOn', 'status done needs completedOn', ['completedOn']);
    }
    if (a.status === 'not_started' && (a.startedOn !== undefined || a.completedOn !== undefined)) {
      issue(ctx, 'inconsistent_status', '状态为未开始（not_started）时不应有开始或完成日期', 'status not_started cannot have startedOn or completedOn', ['status']);
    }
    if (a.status === 'in_progress' && a.completedOn !== undefined) {
      issue(ctx, 'inconsistent_status', '状态为进行中（in_progress）时不应有完成日期', 'status in_progress cannot have completedOn', ['completedOn']);
    }
    // Only between real dates: a bad date is already reported.
    if (isCalendarDate(a.startedOn) && isCalendarDate(a.completedOn) && a.completedOn < a.startedOn) {
      issue(ctx, 'invalid_range', `完成日期 ${a.completedOn} 早于开始日期 ${a.startedOn}`, `completedOn ${a.completedOn} is before startedOn ${a.startedOn}`, ['completedOn']);
    }
  }));

/**
 * The action statuses of a snapshot: each action at most once.
 *
 * @clause S1
 * @example
 * ```ts
 * actionStatusesSchema.safeParse([{ actionId: 't9-self-service-devices', status: 'not_started' }]).success
 * //=> true
 * ```
 * @category Safeguards · 保障措施
 */
export const actionStatusesSchema = /* @__PURE__ */ z
  .array(actionStatusSchema)
  .check(z.maxLength(10_000))
  .check(z.superRefine((rows, ctx) => checkUnique(rows, (r) => r.actionId, 'actionId', ctx)));

/**
 * One action status after parsing.
 *
 * @clause S1
 * @example
 * ```ts
 * const s: ActionStatusRecord = { actionId: 't9-self-service-devices', status: 'done', completedOn: '2024-06-30' };
 * ```
 * @category Safeguards · 保障措施
 */
export type ActionStatusRecord = z.output<typeof actionStatusSchema>;
