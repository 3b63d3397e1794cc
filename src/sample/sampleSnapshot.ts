/**
 * The embedded sample: Longchuan's real 77 village-level units (codes, township codes and names from the NBS 2023
 * registry, `VILLAGE_UNITS`) carrying ILLUSTRATIVE figures — made up, not official statistics (see
 * {@link SAMPLE_NOTICE}) — chosen so that an evaluation on its date, 2024-06-30, shows every status the library
 * reports.
 *
 * How the figures are made: the 68 村民委员会 get theirs from small formulas of their position `r` (0–67) in the
 * registry (households 460–820, facilities 240–450 m², a few patterns such as "every fourth village has no facility"),
 * except 陆昆村, set apart to show a new facility below task 8's standard;
 * the 9 社区居民委员会 and the 10 township-level units from the small tables below; the county's population and
 * households are the sums of the units'. Nothing is random: the sample is the same on every run.
 *
 * @module
 */
import { deepFreeze } from '../_lib/deepFreeze';
import type { SnapshotInput } from '../snapshot/snapshotSchema';
import type { UnitInput } from '../snapshot/unitSchema';
import { VILLAGE_UNITS } from '../units/units.generated';

// ---------------------------------------------------------------------------------------------------------------
// Weekly opening schedules (T3, 每天8小时)
// ---------------------------------------------------------------------------------------------------------------

const DAY_8H = ['08:00-12:00', '14:00-18:00'];
/** 08:30–12:00 and 14:30–18:00: 7 h a day, the common office day, short of 8 h. */
const DAY_7H = ['08:30-12:00', '14:30-18:00'];
const weekdays = (day: string[], sat: string[] = []) => ({ mon: day, tue: day, wed: day, thu: day, fri: day, sat, sun: [] });

// ---------------------------------------------------------------------------------------------------------------
// Areas: whole square metres times a percentage, written as decimal strings with at most 2 decimals.
// ---------------------------------------------------------------------------------------------------------------

