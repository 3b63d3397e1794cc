/**
 * The conformance vectors, authored as a table: one case per row, its input built by small helpers, its expected
 * outcomes written BY HAND from the plan's printed thresholds (never produced by running the library). Long divisions
 * were done with `bc` and cut to 40 significant digits, half up; display values follow the documented display rule
 * (2 decimals half up, more when a failing value would otherwise round up to its threshold).
 *
 * `scripts/vectors/build.ts` writes each case to `vectors/<group>/<name>.json` and the list to `vectors/index.json`;
 * `test/vectors/vectors.test.ts` checks that the files are what this table says and runs every one.
 *
 * Dates: `END` is the plan's due date 2025-12-31 (an unmet target fails on it); `MID` is 2024-06-30, 1277 of the
 * period's 1826 days (an unmet target is pending then).
 */
import type { ClauseId } from '../../src/plan/clauseIds';
import type { IndicatorId } from '../../src/indicators/INDICATOR_IDS';
import type { RuleId } from '../../src/rules/RULE_IDS';
import { VILLAGE_UNITS } from '../../src/units/units.generated';

// ---------------------------------------------------------------------------------------------------------------
// Shapes
// ---------------------------------------------------------------------------------------------------------------

/** An expected indicator result: the keys pick the result, the other fields are compared (a subset). */
export interface ExpectedIndicator {
  readonly id: IndicatorId;
  readonly level: 'county' | 'township' | 'unit';
  readonly subject: string;
  readonly status?: 'ok' | 'not_applicable' | 'missing_data';
  readonly value?: string | null;
  readonly numerator?: string | null;
  readonly denominator?: string | null;
  readonly meetsTarget?: boolean | null;
  readonly gap?: string | null;
  readonly progress?: { readonly status: string; readonly expected?: string | null };
  readonly missing?: readonly { readonly unit: string; readonly field: string }[];
}

/** An expected rule result: `ruleId` and `subject` pick the result, the other fields are compared. */
export interface ExpectedRule {
  readonly ruleId: RuleId;
  readonly subject: string;
  readonly status: 'pass' | 'fail' | 'pending' | 'not_applicable' | 'missing_data';
  readonly actual?: string | null;
  readonly expected?: string | null;
  readonly missing?: readonly string[];
  /** How binding the rule is: a `fail` of a `soft` or `informational` rule is an advisory (提示), not a failure. */
  readonly severity?: 'binding' | 'soft' | 'informational';
  /** What is still needed to pass, in natural units. */
  readonly gap?: { readonly value: string; readonly unit: string } | null;
  /**
   * The number compared, exactly: value and threshold as plain decimal strings (40 significant digits when the
   * division does not terminate, the last rounded half up), the comparator and the unit; `null` when none.
   */
  readonly measure?: { readonly value: string; readonly threshold: string; readonly comparator: 'at_least' | 'above'; readonly unit: string } | null;
}

/** What the input check must find: the codes of the problems, in order, and the positions of the rejected units. */
export interface ExpectedInput {
  readonly issues: readonly string[];
  readonly rejected: readonly number[];
}

