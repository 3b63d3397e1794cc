import * as z from 'zod/mini';
import { strictObject } from '../_zodObject';
import { flagSchema, textSchema, unitCodeSchema } from '../primitives';
import { checkUnique, recordIdSchema } from './_helpers';

/**
 * A centralised resettlement site for poverty-alleviation relocation (易地扶贫搬迁集中安置点) and whether it has a
 * comprehensive service facility (综合服务设施).
 *
 * @clause P4.2
 * @example
 * ```ts
 * relocationSiteSchema.parse({ id: 'S1', hasServiceFacility: true }).hasServiceFacility
 * //=> true
 * ```
 * @category Facilities · 服务设施
 */
export const relocationSiteSchema = /* @__PURE__ */ strictObject({
  /** The site's ID. */
  id: recordIdSchema,
  /** Name, for reports. */
  name: /* @__PURE__ */ z.optional(textSchema),
  /** The village-level unit the site belongs to. */
  unitCode: /* @__PURE__ */ z.optional(unitCodeSchema),
  /** Whether the site has a comprehensive service facility. */
  hasServiceFacility: /* @__PURE__ */ z.optional(flagSchema),
});

/**
 * The relocation sites of a snapshot: each ID at most once.
 *
 * @clause P4.2
 * @example
 * ```ts
 * relocationSitesSchema.safeParse([{ id: 'S1' }, { id: 'S1' }]).success
 * //=> false
 * ```
 * @category Facilities · 服务设施
 */
export const relocationSitesSchema = /* @__PURE__ */ z
  .array(relocationSiteSchema)
  .check(z.maxLength(1_000_000))
  .check(z.superRefine((rows, ctx) => checkUnique(rows, (r) => r.id, 'id', ctx)));

/**
 * A relocation site after parsing.
 *
 * @clause P4.2
 * @example
 * ```ts
 * const site: RelocationSite = { id: 'S1', hasServiceFacility: false };
 * ```
 * @category Facilities · 服务设施
 */
export type RelocationSite = z.output<typeof relocationSiteSchema>;
