import * as z from 'zod/mini';
import { strictObject } from './_zodObject';
import { COUNTY_PARTS, checkPartsWithinWholes } from './partWithinWhole';
import { countSchema } from './primitives';
import { oneShoulderSeriesSchema } from './ruleData/oneShoulder';
import { urbanUnitWagesSchema } from './ruleData/wages';

/**
 * County-wide figures (全县): resident population, urban resident population and households.
 *
 * All optional: a figure left out is unknown, and the indicators and rules that read it report `missing_data`.
 *
 * The fields after `households` are read by the plan's rules (src/rules).
 *
 * A figure that counts part of another may not exceed it (`exceeds_total`): `urbanResidentPopulation` ≤
 * `residentPopulation`, and each `…Reported` / `…InRehab` count ≤ its total.
 *
 * @clause P1.7
 * @clause P2.2
 * @clause P6.3
 * @example
 * ```ts
 * countySchema.parse({ residentPopulation: 190000, urbanResidentPopulation: 70000 }).urbanResidentPopulation
 * //=> 70000
 * ```
 * @category Input · 输入数据
 */
export const countySchema = /* @__PURE__ */ strictObject({
  /** Resident population (常住人口). */
  residentPopulation: z.optional(countSchema),
  /** Urban resident population (城镇常住人口). */
  urbanResidentPopulation: z.optional(countSchema),
  /** Households (户数). */
  households: z.optional(countSchema),

  // ---- Read by the rules (src/rules): every field optional; absent → the rule reports missing_data. ----
  /** Registered (户籍) population, for the `registered` readings of 专栏2 item 2 and 专栏6 item 3. */
  registeredPopulation: z.optional(countSchema),
  /** 专栏2 item 1: brand community social organisations fostered (品牌社区社会组织). */
  brandSocialOrganisations: z.optional(countSchema),
  /** 专栏2 item 1: brand projects fostered (品牌项目). */
  brandProjects: z.optional(countSchema),
  /** 专栏2 item 2: registered volunteers (注册志愿者). */
  registeredVolunteers: z.optional(countSchema),
  /** 专栏3 item 1: Party organisations of government bodies, enterprises and institutions (机关和企事业单位党组织) expected to report to communities. */
  institutionPartyOrganisations: z.optional(countSchema),
  /** 专栏3 item 1: of them, those that have reported to a community (到社区报到). */
  institutionPartyOrganisationsReported: z.optional(countSchema),
  /** 专栏3 item 1: serving Party members (在职党员) expected to report to their communities. */
  servingPartyMembers: z.optional(countSchema),
  /** 专栏3 item 1: of them, those who have reported to their community. */
  servingPartyMembersReported: z.optional(countSchema),
  /** 专栏3 item 4: patients with mental disorders living at home (居家精神障碍患者). */
  homeMentalPatients: z.optional(countSchema),
  /** 专栏3 item 4: of them, those receiving community rehabilitation services (接受社区康复服务). */
  homeMentalPatientsInRehab: z.optional(countSchema),
  /** 专栏3 item 14: ethnic-unity and progress demonstration villages (communities) built in the period (民族团结进步示范村（社区）). */
  ethnicUnityDemonstrationUnits: z.optional(countSchema),
  /** 专栏3 item 16: administrative villages whose village plan (村庄规划) has been compiled. */
  villagePlansCompleted: z.optional(countSchema),
  /** T11: grassroots cadres (基层干部: township and farm cadres) in post. */
  grassrootsCadres: z.optional(countSchema),
  /** T11: of them, those trained at least once in the plan period. */
  grassrootsCadresTrained: z.optional(countSchema),
  /** T11: village (community) cadres (村（社区）干部: members of the two committees) in post. */
  villageCadres: z.optional(countSchema),
  /** T11: of them, those trained at least once in the plan period. */
  villageCadresTrained: z.optional(countSchema),
  /** 专栏6 item 3: social work professionals (社会工作专业人才) in the county. */
  socialWorkProfessionals: z.optional(countSchema),
  /** B1: the 一肩挑 count by year. */
  oneShoulder: z.optional(oneShoulderSeriesSchema),
  /** T12: average wage of urban unit employees (全口径城镇单位就业人员平均工资) by year. */
  urbanUnitWages: z.optional(urbanUnitWagesSchema),
}).check(z.superRefine((c, ctx) => checkPartsWithinWholes(c, COUNTY_PARTS, ctx)));

/**
 * County-wide figures after parsing.
 *
 * @example
 * ```ts
 * const county: CountyFigures = { residentPopulation: 190000 };
 * ```
 * @category Input · 输入数据
 */
export type CountyFigures = z.output<typeof countySchema>;
