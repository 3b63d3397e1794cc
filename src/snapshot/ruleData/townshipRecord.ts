import * as z from 'zod/mini';
import { strictObject } from '../_zodObject';
import { countSchema, flagSchema, townshipCodeSchema } from '../primitives';
import { checkUnique } from './_helpers';

/**
 * The facts a county reports for one township-level unit (镇, 乡, 民族乡 or 农场) that the township rules read.
 *
 * Every fact is optional; a fact left out is unknown and the rule that needs it reports `missing_data`. `kind` is
 * needed only for a township outside Longchuan's registry (Longchuan's ten are known).
 *
 * @clause P3.2
 * @clause P3.3
 * @clause P6.3
 * @example
 * ```ts
 * townshipRecordSchema.parse({ code: '533124101', hasMinorProtectionStation: true }).hasMinorProtectionStation
 * //=> true
 * ```
 * @category Input · 输入数据
 */
export const townshipRecordSchema = /* @__PURE__ */ strictObject({
  /** 9-digit township-level code. */
  code: townshipCodeSchema,
  /** Kind of township-level unit, when it is not in Longchuan's registry: 镇 `town`, 乡 `township`, 民族乡 `ethnic_township`, 农场 `farm`. */
  kind: /* @__PURE__ */ z.optional(z.enum(['town', 'township', 'ethnic_township', 'farm'])),
  /** Elderly-care service centres with comprehensive functions (具备综合功能的养老服务中心) in the township. */
  comprehensiveElderlyCareCentres: /* @__PURE__ */ z.optional(countSchema),
  /** Whether the township has a regional elderly-care service centre (区域性养老服务中心). */
  hasRegionalElderlyCareCentre: /* @__PURE__ */ z.optional(flagSchema),
  /** Whether the township has a minor-protection workstation (未成年人保护工作站). */
  hasMinorProtectionStation: /* @__PURE__ */ z.optional(flagSchema),
  /** Whether the township has a social work station (社会工作站, 乡镇（农场）社会工作平台站点). */
  hasSocialWorkStation: /* @__PURE__ */ z.optional(flagSchema),
});

/**
 * The township records of a snapshot: each code at most once.
 *
 * @clause P3.3
 * @example
 * ```ts
 * townshipRecordsSchema.safeParse([{ code: '533124101' }, { code: '533124101' }]).success
 * //=> false
 * ```
 * @category Input · 输入数据
 */
export const townshipRecordsSchema = /* @__PURE__ */ z
  .array(townshipRecordSchema)
  .check(z.maxLength(100_000))
  .check(z.superRefine((rows, ctx) => checkUnique(rows, (r) => r.code, 'code', ctx)));

/**
 * One township record after parsing.
 *
 * @clause P3.3
 * @example
 * ```ts
 * const t: TownshipRecord = { code: '533124400', hasSocialWorkStation: true };
 * ```
 * @category Input · 输入数据
 */
export type TownshipRecord = z.output<typeof townshipRecordSchema>;
