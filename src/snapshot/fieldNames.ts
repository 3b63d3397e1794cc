/**
 * The Chinese name of every field a county reports, by its path in the snapshot: the unit fields by the headers of the
 * CSV template (the CLI's `csvColumns.ts` writes the same words, and a test holds the two together), the county
 * figures, the township records and the record lists by the plan's own terms. Reports show these names where the
 * data names a field (the missing-data table), so that a reader never has to know the internal path.
 *
 * @internal
 * @module
 */
import { deepFreeze } from '../_lib/deepFreeze';

/**
 * The Chinese name of each field of a village-level unit (`unitSchema`), keyed by the field: for the scalar fields
 * the CSV template's column header, for the two nested (JSON-only) fields a name of their own. Deep-frozen.
 *
 * @clause S4
 * @example
 * ```ts
 * [UNIT_FIELD_NAMES_ZH.households, UNIT_FIELD_NAMES_ZH.hasSelfServiceTerminal]
 * //=> ['户数', '政务通用自助服务']
 * ```
 */
export const UNIT_FIELD_NAMES_ZH: Readonly<Record<string, string>> = /* @__PURE__ */ deepFreeze({
  code: '村级代码',
  townshipCode: '所属乡镇代码',
  name: '名称',
  committeeType: '委员会类型',
  urbanRuralCode: '城乡分类代码',
  classification: '城乡属性',
  households: '户数',
  residentPopulation: '常住人口',
  hasServiceFacility: '有无综合服务设施',
  facilityBuildingArea: '设施建筑面积（平方米）',
  facilityActivityArea: '居民活动区域面积（平方米）',
  communityBuildingArea: '社区总建筑面积（平方米）',
  commercialServiceArea: '商业和综合服务设施面积（平方米）',
  newCommunity: '是否新建社区',
  hasSelfServiceTerminal: '政务通用自助服务',
  communityWorkers: '社区工作者人数',
  facilityCompletedOn: '设施建成日期',
  hasVolunteerStation: '有无志愿服务站点',
  hasOnlineService24h: '有无24小时网上服务',
  hasProxyGovernmentService: '有无政务代办服务',
  lastSatisfactionSurveyOn: '最近一次满意度调查日期',
  hasDisabledPersonsAssociation: '有无残疾人协会',
  inFitnessCircle: '是否在15分钟健身圈内',
  hasDayCareCoverage: '是否有日间照料中心覆盖',
  communityPoliceOfficers: '社区民警人数',
  auxiliaryPoliceOfficers: '辅警人数',
  hasPublicLegalServices: '有无公共法律服务',
  legalAdvisers: '法律顾问人数',
  professionalSocialWorkers: '专业社会工作人才人数',
  gridMembers: '专兼职网格员人数',
  heavyEthnicReligiousWork: '宗教民族工作是否较重',
  ethnicReligiousOfficers: '民族宗教干事人数',
  workersWithPensionInsurance: '参加基本养老保险的社区工作者人数',
  workersWithMedicalInsurance: '参加基本医疗保险的社区工作者人数',
  workersWithHousingFund: '缴存住房公积金的社区工作者人数',
  communityWorkersTrained: '已轮训的社区工作者人数',
  villagePlanCompleted: '村庄规划是否已编制',
  // Nested fields: JSON only.
  openingSchedule: '综合服务设施开放时间',
  cadrePay: '村（社区）干部报酬结构',
});

/**
 * The Chinese name of each field path that is not a unit's own field: the county figures (`county.…`), the township
 * records (`townships`, `townships[].…`), the record lists (`records.…`) and `unit`, which stands for the registered
 * villages and communities that sent no data. Deep-frozen.
 *
 * @clause S4
 * @example
 * ```ts
 * [OTHER_FIELD_NAMES_ZH['unit'], OTHER_FIELD_NAMES_ZH['county.brandProjects']]
 * //=> ['未报送的村（社区）', '培育品牌项目数']
 * ```
 */
