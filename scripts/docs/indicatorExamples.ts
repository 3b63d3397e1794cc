/**
 * The hand-built snapshots of the indicator pages' worked examples: a few real Longchuan units each, with figures
 * chosen to show one point of the indicator's formula (a boundary, the roll-up, missing data, an option). The
 * results shown on the pages are computed by the library from these inputs when the pages are generated.
 *
 * @module
 */
import type { IndicatorId, IndicatorOptions, SnapshotInput } from '../../src/index';

/** One worked example: what it shows, the input, and optionally the same input under another reading. */
export interface IndicatorExample {
  /** What the example shows, in English. */
  readonly en: string;
  /** What the example shows, in Chinese. */
  readonly zh: string;
  /** The snapshot (as JSON data). */
  readonly input: SnapshotInput;
  /** Show the township results too (for the roll-up). */
  readonly townships?: boolean;
  /** The same input under another reading. */
  readonly option?: { readonly options: IndicatorOptions; readonly en: string; readonly zh: string };
}

/** Per indicator, in the plan's order. */
export const INDICATOR_EXAMPLES: Readonly<Record<IndicatorId, IndicatorExample>> = {
  rural_facility_coverage: {
    en: 'Four administrative villages of 章凤镇, three with a facility, and one urban community, which is outside this indicator.',
    zh: '章凤镇的四个行政村，其中三个有综合服务设施；另有一个城市社区，不计入本指标。',
    input: {
      asOf: '2024-06-30',
      units: [
        { code: '533124101201', townshipCode: '533124101', hasServiceFacility: true },
        { code: '533124101202', townshipCode: '533124101', hasServiceFacility: true },
        { code: '533124101203', townshipCode: '533124101', hasServiceFacility: true },
        { code: '533124101204', townshipCode: '533124101', hasServiceFacility: false },
        { code: '533124101001', townshipCode: '533124101', hasServiceFacility: false },
      ],
    },
  },
  urban_facility_coverage: {
    en: 'Three urban communities, two with a facility. The baseline is already 100%, so the expected line stays at 100%.',
    zh: '三个城市社区，其中两个有综合服务设施。基期值已是 100%，预期线始终为 100%。',
    input: {
      asOf: '2024-06-30',
      units: [
        { code: '533124101001', townshipCode: '533124101', hasServiceFacility: true },
        { code: '533124101002', townshipCode: '533124101', hasServiceFacility: true },
        { code: '533124102001', townshipCode: '533124102', hasServiceFacility: false },
      ],
    },
  },
  commercial_service_area_share: {
    en: 'Two urban communities whose commercial and service area is exactly 10% of their total building area together: the target is a floor, so exactly 10% meets it.',
    zh: '两个城市社区，商业和综合服务设施面积合计恰为社区总建筑面积的 10%：目标是下限，恰好 10% 即达标。',
    input: {
      asOf: '2024-06-30',
      units: [
        { code: '533124101001', townshipCode: '533124101', communityBuildingArea: 120000, commercialServiceArea: 15000, newCommunity: true },
        { code: '533124101002', townshipCode: '533124101', communityBuildingArea: 80000, commercialServiceArea: 5000, newCommunity: false },
      ],
    },
    option: {
      options: { commercialShareScope: 'new_urban' },
      en: 'With `commercialShareScope: \'new_urban\'` only the newly built community counts:',
      zh: '选项 `commercialShareScope: \'new_urban\'` 只计新建社区：',
    },
  },
  facility_area_per_100_households: {
    en: 'Three villages in two townships. The county’s figure is the ratio of the sums, not the average of the townships’ figures; a village without a facility adds 0 m² (a known zero), not a missing value.',
    zh: '两个乡镇的三个行政村。全县数值是总和之比，而不是各乡镇数值的平均；没有设施的村按 0 平方米计（已知为零），不算缺数据。',
    townships: true,
    input: {
      asOf: '2024-06-30',
      units: [
        { code: '533124101201', townshipCode: '533124101', households: 300, hasServiceFacility: true, facilityBuildingArea: 90 },
        { code: '533124102201', townshipCode: '533124102', households: 100, hasServiceFacility: true, facilityBuildingArea: 50 },
        { code: '533124102202', townshipCode: '533124102', households: 100, hasServiceFacility: false },
      ],
    },
  },
  activity_area_share: {
    en: 'Two facilities, at 65% and 50% on their own, are exactly 60% together; a unit without a facility is outside the indicator.',
    zh: '两处设施单独计算分别为 65% 和 50%，合计恰为 60%；没有设施的单位不在本指标范围内。',
    input: {
      asOf: '2024-06-30',
      units: [
        { code: '533124101201', townshipCode: '533124101', hasServiceFacility: true, facilityBuildingArea: 200, facilityActivityArea: 130 },
        { code: '533124101202', townshipCode: '533124101', hasServiceFacility: true, facilityBuildingArea: '100.00', facilityActivityArea: '50' },
        { code: '533124101203', townshipCode: '533124101', hasServiceFacility: false },
      ],
    },
  },
  urban_self_service_coverage: {
    en: 'Three urban communities; one did not report whether it has a self-service terminal. A field left out is unknown, never zero: the value is missing data, and the complete units’ figures are shown for information only.',
    zh: '三个城市社区，其中一个未报告是否有政务自助服务终端。未填写的字段表示“未知”，不是零：结果为缺数据，已填单位的数字仅供参考。',
    input: {
      asOf: '2024-06-30',
      units: [
        { code: '533124101001', townshipCode: '533124101', hasSelfServiceTerminal: true },
        { code: '533124101002', townshipCode: '533124101', hasSelfServiceTerminal: true },
        { code: '533124102001', townshipCode: '533124102' },
      ],
    },
  },
  workers_per_10000_urban_residents: {
    en: 'Two urban communities with 15 community workers for 8,000 residents.',
    zh: '两个城市社区，共有社区工作者 15 人，常住人口 8000 人。',
    input: {
      asOf: '2024-06-30',
      county: { urbanResidentPopulation: 10000 },
      units: [
        { code: '533124101001', townshipCode: '533124101', communityWorkers: 9, residentPopulation: 5000 },
        { code: '533124101002', townshipCode: '533124101', communityWorkers: 6, residentPopulation: 3000 },
      ],
    },
    option: {
      options: { urbanPopulationSource: 'county' },
      en: 'With `urbanPopulationSource: \'county\'` the county-level value is set against the county’s urban resident population (城镇常住人口, 10,000) instead:',
      zh: '选项 `urbanPopulationSource: \'county\'` 使全县数值改以全县城镇常住人口（10000 人）为分母：',
    },
  },
};