/** One conformance case. */
export interface VectorCase {
  /** Folder: the indicator or rule ID the case is about. */
  readonly group: IndicatorId | RuleId;
  /** File name without `.json`. */
  readonly name: string;
  /** What is tested, with the plan's words and the arithmetic. */
  readonly description: string;
  /** The clause it encodes. */
  readonly clause: ClauseId;
  readonly input: Record<string, unknown>;
  readonly options?: Record<string, unknown>;
  readonly expect: { readonly indicators?: readonly ExpectedIndicator[]; readonly rules?: readonly ExpectedRule[]; readonly input?: ExpectedInput };
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers: real Longchuan codes (NBS 2023)
// ---------------------------------------------------------------------------------------------------------------

const END = '2025-12-31';
const MID = '2024-06-30';
const COUNTY = '533124';

/** 老街子社区, 新城社区 (章凤镇), 陇把社区 (陇把镇): 社区居民委员会, urban. */
const C1 = '533124101001';
const C2 = '533124101002';
const C3 = '533124102001';
/** 章凤镇's seven 村民委员会 (rural): V[1] = 533124101201 章凤村 … V[7] = 533124101207 户弄村. */
const V = ['', '533124101201', '533124101202', '533124101203', '533124101204', '533124101205', '533124101206', '533124101207'] as const;
const V1 = V[1];
const V2 = V[2];
const V3 = V[3];

/** The nine 乡镇 and the state farm 陇川农场. */
const TOWNS = ['533124101', '533124102', '533124103', '533124104', '533124201', '533124202', '533124203', '533124204', '533124205'] as const;
const FARM = '533124400';
/** 陇农社区 (533124400001), the first of 陇川农场's four 社区居民委员会 (urban). */
const FARM_C1 = '533124400001';

/** A unit with its township code (the first 9 digits). */
const u = (code: string, fields: Record<string, unknown> = {}): Record<string, unknown> => ({ code, townshipCode: code.slice(0, 9), ...fields });
/** A snapshot. */
const snap = (asOf: string, rest: Record<string, unknown> = {}): Record<string, unknown> => ({ asOf, units: [], ...rest });
/** A county-level indicator expectation. */
const countyInd = (id: IndicatorId, fields: Omit<ExpectedIndicator, 'id' | 'level' | 'subject'>): ExpectedIndicator => ({ id, level: 'county', subject: COUNTY, ...fields });
/** A rule expectation. */
const rule = (ruleId: RuleId, subject: string, status: ExpectedRule['status'], actual: string | null, expected: string | null): ExpectedRule => ({
  ruleId,
  subject,
  status,
  actual,
  expected,
});
const week = (day: string[], overrides: Record<string, string[]> = {}) => ({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [], ...overrides });
const DAY_8H = ['08:00-12:00', '14:00-18:00'];

// ---------------------------------------------------------------------------------------------------------------
// 专栏1: the seven indicators
// ---------------------------------------------------------------------------------------------------------------

/** 60 + (80 − 60) × 1277/1826 on 2024-06-30, by bc: 73.98685651697699890470974808324205914567|36… */
const P1_1_MID = '73.98685651697699890470974808324205914567';
/** 17.1 + (18 − 17.1) × 1277/1826 on 2024-06-30, by bc: 17.72940854326396495071193866374589266155|53… → …156 */
const P1_7_MID = '17.72940854326396495071193866374589266156';

const villagesWithFacility = (yes: number, n: number) => Array.from({ length: n }, (_, i) => u(V[i + 1] as string, { hasServiceFacility: i < yes }));

const indicatorCases: VectorCase[] = [
  // P1.1 农村社区综合服务设施覆盖率 60% → 80%
  {
    group: 'rural_facility_coverage',
    name: 'met-4-of-5-villages',
    clause: 'P1.1',
    description: '[P1.1] 80%: 4 of 5 villages (村民委员会) have a facility → 80% → met at the boundary; the community without one is urban and does not count',
    input: snap(END, { units: [...villagesWithFacility(4, 5), u(C1, { hasServiceFacility: false })] }),
    expect: {
      indicators: [
        countyInd('rural_facility_coverage', { status: 'ok', value: '80', numerator: '4', denominator: '5', meetsTarget: true, gap: '0', progress: { status: 'achieved', expected: '80' } }),
        { id: 'rural_facility_coverage', level: 'township', subject: '533124101', value: '80', meetsTarget: true },
        { id: 'rural_facility_coverage', level: 'unit', subject: V[5], value: '0', numerator: '0', denominator: '1', meetsTarget: false, gap: '1' },
      ],
    },
  },
  {
    group: 'rural_facility_coverage',
    name: 'not-met-3-of-4-villages-at-period-end',
    clause: 'P1.1',
    description: '[P1.1] 80%: 3 of 4 villages → 75% on 2025-12-31 → not met; 80% of 4 is 3.2, so 4 villages are needed: gap 1; the period has ended, so a missed target is not achieved (not behind)',
    input: snap(END, { units: villagesWithFacility(3, 4) }),
    expect: { indicators: [countyInd('rural_facility_coverage', { value: '75', meetsTarget: false, gap: '1', progress: { status: 'not_achieved', expected: '80' } })] },
  },
  // Coverage: the library knows Longchuan's 77 registered village-level units (NBS 2023: 68 村民委员会, 9 社区居民委员会).
  // Every other case declares `scope: 'units'` (its figures describe the units given); these two leave the default
  // `scope: 'county'`, where registered units left out make the figures that would add them up incomplete.
  {
    group: 'rural_facility_coverage',
    name: 'county-scope-7-of-77-units-incomplete',
    clause: 'P1.1',
    description:
      '[P1.1] scope county: the 7 village committees of 章凤镇 (4 with a facility) are 7 of the 77 registered units; 61 village committees are absent, ' +
      'so the county figure is missing data, never 4 ÷ 7; 章凤镇 has all 7 of its village committees, so its own P1.1 is complete: 4 ÷ 7 × 100 = 57.142857…; ' +
      'its 2 communities are absent, so its P1.2 is missing data',
    input: snap(END, { units: villagesWithFacility(4, 7) }),
    options: { scope: 'county' },
    expect: {
      indicators: [
        countyInd('rural_facility_coverage', { status: 'missing_data', value: null, meetsTarget: null, gap: null, progress: { status: 'no_data', expected: '80' } }),
        { id: 'rural_facility_coverage', level: 'township', subject: TOWNS[0], status: 'ok', value: '57.14285714285714285714285714285714285714', numerator: '4', denominator: '7', meetsTarget: false, gap: '2' },
        {
          id: 'urban_facility_coverage',
          level: 'township',
          subject: TOWNS[0],
          status: 'missing_data',
          value: null,
          missing: [
            { unit: C1, field: 'unit' },
            { unit: C2, field: 'unit' },
          ],
        },
      ],
    },
  },
  {
    group: 'urban_facility_coverage',
    name: 'county-scope-76-of-77-one-community-absent',
    clause: 'P1.2',
    description:
      '[P1.2] scope county: all 77 registered units but one community, 533124101002 (章凤镇新城社区), every one with a facility: the 68 village ' +
      'committees are all there, so P1.1 = 68 ÷ 68 = 100% (complete, met); the absent community makes P1.2 missing data, naming it, never 8 ÷ 8',
    input: snap(END, { units: VILLAGE_UNITS.filter((v) => v.code !== C2).map((v) => u(v.code, { hasServiceFacility: true })) }),
    options: { scope: 'county' },
    expect: {
      indicators: [
        countyInd('rural_facility_coverage', { status: 'ok', value: '100', numerator: '68', denominator: '68', meetsTarget: true }),
        countyInd('urban_facility_coverage', { status: 'missing_data', value: null, meetsTarget: null, missing: [{ unit: C2, field: 'unit' }] }),
      ],
    },
  },
  {
    group: 'rural_facility_coverage',
    name: 'unregistered-code-rejected',
    clause: 'P1.1',
    description:
      '[P1.1] 533124101299 is not one of the 77 registered units (NBS 2023): it is rejected (issue unregistered_unit, position 1), never ' +
      'evaluated as an extra village; the one registered village with a facility gives 1 ÷ 1 = 100%',
    input: snap(END, { units: [u(V1, { hasServiceFacility: true }), u('533124101299', { hasServiceFacility: false })] }),
    expect: {
      indicators: [countyInd('rural_facility_coverage', { status: 'ok', value: '100', numerator: '1', denominator: '1' })],
      input: { issues: ['unregistered_unit'], rejected: [1] },
    },
  },
  {
    group: 'rural_facility_coverage',
    name: 'unregistered-code-admitted-by-option',
    clause: 'P1.1',
    description:
      '[P1.1] option allowUnregisteredUnits: 533124101299 (a newer division list) is evaluated; the registry cannot say it is a village, so it ' +
      'says committeeType itself: 1 of 2 villages → 50%',
    input: snap(END, { units: [u(V1, { hasServiceFacility: true }), u('533124101299', { committeeType: 'village_committee', hasServiceFacility: false })] }),
    options: { allowUnregisteredUnits: true },
    expect: { indicators: [countyInd('rural_facility_coverage', { status: 'ok', value: '50', numerator: '1', denominator: '2' })] },
  },
  {
    group: 'rural_facility_coverage',
    name: 'behind-3-of-4-villages-day-before-period-end',
    clause: 'P1.1',
    description: '[P1.1] one day before the end: on 2025-12-30 the line is at 60 + 20 × 1825/1826 = 79.989…%; 3 of 4 = 75% is below it → behind (the period still runs)',
    input: snap('2025-12-30', { units: villagesWithFacility(3, 4) }),
    expect: { indicators: [countyInd('rural_facility_coverage', { value: '75', meetsTarget: false, gap: '1', progress: { status: 'behind', expected: '79.98904709748083242059145673603504928806' } })] },
  },
  {
    group: 'rural_facility_coverage',
    name: 'not-achieved-3-of-4-villages-day-after-period-end',
    clause: 'P1.1',
    description: '[P1.1] one day after the end: on 2026-01-01 (final assessment) 3 of 4 = 75% < 80% → not achieved; the line stays at the target, 80',
    input: snap('2026-01-01', { units: villagesWithFacility(3, 4) }),
    expect: { indicators: [countyInd('rural_facility_coverage', { value: '75', meetsTarget: false, gap: '1', progress: { status: 'not_achieved', expected: '80' } })] },
  },
  {
    group: 'rural_facility_coverage',
    name: 'on-track-3-of-4-villages-mid-period',
    clause: 'P1.1',
    description: '[P1.1] 60% (2020) → 80% (2025): on 2024-06-30 the line is at 60 + 20 × 1277/1826 = 73.99%; 3 of 4 = 75% ≥ 73.99% → on track (target not yet met)',
    input: snap(MID, { units: villagesWithFacility(3, 4) }),
    expect: { indicators: [countyInd('rural_facility_coverage', { value: '75', meetsTarget: false, progress: { status: 'on_track', expected: P1_1_MID } })] },
  },
  {
    group: 'rural_facility_coverage',
    name: 'behind-3-of-5-villages-mid-period',
    clause: 'P1.1',
    description: '[P1.1] 3 of 5 villages = 60% < 73.99% (the line on 2024-06-30) → behind; 80% of 5 = 4 needed: gap 1',
    input: snap(MID, { units: villagesWithFacility(3, 5) }),
    expect: { indicators: [countyInd('rural_facility_coverage', { value: '60', meetsTarget: false, gap: '1', progress: { status: 'behind', expected: P1_1_MID } })] },
  },
  {
    group: 'rural_facility_coverage',
    name: 'missing-data-village-without-flag',
    clause: 'P1.1',
    description: '[P1.1] a village that does not report hasServiceFacility: unknown, never read as "no" → missing data, no value, no progress',
    input: snap(END, { units: [u(V1, { hasServiceFacility: true }), u(V2)] }),
    expect: {
      indicators: [
        countyInd('rural_facility_coverage', {
          status: 'missing_data',
          value: null,
          numerator: null,
          denominator: null,
          meetsTarget: null,
          gap: null,
          progress: { status: 'no_data' },
          missing: [{ unit: V2, field: 'hasServiceFacility' }],
        }),
      ],
    },
  },
  // P1.2 城市社区综合服务设施覆盖率 100% → 100%
  {
    group: 'urban_facility_coverage',
    name: 'met-2-of-2-communities',
    clause: 'P1.2',
    description: '[P1.2] 100%: both communities (社区居民委员会) have a facility → 100% → met; the village without one is rural and does not count',
    input: snap(END, { units: [u(C1, { hasServiceFacility: true }), u(C2, { hasServiceFacility: true }), u(V1, { hasServiceFacility: false })] }),
    expect: { indicators: [countyInd('urban_facility_coverage', { value: '100', numerator: '2', denominator: '2', meetsTarget: true, gap: '0', progress: { status: 'achieved', expected: '100' } })] },
  },
  {
    group: 'urban_facility_coverage',
    name: 'not-met-1-of-2-communities',
    clause: 'P1.2',
    description: '[P1.2] 100%: 1 of 2 communities → 50% → not met, 1 more needed; the line is flat at 100% (baseline = target) → behind',
    input: snap(MID, { units: [u(C1, { hasServiceFacility: true }), u(C2, { hasServiceFacility: false })] }),
    expect: { indicators: [countyInd('urban_facility_coverage', { value: '50', meetsTarget: false, gap: '1', progress: { status: 'behind', expected: '100' } })] },
  },
  // P1.3 社区商业和综合服务设施面积占社区总建筑面积的比例 ≥10%
  {
    group: 'commercial_service_area_share',
    name: 'met-12000-of-120000',
    clause: 'P1.3',
    description: '[P1.3] ≥10%: 12,000 m² of 120,000 m² → exactly 10% → met; no baseline → achieved',
    input: snap(END, { units: [u(C1, { communityBuildingArea: '120000', commercialServiceArea: '12000' })] }),
    expect: {
      indicators: [
        countyInd('commercial_service_area_share', { value: '10', numerator: '12000', denominator: '120000', meetsTarget: true, gap: '0', progress: { status: 'achieved', expected: null } }),
      ],
    },
  },
  {
    group: 'commercial_service_area_share',
    name: 'not-met-9999.99-of-100000',
    clause: 'P1.3',
    description: '[P1.3] ≥10%: 9,999.99 m² of 100,000 m² → 9.99999% → not met (judged unrounded; it would show as 10.0); 0.01 m² more needed; no baseline → not achieved',
    input: snap(END, { units: [u(C1, { communityBuildingArea: '100000', commercialServiceArea: '9999.99' })] }),
    expect: { indicators: [countyInd('commercial_service_area_share', { value: '9.99999', meetsTarget: false, gap: '0.01', progress: { status: 'not_achieved', expected: null } })] },
  },
  {
    group: 'commercial_service_area_share',
    name: 'summed-not-averaged',
    clause: 'P1.3',
    description:
      '[P1.3] ≥10%: 4,000 of 60,000 m² (6.67%) and 5,000 of 40,000 m² (12.5%) → 9,000 of 100,000 = 9% (the mean of the two shares, 9.58%, is not used) → not met, 1,000 m² more; the village is rural and outside the scope',
    input: snap(END, {
      units: [
        u(C1, { communityBuildingArea: '60000', commercialServiceArea: '4000' }),
        u(C2, { communityBuildingArea: '40000', commercialServiceArea: '5000' }),
        u(V1, { communityBuildingArea: '50000', commercialServiceArea: '50000' }),
      ],
    }),
    expect: { indicators: [countyInd('commercial_service_area_share', { value: '9', numerator: '9000', denominator: '100000', meetsTarget: false, gap: '1000' })] },
  },
  {
    group: 'commercial_service_area_share',
    name: 'new-communities-only-option',
    clause: 'P1.3',
    description:
      "[P1.3] option commercialShareScope 'new_urban': only the new community counts, 5,000 of 50,000 m² = 10% → met (all communities: 7,000 of 100,000 = 7%, not met)",
    input: snap(END, {
      units: [
        u(C1, { newCommunity: true, communityBuildingArea: '50000', commercialServiceArea: '5000' }),
        u(C2, { newCommunity: false, communityBuildingArea: '50000', commercialServiceArea: '2000' }),
      ],
    }),
    options: { commercialShareScope: 'new_urban' },
    expect: { indicators: [countyInd('commercial_service_area_share', { value: '10', numerator: '5000', denominator: '50000', meetsTarget: true })] },
  },
  {
    group: 'commercial_service_area_share',
    name: 'all-communities-by-default',
    clause: 'P1.3',
    description: '[P1.3] by default every community counts: 7,000 of 100,000 m² = 7% → not met, 3,000 m² more',
    input: snap(END, {
      units: [
        u(C1, { newCommunity: true, communityBuildingArea: '50000', commercialServiceArea: '5000' }),
        u(C2, { newCommunity: false, communityBuildingArea: '50000', commercialServiceArea: '2000' }),
      ],
    }),
    expect: { indicators: [countyInd('commercial_service_area_share', { value: '7', meetsTarget: false, gap: '3000' })] },
  },
  // P1.4 每百户居民拥有社区综合服务设施面积 ≥30平方米
  {
    group: 'facility_area_per_100_households',
    name: 'met-300-households-90m2',
    clause: 'P1.4',
    description: '[P1.4] ≥30平方米 per 100 households: 90 m² for 300 households → 30 → met',
    input: snap(END, { units: [u(V1, { households: 300, hasServiceFacility: true, facilityBuildingArea: '90' })] }),
    expect: { indicators: [countyInd('facility_area_per_100_households', { value: '30', numerator: '90', denominator: '300', meetsTarget: true, gap: '0', progress: { status: 'achieved', expected: null } })] },
  },
  {
    group: 'facility_area_per_100_households',
    name: 'not-met-400-households-119.96m2',
    clause: 'P1.4',
    description: '[P1.4] ≥30平方米: 119.96 m² for 400 households → 29.99 → not met; 400 × 30 ÷ 100 = 120 m² needed: gap 0.04 m²',
    input: snap(END, { units: [u(V1, { households: 400, hasServiceFacility: true, facilityBuildingArea: '119.96' })] }),
    expect: { indicators: [countyInd('facility_area_per_100_households', { value: '29.99', meetsTarget: false, gap: '0.04', progress: { status: 'not_achieved', expected: null } })] },
  },
  {
    group: 'facility_area_per_100_households',
    name: 'no-facility-counts-as-zero',
    clause: 'P1.4',
    description:
      '[P1.4] a unit without a facility adds its households and 0 m² (an area reported beside hasServiceFacility false is ignored): 90 m² for 200 + 100 households → 30 → met',
    input: snap(END, {
      units: [u(V1, { households: 200, hasServiceFacility: true, facilityBuildingArea: '90' }), u(V2, { households: 100, hasServiceFacility: false, facilityBuildingArea: '500' })],
    }),
    expect: { indicators: [countyInd('facility_area_per_100_households', { value: '30', numerator: '90', denominator: '300', meetsTarget: true })] },
  },
  {
    group: 'facility_area_per_100_households',
    name: 'rural-and-urban-summed',
    clause: 'P1.4',
    description: '[P1.4] every unit counts, rural and urban: 150 + 150 m² for 600 + 1,400 households → 15 → not met; 2,000 × 30 ÷ 100 = 600 m² needed: gap 300',
    input: snap(END, {
      units: [u(V1, { households: 600, hasServiceFacility: true, facilityBuildingArea: '150' }), u(C1, { households: 1400, hasServiceFacility: true, facilityBuildingArea: '150' })],
    }),
    expect: { indicators: [countyInd('facility_area_per_100_households', { value: '15', numerator: '300', denominator: '2000', meetsTarget: false, gap: '300' })] },
  },
  // P1.5 居民活动区域面积占社区综合服务设施总建筑面积比例 ≥60%
  {
    group: 'activity_area_share',
    name: 'met-300-of-500m2',
    clause: 'P1.5',
    description: '[P1.5] ≥60%: 300 m² of activity area in a 500 m² facility → 60% → met; the unit without a facility is outside the scope',
    input: snap(END, {
      units: [u(V1, { hasServiceFacility: true, facilityBuildingArea: '500', facilityActivityArea: '300' }), u(V2, { hasServiceFacility: false, facilityBuildingArea: '100', facilityActivityArea: '0' })],
    }),
    expect: { indicators: [countyInd('activity_area_share', { value: '60', numerator: '300', denominator: '500', meetsTarget: true, gap: '0', progress: { status: 'achieved', expected: null } })] },
  },
  {
    group: 'activity_area_share',
    name: 'not-met-299.99-of-500m2',
    clause: 'P1.5',
    description: '[P1.5] ≥60%: 299.99 of 500 m² → 59.998% → not met; 0.01 m² more activity area needed',
    input: snap(END, { units: [u(V1, { hasServiceFacility: true, facilityBuildingArea: '500', facilityActivityArea: '299.99' })] }),
    expect: { indicators: [countyInd('activity_area_share', { value: '59.998', meetsTarget: false, gap: '0.01', progress: { status: 'not_achieved', expected: null } })] },
  },
  // P1.6 城市社区政务通用自助服务覆盖率 100%
  {
    group: 'urban_self_service_coverage',
    name: 'met-2-of-2-communities',
    clause: 'P1.6',
    description: '[P1.6] 100%: both communities have a self-service terminal → 100% → met; the village without one does not count',
    input: snap(END, { units: [u(C1, { hasSelfServiceTerminal: true }), u(C2, { hasSelfServiceTerminal: true }), u(V1, { hasSelfServiceTerminal: false })] }),
    expect: { indicators: [countyInd('urban_self_service_coverage', { value: '100', numerator: '2', denominator: '2', meetsTarget: true, gap: '0', progress: { status: 'achieved', expected: null } })] },
  },
  {
    group: 'urban_self_service_coverage',
    name: 'not-met-2-of-3-communities',
    clause: 'P1.6',
    description: '[P1.6] 100%: 2 of 3 communities → 66.67% → not met, 1 more needed; no baseline → not achieved',
    input: snap(END, { units: [u(C1, { hasSelfServiceTerminal: true }), u(C2, { hasSelfServiceTerminal: true }), u(C3, { hasSelfServiceTerminal: false })] }),
    expect: {
      indicators: [
        countyInd('urban_self_service_coverage', {
          value: '66.66666666666666666666666666666666666667',
          numerator: '2',
          denominator: '3',
          meetsTarget: false,
          gap: '1',
          progress: { status: 'not_achieved', expected: null },
        }),
      ],
    },
  },
  {
    group: 'urban_self_service_coverage',
    name: 'missing-data-one-community',
    clause: 'P1.6',
    description: '[P1.6] one community does not report hasSelfServiceTerminal → missing data → no value, no data',
    input: snap(END, { units: [u(C1, { hasSelfServiceTerminal: true }), u(C2)] }),
    expect: {
      indicators: [countyInd('urban_self_service_coverage', { status: 'missing_data', value: null, meetsTarget: null, progress: { status: 'no_data' }, missing: [{ unit: C2, field: 'hasSelfServiceTerminal' }] })],
    },
  },
  // P1.7 每万名城镇常住人口拥有社区工作者 17.1人 → 18人
  {
    group: 'workers_per_10000_urban_residents',
    name: 'met-9-workers-5000-residents',
    clause: 'P1.7',
    description: '[P1.7] 18人 per 10,000 城镇常住人口: 9 community workers for the county’s 5,000 urban residents (county.urbanResidentPopulation, the default denominator) → 18 → met; the village’s workers do not count, nor the community’s own 3,000 residents',
    input: snap(END, { county: { urbanResidentPopulation: 5000 }, units: [u(C1, { communityWorkers: 9, residentPopulation: 3000 }), u(V1, { communityWorkers: 6, residentPopulation: 2000 })] }),
    // The county's 城镇常住人口 is the denominator under scope 'county'; these cases declare scope 'units' (all vectors do)
    // and so name the county reading explicitly: under a narrower scope the units' own residents are the default.
    options: { urbanPopulationSource: 'county' },
    expect: {
      indicators: [
        countyInd('workers_per_10000_urban_residents', { value: '18', numerator: '9', denominator: '5000', meetsTarget: true, gap: '0', progress: { status: 'achieved', expected: '18' } }),
      ],
    },
  },
  {
    group: 'workers_per_10000_urban_residents',
    name: 'not-met-8-workers-5000-residents',
    clause: 'P1.7',
    description: '[P1.7] 18人: 8 workers for 5,000 urban residents (城镇常住人口) → 16 on 2025-12-31 → not met; 18 × 5,000 ÷ 10,000 = 9 needed: gap 1; the period has ended → not achieved',
    input: snap(END, { county: { urbanResidentPopulation: 5000 }, units: [u(C1, { communityWorkers: 8, residentPopulation: 5000 })] }),
    expect: { indicators: [countyInd('workers_per_10000_urban_residents', { value: '16', meetsTarget: false, gap: '1', progress: { status: 'not_achieved', expected: '18' } })] },
  },
  {
    group: 'workers_per_10000_urban_residents',
    name: 'on-track-89-per-50000-mid-period',
    clause: 'P1.7',
    description: '[P1.7] 17.1 (2020) → 18 (2025): on 2024-06-30 the line is at 17.1 + 0.9 × 1277/1826 = 17.73; 89 workers for 50,000 urban residents (城镇常住人口) = 17.8 → on track; 90 needed: gap 1',
    input: snap(MID, { county: { urbanResidentPopulation: 50000 }, units: [u(C1, { communityWorkers: 89, residentPopulation: 50000 })] }),
    expect: { indicators: [countyInd('workers_per_10000_urban_residents', { value: '17.8', meetsTarget: false, gap: '1', progress: { status: 'on_track', expected: P1_7_MID } })] },
  },
  {
    group: 'workers_per_10000_urban_residents',
    name: 'behind-88-per-50000-mid-period',
    clause: 'P1.7',
    description: '[P1.7] 88 workers for 50,000 urban residents (城镇常住人口) = 17.6 < 17.73 (the line on 2024-06-30) → behind; gap 2',
    input: snap(MID, { county: { urbanResidentPopulation: 50000 }, units: [u(C1, { communityWorkers: 88, residentPopulation: 50000 })] }),
    expect: { indicators: [countyInd('workers_per_10000_urban_residents', { value: '17.6', meetsTarget: false, gap: '2', progress: { status: 'behind', expected: P1_7_MID } })] },
  },
  {
    group: 'workers_per_10000_urban_residents',
    name: 'county-urban-population-default',
    clause: 'P1.7',
    description:
      "[P1.7] default urbanPopulationSource 'county': 18 workers for the county's 10,000 urban residents (城镇常住人口) → 18 → met at county level; the community's own value stays 18 ÷ 6,000 × 10,000 = 30",
    input: snap(END, { county: { urbanResidentPopulation: 10000 }, units: [u(C1, { communityWorkers: 18, residentPopulation: 6000 })] }),
    // The county's 城镇常住人口 is the denominator under scope 'county'; these cases declare scope 'units' (all vectors do)
    // and so name the county reading explicitly: under a narrower scope the units' own residents are the default.
    options: { urbanPopulationSource: 'county' },
    expect: {
      indicators: [
        countyInd('workers_per_10000_urban_residents', { value: '18', numerator: '18', denominator: '10000', meetsTarget: true }),
        { id: 'workers_per_10000_urban_residents', level: 'unit', subject: C1, value: '30', numerator: '18', denominator: '6000', meetsTarget: true },
      ],
    },
  },
  {
    group: 'workers_per_10000_urban_residents',
    name: 'missing-county-urban-population',
    clause: 'P1.7',
    description:
      "[P1.7] the county's 城镇常住人口 (county.urbanResidentPopulation) not given → the county value is missing data naming it; the communities' 6,000 residents are not used in its place",
    input: snap(END, { units: [u(C1, { communityWorkers: 18, residentPopulation: 6000 })] }),
    // The county's 城镇常住人口 is the denominator under scope 'county'; these cases declare scope 'units' (all vectors do)
    // and so name the county reading explicitly: under a narrower scope the units' own residents are the default.
    options: { urbanPopulationSource: 'county' },
    expect: {
      indicators: [
        countyInd('workers_per_10000_urban_residents', { status: 'missing_data', value: null, progress: { status: 'no_data' }, missing: [{ unit: COUNTY, field: 'county.urbanResidentPopulation' }] }),
      ],
    },
  },
  {
    group: 'workers_per_10000_urban_residents',
    name: 'units-population-option',
    clause: 'P1.7',
    description:
      "[P1.7] option urbanPopulationSource 'units': 18 workers over the urban communities' summed 6,000 residents → 30 at county level (the county's 10,000 城镇常住人口 is not read)",
    input: snap(END, { county: { urbanResidentPopulation: 10000 }, units: [u(C1, { communityWorkers: 18, residentPopulation: 6000 })] }),
    options: { urbanPopulationSource: 'units' },
    expect: { indicators: [countyInd('workers_per_10000_urban_residents', { value: '30', numerator: '18', denominator: '6000', meetsTarget: true })] },
  },
  {
    group: 'workers_per_10000_urban_residents',
    name: 'farm-communities-count',
    clause: 'P1.7',
    description:
      "[P1.7] 陇川农场's 社区居民委员会 are urban communities by default: 5 workers in 老街子社区 + 4 in 陇农社区 (533124400001) = 9 for 5,000 城镇常住人口 → 18 → met",
    input: snap(END, { county: { urbanResidentPopulation: 5000 }, units: [u(C1, { communityWorkers: 5, residentPopulation: 3000 }), u(FARM_C1, { communityWorkers: 4, residentPopulation: 1000 })] }),
    // The county's 城镇常住人口 is the denominator under scope 'county'; these cases declare scope 'units' (all vectors do)
    // and so name the county reading explicitly: under a narrower scope the units' own residents are the default.
    options: { urbanPopulationSource: 'county' },
    expect: { indicators: [countyInd('workers_per_10000_urban_residents', { value: '18', numerator: '9', denominator: '5000', meetsTarget: true })] },
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------------------------

/** A flag rule on one unit: pass (true), fail (false, on the due date), pending (false, mid-period). */
function flagCases(ruleId: RuleId, clause: ClauseId, field: string, words: string, code: string, dated: boolean): VectorCase[] {
  const cases: VectorCase[] = [
    {
      group: ruleId,
      name: 'pass',
      clause,
      description: `[${clause}] ${words}: ${field} true → pass`,
      input: snap(MID, { units: [u(code, { [field]: true })] }),
      expect: { rules: [rule(ruleId, code, 'pass', 'true', 'true')] },
    },
    {
      group: ruleId,
      name: dated ? 'fail-on-due-date' : 'fail',
      clause,
      description: dated ? `[${clause}] ${words}: ${field} false on 2025-12-31 (due) → fail` : `[${clause}] ${words}: a standard with no due date, ${field} false → fail at once`,
      input: snap(dated ? END : MID, { units: [u(code, { [field]: false })] }),
      expect: { rules: [rule(ruleId, code, 'fail', 'false', 'true')] },
    },
  ];
  if (dated) {
    cases.push({
      group: ruleId,
      name: 'pending-mid-period',
      clause,
      description: `[${clause}] ${words}: ${field} false on 2024-06-30, before the due date 2025-12-31 → pending`,
      input: snap(MID, { units: [u(code, { [field]: false })] }),
      expect: { rules: [rule(ruleId, code, 'pending', 'false', 'true')] },
    });
  }
  return cases;
}

/** A count rule on one unit: pass at the threshold, fail one below (on the due date when dated). */
function countCases(ruleId: RuleId, clause: ClauseId, field: string, words: string, code: string, threshold: number, dated: boolean): VectorCase[] {
  return [
    {
      group: ruleId,
      name: `pass-${threshold}`,
      clause,
      description: `[${clause}] ${words}: ${field} ${threshold} → pass (at least ${threshold})`,
      input: snap(END, { units: [u(code, { [field]: threshold })] }),
      expect: { rules: [rule(ruleId, code, 'pass', String(threshold), `≥${threshold}`)] },
    },
    {
      group: ruleId,
      name: `fail-${threshold - 1}`,
      clause,
      description: dated
        ? `[${clause}] ${words}: ${field} ${threshold - 1} on 2025-12-31 (due) → fail`
        : `[${clause}] ${words}: a standard with no due date, ${field} ${threshold - 1} on 2024-06-30 → fail at once`,
      input: snap(dated ? END : MID, { units: [u(code, { [field]: threshold - 1 })] }),
      expect: { rules: [rule(ruleId, code, 'fail', String(threshold - 1), `≥${threshold}`)] },
    },
  ];
}

/** A county count rule: pass at the threshold, fail one below on the due date, pending one below mid-period. */
function countyCountCases(ruleId: RuleId, clause: ClauseId, field: string, words: string, threshold: number): VectorCase[] {
  const c = (asOf: string, n: number) => snap(asOf, { county: { [field]: n } });
  return [
    { group: ruleId, name: `pass-${threshold}`, clause, description: `[${clause}] ${words}: ${threshold} → pass`, input: c(END, threshold), expect: { rules: [rule(ruleId, COUNTY, 'pass', String(threshold), `≥${threshold}`)] } },
    {
      group: ruleId,
      name: `fail-${threshold - 1}-on-due-date`,
      clause,
      description: `[${clause}] ${words}: ${threshold - 1} on 2025-12-31 (due) → fail`,
      input: c(END, threshold - 1),
      expect: { rules: [rule(ruleId, COUNTY, 'fail', String(threshold - 1), `≥${threshold}`)] },
    },
    {
      group: ruleId,
      name: `pending-${threshold - 1}-mid-period`,
      clause,
      description: `[${clause}] ${words}: ${threshold - 1} on 2024-06-30 → pending`,
      input: c(MID, threshold - 1),
      expect: { rules: [rule(ruleId, COUNTY, 'pending', String(threshold - 1), `≥${threshold}`)] },
    },
  ];
}

/** Township records for the given codes, each with the given fields. */
const townships = (rows: readonly (readonly [string, Record<string, unknown>])[]) => rows.map(([code, f]) => ({ code, ...f }));

/** Regional elderly-care centres in the first `yes` of the nine 乡镇 (and the farm as given). */
const regional = (yes: number, farm?: boolean) =>
  townships([...TOWNS.map((c, i) => [c, { hasRegionalElderlyCareCentre: i < yes }] as const), ...(farm === undefined ? [] : [[FARM, { hasRegionalElderlyCareCentre: farm }] as const])]);

/** Ten units for day-care coverage: the first `yes` covered. */
const DAYCARE_UNITS = [C1, C2, C3, V[1], V[2], V[3], V[4], V[5], V[6], V[7]];

const visitLog = {
  from: '2025-01-01',
  to: '2025-02-28',
  roster: [{ personId: 'p1' }, { personId: 'p2' }],
  visits: [
    { id: 'v1', personId: 'p1', date: '2025-01-10' },
    { id: 'v2', personId: 'p2', date: '2025-01-20' },
    { id: 'v3', personId: 'p1', date: '2025-02-05' },
  ],
};

const insurance = (ruleId: RuleId, field: string, words: string): VectorCase[] => [
  {
    group: ruleId,
    name: 'pass-9-of-9',
    clause: 'T12',
    description: `[T12] ${words} for every community worker: 9 of 9 → pass`,
    input: snap(MID, { units: [u(C1, { communityWorkers: 9, [field]: 9 })] }),
    expect: { rules: [rule(ruleId, C1, 'pass', '9/9', '9/9')] },
  },
  {
    group: ruleId,
    name: 'fail-8-of-9',
    clause: 'T12',
    description: `[T12] ${words}: 8 of 9 community workers → fail at once (a standard, no due date); villages are not checked by default`,
    input: snap(MID, { units: [u(C1, { communityWorkers: 9, [field]: 8 }), u(V1, { communityWorkers: 6, [field]: 0 })] }),
    expect: { rules: [rule(ruleId, C1, 'fail', '8/9', '9/9'), rule(ruleId, V1, 'not_applicable', null, null)] },
  },
];

const ruleCases: VectorCase[] = [
  // B1 一肩挑 逐步提高
  {
    group: 'b1-one-shoulder-trend',
    name: 'pass-rising',
    clause: 'B1',
    description: "[B1] option oneShoulderTrend 'rising' (year on year): 60 of 77 (77.92%) in 2022 → 66 of 77 (85.71%) in 2023 → rising → pass",
    input: snap(MID, { county: { oneShoulder: [{ year: 2022, secretaries: 77, concurrent: 60 }, { year: 2023, secretaries: 77, concurrent: 66 }] } }),
    options: { oneShoulderTrend: 'rising' },
    // 6600 ÷ 77 above 6000 ÷ 77 (per cent, 40 significant digits).
    expect: { rules: [{ ...rule('b1-one-shoulder-trend', '533124:2023', 'pass', '85.71%', '>77.92%'), measure: { value: '85.71428571428571428571428571428571428571', threshold: '77.92207792207792207792207792207792207792', comparator: 'above', unit: 'percent' } }] },
  },
  {
    group: 'b1-one-shoulder-trend',
    name: 'fail-not-rising',
    clause: 'B1',
    description: "[B1] option oneShoulderTrend 'rising': 66 of 77 in 2023 and again in 2024 → not rising → fail (informational)",
    input: snap(END, { county: { oneShoulder: [{ year: 2023, secretaries: 77, concurrent: 66 }, { year: 2024, secretaries: 77, concurrent: 66 }] } }),
    options: { oneShoulderTrend: 'rising' },
    expect: { rules: [rule('b1-one-shoulder-trend', '533124:2024', 'fail', '85.71%', '>85.71%')] },
  },
  {
    group: 'b1-one-shoulder-trend',
    name: 'fail-falling',
    clause: 'B1',
    description: "[B1] option oneShoulderTrend 'rising': 66 of 77 (85.71%) in 2022 → 60 of 77 (77.92%) in 2023 → falling → fail",
    input: snap(END, { county: { oneShoulder: [{ year: 2022, secretaries: 77, concurrent: 66 }, { year: 2023, secretaries: 77, concurrent: 60 }] } }),
    options: { oneShoulderTrend: 'rising' },
    expect: { rules: [rule('b1-one-shoulder-trend', '533124:2023', 'fail', '77.92%', '>85.71%')] },
  },
  {
    group: 'b1-one-shoulder-trend',
    name: 'pass-non-decreasing-option',
    clause: 'B1',
    description: "[B1] option oneShoulderTrend 'non_decreasing' (year on year): 85.71% two years running → pass",
    input: snap(END, { county: { oneShoulder: [{ year: 2023, secretaries: 77, concurrent: 66 }, { year: 2024, secretaries: 77, concurrent: 66 }] } }),
    options: { oneShoulderTrend: 'non_decreasing' },
    expect: { rules: [rule('b1-one-shoulder-trend', '533124:2024', 'pass', '85.71%', '≥85.71%')] },
  },
  {
    group: 'b1-one-shoulder-trend',
    name: 'pass-already-100-percent',
    clause: 'B1',
    description: "[B1] option oneShoulderTrend 'rising': 77 of 77 in 2023 and 2024: a share already at 100% cannot rise and may stay there → pass",
    input: snap(END, { county: { oneShoulder: [{ year: 2023, secretaries: 77, concurrent: 77 }, { year: 2024, secretaries: 77, concurrent: 77 }] } }),
    options: { oneShoulderTrend: 'rising' },
    expect: { rules: [rule('b1-one-shoulder-trend', '533124:2024', 'pass', '100%', '≥100%')] },
  },
  {
    group: 'b1-one-shoulder-trend',
    name: 'since-2020-default',
    clause: 'B1',
    description:
      '[B1] default (a trend the background records, monitored against 2020, the end of the 13th Five-Year period; informational): 2020 60 of 77 (77.92%); 2022 66 of 77 (85.71%) above it → pass; 2023 60 of 77, level with 2020 → fail (提示, not a binding failure): above 60 of 77 needs ⌊60 × 77 / 77⌋ + 1 = 61, 1 more',
    input: snap(END, { county: { oneShoulder: [{ year: 2020, secretaries: 77, concurrent: 60 }, { year: 2022, secretaries: 77, concurrent: 66 }, { year: 2023, secretaries: 77, concurrent: 60 }] } }),
    expect: {
      rules: [
        { ...rule('b1-one-shoulder-trend', '533124:2022', 'pass', '85.71%', '>77.92%'), severity: 'informational', gap: null },
        { ...rule('b1-one-shoulder-trend', '533124:2023', 'fail', '77.92%', '>77.92%'), severity: 'informational', gap: { value: '1', unit: 'persons' } },
      ],
    },
  },
  {
    group: 'b1-one-shoulder-trend',
    name: 'since-2020-missing-base-year',
    clause: 'B1',
    description: '[B1] default: no 2020 figure → each later year is missing data naming county.oneShoulder[year=2020] (not compared with the year before)',
    input: snap(END, { county: { oneShoulder: [{ year: 2022, secretaries: 77, concurrent: 60 }, { year: 2023, secretaries: 77, concurrent: 66 }] } }),
    expect: {
      rules: [
        { ...rule('b1-one-shoulder-trend', '533124:2022', 'missing_data', null, null), missing: ['county.oneShoulder[year=2020]'] },
        { ...rule('b1-one-shoulder-trend', '533124:2023', 'missing_data', null, null), missing: ['county.oneShoulder[year=2020]'] },
      ],
    },
  },
  // P1.5 per facility
  {
    group: 'p1-5-facility-activity-share',
    name: 'pass-300-of-500m2',
    clause: 'P1.5',
    description: '[P1.5] ≥60% per facility: 300 of 500 m² → 60% → pass; a unit without a facility → not applicable',
    input: snap(END, { units: [u(V1, { hasServiceFacility: true, facilityBuildingArea: '500', facilityActivityArea: '300' }), u(V2, { hasServiceFacility: false })] }),
    expect: { rules: [rule('p1-5-facility-activity-share', V1, 'pass', '60%', '≥60%'), rule('p1-5-facility-activity-share', V2, 'not_applicable', null, null)] },
  },
  {
    group: 'p1-5-facility-activity-share',
    name: 'fail-299.99-of-500m2-on-due-date',
    clause: 'P1.5',
    description: '[P1.5] ≥60%: 299.99 of 500 m² = 59.998% on 2025-12-31 → fail; shown to 3 places, as 2 would round it up to 60%',
    input: snap(END, { units: [u(V1, { hasServiceFacility: true, facilityBuildingArea: '500', facilityActivityArea: '299.99' })] }),
    expect: { rules: [{ ...rule('p1-5-facility-activity-share', V1, 'fail', '59.998%', '≥60%'), measure: { value: '59.998', threshold: '60', comparator: 'at_least', unit: 'percent' } }] },
  },
  {
    group: 'p1-5-facility-activity-share',
    name: 'pending-299.99-of-500m2-mid-period',
    clause: 'P1.5',
    description: '[P1.5] a 2025 target (预期性): 59.998% on 2024-06-30 → pending',
    input: snap(MID, { units: [u(V1, { hasServiceFacility: true, facilityBuildingArea: '500', facilityActivityArea: '299.99' })] }),
    expect: { rules: [{ ...rule('p1-5-facility-activity-share', V1, 'pending', '59.998%', '≥60%'), measure: { value: '59.998', threshold: '60', comparator: 'at_least', unit: 'percent' } }] },
  },
  // T3 opening hours
  {
    group: 't3-opening-hours',
    name: 'pass-8h-weekdays',
    clause: 'T3',
    description: '[T3] 一般不少于每天8小时: 08:00–12:00 and 14:00–18:00 Monday to Friday (8 h), closed at the weekend: five days a week reach 8 h (一般 allows the other two days off) → pass',
    input: snap(MID, { units: [u(V1, { hasServiceFacility: true, openingSchedule: week(DAY_8H) })] }),
    // 480 minutes: exactly 8 hours, the threshold.
    expect: { rules: [{ ...rule('t3-opening-hours', V1, 'pass', '8h', '≥8h'), measure: { value: '8', threshold: '8', comparator: 'at_least', unit: 'hours_per_day' } }] },
  },
  {
    group: 't3-opening-hours',
    name: 'fail-7h-weekdays',
    clause: 'T3',
    description: '[T3] 每天8小时: 08:30–12:00 and 14:30–18:00 (3.5 + 3.5 = 7 h) → fail at once (a standard, no due date); 一般 makes it soft: an advisory; 1 more hour a day needed',
    input: snap(MID, { units: [u(V1, { hasServiceFacility: true, openingSchedule: week(['08:30-12:00', '14:30-18:00']) })] }),
    expect: { rules: [{ ...rule('t3-opening-hours', V1, 'fail', '7h', '≥8h'), severity: 'soft', gap: { value: '1', unit: 'hours_per_day' }, measure: { value: '7', threshold: '8', comparator: 'at_least', unit: 'hours_per_day' } }] },
  },
  {
    group: 't3-opening-hours',
    name: 'fail-one-short-day',
    clause: 'T3',
    description: '[T3] five days a week must reach 8 h: 8 h on Monday, Tuesday, Thursday and Friday but 7.5 h on Wednesday (14:00–17:30) → only four → fail at the fifth-longest day, 7.5 h',
    input: snap(MID, { units: [u(V1, { hasServiceFacility: true, openingSchedule: week(DAY_8H, { wed: ['08:00-12:00', '14:00-17:30'] }) })] }),
    expect: { rules: [rule('t3-opening-hours', V1, 'fail', '7.5h', '≥8h')] },
  },
  {
    group: 't3-opening-hours',
    name: 'fail-one-day-a-week',
    clause: 'T3',
    description: '[T3] 每天8小时 read over a week: open 8 h on Monday only → one day a week, five needed → fail; the fifth-longest day (Friday) is closed: 0 h, 8 more hours a day',
    input: snap(MID, { units: [u(V1, { hasServiceFacility: true, openingSchedule: week([], { mon: DAY_8H }) })] }),
    expect: { rules: [{ ...rule('t3-opening-hours', V1, 'fail', '0h', '≥8h'), gap: { value: '8', unit: 'hours_per_day' } }] },
  },
  {
    group: 't3-opening-hours',
    name: 'pass-closed-monday-open-weekend',
    clause: 'T3',
    description: '[T3] any five days: closed on Monday, 8 h Tuesday to Sunday → six days reach 8 h → pass',
    input: snap(MID, { units: [u(V1, { hasServiceFacility: true, openingSchedule: week(DAY_8H, { mon: [], sat: DAY_8H, sun: DAY_8H }) })] }),
    // 480 minutes: exactly 8 hours, the threshold.
    expect: { rules: [{ ...rule('t3-opening-hours', V1, 'pass', '8h', '≥8h'), measure: { value: '8', threshold: '8', comparator: 'at_least', unit: 'hours_per_day' } }] },
  },
  {
    group: 't3-opening-hours',
    name: 'pass-one-day-each-open-day-option',
    clause: 'T3',
    description: "[T3] option openingHoursBasis 'each_open_day': only the days the facility opens are judged: 8 h on Monday only → pass",
    input: snap(MID, { units: [u(V1, { hasServiceFacility: true, openingSchedule: week([], { mon: DAY_8H }) })] }),
    options: { openingHoursBasis: 'each_open_day' },
    // 480 minutes: exactly 8 hours, the threshold.
    expect: { rules: [{ ...rule('t3-opening-hours', V1, 'pass', '8h', '≥8h'), measure: { value: '8', threshold: '8', comparator: 'at_least', unit: 'hours_per_day' } }] },
  },
  {
    group: 't3-opening-hours',
    name: 'pass-overlapping-intervals-merged',
    clause: 'T3',
    description: '[T3] overlapping intervals are merged, not added: 08:00–12:00 and 11:00–16:00 = 08:00–16:00 = 8 h (not 9) → pass',
    input: snap(MID, { units: [u(V1, { hasServiceFacility: true, openingSchedule: week(['08:00-12:00', '11:00-16:00']) })] }),
    // 480 minutes: exactly 8 hours, the threshold.
    expect: { rules: [{ ...rule('t3-opening-hours', V1, 'pass', '8h', '≥8h'), measure: { value: '8', threshold: '8', comparator: 'at_least', unit: 'hours_per_day' } }] },
  },
  {
    group: 't3-opening-hours',
    name: 'fail-week-average-option',
    clause: 'T3',
    description: "[T3] option openingHoursBasis 'week_average': 5 × 8 h = 40 h a week ÷ 7 = 5.71 h a day < 8 → fail",
    input: snap(MID, { units: [u(V1, { hasServiceFacility: true, openingSchedule: week(DAY_8H) })] }),
    options: { openingHoursBasis: 'week_average' },
    expect: { rules: [rule('t3-opening-hours', V1, 'fail', '5.71h', '≥8h')] },
  },
  {
    group: 't3-opening-hours',
    name: 'not-applicable-and-missing',
    clause: 'T3',
    description: '[T3] a unit without a facility → not applicable; a facility without an opening schedule → missing data (never pass or fail)',
    input: snap(MID, { units: [u(V1, { hasServiceFacility: false }), u(V2, { hasServiceFacility: true })] }),
    expect: {
      rules: [rule('t3-opening-hours', V1, 'not_applicable', null, null), { ...rule('t3-opening-hours', V2, 'missing_data', null, '≥8h'), missing: ['openingSchedule'] }],
    },
  },
  // T3 proxy services (no date: due by the plan's end), online 24 h (standard), satisfaction survey (yearly)
  ...flagCases('t3-proxy-government-service', 'T3', 'hasProxyGovernmentService', '实现政务代办服务村（社区）全覆盖', V1, true),
  {
    group: 't3-proxy-government-service',
    name: 'fail-immediately-option',
    clause: 'T3',
    description: "[T3] option undatedTargets 'immediately': the sentence states no date, so it is due now: false on 2024-06-30 → fail",
    input: snap(MID, { units: [u(V1, { hasProxyGovernmentService: false })] }),
    options: { undatedTargets: 'immediately' },
    expect: { rules: [rule('t3-proxy-government-service', V1, 'fail', 'false', 'true')] },
  },
  ...flagCases('t3-online-service-24h', 'T3', 'hasOnlineService24h', '群众关切项目应开展24小时线上服务', C1, false),
  {
    group: 't3-satisfaction-survey',
    name: 'pass-survey-this-year',
    clause: 'T3',
    description: "[T3] option surveyWindow 'calendar_year' (a yearly survey): a survey on 2025-04-15, judged on 2025-12-31 → pass",
    input: snap(END, { units: [u(V1, { lastSatisfactionSurveyOn: '2025-04-15' })] }),
    options: { surveyWindow: 'calendar_year' },
    expect: { rules: [rule('t3-satisfaction-survey', V1, 'pass', '2025-04-15', 'survey in 2025')] },
  },
  {
    group: 't3-satisfaction-survey',
    name: 'pass-survey-in-plan-period',
    clause: 'T3',
    description: '[T3] 实现社区服务群众满意度调查覆盖所有村（社区）: a 全覆盖 target without a cycle, due 2025-12-31; a survey on 2022-05-10 covers the village → pass on 2025-12-31',
    input: snap(END, { units: [u(V1, { lastSatisfactionSurveyOn: '2022-05-10' })] }),
    expect: { rules: [rule('t3-satisfaction-survey', V1, 'pass', '2022-05-10', 'survey since 2021-01-01')] },
  },
  {
    group: 't3-satisfaction-survey',
    name: 'pending-then-fail-no-survey-in-period',
    clause: 'T3',
    description: '[T3] the last survey on 2020-12-31 is before the plan period: pending on 2024-06-30 (due 2025-12-31)',
    input: snap(MID, { units: [u(V1, { lastSatisfactionSurveyOn: '2020-12-31' })] }),
    expect: { rules: [rule('t3-satisfaction-survey', V1, 'pending', '2020-12-31', 'survey since 2021-01-01')] },
  },
  {
    group: 't3-satisfaction-survey',
    name: 'fail-no-survey-in-period-on-due-date',
    clause: 'T3',
    description: '[T3] no survey since 2021-01-01 (last 2020-12-31) on the due date 2025-12-31 → fail',
    input: snap(END, { units: [u(V1, { lastSatisfactionSurveyOn: '2020-12-31' })] }),
    expect: { rules: [rule('t3-satisfaction-survey', V1, 'fail', '2020-12-31', 'survey since 2021-01-01')] },
  },
  {
    group: 't3-satisfaction-survey',
    name: 'fail-no-survey-by-year-end',
    clause: 'T3',
    description: "[T3] option surveyWindow 'calendar_year': last survey 2024-11-20, none in 2025 by 2025-12-31 → fail",
    input: snap(END, { units: [u(V1, { lastSatisfactionSurveyOn: '2024-11-20' })] }),
    options: { surveyWindow: 'calendar_year' },
    expect: { rules: [rule('t3-satisfaction-survey', V1, 'fail', '2024-11-20', 'survey in 2025')] },
  },
  {
    group: 't3-satisfaction-survey',
    name: 'pending-before-year-end',
    clause: 'T3',
    description: "[T3] option surveyWindow 'calendar_year': last survey 2024-11-20, none yet in 2025 on 2025-06-30 → pending until 31 December",
    input: snap('2025-06-30', { units: [u(V1, { lastSatisfactionSurveyOn: '2024-11-20' })] }),
    options: { surveyWindow: 'calendar_year' },
    expect: { rules: [rule('t3-satisfaction-survey', V1, 'pending', '2024-11-20', 'survey in 2025')] },
  },
  {
    group: 't3-satisfaction-survey',
    name: 'last-12-months-option',
    clause: 'T3',
    description:
      "[T3] option surveyWindow 'last_12_months', judged on 2025-06-30: a survey after 2024-06-30 counts (2024-11-20 → pass); one on 2024-06-30 itself is a full year old (→ fail)",
    input: snap('2025-06-30', { units: [u(V1, { lastSatisfactionSurveyOn: '2024-11-20' }), u(V2, { lastSatisfactionSurveyOn: '2024-06-30' })] }),
    options: { surveyWindow: 'last_12_months' },
    expect: {
      rules: [rule('t3-satisfaction-survey', V1, 'pass', '2024-11-20', 'survey after 2024-06-30'), rule('t3-satisfaction-survey', V2, 'fail', '2024-06-30', 'survey after 2024-06-30')],
    },
  },
  // 专栏2
  ...countyCountCases('p2-1-brand-organisations', 'P2.1', 'brandSocialOrganisations', '品牌社区社会组织数量不低于1个', 1),
  ...countyCountCases('p2-1-brand-projects', 'P2.1', 'brandProjects', '品牌项目数量不低于1个', 1),
  {
    group: 'p2-2-volunteer-station',
    name: 'pass',
    clause: 'P2.2',
    description: '[P2.2] 志愿服务站点在社区综合服务设施中全覆盖: the facility has a station → pass; a unit without a facility → not applicable',
    input: snap(END, { units: [u(V1, { hasServiceFacility: true, hasVolunteerStation: true }), u(V2, { hasServiceFacility: false })] }),
    expect: { rules: [rule('p2-2-volunteer-station', V1, 'pass', 'true', 'true'), rule('p2-2-volunteer-station', V2, 'not_applicable', null, null)] },
  },
  {
    group: 'p2-2-volunteer-station',
    name: 'fail-on-due-date',
    clause: 'P2.2',
    description: '[P2.2] 到2025年 全覆盖: a facility without a station on 2025-12-31 → fail',
    input: snap(END, { units: [u(V1, { hasServiceFacility: true, hasVolunteerStation: false })] }),
    expect: { rules: [rule('p2-2-volunteer-station', V1, 'fail', 'false', 'true')] },
  },
  {
    group: 'p2-2-volunteer-station',
    name: 'pending-mid-period',
    clause: 'P2.2',
    description: '[P2.2] 到2025年: no station on 2024-06-30 → pending',
    input: snap(MID, { units: [u(V1, { hasServiceFacility: true, hasVolunteerStation: false })] }),
    expect: { rules: [rule('p2-2-volunteer-station', V1, 'pending', 'false', 'true')] },
  },
  {
    group: 'p2-2-registered-volunteers',
    name: 'pass-15-percent',
    clause: 'P2.2',
    description: '[P2.2] 注册志愿者占居民人口比例为15%: 28,500 of 190,000 residents = 15% → pass',
    input: snap(END, { county: { residentPopulation: 190000, registeredVolunteers: 28500 } }),
    expect: { rules: [rule('p2-2-registered-volunteers', COUNTY, 'pass', '15%', '≥15%')] },
  },
  {
    group: 'p2-2-registered-volunteers',
    name: 'fail-one-short',
    clause: 'P2.2',
    description: '[P2.2] 15%: 28,499 of 190,000 = 14.99947…% on 2025-12-31 → fail; shown "14.999%", since 2 places would show 15%',
    input: snap(END, { county: { residentPopulation: 190000, registeredVolunteers: 28499 } }),
    expect: { rules: [rule('p2-2-registered-volunteers', COUNTY, 'fail', '14.999%', '≥15%')] },
  },
  {
    group: 'p2-2-registered-volunteers',
    name: 'fail-resident-population-by-default',
    clause: 'P2.2',
    description: '[P2.2] 居民人口 is the resident population by default: 27,000 of 190,000 = 14.21% → fail',
    input: snap(END, { county: { residentPopulation: 190000, registeredPopulation: 180000, registeredVolunteers: 27000 } }),
    expect: { rules: [rule('p2-2-registered-volunteers', COUNTY, 'fail', '14.21%', '≥15%')] },
  },
  {
    group: 'p2-2-registered-volunteers',
    name: 'pass-registered-population-option',
    clause: 'P2.2',
    description: "[P2.2] option volunteerPopulation 'registered': 27,000 of 180,000 registered = 15% → pass",
    input: snap(END, { county: { residentPopulation: 190000, registeredPopulation: 180000, registeredVolunteers: 27000 } }),
    options: { volunteerPopulation: 'registered' },
    expect: { rules: [rule('p2-2-registered-volunteers', COUNTY, 'pass', '15%', '≥15%')] },
  },
  // T7
  ...flagCases('t7-legal-services', 'T7', 'hasPublicLegalServices', '推动村（社区）普法宣传、人民调解、法律援助等法律服务全覆盖', V1, true),
  // 专栏3 item 1
  {
    group: 'p3-1-party-organisations-reported',
    name: 'pass-86-of-86',
    clause: 'P3.1',
    description: '[P3.1] 党组织到社区报到全覆盖 (100%): 86 of 86 → pass',
    input: snap(MID, { county: { institutionPartyOrganisations: 86, institutionPartyOrganisationsReported: 86 } }),
    expect: { rules: [rule('p3-1-party-organisations-reported', COUNTY, 'pass', '100%', '100%')] },
  },
  {
    group: 'p3-1-party-organisations-reported',
    name: 'fail-85-of-86',
    clause: 'P3.1',
    description: '[P3.1] 全覆盖: 85 of 86 = 98.84% on 2025-12-31 → fail',
    input: snap(END, { county: { institutionPartyOrganisations: 86, institutionPartyOrganisationsReported: 85 } }),
    expect: { rules: [rule('p3-1-party-organisations-reported', COUNTY, 'fail', '98.84%', '100%')] },
  },
  {
    group: 'p3-1-serving-party-members-reported',
    name: 'pass-3120-of-3120',
    clause: 'P3.1',
    description: '[P3.1] 在职党员到社区报到全覆盖: 3,120 of 3,120 → pass',
    input: snap(END, { county: { servingPartyMembers: 3120, servingPartyMembersReported: 3120 } }),
    expect: { rules: [rule('p3-1-serving-party-members-reported', COUNTY, 'pass', '100%', '100%')] },
  },
  {
    group: 'p3-1-serving-party-members-reported',
    name: 'fail-3119-of-3120',
    clause: 'P3.1',
    description: '[P3.1] 全覆盖: 3,119 of 3,120 = 99.968% on 2025-12-31 → fail, shown "99.97%" (never "100%")',
    input: snap(END, { county: { servingPartyMembers: 3120, servingPartyMembersReported: 3119 } }),
    expect: { rules: [rule('p3-1-serving-party-members-reported', COUNTY, 'fail', '99.97%', '100%')] },
  },
  {
    group: 'p3-1-serving-party-members-reported',
    name: 'pending-mid-period',
    clause: 'P3.1',
    description: '[P3.1] the sentence states no date, due 2025-12-31: 3,105 of 3,412 (91%) on 2024-06-30 → pending',
    input: snap(MID, { county: { servingPartyMembers: 3412, servingPartyMembersReported: 3105 } }),
    expect: { rules: [rule('p3-1-serving-party-members-reported', COUNTY, 'pending', '91%', '100%')] },
  },
  // 专栏3 item 2: elderly care
  {
    group: 'p3-2-township-elderly-care-centre',
    name: 'pass-and-fail-by-township',
    clause: 'P3.2',
    description: '[P3.2] 各乡镇至少建有1个具备综合功能的养老服务中心: 章凤镇 1 → pass; 护国乡 0 on 2025-12-31 → fail; the farm is not a 乡镇 here → not applicable',
    input: snap(END, {
      townships: townships([
        ['533124101', { comprehensiveElderlyCareCentres: 1 }],
        ['533124202', { comprehensiveElderlyCareCentres: 0 }],
        [FARM, { comprehensiveElderlyCareCentres: 0 }],
      ]),
    }),
    expect: {
      rules: [
        rule('p3-2-township-elderly-care-centre', '533124101', 'pass', '1', '≥1'),
        rule('p3-2-township-elderly-care-centre', '533124202', 'fail', '0', '≥1'),
        rule('p3-2-township-elderly-care-centre', FARM, 'not_applicable', null, null),
      ],
    },
  },
  {
    group: 'p3-2-township-elderly-care-centre',
    name: 'farm-counted-option',
    clause: 'P3.2',
    description: '[P3.2] option farmCountsAsTownship: 陇川农场 counts as a 乡镇; with no centre on 2024-06-30 → pending (not applicable by default)',
    input: snap(MID, { townships: townships([[FARM, { comprehensiveElderlyCareCentres: 0 }]]) }),
    options: { farmCountsAsTownship: true },
    expect: { rules: [rule('p3-2-township-elderly-care-centre', FARM, 'pending', '0', '≥1')] },
  },
  {
    group: 'p3-2-regional-elderly-care-centres',
    name: 'pass-5-of-9',
    clause: 'P3.2',
    description: '[P3.2] 50%以上的乡镇建有区域性养老服务中心: 5 of the 9 乡镇 = 55.56% → pass (the farm is not counted)',
    input: snap(END, { townships: regional(5) }),
    expect: { rules: [rule('p3-2-regional-elderly-care-centres', COUNTY, 'pass', '55.56%', '≥50%')] },
  },
  {
    group: 'p3-2-regional-elderly-care-centres',
    name: 'fail-4-of-9',
    clause: 'P3.2',
    description: '[P3.2] 50%以上: 4 of 9 = 44.44% on 2025-12-31 → fail, even though the farm has one (not counted by default)',
    input: snap(END, { townships: regional(4, true) }),
    expect: { rules: [rule('p3-2-regional-elderly-care-centres', COUNTY, 'fail', '44.44%', '≥50%')] },
  },
  {
    group: 'p3-2-regional-elderly-care-centres',
    name: 'pass-5-of-10-farm-counted',
    clause: 'P3.2',
    description: '[P3.2] option farmCountsAsTownship: 4 乡镇 + the farm = 5 of 10 = 50% → pass (以上 includes 50%)',
    input: snap(END, { townships: regional(4, true) }),
    options: { farmCountsAsTownship: true },
    expect: { rules: [rule('p3-2-regional-elderly-care-centres', COUNTY, 'pass', '50%', '≥50%')] },
  },
  {
    group: 'p3-2-day-care-coverage',
    name: 'pass-9-of-10',
    clause: 'P3.2',
    description: '[P3.2] 90%的社区有日间照料中心设施覆盖: 9 of 10 villages and communities = 90% → pass',
    input: snap(END, { units: DAYCARE_UNITS.map((c, i) => u(c, { hasDayCareCoverage: i < 9 })) }),
    expect: { rules: [rule('p3-2-day-care-coverage', COUNTY, 'pass', '90%', '≥90%')] },
  },
  {
    group: 'p3-2-day-care-coverage',
    name: 'fail-8-of-9',
    clause: 'P3.2',
    description: '[P3.2] 90%: 8 of 9 = 88.89% on 2025-12-31 → fail',
    input: snap(END, { units: DAYCARE_UNITS.slice(0, 9).map((c, i) => u(c, { hasDayCareCoverage: i < 8 })) }),
    expect: { rules: [rule('p3-2-day-care-coverage', COUNTY, 'fail', '88.89%', '≥90%')] },
  },
  {
    group: 'p3-2-day-care-coverage',
    name: 'pass-urban-communities-option',
    clause: 'P3.2',
    description: "[P3.2] option dayCareCommunities 'urban': both communities covered = 100% → pass (all units: 2 of 5 = 40%, fail)",
    input: snap(END, { units: [u(C1, { hasDayCareCoverage: true }), u(C2, { hasDayCareCoverage: true }), u(V1, { hasDayCareCoverage: false }), u(V2, { hasDayCareCoverage: false }), u(V3, { hasDayCareCoverage: false })] }),
    options: { dayCareCommunities: 'urban' },
    expect: { rules: [rule('p3-2-day-care-coverage', COUNTY, 'pass', '100%', '≥90%')] },
  },
  {
    group: 'p3-2-new-estate-elderly-care-space',
    name: 'pass-300-households-60m2',
    clause: 'P3.2',
    description: '[P3.2] 每百户不少于20平方米: 60 m² for 300 households → 20 → pass',
    input: snap(MID, { records: { newEstates: [{ id: 'E1', households: 300, elderlyCareServiceArea: '60' }] } }),
    // 6000 hundredths of m² ÷ 300 households: exactly 20.
    expect: { rules: [{ ...rule('p3-2-new-estate-elderly-care-space', 'E1', 'pass', '20 m²/100 households', '≥20 m²/100 households'), measure: { value: '20', threshold: '20', comparator: 'at_least', unit: 'm2_per_100_households' } }] },
  },
  {
    group: 'p3-2-new-estate-elderly-care-space',
    name: 'fail-300-households-59.99m2',
    clause: 'P3.2',
    description: '[P3.2] 每百户不少于20平方米: 59.99 m² for 300 households → 19.9967 → fail at once (a standard); shown "19.997", since 2 places would show 20',
    input: snap(MID, { records: { newEstates: [{ id: 'E2', households: 300, elderlyCareServiceArea: '59.99' }] } }),
    // 5999 ÷ 300 = 19.99666…
    expect: { rules: [{ ...rule('p3-2-new-estate-elderly-care-space', 'E2', 'fail', '19.997 m²/100 households', '≥20 m²/100 households'), measure: { value: '19.99666666666666666666666666666666666667', threshold: '20', comparator: 'at_least', unit: 'm2_per_100_households' } }] },
  },
  {
    group: 'p3-2-monthly-visit-rate',
    name: 'pass-january-fail-february',
    clause: 'P3.2',
    description: '[P3.2] 月探访率达到100％: roster p1, p2; January both visited → 100% → pass; February only p1 → 50% → fail (the month is over on 2025-03-31)',
    input: snap('2025-03-31', { records: { elderlyVisits: visitLog } }),
    expect: { rules: [rule('p3-2-monthly-visit-rate', '2025-01', 'pass', '100%', '100%'), rule('p3-2-monthly-visit-rate', '2025-02', 'fail', '50%', '100%')] },
  },
  {
    group: 'p3-2-monthly-visit-rate',
    name: 'pending-month-not-over',
    clause: 'P3.2',
    description: '[P3.2] February, 1 of 2 visited, judged on 2025-02-20 while the month runs to 2025-02-28 → pending',
    input: snap('2025-02-20', { records: { elderlyVisits: visitLog } }),
    expect: { rules: [rule('p3-2-monthly-visit-rate', '2025-02', 'pending', '50%', '100%')] },
  },
  {
    group: 'p3-2-monthly-visit-rate',
    name: 'fail-visit-before-joining-not-counted',
    clause: 'P3.2',
    description: '[P3.2] p2 joins the roster on 2025-01-15 and is visited on 2025-01-12, before joining: not counted → January 1 of 2 = 50% → fail; the visit is flagged',
    input: snap('2025-02-01', {
      records: {
        elderlyVisits: {
          from: '2025-01-01',
          to: '2025-01-31',
          roster: [{ personId: 'p1' }, { personId: 'p2', from: '2025-01-15' }],
          visits: [
            { id: 'v1', personId: 'p1', date: '2025-01-10' },
            { id: 'v2', personId: 'p2', date: '2025-01-12' },
          ],
        },
      },
    }),
    expect: { rules: [rule('p3-2-monthly-visit-rate', '2025-01', 'fail', '50%', '100%'), rule('p3-2-visits-on-roster', 'v2', 'fail', 'p2', 'on roster')] },
  },
  {
    group: 'p3-2-visits-on-roster',
    name: 'pass-all-on-roster',
    clause: 'P3.2',
    description: '[P3.2] data check: every visit is to someone on the roster that day → one passing result for the log',
    input: snap('2025-03-31', { records: { elderlyVisits: visitLog } }),
    expect: { rules: [rule('p3-2-visits-on-roster', 'records.elderlyVisits', 'pass', '0', '0')] },
  },
  {
    group: 'p3-2-visits-on-roster',
    name: 'fail-visit-off-roster',
    clause: 'P3.2',
    description: '[P3.2] data check: a visit to p9, who is not on the roster → fail (informational; not counted in the rate); a visit without an id is named by its index',
    input: snap('2025-03-31', {
      records: { elderlyVisits: { ...visitLog, visits: [...visitLog.visits.slice(0, 2), { personId: 'p9', date: '2025-01-25' }, { id: 'v9', personId: 'p9', date: '2025-02-25' }] } },
    }),
    expect: { rules: [rule('p3-2-visits-on-roster', 'visits[2]', 'fail', 'p9', 'on roster'), rule('p3-2-visits-on-roster', 'v9', 'fail', 'p9', 'on roster')] },
  },
  // 专栏3 item 3
  {
    group: 'p3-3-minor-protection-station',
    name: 'pass-and-fail-farm-included',
    clause: 'P3.3',
    description: '[P3.3] 9个乡镇、1个农场均设有未成年人保护工作站: 章凤镇 and the farm have one → pass (the farm is named and counted); 勐约乡 has none on 2025-12-31 → fail',
    input: snap(END, {
      townships: townships([
        ['533124101', { hasMinorProtectionStation: true }],
        ['533124205', { hasMinorProtectionStation: false }],
        [FARM, { hasMinorProtectionStation: true }],
      ]),
    }),
    expect: {
      rules: [
        rule('p3-3-minor-protection-station', '533124101', 'pass', 'true', 'true'),
        rule('p3-3-minor-protection-station', '533124205', 'fail', 'false', 'true'),
        rule('p3-3-minor-protection-station', FARM, 'pass', 'true', 'true'),
      ],
    },
  },
  {
    group: 'p3-3-minor-protection-station',
    name: 'pending-mid-period',
    clause: 'P3.3',
    description: '[P3.3] 力争2025年: no station on 2024-06-30 → pending',
    input: snap(MID, { townships: townships([['533124205', { hasMinorProtectionStation: false }]]) }),
    expect: { rules: [rule('p3-3-minor-protection-station', '533124205', 'pending', 'false', 'true')] },
  },
  // 专栏3 item 4
  ...flagCases('p3-4-disabled-persons-association', 'P3.4', 'hasDisabledPersonsAssociation', '实现村（社区）残疾人协会全覆盖', V1, true),
  {
    group: 'p3-4-mental-health-rehabilitation',
    name: 'pass-224-of-372',
    clause: 'P3.4',
    description: '[P3.4] 60%以上的居家患者接受社区康复服务: 60% of 372 is 223.2, so 224 are needed; 224 of 372 = 60.22% → pass',
    input: snap(END, { county: { homeMentalPatients: 372, homeMentalPatientsInRehab: 224 } }),
    expect: { rules: [rule('p3-4-mental-health-rehabilitation', COUNTY, 'pass', '60.22%', '≥60%')] },
  },
  {
    group: 'p3-4-mental-health-rehabilitation',
    name: 'fail-223-of-372',
    clause: 'P3.4',
    description: '[P3.4] 60%以上: 223 of 372 = 59.95% on 2025-12-31 → fail',
    input: snap(END, { county: { homeMentalPatients: 372, homeMentalPatientsInRehab: 223 } }),
    expect: { rules: [rule('p3-4-mental-health-rehabilitation', COUNTY, 'fail', '59.95%', '≥60%')] },
  },
  {
    group: 'p3-4-mental-health-rehabilitation',
    name: 'pass-exactly-60-percent',
    clause: 'P3.4',
    description: '[P3.4] 以上 includes the number itself: 60 of 100 = 60% → pass',
    input: snap(END, { county: { homeMentalPatients: 100, homeMentalPatientsInRehab: 60 } }),
    expect: { rules: [rule('p3-4-mental-health-rehabilitation', COUNTY, 'pass', '60%', '≥60%')] },
  },
  // 专栏3 item 9
  ...flagCases('p3-9-fitness-circle', 'P3.9', 'inFitnessCircle', '实现社区“15分钟健身圈”全覆盖', V1, true),
  {
    group: 'p3-9-fitness-circle',
    name: 'urban-communities-option',
    clause: 'P3.9',
    description: "[P3.9] option fitnessCircleCommunities 'urban': a village is not checked (not applicable); the community without one on 2025-12-31 → fail",
    input: snap(END, { units: [u(V1, { inFitnessCircle: false }), u(C1, { inFitnessCircle: false })] }),
    options: { fitnessCircleCommunities: 'urban' },
    expect: { rules: [rule('p3-9-fitness-circle', V1, 'not_applicable', null, null), rule('p3-9-fitness-circle', C1, 'fail', 'false', 'true')] },
  },
  // 专栏3 item 11: 城区“一区一警两辅警”，农村“一村一辅警”
  ...countCases('p3-11-rural-auxiliary-police', 'P3.11', 'auxiliaryPoliceOfficers', '农村“一村一辅警”', V1, 1, true),
  {
    group: 'p3-11-rural-auxiliary-police',
    name: 'not-applicable-to-communities',
    clause: 'P3.11',
    description: '[P3.11] 农村 only: a community (社区居民委员会) is not applicable',
    input: snap(END, { units: [u(C1, { auxiliaryPoliceOfficers: 0 })] }),
    expect: { rules: [rule('p3-11-rural-auxiliary-police', C1, 'not_applicable', null, null)] },
  },
  ...countCases('p3-11-urban-community-police', 'P3.11', 'communityPoliceOfficers', '城区“一区一警两辅警”：社区民警', C1, 1, true),
  ...countCases('p3-11-urban-auxiliary-police', 'P3.11', 'auxiliaryPoliceOfficers', '城区“一区一警两辅警”：两名辅警', C1, 2, true),
  {
    group: 'p3-11-urban-auxiliary-police',
    name: 'pending-1-mid-period',
    clause: 'P3.11',
    description: '[P3.11] 两辅警: 1 on 2024-06-30 → pending (no date in the sentence: due 2025-12-31); a village is not applicable',
    input: snap(MID, { units: [u(C1, { auxiliaryPoliceOfficers: 1 }), u(V1, { auxiliaryPoliceOfficers: 1 })] }),
    expect: { rules: [rule('p3-11-urban-auxiliary-police', C1, 'pending', '1', '≥2'), rule('p3-11-urban-auxiliary-police', V1, 'not_applicable', null, null)] },
  },
  {
    group: 'p3-11-urban-auxiliary-police',
    name: 'farm-communities',
    clause: 'P3.11',
    description:
      "[P3.11] 城区“一区一警两辅警”: 陇川农场's 陇农社区 (533124400001), a 社区居民委员会, is an urban community by default: 1 auxiliary officer on 2025-12-31 → fail (两辅警)",
    input: snap(END, { units: [u(FARM_C1, { auxiliaryPoliceOfficers: 1 })] }),
    expect: { rules: [rule('p3-11-urban-auxiliary-police', FARM_C1, 'fail', '1', '≥2')] },
  },
  {
    group: 'p3-11-urban-auxiliary-police',
    name: 'farm-communities-exclude-option',
    clause: 'P3.11',
    description: "[P3.11] option farmCommunities 'exclude': the farm's communities are left out → 陇农社区 not applicable; 老街子社区 still judged",
    input: snap(END, { units: [u(FARM_C1, { auxiliaryPoliceOfficers: 1 }), u(C1, { auxiliaryPoliceOfficers: 2 })] }),
    options: { farmCommunities: 'exclude' },
    expect: { rules: [rule('p3-11-urban-auxiliary-police', FARM_C1, 'not_applicable', null, null), rule('p3-11-urban-auxiliary-police', C1, 'pass', '2', '≥2')] },
  },
  // 专栏3 item 12
  ...countCases('p3-12-legal-adviser', 'P3.12', 'legalAdvisers', '一村（社区）一法律顾问', V1, 1, false),
  // 专栏3 item 14
  ...countyCountCases('p3-14-demonstration-villages', 'P3.14', 'ethnicUnityDemonstrationUnits', '“十四五”期间将打造20个以上民族团结进步示范村（社区）', 20),
  // 专栏3 item 16
  {
    group: 'p3-16-village-plan',
    name: 'pass',
    clause: 'P3.16',
    description: '[P3.16] 完成全县68个行政村村庄规划编制: the village plan is compiled → pass; a community is not a 行政村 → not applicable',
    input: snap(END, { units: [u(V1, { villagePlanCompleted: true }), u(C1, { villagePlanCompleted: false })] }),
    expect: { rules: [rule('p3-16-village-plan', V1, 'pass', 'true', 'true'), rule('p3-16-village-plan', C1, 'not_applicable', null, null)] },
  },
  {
    group: 'p3-16-village-plan',
    name: 'fail-on-due-date',
    clause: 'P3.16',
    description: '[P3.16] 到2025年: not compiled on 2025-12-31 → fail; on 2024-06-30 it would be pending',
    input: snap(END, { units: [u(V1, { villagePlanCompleted: false })] }),
    expect: { rules: [rule('p3-16-village-plan', V1, 'fail', 'false', 'true')] },
  },
  ...countyCountCases('p3-16-village-plans', 'P3.16', 'villagePlansCompleted', '完成全县68个行政村村庄规划编制', 68),
  // T8
  {
    group: 't8-new-facility-area',
    name: 'pass-300-households-90m2',
    clause: 'T8',
    description: '[T8] 每百户居民不低于30平方米 (new facilities): completed 2023-05-20, 90 m² for 300 households → 30 → pass',
    input: snap(MID, { units: [u(V1, { households: 300, hasServiceFacility: true, facilityBuildingArea: '90', facilityCompletedOn: '2023-05-20' })] }),
    expect: { rules: [{ ...rule('t8-new-facility-area', V1, 'pass', '30 m²/100 households', '≥30 m²/100 households'), measure: { value: '30', threshold: '30', comparator: 'at_least', unit: 'm2_per_100_households' } }] },
  },
  {
    group: 't8-new-facility-area',
    name: 'fail-300-households-89.99m2',
    clause: 'T8',
    description: '[T8] 30 m² per 100 households: 89.99 m² for 300 households → 29.9967 → fail at once (a standard); shown "29.997", since 2 places would show 30',
    input: snap(MID, { units: [u(V1, { households: 300, hasServiceFacility: true, facilityBuildingArea: '89.99', facilityCompletedOn: '2023-05-20' })] }),
    expect: { rules: [rule('t8-new-facility-area', V1, 'fail', '29.997 m²/100 households', '≥30 m²/100 households')] },
  },
  {
    group: 't8-new-facility-area',
    name: 'only-facilities-built-in-the-period',
    clause: 'T8',
    description: '[T8] 新建 = completed 2021-01-01 to 2025-12-31: built on 2021-01-01 → checked (29.997 → fail); built on 2020-12-31 → not applicable',
    input: snap(MID, {
      units: [
        u(V1, { households: 300, hasServiceFacility: true, facilityBuildingArea: '89.99', facilityCompletedOn: '2021-01-01' }),
        u(V2, { households: 300, hasServiceFacility: true, facilityBuildingArea: '89.99', facilityCompletedOn: '2020-12-31' }),
      ],
    }),
    expect: { rules: [rule('t8-new-facility-area', V1, 'fail', '29.997 m²/100 households', '≥30 m²/100 households'), rule('t8-new-facility-area', V2, 'not_applicable', null, null)] },
  },
  // 专栏4 item 2
  {
    group: 'p4-2-relocation-site-facilities',
    name: 'pass-3-of-3',
    clause: 'P4.2',
    description: '[P4.2] 基本实现易地扶贫搬迁安置点综合服务设施全覆盖: 3 of 3 sites → 100% → pass',
    input: snap(END, { records: { relocationSites: [{ id: 'S1', hasServiceFacility: true }, { id: 'S2', hasServiceFacility: true }, { id: 'S3', hasServiceFacility: true }] } }),
    expect: { rules: [rule('p4-2-relocation-site-facilities', COUNTY, 'pass', '100%', '100%')] },
  },
  {
    group: 'p4-2-relocation-site-facilities',
    name: 'fail-2-of-3',
    clause: 'P4.2',
    description: '[P4.2] 全覆盖 (基本 softens the wording, not the number): 2 of 3 = 66.67% on 2025-12-31 → fail',
    input: snap(END, { records: { relocationSites: [{ id: 'S1', hasServiceFacility: true }, { id: 'S2', hasServiceFacility: true }, { id: 'S3', hasServiceFacility: false }] } }),
    expect: { rules: [rule('p4-2-relocation-site-facilities', COUNTY, 'fail', '66.67%', '100%')] },
  },
  {
    group: 'p4-2-relocation-site-facilities',
    name: 'pass-threshold-option-90',
    clause: 'P4.2',
    description: "[P4.2] option relocationThreshold '90' (the caller's reading of 基本): 9 of 10 sites = 90% → pass",
    input: snap(END, { records: { relocationSites: Array.from({ length: 10 }, (_, i) => ({ id: `S${i + 1}`, hasServiceFacility: i < 9 })) } }),
    options: { relocationThreshold: '90' },
    expect: { rules: [rule('p4-2-relocation-site-facilities', COUNTY, 'pass', '90%', '≥90%')] },
  },
  // T10
  ...countCases('t10-grid-members', 'T10', 'gridMembers', '配备专兼职网格员 (at least one)', V1, 1, false),
  {
    group: 't10-ethnic-religious-officer',
    name: 'pass-heavy-work-with-officer',
    clause: 'T10',
    description: '[T10] 宗教、民族工作较重的村（社区）可设1名民族宗教干事: heavy work and 1 officer → pass; work not heavy → not applicable',
    input: snap(MID, { units: [u(V1, { heavyEthnicReligiousWork: true, ethnicReligiousOfficers: 1 }), u(V2, { heavyEthnicReligiousWork: false })] }),
    expect: { rules: [rule('t10-ethnic-religious-officer', V1, 'pass', '1', '≥1'), rule('t10-ethnic-religious-officer', V2, 'not_applicable', null, null)] },
  },
  {
    group: 't10-ethnic-religious-officer',
    name: 'fail-heavy-work-no-officer',
    clause: 'T10',
    description: '[T10] 可设 (may): heavy work and no officer → fail of informational severity',
    input: snap(MID, { units: [u(V1, { heavyEthnicReligiousWork: true, ethnicReligiousOfficers: 0 })] }),
    expect: { rules: [{ ...rule('t10-ethnic-religious-officer', V1, 'fail', '0', '≥1'), severity: 'informational', gap: { value: '1', unit: 'persons' } }] },
  },
  // T12
  {
    group: 't12-village-cadre-pay-structure',
    name: 'pass-four-parts',
    clause: 'T12',
    description: '[T12] 基本报酬+岗位补贴+绩效补贴+村级集体经济创收奖励: all four in place → pass; a community is not checked',
    input: snap(MID, {
      units: [
        u(V1, { cadrePay: { basicPay: true, postAllowance: true, performanceAllowance: true, collectiveIncomeReward: true } }),
        u(C1, { cadrePay: { basicPay: true, postAllowance: false, performanceAllowance: false, collectiveIncomeReward: false } }),
      ],
    }),
    expect: { rules: [rule('t12-village-cadre-pay-structure', V1, 'pass', '4/4', '4/4'), rule('t12-village-cadre-pay-structure', C1, 'not_applicable', null, null)] },
  },
  {
    group: 't12-village-cadre-pay-structure',
    name: 'fail-three-parts',
    clause: 'T12',
    description: '[T12] no 村级集体经济创收奖励 → 3 of 4 parts → fail',
    input: snap(MID, { units: [u(V1, { cadrePay: { basicPay: true, postAllowance: true, performanceAllowance: true, collectiveIncomeReward: false } })] }),
    expect: { rules: [rule('t12-village-cadre-pay-structure', V1, 'fail', '3/4', '4/4')] },
  },
  ...insurance('t12-pension-insurance', 'workersWithPensionInsurance', '基本养老保险'),
  ...insurance('t12-medical-insurance', 'workersWithMedicalInsurance', '基本医疗保险'),
  ...insurance('t12-housing-fund', 'workersWithHousingFund', '住房公积金'),
  {
    group: 't12-housing-fund',
    name: 'all-units-option',
    clause: 'T12',
    description: "[T12] option communityWorkerUnits 'all': a village's 6 workers, none with a housing fund → 0 of 6 → fail",
    input: snap(MID, { units: [u(V1, { communityWorkers: 6, workersWithHousingFund: 0 })] }),
    options: { communityWorkerUnits: 'all' },
    expect: { rules: [rule('t12-housing-fund', V1, 'fail', '0/6', '6/6')] },
  },
  {
    group: 't12-urban-worker-income',
    name: 'pass-equal-to-last-years-wage',
    clause: 'T12',
    description: '[T12] 月平均收入不低于上年度…月平均工资: 7,800 yuan in 2024 against 7,800 yuan in 2023 → pass',
    input: snap(MID, { county: { urbanUnitWages: [{ year: 2023, averageMonthlyWage: '7800' }] }, records: { communityWorkerIncome: [{ year: 2024, averageMonthlyIncome: '7800' }] } }),
    expect: { rules: [rule('t12-urban-worker-income', '533124:2024', 'pass', '7800 yuan', '≥7800 yuan')] },
  },
  {
    group: 't12-urban-worker-income',
    name: 'fail-one-fen-short',
    clause: 'T12',
    description: '[T12] 7,799.99 yuan in 2024 against 7,800 in 2023 → fail (exact to the fen); the community’s own record is its own subject',
    input: snap(MID, {
      county: { urbanUnitWages: [{ year: 2023, averageMonthlyWage: '7800' }] },
      records: { communityWorkerIncome: [{ year: 2024, unitCode: C1, averageMonthlyIncome: '7799.99' }] },
    }),
    expect: { rules: [rule('t12-urban-worker-income', `${C1}:2024`, 'fail', '7799.99 yuan', '≥7800 yuan')] },
  },
  {
    group: 't12-urban-worker-income',
    name: 'annual-wage-exact-division',
    clause: 'T12',
    description:
      '[T12] with an annual wage only: 93,601 ÷ 12 = 7,800.0833…; 7,800.08 × 12 = 93,600.96 < 93,601 → fail (2024), the wage shown to 3 places (7,800.083), as to the fen it would read 7,800.08, the failing income itself; 7,800.09 × 12 = 93,601.08 → pass (2025 against the same figure for 2024), the wage shown to the fen (7,800.08)',
    input: snap(END, {
      county: { urbanUnitWages: [{ year: 2023, averageAnnualWage: '93601' }, { year: 2024, averageAnnualWage: '93601' }] },
      records: { communityWorkerIncome: [{ year: 2024, averageMonthlyIncome: '7800.08' }, { year: 2025, averageMonthlyIncome: '7800.09' }] },
    }),
    expect: {
      rules: [rule('t12-urban-worker-income', '533124:2024', 'fail', '7800.08 yuan', '≥7800.083 yuan'), rule('t12-urban-worker-income', '533124:2025', 'pass', '7800.09 yuan', '≥7800.08 yuan')],
    },
  },
  // 专栏6
  // T11 统筹推进基层干部、村（社区）干部、社区工作者培训……实现培训全覆盖 (no date: due 2025-12-31)
  {
    group: 't11-training-coverage',
    name: 'pass-all-three-groups',
    clause: 'T11',
    description: '[T11] 实现培训全覆盖: 基层干部 120/120, 村（社区）干部 410/410, 社区工作者 6 + 3 = 9/9 → 539/539 = 100% → pass',
    input: snap(END, {
      county: { grassrootsCadres: 120, grassrootsCadresTrained: 120, villageCadres: 410, villageCadresTrained: 410 },
      units: [u(C1, { communityWorkers: 6, communityWorkersTrained: 6 }), u(V1, { communityWorkers: 3, communityWorkersTrained: 3 })],
    }),
    expect: { rules: [{ ...rule('t11-training-coverage', COUNTY, 'pass', '100%', '100%'), gap: null }] },
  },
  {
    group: 't11-training-coverage',
    name: 'pending-then-fail-short',
    clause: 'T11',
    description:
      '[T11] 基层干部 118/120, 村（社区）干部 410/410, 社区工作者 8/9: 536/539 = 99.443…% → 99.44%; 2 + 1 = 3 people untrained: pending on 2024-06-30 (due 2025-12-31)',
    input: snap(MID, {
      county: { grassrootsCadres: 120, grassrootsCadresTrained: 118, villageCadres: 410, villageCadresTrained: 410 },
      units: [u(C1, { communityWorkers: 6, communityWorkersTrained: 5 }), u(V1, { communityWorkers: 3, communityWorkersTrained: 3 })],
    }),
    expect: { rules: [{ ...rule('t11-training-coverage', COUNTY, 'pending', '99.44%', '100%'), gap: { value: '3', unit: 'persons' } }] },
  },
  {
    group: 't11-training-coverage',
    name: 'fail-one-village-cadre-on-due-date',
    clause: 'T11',
    description: '[T11] every group must be covered: 基层干部 120/120, 社区工作者 6/6, but 村（社区）干部 409/410 on 2025-12-31 → fail, 1 person; 535/536 = 99.813…% → 99.81%',
    input: snap(END, {
      county: { grassrootsCadres: 120, grassrootsCadresTrained: 120, villageCadres: 410, villageCadresTrained: 409 },
      units: [u(C1, { communityWorkers: 6, communityWorkersTrained: 6 })],
    }),
    expect: { rules: [{ ...rule('t11-training-coverage', COUNTY, 'fail', '99.81%', '100%'), gap: { value: '1', unit: 'persons' } }] },
  },
  {
    group: 't11-training-coverage',
    name: 'missing-cadre-counts',
    clause: 'T11',
    description: '[T11] the village (community) cadre counts not given → missing data naming them (never pass or fail)',
    input: snap(END, { county: { grassrootsCadres: 120, grassrootsCadresTrained: 120 }, units: [u(C1, { communityWorkers: 6, communityWorkersTrained: 6 })] }),
    expect: { rules: [{ ...rule('t11-training-coverage', COUNTY, 'missing_data', null, '100%'), missing: ['county.villageCadres', 'county.villageCadresTrained'] }] },
  },
  {
    group: 'p6-1-workers-trained',
    name: 'pass-6-of-6',
    clause: 'P6.1',
    description: '[P6.1] 将城乡社区工作者轮训一遍: 6 of 6 trained → pass',
    input: snap(MID, { units: [u(V1, { communityWorkers: 6, communityWorkersTrained: 6 })] }),
    expect: { rules: [rule('p6-1-workers-trained', V1, 'pass', '6/6', '6/6')] },
  },
  {
    group: 'p6-1-workers-trained',
    name: 'fail-5-of-6-on-due-date',
    clause: 'P6.1',
    description: '[P6.1] 轮训一遍: 5 of 6 on 2025-12-31 → fail',
    input: snap(END, { units: [u(V1, { communityWorkers: 6, communityWorkersTrained: 5 })] }),
    expect: { rules: [rule('p6-1-workers-trained', V1, 'fail', '5/6', '6/6')] },
  },
  {
    group: 'p6-1-workers-trained',
    name: 'pending-5-of-6-mid-period',
    clause: 'P6.1',
    description: '[P6.1] no date in the sentence, due 2025-12-31: 5 of 6 on 2024-06-30 → pending',
    input: snap(MID, { units: [u(V1, { communityWorkers: 6, communityWorkersTrained: 5 })] }),
    expect: { rules: [rule('p6-1-workers-trained', V1, 'pending', '5/6', '6/6')] },
  },
  ...countCases('p6-3-social-workers', 'P6.3', 'professionalSocialWorkers', '每个社区至少有1—2名专业社会工作人才 (at least one)', V1, 1, true),
  ...countCases('p6-3-social-workers-two', 'P6.3', 'professionalSocialWorkers', '至少有1—2名 (the aim of two, informational)', C1, 2, true),
  {
    group: 'p6-3-social-work-station',
    name: 'pass-and-fail-farm-included',
    clause: 'P6.3',
    description: '[P6.3] 全面推动9个乡镇1个农场社会工作站…建设: 章凤镇 has one → pass; the farm has none on 2025-12-31 → fail (the farm is counted)',
    input: snap(END, { townships: townships([['533124101', { hasSocialWorkStation: true }], [FARM, { hasSocialWorkStation: false }]]) }),
    expect: { rules: [rule('p6-3-social-work-station', '533124101', 'pass', 'true', 'true'), rule('p6-3-social-work-station', FARM, 'fail', 'false', 'true')] },
  },
  {
    group: 'p6-3-social-work-station',
    name: 'pending-and-missing',
    clause: 'P6.3',
    description: '[P6.3] none yet on 2024-06-30 → pending; a township without a record → missing data',
    input: snap(MID, { townships: townships([[FARM, { hasSocialWorkStation: false }]]) }),
    expect: { rules: [rule('p6-3-social-work-station', FARM, 'pending', 'false', 'true'), { ...rule('p6-3-social-work-station', '533124101', 'missing_data', null, 'true'), missing: ['townships'] }] },
  },
  {
    group: 'p6-3-social-work-talent',
    name: 'pass-342-of-190000',
    clause: 'P6.3',
    description: '[P6.3] 社会工作专业人才占全县人口比例1.8‰: 342 of 190,000 residents = 1.8‰ → pass',
    input: snap(END, { county: { residentPopulation: 190000, socialWorkProfessionals: 342 } }),
    expect: { rules: [{ ...rule('p6-3-social-work-talent', COUNTY, 'pass', '1.8‰', '≥1.8‰'), measure: { value: '1.8', threshold: '1.8', comparator: 'at_least', unit: 'permille' } }] },
  },
  {
    group: 'p6-3-social-work-talent',
    name: 'fail-341-of-190000',
    clause: 'P6.3',
    description: '[P6.3] 1.8‰: 341 of 190,000 = 1.7947…‰ on 2025-12-31 → fail (binding); 1.8‰ × 190,000 = 342 needed: gap 1 person',
    input: snap(END, { county: { residentPopulation: 190000, socialWorkProfessionals: 341 } }),
    expect: { rules: [{ ...rule('p6-3-social-work-talent', COUNTY, 'fail', '1.79‰', '≥1.8‰'), severity: 'binding', gap: { value: '1', unit: 'persons' }, measure: { value: '1.794736842105263157894736842105263157895', threshold: '1.8', comparator: 'at_least', unit: 'permille' } }] },
  },
  {
    group: 'p6-3-social-work-talent',
    name: 'fail-342-of-190001-just-below',
    clause: 'P6.3',
    description: '[P6.3] 1.8‰ of 190,001 people is 342.0018, so 343 are needed: 342 → 1.79999…‰ (shown with the places that keep it below 1.8) → fail, gap 1 person (whole persons, rounded up)',
    input: snap(END, { county: { residentPopulation: 190001, socialWorkProfessionals: 342 } }),
    // 342000 ÷ 190001 to 40 significant digits.
    expect: { rules: [{ ...rule('p6-3-social-work-talent', COUNTY, 'fail', '1.79999‰', '≥1.8‰'), severity: 'binding', gap: { value: '1', unit: 'persons' }, measure: { value: '1.799990526365650707101541570833837716644', threshold: '1.8', comparator: 'at_least', unit: 'permille' } }] },
  },
  {
    group: 'p6-3-social-work-talent',
    name: 'pass-registered-population-option',
    clause: 'P6.3',
    description: "[P6.3] option socialWorkPopulation 'registered': 360 of 200,000 registered = 1.8‰ → pass (of 210,000 residents it would be 1.71‰)",
    input: snap(END, { county: { residentPopulation: 210000, registeredPopulation: 200000, socialWorkProfessionals: 360 } }),
    options: { socialWorkPopulation: 'registered' },
    expect: { rules: [rule('p6-3-social-work-talent', COUNTY, 'pass', '1.8‰', '≥1.8‰')] },
  },
  // 保障措施 2
  {
    group: 's2-residential-utility-prices',
    name: 'pass-residential-or-not-supplied',
    clause: 'S2',
    description: '[S2] 水、电、气、热执行居民生活类价格: water and electricity residential, no gas or heating supplied → pass',
    input: snap(MID, { records: { serviceOutlets: [{ id: 'O1', water: 'residential', electricity: 'residential', gas: 'not_supplied', heating: 'not_supplied' }] } }),
    expect: { rules: [rule('s2-residential-utility-prices', 'O1', 'pass', 'none', 'none')] },
  },
  {
    group: 's2-residential-utility-prices',
    name: 'fail-non-residential-electricity-and-gas',
    clause: 'S2',
    description: '[S2] electricity and gas at non-residential prices → fail, naming both',
    input: snap(MID, { records: { serviceOutlets: [{ id: 'O2', water: 'residential', electricity: 'non_residential', gas: 'non_residential', heating: 'not_supplied' }] } }),
    expect: { rules: [rule('s2-residential-utility-prices', 'O2', 'fail', 'electricity+gas', 'none')] },
  },
];

/** Every case, indicators first, then rules in catalogue order of their groups. */
export const CASES: readonly VectorCase[] = [...indicatorCases, ...ruleCases];

/** The path of a case's file inside `vectors/`. */
export function caseFile(c: VectorCase): string {
  return `${c.group}/${c.name}.json`;
}

/** A case as its JSON file holds it (keys in a fixed order, both expectation lists present). */
export function caseJson(c: VectorCase): Record<string, unknown> {
  return {
    description: c.description,
    clause: c.clause,
    input: c.input,
    // Small inputs describe the units given, not the county: every case declares it unless it tests coverage itself.
    options: { scope: 'units', ...c.options },
    expect: { indicators: c.expect.indicators ?? [], rules: c.expect.rules ?? [], ...(c.expect.input === undefined ? {} : { input: c.expect.input }) },
  };
}

/** The index file: every case with its file, group, clause and description. */
export function indexJson(cases: readonly VectorCase[]): Record<string, unknown> {
  return {
    format: 'longchuan-community-plan/vectors',
    version: 1,
    count: cases.length,
    cases: cases.map((c) => ({ file: caseFile(c), group: c.group, clause: c.clause, description: c.description })),
  };
}

/** How the files are written: two-space JSON and a final newline. */
export function serialize(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
