import * as z from 'zod/mini';
import { strictObject } from './_zodObject';
import { areaSchema, countSchema, dateSchema, flagSchema, textSchema, townshipCodeSchema, unitCodeSchema } from './primitives';
import { UNIT_PARTS, checkPartsWithinWholes } from './partWithinWhole';
import { cadrePaySchema } from './ruleData/cadrePay';
import { weeklyScheduleSchema } from './ruleData/weeklySchedule';

/**
 * The figures a county reports for one village-level unit (a 村民委员会 or a 社区居民委员会).
 *
 * Every figure is optional: a field left out means "unknown", never zero, and a formula that needs it reports
 * `missing_data` naming the unit and the field. Counts are non-negative whole numbers; areas are m² as decimal strings
 * or numbers with at most 2 decimals. Unknown keys are rejected, so a misspelt field is an error, not a silent gap.
 *
 * The fields after `communityWorkers` are read by the plan's rules (src/rules), one clause each as noted.
 *
 * A figure that counts part of another may not exceed it (`exceeds_total`): `facilityActivityArea` ≤
 * `facilityBuildingArea`, `commercialServiceArea` ≤ `communityBuildingArea`, and `communityWorkersTrained` and the
 * three `workersWith…` counts ≤ `communityWorkers`.
 *
 * @clause P1.1
 * @clause T10
 * @clause T3
 * @example
 * ```ts
 * unitSchema.parse({ code: '533124101001', townshipCode: '533124101', households: 1200, hasServiceFacility: true }).households
 * //=> 1200
 * ```
 * @category Input · 输入数据
 */
