import { deepFreeze } from '../_lib/deepFreeze';
import type { IndicatorDefinition } from './IndicatorDefinition';

/*
 * 专栏1 “十四五”城乡社区服务体系建设主要发展指标, as printed (docs/plan/plan.zh.txt):
 *
 *   序号 指标                                             2020年基期值 2025年目标值 属性
 *   1   农村社区综合服务设施覆盖率                           60%        80%        预期性
 *   2   城市社区综合服务设施覆盖率                           100%       100%       预期性
 *   3   社区商业和综合服务设施面积占社区总建筑面积的比例        —          ≥10%       预期性
 *   4   每百户居民拥有社区综合服务设施面积                     —          ≥30平方米   预期性
 *   5   居民活动区域面积占社区综合服务设施总建筑面积比例        —          ≥60%       预期性
 *   6   城市社区政务通用自助服务覆盖率                        —          100%       预期性
 *   7   每万名城镇常住人口拥有社区工作者                      17.1人     18人       预期性
 *
 * Every `quote`, `printed` and `related[].quote` below is checked verbatim against the plan text by
 * test/indicators/INDICATORS.test.ts. The readings are collected in src/indicators/READINGS.md.
 */

const COMPARATOR_NOTE =
  'The target is printed without ≥ and is read as a floor (at least the printed figure), like the ≥ rows: ' +
  'exceeding an indicative (预期性) target is never a shortfall.';

/** The farm's four residents' committees (indicators 2, 3, 6, 7). */
const FARM_NOTE = " 陇川农场's 4 communities count unless farmCommunities is 'exclude'.";

/**
 * The seven main indicators of 专栏1 with their exact printed words, baselines, targets, formulas and readings.
 * Deep-frozen; in the plan's order (row 1 first).
 *
 * Readings (each also in the entry's `reading`):
 * 1. rural units with a facility / rural units; rural = 村民委员会 (administrative villages) by default (`classifyBy`).
 * 2. the same over urban communities (社区居民委员会 by default).
 * 3. Σ commercial and service area / Σ community building area over urban communities (`commercialShareScope`).
 * 4. Σ facility building area / Σ households × 100 over all units; no facility counts as 0 m².
 * 5. Σ activity area / Σ facility building area over units that have a facility.
 * 6. urban communities with a self-service terminal / urban communities.
 * 7. Σ community workers / Σ residents of urban communities × 10,000 (`urbanPopulationSource`).
 *
 * @clause P1.1
 * @clause P1.2
 * @clause P1.3
 * @clause P1.4
 * @clause P1.5
 * @clause P1.6
 * @clause P1.7
 * @category Indicators · 指标
 * @example
 * ```ts
 * INDICATORS.map((d) => d.target.printed)
 * //=> ['80%', '100%', '≥10%', '≥30平方米', '≥60%', '100%', '18人']
 * Object.isFrozen(INDICATORS[0]?.target)
 * //=> true
 * ```
 */
