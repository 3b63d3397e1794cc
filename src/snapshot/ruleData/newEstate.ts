import * as z from 'zod/mini';
import { strictObject } from '../_zodObject';
import { areaSchema, countSchema, dateSchema, textSchema, unitCodeSchema } from '../primitives';
import { checkUnique, recordIdSchema } from './_helpers';

/**
 * A newly built residential estate (新建住宅小区): its households and the home-based elderly-care service space
 * (社区居家养老服务用房) built with it, in m² of building area.
 *
 * This is the 20 m² per 100 households standard of 专栏3 item 2; it is a different space from the community
 * comprehensive service facility of task 8 (30 m² per 100 households), which lives on the unit.
 *
 * @clause P3.2
 * @example
 * ```ts
 * newEstateSchema.parse({ id: 'E1', households: 600, elderlyCareServiceArea: '120' }).elderlyCareServiceArea
 * //=> '120'
 * ```
 * @category Services · 社区服务
 */
export const newEstateSchema = /* @__PURE__ */ strictObject({
  /** The estate's ID, used as the subject of its result. */
  id: recordIdSchema,
  /** Name, for reports. */
  name: /* @__PURE__ */ z.optional(textSchema),
  /** The village-level unit it lies in. */
  unitCode: /* @__PURE__ */ z.optional(unitCodeSchema),
  /** Completion (or planning approval) date, for reports. */
  completedOn: /* @__PURE__ */ z.optional(dateSchema),
  /** Households (户数) the estate is built for. */
  households: /* @__PURE__ */ z.optional(countSchema),
  /** Building area of home-based elderly-care service space built with it (配建社区居家养老服务用房), m². */
  elderlyCareServiceArea: /* @__PURE__ */ z.optional(areaSchema),
});

/**
 * The new residential estates of a snapshot: each ID at most once.
 *
 * @clause P3.2
 * @example
 * ```ts
 * newEstatesSchema.safeParse([{ id: 'E1' }, { id: 'E1' }]).success
 * //=> false
 * ```
 * @category Services · 社区服务
 */
export const newEstatesSchema = /* @__PURE__ */ z
  .array(newEstateSchema)
  .check(z.maxLength(1_000_000))
  .check(z.superRefine((rows, ctx) => checkUnique(rows, (r) => r.id, 'id', ctx)));

/**
 * A new residential estate after parsing.
 *
 * @clause P3.2
 * @example
 * ```ts
 * const estate: NewEstate = { id: 'E1', households: 500, elderlyCareServiceArea: '100' };
 * ```
 * @category Services · 社区服务
 */
export type NewEstate = z.output<typeof newEstateSchema>;
