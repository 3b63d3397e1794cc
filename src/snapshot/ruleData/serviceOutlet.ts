import * as z from 'zod/mini';
import { strictObject } from '../_zodObject';
import { textSchema, unitCodeSchema } from '../primitives';
import { checkUnique, recordIdSchema } from './_helpers';

const tariffSchema = /* @__PURE__ */ z.enum(['residential', 'non_residential', 'not_supplied']);

/**
 * A community service outlet (社区服务网点) and the tariff it pays for water, electricity, gas and heating:
 * `'residential'` (居民生活类价格), `'non_residential'` (any other price) or `'not_supplied'` (the outlet does not
 * take that utility, e.g. no heating in a warm county).
 *
 * @clause S2
 * @example
 * ```ts
 * serviceOutletSchema.parse({ id: 'O1', water: 'residential', electricity: 'residential', gas: 'not_supplied', heating: 'not_supplied' }).gas
 * //=> 'not_supplied'
 * ```
 * @category Safeguards · 保障措施
 */
export const serviceOutletSchema = /* @__PURE__ */ strictObject({
  /** The outlet's ID, used as the subject of its result. */
  id: recordIdSchema,
  /** Name, for reports. */
  name: /* @__PURE__ */ z.optional(textSchema),
  /** The village-level unit it serves. */
  unitCode: /* @__PURE__ */ z.optional(unitCodeSchema),
  /** Water tariff (水). */
  water: /* @__PURE__ */ z.optional(tariffSchema),
  /** Electricity tariff (电). */
  electricity: /* @__PURE__ */ z.optional(tariffSchema),
  /** Gas tariff (气). */
  gas: /* @__PURE__ */ z.optional(tariffSchema),
  /** Heating tariff (热). */
  heating: /* @__PURE__ */ z.optional(tariffSchema),
});

/**
 * The service outlets of a snapshot: each ID at most once.
 *
 * @clause S2
 * @example
 * ```ts
 * serviceOutletsSchema.safeParse([{ id: 'O1' }, { id: 'O2' }]).success
 * //=> true
 * ```
 * @category Safeguards · 保障措施
 */
export const serviceOutletsSchema = /* @__PURE__ */ z
  .array(serviceOutletSchema)
  .check(z.maxLength(1_000_000))
  .check(z.superRefine((rows, ctx) => checkUnique(rows, (r) => r.id, 'id', ctx)));

/**
 * A community service outlet after parsing.
 *
 * @clause S2
 * @example
 * ```ts
 * const outlet: ServiceOutlet = { id: 'O1', water: 'residential' };
 * ```
 * @category Safeguards · 保障措施
 */
export type ServiceOutlet = z.output<typeof serviceOutletSchema>;