export const INDICATORS: readonly IndicatorDefinition[] = deepFreeze([
  {
    id: 'rural_facility_coverage',
    number: 1,
    clause: 'P1.1',
    quote: '农村社区综合服务设施覆盖率',
    nameZh: '农村社区综合服务设施覆盖率',
    nameEn: 'Coverage rate of rural community comprehensive service facilities',
    unit: 'percent',
    unitZh: '%',
    unitEn: '%',
    factor: '100',
    baseline: { year: 2020, value: '60', printed: '60%' },
    target: { year: 2025, comparator: 'at_least', value: '80', printed: '80%' },
    attribute: '预期性',
    binding: 'indicative',
    formulaZh: '农村社区综合服务设施覆盖率 = 有社区综合服务设施的农村社区数 ÷ 农村社区总数 × 100%',
    formulaEn:
      'coverage = rural communities with a community comprehensive service facility ÷ all rural communities × 100%',
    reading:
      'Rural communities (农村社区) are the village-level units classified rural: by default (classifyBy ' +
      "'committee') the 村民委员会, i.e. the administrative villages (行政村): the plan counts 68 (P3.16 全县68个行政村), as NBS 2023 does; " +
      "'nbs_code' uses the NBS urban-rural code and 'caller' the unit's own classification. A rural unit is " +
      'covered when hasServiceFacility is true; an unknown classification or flag is reported missing. ' +
      COMPARATOR_NOTE +
      ' Gap: how many more rural units need a facility, rounded up to whole units.',
    options: ['classifyBy'],
    related: [
      {
        clause: 'T8',
        quote: '实施村级综合服务设施提升工程，完善村级综合服务设施网络，增强村级综合服务功能',
      },
    ],
  },
  {
    id: 'urban_facility_coverage',
    number: 2,
    clause: 'P1.2',
    quote: '城市社区综合服务设施覆盖率',
    nameZh: '城市社区综合服务设施覆盖率',
    nameEn: 'Coverage rate of urban community comprehensive service facilities',
    unit: 'percent',
    unitZh: '%',
    unitEn: '%',
    factor: '100',
    baseline: { year: 2020, value: '100', printed: '100%' },
    target: { year: 2025, comparator: 'at_least', value: '100', printed: '100%' },
    attribute: '预期性',
    binding: 'indicative',
    formulaZh: '城市社区综合服务设施覆盖率 = 有社区综合服务设施的城市社区数 ÷ 城市社区总数 × 100%',
    formulaEn:
      'coverage = urban communities with a community comprehensive service facility ÷ all urban communities × 100%',
    reading:
      'Urban communities (城市社区) are the village-level units classified urban: by default (classifyBy ' +
      "'committee') the 社区居民委员会 (Longchuan has 9 in NBS 2023). An urban community is covered when " +
      'hasServiceFacility is true; unknown classification or an unknown flag is reported missing.' +
      FARM_NOTE +
      ' ' +
      COMPARATOR_NOTE +
      ' At 100% the floor means every urban community. Gap: how many more urban communities need a facility.',
    options: ['classifyBy', 'farmCommunities'],
    related: [],
  },
  {
    id: 'commercial_service_area_share',
    number: 3,
    clause: 'P1.3',
    quote: '社区商业和综合服务设施面积占社区总建筑面积的比例',
    nameZh: '社区商业和综合服务设施面积占社区总建筑面积的比例',
    nameEn: 'Share of community commercial and comprehensive service facility area in total community building area',
    unit: 'percent',
    unitZh: '%',
    unitEn: '%',
    factor: '100',
    baseline: undefined,
    target: { year: 2025, comparator: 'at_least', value: '10', printed: '≥10%' },
    attribute: '预期性',
    binding: 'indicative',
    formulaZh: '比例 = Σ社区商业和综合服务设施面积 ÷ Σ社区总建筑面积 × 100%（城市社区）',
    formulaEn:
      'share = Σ community commercial and comprehensive service facility area ÷ Σ community total building area × 100% (urban communities)',
    reading:
      'Summed over urban communities (社区居民委员会 by default; classifyBy changes the classification), as the two ' +
      'areas are measures of urban residential communities: ' +
      'Σ commercialServiceArea ÷ Σ communityBuildingArea × 100, areas exact to 0.01 m². ' +
      "Option commercialShareScope: 'urban' (default) takes every urban community; 'new_urban' only " +
      'those with newCommunity true, as other local plans word this indicator for 新建 (newly built) ' +
      "communities; under 'new_urban' a community whose newCommunity is unknown is reported missing." +
      FARM_NOTE +
      ' Gap: m² more commercial and service area needed at a fixed total building area (space re-designated), ' +
      'an exact decimal.',
    options: ['classifyBy', 'commercialShareScope', 'farmCommunities'],
    related: [],
  },
  {
    id: 'facility_area_per_100_households',
    number: 4,
    clause: 'P1.4',
    quote: '每百户居民拥有社区综合服务设施面积',
    nameZh: '每百户居民拥有社区综合服务设施面积',
    nameEn: 'Community comprehensive service facility area per 100 resident households',
    unit: 'm2_per_100_households',
    unitZh: '平方米/百户',
    unitEn: 'm² per 100 households',
    factor: '100',
    baseline: undefined,
    target: { year: 2025, comparator: 'at_least', value: '30', printed: '≥30平方米' },
    attribute: '预期性',
    binding: 'indicative',
    formulaZh: '每百户面积 = Σ社区综合服务设施建筑面积 ÷ Σ户数 × 100（平方米/百户）',
    formulaEn: 'area per 100 households = Σ facility building area (m²) ÷ Σ households × 100',
    reading:
      'Over all village-level units, rural and urban (the row names no side, and task 8 sets the same 30 m² ' +
      'standard for 城乡社区综合服务设施): Σ facilityBuildingArea ÷ Σ households × 100. A unit with ' +
      'hasServiceFacility false contributes 0 m², a known zero, not a missing value (an area reported beside ' +
      'false is ignored); otherwise its facilityBuildingArea is needed, and its households always. Task 8 states ' +
      'the standard for new facilities; the row measures the whole stock. Gap: m² of facility area needed, ' +
      'Σ households × 30 ÷ 100 − Σ area, an exact decimal (not rounded).',
    options: [],
    related: [
      {
        clause: 'T8',
        quote: '原则上按照每百户居民不低于30平方米的标准配建城乡社区综合服务设施',
      },
    ],
  },
  {
    id: 'activity_area_share',
    number: 5,
    clause: 'P1.5',
    quote: '居民活动区域面积占社区综合服务设施总建筑面积比例',
    nameZh: '居民活动区域面积占社区综合服务设施总建筑面积比例',
    nameEn: "Share of residents' activity area in the total building area of community comprehensive service facilities",
    unit: 'percent',
    unitZh: '%',
    unitEn: '%',
    factor: '100',
    baseline: undefined,
    target: { year: 2025, comparator: 'at_least', value: '60', printed: '≥60%' },
    attribute: '预期性',
    binding: 'indicative',
    formulaZh: '比例 = Σ居民活动区域面积 ÷ Σ社区综合服务设施总建筑面积 × 100%（有设施的村、社区）',
    formulaEn:
      "share = Σ residents' activity area ÷ Σ facility total building area × 100% (units that have a facility)",
    reading:
      'Over the units that have a facility (hasServiceFacility true), rural and urban: Σ facilityActivityArea ÷ ' +
      'Σ facilityBuildingArea × 100. A unit without a facility is outside the scope; one whose hasServiceFacility ' +
      'is unknown is reported missing. Gap: m² more activity area needed at a fixed facility building area ' +
      '(task 8: office space consolidated, activity area increased), an exact decimal.',
    options: [],
    related: [
      {
        clause: 'T8',
        quote: '精简整合办公空间推行开放式办公，增加居民活动区域面积',
      },
    ],
  },
  {
    id: 'urban_self_service_coverage',
    number: 6,
    clause: 'P1.6',
    quote: '城市社区政务通用自助服务覆盖率',
    nameZh: '城市社区政务通用自助服务覆盖率',
    nameEn: 'Coverage rate of general government self-service in urban communities',
    unit: 'percent',
    unitZh: '%',
    unitEn: '%',
    factor: '100',
    baseline: undefined,
    target: { year: 2025, comparator: 'at_least', value: '100', printed: '100%' },
    attribute: '预期性',
    binding: 'indicative',
    formulaZh: '覆盖率 = 有政务通用自助服务的城市社区数 ÷ 城市社区总数 × 100%',
    formulaEn: 'coverage = urban communities with general government self-service ÷ all urban communities × 100%',
    reading:
      'Over urban communities (社区居民委员会 by default; classifyBy changes the classification): an urban community ' +
      'is covered when hasSelfServiceTerminal is true (a general ' +
      'government self-service terminal is available; task 9: 政务自助便利服务设备). ' +
      COMPARATOR_NOTE +
      FARM_NOTE +
      ' At 100% the floor means every urban community. Gap: how many more urban communities need one.',
    options: ['classifyBy', 'farmCommunities'],
    related: [
      {
        clause: 'T9',
        quote: '加快村（社区）政务自助便利服务设备布局，推动公共服务自助办理',
      },
    ],
  },
  {
    id: 'workers_per_10000_urban_residents',
    number: 7,
    clause: 'P1.7',
    quote: '每万名城镇常住人口拥有社区工作者',
    nameZh: '每万名城镇常住人口拥有社区工作者',
    nameEn: 'Community workers per 10,000 urban resident population',
    unit: 'persons_per_10000_residents',
    unitZh: '人/万人',
    unitEn: 'per 10,000 urban residents',
    factor: '10000',
    baseline: { year: 2020, value: '17.1', printed: '17.1人' },
    target: { year: 2025, comparator: 'at_least', value: '18', printed: '18人' },
    attribute: '预期性',
    binding: 'indicative',
    formulaZh: '每万人社区工作者数 = Σ城市社区社区工作者数 ÷ 城镇常住人口 × 10000（人/万人）',
    formulaEn: 'workers per 10,000 = Σ community workers of urban communities ÷ urban resident population × 10,000',
    reading:
      'Task 10 draws the 社区工作者 team from urban communities, so workers are counted in urban communities ' +
      '(社区居民委员会 by default; classifyBy changes the classification) only. The county value is ' +
      "Σ communityWorkers × 10,000 ÷ 城镇常住人口 (county.urbanResidentPopulation, a statistics-bureau figure; missing " +
      "data when not given); urbanPopulationSource 'units' takes the summed residentPopulation instead. Township and " +
      "unit values are over their communities' own residents." +
      FARM_NOTE +
      ' ' +
      COMPARATOR_NOTE +
      ' Gap: how many more community workers are needed, whole persons rounded up.',
    options: ['classifyBy', 'urbanPopulationSource', 'farmCommunities'],
    related: [
      {
        clause: 'T10',
        quote:
          '把城市社区党组织、基层群众性自治组织成员以及从事党建、治理、服务的社区全日制专职工作人员纳入社区工作者队伍统筹管理',
      },
    ],
  },
] as const satisfies readonly IndicatorDefinition[]);
