import * as z from 'zod';
import { areaSchema, countSchema, flagSchema, textSchema, townshipCodeSchema, unitCodeSchema } from './primitives';

/**
 * The figures a county reports for one village-level unit (a 村民委员会 or a 社区居民委员会).
 *
 * Every figure is optional: a field left out means "unknown", never zero, and a formula that needs it reports
 * `missing_data` naming the unit and the field. Counts are non-negative whole numbers; areas are m² as decimal strings
 * or numbers with at most 2 decimals. Unknown keys are rejected, so a misspelt field is an error, not a silent gap.
 *
 * @clause P1.1
 * @clause T10
 * @example
 * ```ts
 * unitSchema.parse({ code: '533124101001', townshipCode: '533124101', households: 1200, hasServiceFacility: true }).households
 * //=> 1200
 * ```
 */
export const unitSchema = /* @__PURE__ */ z.strictObject({
  /** 12-digit NBS statistical division code (统计用区划代码). */
  code: unitCodeSchema,
  /** 9-digit code of the township-level unit it sits in; must equal the first 9 digits of `code`. */
  townshipCode: townshipCodeSchema,
  /** Name, for reports. */
  name: textSchema.optional(),
  /** Committee type: 村民委员会 (rural by default) or 社区居民委员会 (urban by default). Taken from the registry for Longchuan's units when left out. */
  committeeType: z.enum(['village_committee', 'resident_committee']).optional(),
  /** NBS 3-digit urban-rural classification code (城乡分类代码): 1xx urban, 2xx rural. Used when `classifyBy` is `'nbs_code'`. */
  urbanRuralCode: z.string().regex(/^[12][12]\d$/).optional(),
  /** The caller's own classification, used when `classifyBy` is `'caller'`. */
  classification: z.enum(['urban', 'rural']).optional(),
  /** Households (户数). */
  households: countSchema.optional(),
  /** Resident population (常住人口). */
  residentPopulation: countSchema.optional(),
  /** Whether the unit has a community comprehensive service facility (社区综合服务设施). */
  hasServiceFacility: flagSchema.optional(),
  /** That facility's total building area (社区综合服务设施总建筑面积), m². */
  facilityBuildingArea: areaSchema.optional(),
  /** That facility's resident activity area (居民活动区域面积), m². */
  facilityActivityArea: areaSchema.optional(),
  /** For urban communities: the community's total building area (社区总建筑面积), m². */
  communityBuildingArea: areaSchema.optional(),
  /** For urban communities: community commercial and comprehensive service facility area (社区商业和综合服务设施面积), m². */
  commercialServiceArea: areaSchema.optional(),
  /** Whether the community was newly built in the plan period (新建社区); read by indicator 3's `newCommunitiesOnly` reading. */
  newCommunity: flagSchema.optional(),
  /** Whether a general government self-service terminal (政务通用自助服务) is available. */
  hasSelfServiceTerminal: flagSchema.optional(),
  /** Community workers (社区工作者) as task 10 defines them. */
  communityWorkers: countSchema.optional(),
});

/**
 * One village-level unit as the caller supplies it (before parsing).
 *
 * @example
 * ```ts
 * const unit: UnitInput = { code: '533124101001', townshipCode: '533124101', households: '1200' as never };
 * ```
 */
export type UnitInput = z.input<typeof unitSchema>;
/**
 * One village-level unit after parsing: areas as canonical decimal strings.
 *
 * @example
 * ```ts
 * const unit: Unit = unitSchema.parse({ code: '533124101001', townshipCode: '533124101' });
 * unit.code
 * //=> '533124101001'
 * ```
 */
export type Unit = z.output<typeof unitSchema>;