/** `m2 × percent ÷ 100` as a decimal string, exact (integer hundredths). */
function percentOf(m2: number, percent: number): string {
  const h = m2 * percent; // hundredths of m²
  const whole = Math.floor(h / 100);
  const frac = h % 100;
  return frac === 0 ? String(whole) : `${whole}.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
}

// ---------------------------------------------------------------------------------------------------------------
// The 68 administrative villages (村民委员会), by their position r in the registry
// ---------------------------------------------------------------------------------------------------------------

/** Townships whose villages report heavy ethnic and religious work (T10): 户撒阿昌族乡 and 王子树乡. */
const HEAVY_ETHNIC_WORK = /* @__PURE__ */ new Set(['533124201', '533124204']);

/**
 * One village where a facility built in the period is short of task 8's 30 m² per 100 households (220 m² for 800
 * households = 27.5 m²), so that `t8-new-facility-area` shows a failure: 陆昆村, 清平乡.
 */
const SMALL_NEW_FACILITY = '533124203205';

function village(code: string, name: string, townshipCode: string, r: number): UnitInput {
  const small = code === SMALL_NEW_FACILITY;
  const households = small ? 800 : 460 + 40 * ((7 * r) % 10);
  const residentPopulation = (households * 7) / 2; // 3.5 persons a household
  // Indicator 1: every fourth village (r = 3, 7, …, 67: 17 of 68) has no facility yet → 51/68 = 75%.
  const hasServiceFacility = r % 4 !== 3;
  const area = small ? 220 : 240 + 30 * ((3 * r) % 8);
  // Indicator 5: activity area 64–72% of the building, but 55% in r = 1, 11, … (those facilities are pending).
  const activityPercent = r % 10 === 1 ? 55 : 64 + 2 * (r % 5);
  const workers = 5 + (r % 3);
  const unit: UnitInput = {
    code,
    townshipCode,
    name,
    committeeType: 'village_committee',
    households,
    residentPopulation,
    hasServiceFacility,
    hasSelfServiceTerminal: r % 2 === 0,
    communityWorkers: workers,
    hasProxyGovernmentService: r % 10 !== 7,
    hasOnlineService24h: r % 17 !== 5,
    // A survey in 2024 for most; r = 2, 7, … last surveyed in October 2023 (pending until 2024-12-31).
    lastSatisfactionSurveyOn: r % 5 === 2 ? '2023-10-18' : `2024-0${3 + (r % 3)}-2${r % 8}`,
    hasPublicLegalServices: true,
    hasDisabledPersonsAssociation: r % 8 !== 6,
    inFitnessCircle: r % 3 !== 1,
    hasDayCareCoverage: r % 3 === 0,
    auxiliaryPoliceOfficers: r % 11 === 10 ? 0 : 1,
    legalAdvisers: 1,
    professionalSocialWorkers: r % 4 === 0 ? 1 : 0,
    gridMembers: 4 + (r % 5),
    heavyEthnicReligiousWork: HEAVY_ETHNIC_WORK.has(townshipCode),
    cadrePay: { basicPay: true, postAllowance: true, performanceAllowance: true, collectiveIncomeReward: r % 7 !== 3 },
    workersWithPensionInsurance: workers,
    workersWithMedicalInsurance: workers,
    workersWithHousingFund: 0,
    communityWorkersTrained: r % 5 === 1 ? workers - 2 : workers,
    villagePlanCompleted: r % 6 !== 5,
  };
  if (HEAVY_ETHNIC_WORK.has(townshipCode)) unit.ethnicReligiousOfficers = r % 5 === 4 ? 0 : 1;
  if (hasServiceFacility) {
    unit.facilityBuildingArea = String(area);
    unit.facilityActivityArea = small ? '140' : percentOf(area, activityPercent);
    unit.hasVolunteerStation = r % 7 !== 2;
    // Built in the period (新建, task 8) for r = 0, 6, 12, …; before it otherwise.
    unit.facilityCompletedOn = small ? '2022-11-20' : r % 6 === 0 ? `${2021 + ((r / 6) % 3)}-0${1 + (r % 9)}-15` : `${2014 + (r % 6)}-06-30`;
    // r = 8, 24, 40, 56 have not reported their opening schedule (missing data); r = 4, 13, … open 7 h a day.
    if (r % 16 !== 8) unit.openingSchedule = weekdays(r % 9 === 4 ? DAY_7H : DAY_8H);
  }
  return unit;
}

// ---------------------------------------------------------------------------------------------------------------
// The 9 urban communities (社区居民委员会): a small table
// ---------------------------------------------------------------------------------------------------------------

interface CommunityRow {
  readonly households: number;
  readonly residents: number;
  readonly workers: number;
  /** Facility building and activity area, m²; `undefined` when the community has no facility yet. */
  readonly facility: readonly [building: number, activity: number, completedOn: string] | undefined;
  /** Community total building area and commercial and service area, m². */
  readonly buildings: readonly [total: number, commercial: number];
  /** `undefined`: not reported (so indicator 6 has no data). */
  readonly terminal: boolean | undefined;
  readonly auxiliaryPolice: number;
  readonly socialWorkers: number;
  readonly housingFund: number;
  readonly trained: number;
  readonly saturday: boolean;
}

const COMMUNITIES: Readonly<Record<string, CommunityRow>> = {
  // 章凤镇, the county seat
  '533124101001': { households: 2650, residents: 8150, workers: 14, facility: [980, 640, '2017-09-30'], buildings: [520000, 46000], terminal: true, auxiliaryPolice: 2, socialWorkers: 2, housingFund: 14, trained: 14, saturday: true },
  '533124101002': { households: 3120, residents: 9050, workers: 16, facility: [1150, 760, '2022-08-30'], buildings: [610000, 52000], terminal: true, auxiliaryPolice: 2, socialWorkers: 2, housingFund: 16, trained: 16, saturday: true },
  '533124102001': { households: 1480, residents: 4380, workers: 8, facility: [620, 400, '2016-05-20'], buildings: [260000, 24500], terminal: true, auxiliaryPolice: 2, socialWorkers: 1, housingFund: 8, trained: 6, saturday: true },
  '533124103001': { households: 1350, residents: 4020, workers: 7, facility: [560, 360, '2018-03-31'], buildings: [240000, 22000], terminal: true, auxiliaryPolice: 2, socialWorkers: 1, housingFund: 7, trained: 7, saturday: true },
  '533124104001': { households: 1610, residents: 4730, workers: 9, facility: [650, 420, '2019-12-20'], buildings: [280000, 26000], terminal: true, auxiliaryPolice: 2, socialWorkers: 1, housingFund: 9, trained: 9, saturday: false },
  // 陇川农场's four communities
  '533124400001': { households: 1020, residents: 2890, workers: 5, facility: [420, 260, '2015-10-10'], buildings: [170000, 13500], terminal: undefined, auxiliaryPolice: 1, socialWorkers: 1, housingFund: 5, trained: 5, saturday: false },
  '533124400002': { households: 760, residents: 2150, workers: 4, facility: [360, 230, '2016-11-30'], buildings: [128000, 10500], terminal: true, auxiliaryPolice: 1, socialWorkers: 1, housingFund: 3, trained: 4, saturday: false },
  '533124400003': { households: 640, residents: 1830, workers: 3, facility: undefined, buildings: [105000, 8200], terminal: false, auxiliaryPolice: 1, socialWorkers: 1, housingFund: 3, trained: 3, saturday: false },
  '533124400004': { households: 690, residents: 1960, workers: 4, facility: [330, 210, '2017-04-15'], buildings: [112000, 9800], terminal: true, auxiliaryPolice: 1, socialWorkers: 1, housingFund: 3, trained: 4, saturday: false },
};

function community(code: string, name: string, townshipCode: string, c: CommunityRow): UnitInput {
  const unit: UnitInput = {
    code,
    townshipCode,
    name,
    committeeType: 'resident_committee',
    households: c.households,
    residentPopulation: c.residents,
    hasServiceFacility: c.facility !== undefined,
    communityBuildingArea: String(c.buildings[0]),
    commercialServiceArea: String(c.buildings[1]),
    communityWorkers: c.workers,
    hasProxyGovernmentService: true,
    hasOnlineService24h: true,
    lastSatisfactionSurveyOn: '2024-04-16',
    hasPublicLegalServices: true,
    hasDisabledPersonsAssociation: true,
    inFitnessCircle: true,
    hasDayCareCoverage: true,
    communityPoliceOfficers: 1,
    auxiliaryPoliceOfficers: c.auxiliaryPolice,
    legalAdvisers: 1,
    professionalSocialWorkers: c.socialWorkers,
    gridMembers: 6 + Math.floor(c.households / 500),
    heavyEthnicReligiousWork: false,
    workersWithPensionInsurance: c.workers,
    workersWithMedicalInsurance: c.workers,
    workersWithHousingFund: c.housingFund,
    communityWorkersTrained: c.trained,
  };
  if (c.terminal !== undefined) unit.hasSelfServiceTerminal = c.terminal;
  if (c.facility !== undefined) {
    unit.facilityBuildingArea = String(c.facility[0]);
    unit.facilityActivityArea = String(c.facility[1]);
    unit.facilityCompletedOn = c.facility[2];
    unit.hasVolunteerStation = true;
    unit.openingSchedule = weekdays(DAY_8H, c.saturday ? ['09:00-17:00'] : []);
  }
  return unit;
}

function buildUnits(): UnitInput[] {
  const units: UnitInput[] = [];
  let r = 0;
  for (const v of VILLAGE_UNITS) {
    if (v.kind === 'village_committee') {
      units.push(village(v.code, v.name, v.townshipCode, r));
      r++;
    } else {
      const row = COMMUNITIES[v.code];
      // Stryker disable next-line StringLiteral: unreachable with the shipped registry (every community has a row; the sample's tests build it)
      if (row === undefined) throw new Error(`sample: no figures for community ${v.code}`);
      units.push(community(v.code, v.name, v.townshipCode, row));
    }
  }
  return units;
}

// ---------------------------------------------------------------------------------------------------------------
// The 10 township-level units: a small table (专栏3 items 2 and 3, 专栏6 item 3)
// ---------------------------------------------------------------------------------------------------------------

//          code         comprehensive centres, regional centre, minor-protection station, social work station
const TOWNSHIP_ROWS: readonly (readonly [string, number, boolean, boolean, boolean])[] = [
  ['533124101', 2, true, true, true], // 章凤镇
  ['533124102', 1, false, true, true], // 陇把镇
  ['533124103', 1, true, true, true], // 景罕镇
  ['533124104', 1, true, false, true], // 城子镇
  ['533124201', 1, false, true, true], // 户撒阿昌族乡
  ['533124202', 0, false, true, true], // 护国乡
  ['533124203', 1, false, false, true], // 清平乡
  ['533124204', 0, false, true, false], // 王子树乡
  ['533124205', 1, false, true, false], // 勐约乡
  ['533124400', 1, false, true, true], // 陇川农场
];

// ---------------------------------------------------------------------------------------------------------------
// Records: the elderly visit log (专栏3 item 2)
// ---------------------------------------------------------------------------------------------------------------

/** Eight people on the roster; one joins in March, one leaves in April. */
const ROSTER = [
  { personId: 'LC-E001', unitCode: '533124101201' },
  { personId: 'LC-E002', unitCode: '533124102203' },
  { personId: 'LC-E003', unitCode: '533124103205' },
  { personId: 'LC-E004', unitCode: '533124201204' },
  { personId: 'LC-E005', unitCode: '533124202206' },
  { personId: 'LC-E006', unitCode: '533124204207', to: '2024-04-18' },
  { personId: 'LC-E007', unitCode: '533124205202', from: '2024-03-10' },
  { personId: 'LC-E008', unitCode: '533124400002' },
] as const;

/**
 * One visit a month, January to June 2024, to each person while on the roster (day 12 + their position), except
 * LC-E004 in March (March's rate is 7 of 8, 87.5%: a failing month); plus one visit to a person not on the roster.
 */
function buildVisits(): { id: string; personId: string; date: string }[] {
  const visits: { id: string; personId: string; date: string }[] = [];
  for (let m = 1; m <= 6; m++) {
    ROSTER.forEach((p, i) => {
      const date = `2024-0${m}-${12 + i}`;
      if ('from' in p && date < p.from) return;
      if ('to' in p && date > p.to) return;
      if (p.personId === 'LC-E004' && m === 3) return;
      visits.push({ id: `V-2024-0${m}-${p.personId.slice(3)}`, personId: p.personId, date });
    });
  }
  visits.push({ id: 'V-2024-05-E099', personId: 'LC-E099', date: '2024-05-21' });
  return visits;
}

// ---------------------------------------------------------------------------------------------------------------
// The snapshot
// ---------------------------------------------------------------------------------------------------------------

/** A note on every action status, so that the sample's origin shows wherever a status is printed. */
const NOTE = '示例数据 / illustrative sample';

function buildSample(): SnapshotInput {
  const units = buildUnits();
  let residents = 0;
  let households = 0;
  for (const u of units) {
    residents += u.residentPopulation as number;
    households += u.households as number;
  }
  return {
    asOf: '2024-06-30',
    county: {
      residentPopulation: residents,
      // 城镇常住人口 as the statistics bureau publishes it: the denominator of P1.7 at county level (the default
      // reading). It need not equal the nine communities' summed residents (39,160), read only under 'units'.
      urbanResidentPopulation: 39000,
      households,
      registeredPopulation: 197600,
      brandSocialOrganisations: 1,
      brandProjects: 0,
      registeredVolunteers: 21460,
      institutionPartyOrganisations: 86,
      institutionPartyOrganisationsReported: 86,
      servingPartyMembers: 3412,
      servingPartyMembersReported: 3105,
      homeMentalPatients: 412,
      homeMentalPatientsInRehab: 251,
      ethnicUnityDemonstrationUnits: 14,
      // villagePlansCompleted is left out: the rule counts the 68 villages' own villagePlanCompleted instead.
      socialWorkProfessionals: 236,
      oneShoulder: [
        // 2020, the end of the 13th Five-Year period: the level B1 is monitored against by default.
        { year: 2020, secretaries: 77, concurrent: 41 },
        { year: 2021, secretaries: 77, concurrent: 49 },
        { year: 2022, secretaries: 77, concurrent: 58 },
        { year: 2023, secretaries: 77, concurrent: 69 },
      ],
      urbanUnitWages: [
        { year: 2022, averageAnnualWage: '89964' },
        { year: 2023, averageAnnualWage: '94380' },
      ],
    },
    units,
    townships: TOWNSHIP_ROWS.map(([code, centres, regional, minor, social]) => ({
      code,
      comprehensiveElderlyCareCentres: centres,
      hasRegionalElderlyCareCentre: regional,
      hasMinorProtectionStation: minor,
      hasSocialWorkStation: social,
    })),
    records: {
      newEstates: [
        { id: 'E-2022-01', name: '示例小区甲（示意）', unitCode: '533124101002', completedOn: '2022-09-30', households: 640, elderlyCareServiceArea: '135' },
        { id: 'E-2023-02', name: '示例小区乙（示意）', unitCode: '533124101001', completedOn: '2023-11-15', households: 480, elderlyCareServiceArea: '88' },
      ],
      elderlyVisits: { from: '2024-01-01', to: '2024-06-30', roster: ROSTER.map((p) => ({ ...p })), visits: buildVisits() },
      serviceOutlets: [
        { id: 'O-01', name: '示例网点一（示意）', unitCode: '533124101001', water: 'residential', electricity: 'residential', gas: 'not_supplied', heating: 'not_supplied' },
        { id: 'O-02', name: '示例网点二（示意）', unitCode: '533124101002', water: 'residential', electricity: 'non_residential', gas: 'not_supplied', heating: 'not_supplied' },
        { id: 'O-03', name: '示例网点三（示意）', unitCode: '533124104001', water: 'residential', electricity: 'residential', gas: 'residential', heating: 'not_supplied' },
      ],
      relocationSites: [
        { id: 'S-01', name: '示例安置点一（示意）', unitCode: '533124104203', hasServiceFacility: true },
        { id: 'S-02', name: '示例安置点二（示意）', unitCode: '533124202203', hasServiceFacility: true },
        { id: 'S-03', name: '示例安置点三（示意）', unitCode: '533124203208', hasServiceFacility: true },
        { id: 'S-04', name: '示例安置点四（示意）', unitCode: '533124204209', hasServiceFacility: false },
        { id: 'S-05', name: '示例安置点五（示意）', unitCode: '533124205205', hasServiceFacility: true },
      ],
      communityWorkerIncome: [
        { year: 2023, averageMonthlyIncome: '5120' },
        { year: 2024, averageMonthlyIncome: '5480' },
        { year: 2024, unitCode: '533124101001', averageMonthlyIncome: '7900' },
      ],
    },
    actions: [
      { actionId: 's1-annual-task-list', status: 'in_progress', startedOn: '2021-03-01', updatedOn: '2024-06-28', note: NOTE },
      { actionId: 's1-decompose-targets', status: 'done', startedOn: '2021-03-01', completedOn: '2021-06-30', note: NOTE },
      { actionId: 't1-joint-meeting-system', status: 'done', startedOn: '2021-09-01', completedOn: '2022-04-15', note: NOTE },
      { actionId: 't3-one-window', status: 'in_progress', startedOn: '2022-01-10', note: NOTE },
      { actionId: 'p3-8-cultural-service-centres', status: 'in_progress', startedOn: '2021-05-01', note: NOTE },
      { actionId: 'p3-17-three-lists', status: 'done', startedOn: '2022-10-01', completedOn: '2023-05-01', note: NOTE },
      { actionId: 'p3-4-mental-health-purchase', status: 'in_progress', startedOn: '2023-09-01', note: NOTE },
      { actionId: 't9-self-service-devices', status: 'in_progress', startedOn: '2023-02-01', note: NOTE },
      { actionId: 't9-smart-community-system', status: 'not_started', note: NOTE },
      { actionId: 't10-secretary-reserve', status: 'done', startedOn: '2022-03-01', completedOn: '2022-12-20', note: NOTE },
      { actionId: 'p5-1-command-platform', status: 'not_started', note: NOTE },
      { actionId: 's3-credit-system', status: 'not_started', note: NOTE },
    ],
  };
}

/**
 * An embedded sample snapshot of Longchuan County on 2024-06-30 with ILLUSTRATIVE figures — not official statistics
 * ({@link SAMPLE_NOTICE}: 示例数据，仅作演示，不是官方统计数据). Only the 77 village-level units' codes, township codes
 * and names are real (NBS 2023, from `VILLAGE_UNITS`); every figure is made up, plausible for a border county of about
 * 190,000 residents, and chosen so that the evaluation shows every status. Deep-frozen.
 *
 * What `evaluate(SAMPLE_SNAPSHOT)` shows (elapsed share of the period on 2024-06-30: 1277 of 1826 days):
 * - indicators (county): P1.1 on track (51 of 68 villages, 75% ≥ the expected 73.99%), P1.2 behind (8 of 9
 *   communities), P1.3 not achieved (8.76% < 10%), P1.4 and P1.5 achieved, P1.6 no data (陇农社区 has not reported
 *   its self-service terminal), P1.7 on track (70 workers for the county's 城镇常住人口 of 39,000, 17.95 per 10,000 ≥
 *   the expected 17.73);
 * - rules: pass, fail (e.g. 7-hour opening days, a new facility below 30 m² per 100 households), pending (targets
 *   due 2025-12-31 not met yet), not applicable (rules for villages on communities and back) and missing data (four
 *   villages without an opening schedule);
 * - actions: not started, in progress and done (the 79 actions not reported are missing data). None is overdue on
 *   2024-06-30, because the only action with a due date is due 2025-12-31; evaluated as of that day
 *   (`{ asOf: '2025-12-31' }`), `p3-4-mental-health-purchase`, still in progress, is overdue.
 *
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * import { evaluate, SAMPLE_SNAPSHOT } from 'longchuan-community-plan';
 * evaluate(SAMPLE_SNAPSHOT).summary.indicators
 * //=> { achieved: 2, on_track: 2, behind: 1, not_achieved: 1, no_data: 1 }
 * SAMPLE_SNAPSHOT.units.length
 * //=> 77
 * ```
 */
export const SAMPLE_SNAPSHOT: SnapshotInput = /* @__PURE__ */ deepFreeze(/* @__PURE__ */ buildSample());