export const unitSchema = /* @__PURE__ */ strictObject({
  /** 12-digit NBS statistical division code (统计用区划代码). */
  code: unitCodeSchema,
  /** 9-digit code of the township-level unit it sits in; must equal the first 9 digits of `code`. */
  townshipCode: townshipCodeSchema,
  /** Name, for reports. */
  name: z.optional(textSchema),
  /** Committee type: 村民委员会 (rural by default) or 社区居民委员会 (urban by default). Taken from the registry for Longchuan's units when left out. */
  committeeType: z.optional(z.enum(['village_committee', 'resident_committee'])),
  /** NBS 3-digit urban-rural classification code (城乡分类代码): 1xx urban, 2xx rural. Used when `classifyBy` is `'nbs_code'`. */
  urbanRuralCode: z.optional(z.string().check(z.regex(/^[12][12]\d$/))),
  /** The caller's own classification, used when `classifyBy` is `'caller'`. */
  classification: z.optional(z.enum(['urban', 'rural'])),
  /** Households (户数). */
  households: z.optional(countSchema),
  /** Resident population (常住人口). */
  residentPopulation: z.optional(countSchema),
  /** Whether the unit has a community comprehensive service facility (社区综合服务设施). */
  hasServiceFacility: z.optional(flagSchema),
  /** That facility's total building area (社区综合服务设施总建筑面积), m². */
  facilityBuildingArea: z.optional(areaSchema),
  /** That facility's resident activity area (居民活动区域面积), m². */
  facilityActivityArea: z.optional(areaSchema),
  /** For urban communities: the community's total building area (社区总建筑面积), m². */
  communityBuildingArea: z.optional(areaSchema),
  /** For urban communities: community commercial and comprehensive service facility area (社区商业和综合服务设施面积), m². */
  commercialServiceArea: z.optional(areaSchema),
  /** Whether the community was newly built in the plan period (新建社区); read by indicator 3 under the option `commercialShareScope: 'new_urban'`. */
  newCommunity: z.optional(flagSchema),
  /** Whether a general government self-service terminal (政务通用自助服务) is available. */
  hasSelfServiceTerminal: z.optional(flagSchema),
  /** Community workers (社区工作者) as task 10 defines them. */
  communityWorkers: z.optional(countSchema),

  // ---- Read by the rules (src/rules): every field optional; absent → the rule reports missing_data. ----
  /** T3: the comprehensive service facility's weekly opening schedule (`HH:MM-HH:MM` intervals per weekday). */
  openingSchedule: z.optional(weeklyScheduleSchema),
  /** T8: the day the comprehensive service facility was completed; within 2021–2025 it is a new facility (新建). */
  facilityCompletedOn: z.optional(dateSchema),
  /** 专栏2 item 2: whether the facility has a volunteer service station (志愿服务站点). */
  hasVolunteerStation: z.optional(flagSchema),
  /** T3: whether matters of public concern (群众关切项目) are served online 24 hours a day. */
  hasOnlineService24h: z.optional(flagSchema),
  /** T3: whether proxy government services (政务代办服务) are available in the unit. */
  hasProxyGovernmentService: z.optional(flagSchema),
  /** T3: the day the unit's latest resident satisfaction survey on community services (群众满意度调查) was held. */
  lastSatisfactionSurveyOn: z.optional(dateSchema),
  /** T7: whether public legal services (普法宣传、人民调解、法律援助等法律服务) reach the unit. */
  hasPublicLegalServices: z.optional(flagSchema),
  /** 专栏3 item 4: whether the unit has a disabled persons' association (残疾人协会). */
  hasDisabledPersonsAssociation: z.optional(flagSchema),
  /** 专栏3 item 9: whether the unit lies within a 15-minute fitness circle (15分钟健身圈). */
  inFitnessCircle: z.optional(flagSchema),
  /** 专栏3 item 2: whether the unit is covered by a day-care centre (日间照料中心设施覆盖). */
  hasDayCareCoverage: z.optional(flagSchema),
  /** 专栏3 item 11: community police officers (社区民警) assigned to the unit. */
  communityPoliceOfficers: z.optional(countSchema),
  /** 专栏3 item 11: auxiliary police officers (辅警) assigned to the unit. */
  auxiliaryPoliceOfficers: z.optional(countSchema),
  /** 专栏3 item 12: legal advisers (法律顾问) serving the unit. */
  legalAdvisers: z.optional(countSchema),
  /** 专栏6 item 3: professional social workers (专业社会工作人才) in the unit. */
  professionalSocialWorkers: z.optional(countSchema),
  /** T10: grid members (专兼职网格员) assigned to the unit. */
  gridMembers: z.optional(countSchema),
  /** T10: whether ethnic and religious work in the unit is heavy (宗教、民族工作较重). */
  heavyEthnicReligiousWork: z.optional(flagSchema),
  /** T10: ethnic and religious affairs officers (民族宗教干事) in the unit. */
  ethnicReligiousOfficers: z.optional(countSchema),
  /** T12: which of the four parts of village cadres' structured pay are in place. */
  cadrePay: z.optional(cadrePaySchema),
  /** T12: community workers covered by basic pension insurance (基本养老保险). */
  workersWithPensionInsurance: z.optional(countSchema),
  /** T12: community workers covered by basic medical insurance (基本医疗保险). */
  workersWithMedicalInsurance: z.optional(countSchema),
  /** T12: community workers with a housing provident fund (住房公积金). */
  workersWithHousingFund: z.optional(countSchema),
  /** 专栏6 item 1: community workers trained at least once in the plan period (轮训一遍). */
  communityWorkersTrained: z.optional(countSchema),
  /** 专栏3 item 16: whether the village plan (村庄规划) of this administrative village has been compiled. */
  villagePlanCompleted: z.optional(flagSchema),
}).check(z.superRefine((u, ctx) => checkPartsWithinWholes(u, UNIT_PARTS, ctx)));

/**
 * One village-level unit as the caller supplies it (before parsing).
 *
 * @example
 * ```ts
 * const unit: UnitInput = { code: '533124101001', townshipCode: '533124101', households: '1200' as never };
 * ```
 * @category Input · 输入数据
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
 * @category Input · 输入数据
 */
export type Unit = z.output<typeof unitSchema>;