export const OTHER_FIELD_NAMES_ZH: Readonly<Record<string, string>> = /* @__PURE__ */ deepFreeze({
  unit: '未报送的村（社区）',
  county: '全县数据',
  'county.residentPopulation': '全县常住人口',
  'county.urbanResidentPopulation': '全县城镇常住人口',
  'county.households': '全县户数',
  'county.registeredPopulation': '全县户籍人口',
  'county.brandSocialOrganisations': '培育品牌社区社会组织数',
  'county.brandProjects': '培育品牌项目数',
  'county.registeredVolunteers': '注册志愿者人数',
  'county.institutionPartyOrganisations': '应到社区报到的机关和企事业单位党组织数',
  'county.institutionPartyOrganisationsReported': '已到社区报到的机关和企事业单位党组织数',
  'county.servingPartyMembers': '应到社区报到的在职党员人数',
  'county.servingPartyMembersReported': '已到社区报到的在职党员人数',
  'county.homeMentalPatients': '居家精神障碍患者人数',
  'county.homeMentalPatientsInRehab': '接受社区康复服务的居家精神障碍患者人数',
  'county.ethnicUnityDemonstrationUnits': '已建成民族团结进步示范村（社区）数',
  'county.villagePlansCompleted': '已编制村庄规划的行政村数',
  'county.grassrootsCadres': '在岗基层干部人数',
  'county.grassrootsCadresTrained': '规划期内已培训的基层干部人数',
  'county.villageCadres': '在岗村（社区）干部人数',
  'county.villageCadresTrained': '规划期内已培训的村（社区）干部人数',
  'county.socialWorkProfessionals': '社会工作专业人才人数',
  'county.oneShoulder': '村（社区）党组织书记、主任“一肩挑”情况',
  'county.urbanUnitWages': '全口径城镇单位就业人员平均工资',
  townships: '乡镇（农场）数据',
  'townships[].code': '乡镇（农场）代码',
  'townships[].kind': '乡镇（农场）类别',
  'townships[].comprehensiveElderlyCareCentres': '具备综合功能的养老服务中心数',
  'townships[].hasRegionalElderlyCareCentre': '有无区域性养老服务中心',
  'townships[].hasMinorProtectionStation': '有无未成年人保护工作站',
  'townships[].hasSocialWorkStation': '有无社会工作站',
  records: '台账数据',
  'records.newEstates': '新建住宅小区台账',
  'records.newEstates[].households': '新建住宅小区户数',
  'records.newEstates[].elderlyCareServiceArea': '配建社区居家养老服务用房面积（平方米）',
  'records.elderlyVisits': '特殊困难老年人探访台账',
  'records.elderlyVisits.from': '探访台账起始日期',
  'records.elderlyVisits.to': '探访台账截止日期',
  'records.elderlyVisits.roster': '特殊困难老年人名册',
  'records.elderlyVisits.visits': '探访记录',
  'records.serviceOutlets': '社区服务网点台账',
  'records.serviceOutlets[].water': '社区服务网点用水价格',
  'records.serviceOutlets[].electricity': '社区服务网点用电价格',
  'records.serviceOutlets[].gas': '社区服务网点用气价格',
  'records.serviceOutlets[].heating': '社区服务网点用热价格',
  'records.relocationSites': '易地扶贫搬迁集中安置点台账',
  'records.relocationSites[].hasServiceFacility': '安置点有无综合服务设施',
  'records.communityWorkerIncome': '城市社区工作者月平均收入台账',
});

/**
 * The Chinese name of a field path as a report prints it, or `null` for a path with no name. Indices are ignored
 * (`townships[3].x` is `townships[].x`), and a path inside a named field takes that field's name
 * (`openingSchedule.mon[0]` is the opening schedule's).
 *
 * @param path - A field path as an evaluation's `summary.missingData[].field` gives it.
 * @clause S4
 * @example
 * ```ts
 * [fieldNameZh('hasSelfServiceTerminal'), fieldNameZh('townships[2].hasRegionalElderlyCareCentre'), fieldNameZh('openingSchedule.mon[0]'), fieldNameZh('x.y')]
 * //=> ['政务通用自助服务', '有无区域性养老服务中心', '综合服务设施开放时间', null]
 * ```
 */
export function fieldNameZh(path: string): string | null {
  let p = path.replace(/\[\d+\]/g, '[]');
  for (;;) {
    const own = Object.hasOwn(OTHER_FIELD_NAMES_ZH, p) ? OTHER_FIELD_NAMES_ZH[p] : Object.hasOwn(UNIT_FIELD_NAMES_ZH, p) ? UNIT_FIELD_NAMES_ZH[p] : undefined;
    if (own !== undefined) return own;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return null;
    p = p.slice(0, cut);
  }
}
