/**
 * Conformance table for the gap of every numeric rule (issue 14): at exactly the threshold the result passes with no
 * gap; just below and well below it carries what is still needed, in natural units, and says so in both messages.
 * Every gap is worked out by hand from the plan's threshold in the comment beside it, never taken from the code.
 *
 * Words, one phrasing per unit: persons '，还差N人' / ', 1 more person needed', ', N more people needed'; village-level
 * units '，还差N个村（社区）' / ', N more village-level unit(s) needed'; townships '，还差N个乡镇' / ', N more
 * township(s) needed'; other whole things '，还差N个' / ', N more needed'; m² '，还差N平方米' / ', N m² more needed';
 * yuan '，还差N元' / ', N yuan more needed'; hours '，每天还差N小时' / ', N more hour(s) a day needed'.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRule } from '../../src/rules/checkRules';
import { RULES } from '../../src/rules/RULES';
import type { RuleOptions } from '../../src/rules/RuleOptions';
import type { RuleResult } from '../../src/rules/types';
import { VILLAGE_UNITS } from '../../src/units/units.generated';
import { RURAL, snap, unit, URBAN, weekdays } from './_helpers';

type Gap = { value: string; unit: string } | null;

interface Case {
  /** The test title, starting with the clause. */
  readonly title: string;
  readonly rule: string;
  readonly asOf: string;
  readonly data: Record<string, unknown>;
  readonly options?: RuleOptions;
  /** Which result, when the rule gives several (by subject); the first otherwise. */
  readonly subject?: string;
  readonly status: string;
  readonly gap: Gap;
  /** The gap's words in the messages (when there is a gap). */
  readonly zh?: string;
  readonly en?: string;
}

function resultOf(c: Case): RuleResult {
  const rs = checkRule(c.rule as Parameters<typeof checkRule>[0], snap(c.asOf, c.data), c.options);
  const r = c.subject === undefined ? rs[0] : rs.find((x) => x.subject === c.subject);
  expect(r).toBeDefined();
  return r as RuleResult;
}

/** Rules with a gap case in the table (pass and fail), for the coverage check at the end. */
const COVERED = new Set<string>();

function run(cases: readonly Case[]): void {
  for (const c of cases) if (c.gap !== null) COVERED.add(c.rule);
  it.each(cases.map((c) => [c.title, c] as const))('%s', (_, c) => {
    const r = resultOf(c);
    expect([r.status, r.gap]).toEqual([c.status, c.gap]);
    if (c.gap === null) {
      expect(r.message.zh).not.toContain('还差');
      expect(r.message.en).not.toContain('needed');
    } else {
      expect(r.message.zh).toContain(c.zh);
      expect(r.message.en).toContain(c.en);
    }
  });
}

const county = (figures: Record<string, unknown>): Record<string, unknown> => ({ county: figures });
const one = (code: string, fields: Record<string, unknown>): Record<string, unknown> => ({ units: [unit(code, fields)] });
const persons = (n: number): Gap => ({ value: String(n), unit: 'persons' });
const END = '2025-12-31';
const MID = '2024-06-30';

// The nine 乡镇 of Longchuan (the farm, 533124400, is not counted by default) and the 68 村民委员会.
const TOWNS = ['533124101', '533124102', '533124103', '533124104', '533124201', '533124202', '533124203', '533124204', '533124205'];
const VILLAGES = VILLAGE_UNITS.filter((v) => v.kind === 'village_committee').map((v) => v.code);

describe('county counts (专栏2, 专栏3 items 14 and 16)', () => {
  run([
    { title: '[P2.1] 1 brand social organisation (不低于1个) → pass, no gap', rule: 'p2-1-brand-organisations', asOf: END, data: county({ brandSocialOrganisations: 1 }), status: 'pass', gap: null },
    { title: '[P2.1] 0 brand social organisations on the due date → gap 1 (1 − 0)', rule: 'p2-1-brand-organisations', asOf: END, data: county({ brandSocialOrganisations: 0 }), status: 'fail', gap: { value: '1', unit: 'count' }, zh: '少于1个，还差1个（期限', en: 'fewer than 1, 1 more needed (due' },
    { title: '[P2.1] 0 brand social organisations mid-period → pending, gap 1', rule: 'p2-1-brand-organisations', asOf: MID, data: county({ brandSocialOrganisations: 0 }), status: 'pending', gap: { value: '1', unit: 'count' }, zh: '，还差1个', en: ', 1 more needed' },
    { title: '[P2.1] 1 brand project → pass, no gap', rule: 'p2-1-brand-projects', asOf: END, data: county({ brandProjects: 1 }), status: 'pass', gap: null },
    { title: '[P2.1] 0 brand projects → gap 1', rule: 'p2-1-brand-projects', asOf: END, data: county({ brandProjects: 0 }), status: 'fail', gap: { value: '1', unit: 'count' }, zh: '，还差1个', en: ', 1 more needed' },
    { title: '[P3.14] 20 demonstration villages (20个以上, 以上 includes 20) → pass, no gap', rule: 'p3-14-demonstration-villages', asOf: END, data: county({ ethnicUnityDemonstrationUnits: 20 }), status: 'pass', gap: null },
    { title: '[P3.14] 19 demonstration villages → gap 1 village-level unit (20 − 19)', rule: 'p3-14-demonstration-villages', asOf: END, data: county({ ethnicUnityDemonstrationUnits: 19 }), status: 'fail', gap: { value: '1', unit: 'units' }, zh: '，还差1个村（社区）', en: ', 1 more village-level unit needed' },
    { title: '[P3.14] 5 demonstration villages → gap 15 village-level units (20 − 5)', rule: 'p3-14-demonstration-villages', asOf: END, data: county({ ethnicUnityDemonstrationUnits: 5 }), status: 'fail', gap: { value: '15', unit: 'units' }, zh: '，还差15个村（社区）', en: ', 15 more village-level units needed' },
    { title: '[P3.16] 68 village plans → pass, no gap', rule: 'p3-16-village-plans', asOf: END, data: county({ villagePlansCompleted: 68 }), status: 'pass', gap: null },
    { title: '[P3.16] 67 village plans → gap 1 village (68 − 67)', rule: 'p3-16-village-plans', asOf: END, data: county({ villagePlansCompleted: 67 }), status: 'fail', gap: { value: '1', unit: 'units' }, zh: '，还差1个村（社区）', en: ', 1 more village-level unit needed' },
    { title: '[P3.16] 40 village plans mid-period → pending, gap 28 villages (68 − 40)', rule: 'p3-16-village-plans', asOf: MID, data: county({ villagePlansCompleted: 40 }), status: 'pending', gap: { value: '28', unit: 'units' }, zh: '，还差28个村（社区）（期限 2025-12-31，尚未到期）', en: ', 28 more village-level units needed (due 2025-12-31, not yet due)' },
  ]);
});

describe('county shares of people (专栏2 item 2, 专栏3 items 1 and 4, 专栏6 item 3)', () => {
  run([
    // 1.8‰ of 200,000 = 360 exactly.
    { title: '[P6.3] 360 social workers for 200,000 people (1.8‰ exactly) → pass, no gap', rule: 'p6-3-social-work-talent', asOf: END, data: county({ socialWorkProfessionals: 360, residentPopulation: 200000 }), status: 'pass', gap: null },
    { title: '[P6.3] 359 social workers for 200,000 people → gap 1 person (360 − 359)', rule: 'p6-3-social-work-talent', asOf: END, data: county({ socialWorkProfessionals: 359, residentPopulation: 200000 }), status: 'fail', gap: persons(1), zh: '未达到1.8‰，还差1人（期限', en: 'below 1.8‰, 1 more person needed (due' },
    // 1.8‰ × 190,001 = 342.0018 → 343 needed.
    { title: '[P6.3] 342 social workers for 190,001 people → gap 1 person (1.8‰ × 190,001 = 342.0018 → 343)', rule: 'p6-3-social-work-talent', asOf: END, data: county({ socialWorkProfessionals: 342, residentPopulation: 190001 }), status: 'fail', gap: persons(1), zh: '，还差1人', en: ', 1 more person needed' },
    { title: '[P6.3] 343 social workers for 190,001 people → pass, no gap', rule: 'p6-3-social-work-talent', asOf: END, data: county({ socialWorkProfessionals: 343, residentPopulation: 190001 }), status: 'pass', gap: null },
    { title: '[P6.3] 100 social workers for 190,001 people mid-period → pending, gap 243 people (343 − 100)', rule: 'p6-3-social-work-talent', asOf: MID, data: county({ socialWorkProfessionals: 100, residentPopulation: 190001 }), status: 'pending', gap: persons(243), zh: '，还差243人', en: ', 243 more people needed' },
    // Registered population: 1.8‰ × 150,000 = 270.
    { title: '[P6.3] socialWorkPopulation registered: 269 for 150,000 registered → gap 1 person (270 − 269)', rule: 'p6-3-social-work-talent', asOf: END, data: county({ socialWorkProfessionals: 269, residentPopulation: 100, registeredPopulation: 150000 }), options: { socialWorkPopulation: 'registered' }, status: 'fail', gap: persons(1), zh: '，还差1人', en: ', 1 more person needed' },
    // 15% of 200,000 = 30,000 exactly.
    { title: '[P2.2] 30,000 volunteers for 200,000 people (15% exactly) → pass, no gap', rule: 'p2-2-registered-volunteers', asOf: END, data: county({ registeredVolunteers: 30000, residentPopulation: 200000 }), status: 'pass', gap: null },
    { title: '[P2.2] 29,999 volunteers for 200,000 people → gap 1 person', rule: 'p2-2-registered-volunteers', asOf: END, data: county({ registeredVolunteers: 29999, residentPopulation: 200000 }), status: 'fail', gap: persons(1), zh: '，还差1人', en: ', 1 more person needed' },
    // 15% × 190,001 = 28,500.15 → 28,501 needed.
    { title: '[P2.2] 28,500 volunteers for 190,001 people → gap 1 person (15% × 190,001 = 28,500.15 → 28,501)', rule: 'p2-2-registered-volunteers', asOf: END, data: county({ registeredVolunteers: 28500, residentPopulation: 190001 }), status: 'fail', gap: persons(1), zh: '，还差1人', en: ', 1 more person needed' },
    { title: '[P2.2] 20,000 volunteers for 200,000 people → gap 10,000 people (30,000 − 20,000)', rule: 'p2-2-registered-volunteers', asOf: END, data: county({ registeredVolunteers: 20000, residentPopulation: 200000 }), status: 'fail', gap: persons(10000), zh: '，还差10000人', en: ', 10000 more people needed' },
    { title: '[P3.1] 50 of 50 Party organisations reported (全覆盖) → pass, no gap', rule: 'p3-1-party-organisations-reported', asOf: END, data: county({ institutionPartyOrganisationsReported: 50, institutionPartyOrganisations: 50 }), status: 'pass', gap: null },
    { title: '[P3.1] 49 of 50 Party organisations reported → gap 1 organisation', rule: 'p3-1-party-organisations-reported', asOf: END, data: county({ institutionPartyOrganisationsReported: 49, institutionPartyOrganisations: 50 }), status: 'fail', gap: { value: '1', unit: 'count' }, zh: '未达到100%，还差1个', en: 'below 100%, 1 more needed' },
    { title: '[P3.1] 10 of 50 Party organisations reported → gap 40 organisations', rule: 'p3-1-party-organisations-reported', asOf: END, data: county({ institutionPartyOrganisationsReported: 10, institutionPartyOrganisations: 50 }), status: 'fail', gap: { value: '40', unit: 'count' }, zh: '，还差40个', en: ', 40 more needed' },
    { title: '[P3.1] 1,200 of 1,200 serving Party members reported → pass, no gap', rule: 'p3-1-serving-party-members-reported', asOf: END, data: county({ servingPartyMembersReported: 1200, servingPartyMembers: 1200 }), status: 'pass', gap: null },
    { title: '[P3.1] 1,199 of 1,200 serving Party members reported → gap 1 person', rule: 'p3-1-serving-party-members-reported', asOf: END, data: county({ servingPartyMembersReported: 1199, servingPartyMembers: 1200 }), status: 'fail', gap: persons(1), zh: '，还差1人', en: ', 1 more person needed' },
    { title: '[P3.1] 600 of 1,200 serving Party members reported mid-period → pending, gap 600 people', rule: 'p3-1-serving-party-members-reported', asOf: MID, data: county({ servingPartyMembersReported: 600, servingPartyMembers: 1200 }), status: 'pending', gap: persons(600), zh: '，还差600人', en: ', 600 more people needed' },
    // 60% of 300 = 180 exactly; 60% of 7 = 4.2 → 5 needed.
    { title: '[P3.4] 180 of 300 patients in rehabilitation (60%以上, exactly 60%) → pass, no gap', rule: 'p3-4-mental-health-rehabilitation', asOf: END, data: county({ homeMentalPatientsInRehab: 180, homeMentalPatients: 300 }), status: 'pass', gap: null },
    { title: '[P3.4] 179 of 300 patients → gap 1 person (180 − 179)', rule: 'p3-4-mental-health-rehabilitation', asOf: END, data: county({ homeMentalPatientsInRehab: 179, homeMentalPatients: 300 }), status: 'fail', gap: persons(1), zh: '，还差1人', en: ', 1 more person needed' },
    { title: '[P3.4] 4 of 7 patients → gap 1 person (60% × 7 = 4.2 → 5)', rule: 'p3-4-mental-health-rehabilitation', asOf: END, data: county({ homeMentalPatientsInRehab: 4, homeMentalPatients: 7 }), status: 'fail', gap: persons(1), zh: '，还差1人', en: ', 1 more person needed' },
    { title: '[P3.4] 0 of 7 patients → gap 5 people (4.2 → 5)', rule: 'p3-4-mental-health-rehabilitation', asOf: END, data: county({ homeMentalPatientsInRehab: 0, homeMentalPatients: 7 }), status: 'fail', gap: persons(5), zh: '，还差5人', en: ', 5 more people needed' },
  ]);
});

describe('county shares of places (专栏3 item 2, 专栏4 item 2)', () => {
  const towns = (withCentre: number) => ({ townships: TOWNS.map((code, i) => ({ code, hasRegionalElderlyCareCentre: i < withCentre })) });
  const farm = (has: boolean) => ({ townships: [...towns(4).townships, { code: '533124400', hasRegionalElderlyCareCentre: has }] });
  const dayCare = (codes: readonly string[], covered: number) => ({ units: codes.map((code, i) => unit(code, { hasDayCareCoverage: i < covered })) });
  const sites = (n: number, withFacility: number) => ({ records: { relocationSites: Array.from({ length: n }, (_, i) => ({ id: `S${i + 1}`, hasServiceFacility: i < withFacility })) } });
  run([
    // 50% of 9 = 4.5 → 5 townships.
    { title: '[P3.2] 5 of 9 townships with a regional centre (50%以上) → pass, no gap', rule: 'p3-2-regional-elderly-care-centres', asOf: END, data: towns(5), status: 'pass', gap: null },
    { title: '[P3.2] 4 of 9 townships with a regional centre → gap 1 township (50% × 9 = 4.5 → 5)', rule: 'p3-2-regional-elderly-care-centres', asOf: END, data: towns(4), status: 'fail', gap: { value: '1', unit: 'townships' }, zh: '，还差1个乡镇', en: ', 1 more township needed' },
    { title: '[P3.2] 0 of 9 townships mid-period → pending, gap 5 townships', rule: 'p3-2-regional-elderly-care-centres', asOf: MID, data: towns(0), status: 'pending', gap: { value: '5', unit: 'townships' }, zh: '，还差5个乡镇', en: ', 5 more townships needed' },
    // Counting the farm: 50% of 10 = 5.
    { title: '[P3.2] farm counted: 5 of 10 (the farm has one) → pass, no gap', rule: 'p3-2-regional-elderly-care-centres', asOf: END, data: farm(true), options: { farmCountsAsTownship: true }, status: 'pass', gap: null },
    { title: '[P3.2] farm counted: 4 of 10 → gap 1 township', rule: 'p3-2-regional-elderly-care-centres', asOf: END, data: farm(false), options: { farmCountsAsTownship: true }, status: 'fail', gap: { value: '1', unit: 'townships' }, zh: '，还差1个乡镇', en: ', 1 more township needed' },
    // 90% of 10 = 9; 90% of 68 = 61.2 → 62.
    { title: '[P3.2] day care covers 9 of 10 communities (90%) → pass, no gap', rule: 'p3-2-day-care-coverage', asOf: END, data: dayCare(VILLAGES.slice(0, 10), 9), status: 'pass', gap: null },
    { title: '[P3.2] day care covers 8 of 10 communities → gap 1 village-level unit', rule: 'p3-2-day-care-coverage', asOf: END, data: dayCare(VILLAGES.slice(0, 10), 8), status: 'fail', gap: { value: '1', unit: 'units' }, zh: '，还差1个村（社区）', en: ', 1 more village-level unit needed' },
    { title: '[P3.2] day care covers 61 of 68 villages → gap 1 (90% × 68 = 61.2 → 62)', rule: 'p3-2-day-care-coverage', asOf: END, data: dayCare(VILLAGES, 61), status: 'fail', gap: { value: '1', unit: 'units' }, zh: '，还差1个村（社区）', en: ', 1 more village-level unit needed' },
    { title: '[P3.2] day care covers 62 of 68 villages → pass, no gap', rule: 'p3-2-day-care-coverage', asOf: END, data: dayCare(VILLAGES, 62), status: 'pass', gap: null },
    { title: '[P3.2] day care covers 40 of 68 villages → gap 22 village-level units (62 − 40)', rule: 'p3-2-day-care-coverage', asOf: END, data: dayCare(VILLAGES, 40), status: 'fail', gap: { value: '22', unit: 'units' }, zh: '，还差22个村（社区）', en: ', 22 more village-level units needed' },
    { title: '[P4.2] 3 of 3 relocation sites with a facility (全覆盖) → pass, no gap', rule: 'p4-2-relocation-site-facilities', asOf: END, data: sites(3, 3), status: 'pass', gap: null },
    { title: '[P4.2] 2 of 3 relocation sites → gap 1 site', rule: 'p4-2-relocation-site-facilities', asOf: END, data: sites(3, 2), status: 'fail', gap: { value: '1', unit: 'count' }, zh: '未达到100%，还差1个（期限 2025-12-31 已到）；缺设施：S3', en: 'below 100%, 1 more needed (due 2025-12-31, now due); without a facility: S3' },
    { title: '[P4.2] 0 of 3 relocation sites → gap 3 sites', rule: 'p4-2-relocation-site-facilities', asOf: END, data: sites(3, 0), status: 'fail', gap: { value: '3', unit: 'count' }, zh: '，还差3个', en: ', 3 more needed' },
    // relocationThreshold 95.5: 95.5% of 10 = 9.55 → 10 needed.
    { title: '[P4.2] relocationThreshold 95.5: 9 of 10 sites → gap 1 (95.5% × 10 = 9.55 → 10)', rule: 'p4-2-relocation-site-facilities', asOf: END, data: sites(10, 9), options: { relocationThreshold: '95.5' }, status: 'fail', gap: { value: '1', unit: 'count' }, zh: '，还差1个', en: ', 1 more needed' },
    { title: '[P4.2] relocationThreshold 90: 9 of 10 sites (90%) → pass, no gap', rule: 'p4-2-relocation-site-facilities', asOf: END, data: sites(10, 9), options: { relocationThreshold: '90' }, status: 'pass', gap: null },
  ]);
});

describe('township counts (专栏3 item 2)', () => {
  const centres = (n: number) => ({ townships: [{ code: '533124101', comprehensiveElderlyCareCentres: n }] });
  run([
    { title: '[P3.2] a township with 1 comprehensive elderly-care centre (至少建有1个) → pass, no gap', rule: 'p3-2-township-elderly-care-centre', asOf: END, data: centres(1), subject: '533124101', status: 'pass', gap: null },
    { title: '[P3.2] a township with none on the due date → gap 1 centre', rule: 'p3-2-township-elderly-care-centre', asOf: END, data: centres(0), subject: '533124101', status: 'fail', gap: { value: '1', unit: 'count' }, zh: '尚无具备综合功能的养老服务中心，还差1个（期限', en: 'no comprehensive elderly-care service centre yet, 1 more needed (due' },
    { title: '[P3.2] a township with none mid-period → pending, gap 1 centre', rule: 'p3-2-township-elderly-care-centre', asOf: MID, data: centres(0), subject: '533124101', status: 'pending', gap: { value: '1', unit: 'count' }, zh: '，还差1个', en: ', 1 more needed' },
  ]);
});

describe('per-unit staff counts (专栏3 items 11 and 12, T10, 专栏6 item 3)', () => {
  run([
    { title: '[P3.11] a village with 1 auxiliary police officer (一村一辅警) → pass, no gap', rule: 'p3-11-rural-auxiliary-police', asOf: END, data: one(RURAL, { auxiliaryPoliceOfficers: 1 }), status: 'pass', gap: null },
    { title: '[P3.11] a village with none → gap 1 person', rule: 'p3-11-rural-auxiliary-police', asOf: END, data: one(RURAL, { auxiliaryPoliceOfficers: 0 }), status: 'fail', gap: persons(1), zh: '辅警0名，少于1名，还差1人', en: '0 auxiliary police officer(s), fewer than 1, 1 more person needed' },
    { title: '[P3.11] an urban community with 1 community police officer (一区一警) → pass, no gap', rule: 'p3-11-urban-community-police', asOf: END, data: one(URBAN, { communityPoliceOfficers: 1 }), status: 'pass', gap: null },
    { title: '[P3.11] an urban community with none mid-period → pending, gap 1 person', rule: 'p3-11-urban-community-police', asOf: MID, data: one(URBAN, { communityPoliceOfficers: 0 }), status: 'pending', gap: persons(1), zh: '，还差1人（期限 2025-12-31，尚未到期）', en: ', 1 more person needed (due 2025-12-31, not yet due)' },
    { title: '[P3.11] an urban community with 2 auxiliary police officers (两辅警) → pass, no gap', rule: 'p3-11-urban-auxiliary-police', asOf: END, data: one(URBAN, { auxiliaryPoliceOfficers: 2 }), status: 'pass', gap: null },
    { title: '[P3.11] an urban community with 1 auxiliary police officer → gap 1 person (2 − 1)', rule: 'p3-11-urban-auxiliary-police', asOf: END, data: one(URBAN, { auxiliaryPoliceOfficers: 1 }), status: 'fail', gap: persons(1), zh: '，还差1人', en: ', 1 more person needed' },
    { title: '[P3.11] an urban community with none → gap 2 people (2 − 0)', rule: 'p3-11-urban-auxiliary-police', asOf: END, data: one(URBAN, { auxiliaryPoliceOfficers: 0 }), status: 'fail', gap: persons(2), zh: '，还差2人', en: ', 2 more people needed' },
    { title: '[P3.12] 1 legal adviser (一村（社区）一法律顾问) → pass, no gap', rule: 'p3-12-legal-adviser', asOf: MID, data: one(RURAL, { legalAdvisers: 1 }), status: 'pass', gap: null },
    { title: '[P3.12] no legal adviser (a standard: fails at once) → gap 1 person', rule: 'p3-12-legal-adviser', asOf: MID, data: one(RURAL, { legalAdvisers: 0 }), status: 'fail', gap: persons(1), zh: '法律顾问0名，少于1名，还差1人', en: '0 legal adviser(s), fewer than 1, 1 more person needed' },
    { title: '[T10] 1 grid member (配备专兼职网格员) → pass, no gap', rule: 't10-grid-members', asOf: MID, data: one(URBAN, { gridMembers: 1 }), status: 'pass', gap: null },
    { title: '[T10] no grid member → gap 1 person', rule: 't10-grid-members', asOf: MID, data: one(URBAN, { gridMembers: 0 }), status: 'fail', gap: persons(1), zh: '，还差1人', en: ', 1 more person needed' },
    { title: '[T10] heavy ethnic and religious work, 1 officer (可设1名) → pass, no gap', rule: 't10-ethnic-religious-officer', asOf: MID, data: one(RURAL, { heavyEthnicReligiousWork: true, ethnicReligiousOfficers: 1 }), status: 'pass', gap: null },
    { title: '[T10] heavy ethnic and religious work, no officer → gap 1 person (informational)', rule: 't10-ethnic-religious-officer', asOf: MID, data: one(RURAL, { heavyEthnicReligiousWork: true, ethnicReligiousOfficers: 0 }), status: 'fail', gap: persons(1), zh: '未设民族宗教干事，还差1人（可设1名，提示性）', en: 'and no officer, 1 more person needed (one may be appointed; informational)' },
    { title: '[P6.3] 1 professional social worker (至少有1名) → pass, no gap', rule: 'p6-3-social-workers', asOf: END, data: one(URBAN, { professionalSocialWorkers: 1 }), status: 'pass', gap: null },
    { title: '[P6.3] no professional social worker → gap 1 person', rule: 'p6-3-social-workers', asOf: END, data: one(URBAN, { professionalSocialWorkers: 0 }), status: 'fail', gap: persons(1), zh: '，还差1人', en: ', 1 more person needed' },
    { title: '[P6.3] 2 professional social workers (the aim of 1—2名) → pass, no gap', rule: 'p6-3-social-workers-two', asOf: END, data: one(RURAL, { professionalSocialWorkers: 2 }), status: 'pass', gap: null },
    { title: '[P6.3] 1 professional social worker against the aim of 2 → gap 1 person', rule: 'p6-3-social-workers-two', asOf: END, data: one(RURAL, { professionalSocialWorkers: 1 }), status: 'fail', gap: persons(1), zh: '，还差1人', en: ', 1 more person needed' },
    { title: '[P6.3] no professional social worker against the aim of 2 → gap 2 people', rule: 'p6-3-social-workers-two', asOf: MID, data: one(RURAL, { professionalSocialWorkers: 0 }), status: 'pending', gap: persons(2), zh: '，还差2人', en: ', 2 more people needed' },
  ]);
});

describe('every community worker covered (T12, 专栏6 item 1): the workers not yet covered', () => {
  run([
    { title: '[T12] 5 of 5 urban community workers with pension insurance → pass, no gap', rule: 't12-pension-insurance', asOf: MID, data: one(URBAN, { communityWorkers: 5, workersWithPensionInsurance: 5 }), status: 'pass', gap: null },
    { title: '[T12] 4 of 5 with pension insurance → gap 1 person', rule: 't12-pension-insurance', asOf: MID, data: one(URBAN, { communityWorkers: 5, workersWithPensionInsurance: 4 }), status: 'fail', gap: persons(1), zh: '，还差1人', en: ', 1 more person needed' },
    { title: '[T12] 0 of 5 with medical insurance → gap 5 people', rule: 't12-medical-insurance', asOf: MID, data: one(URBAN, { communityWorkers: 5, workersWithMedicalInsurance: 0 }), status: 'fail', gap: persons(5), zh: '，还差5人', en: ', 5 more people needed' },
    { title: '[T12] 3 of 5 with a housing fund → gap 2 people', rule: 't12-housing-fund', asOf: MID, data: one(URBAN, { communityWorkers: 5, workersWithHousingFund: 3 }), status: 'fail', gap: persons(2), zh: '，还差2人', en: ', 2 more people needed' },
    { title: '[P6.1] 8 of 8 trained (轮训一遍) → pass, no gap', rule: 'p6-1-workers-trained', asOf: END, data: one(RURAL, { communityWorkers: 8, communityWorkersTrained: 8 }), status: 'pass', gap: null },
    // T11: every one untrained in each of the three groups: 2 grassroots cadres + 0 village cadres + 1 community worker.
    { title: '[T11] 118/120, 410/410 and 7/8 trained mid-period → pending, gap 3 people', rule: 't11-training-coverage', asOf: MID, data: { county: { grassrootsCadres: 120, grassrootsCadresTrained: 118, villageCadres: 410, villageCadresTrained: 410 }, units: [{ code: RURAL, townshipCode: RURAL.slice(0, 9), communityWorkers: 8, communityWorkersTrained: 7 }] }, status: 'pending', gap: persons(3), zh: '，还差3人（期限', en: ', 3 more people needed (due' },
    { title: '[P6.1] 7 of 8 trained mid-period → pending, gap 1 person', rule: 'p6-1-workers-trained', asOf: MID, data: one(RURAL, { communityWorkers: 8, communityWorkersTrained: 7 }), status: 'pending', gap: persons(1), zh: '，还差1人（期限', en: ', 1 more person needed (due' },
  ]);
});

describe('facilities: opening hours, areas (T3, T8, 专栏1 item 5)', () => {
  const F = { hasServiceFacility: true };
  const hours = (intervals: string[]) => one(URBAN, { ...F, openingSchedule: weekdays(intervals) });
  const activity = (activityArea: string, buildingArea: string) => one(URBAN, { ...F, facilityActivityArea: activityArea, facilityBuildingArea: buildingArea });
  const area = (buildingArea: string, households: number) => one(URBAN, { ...F, facilityCompletedOn: '2023-05-20', facilityBuildingArea: buildingArea, households });
  const hoursGap = (value: string): Gap => ({ value, unit: 'hours_per_day' });
  const m2 = (value: string): Gap => ({ value, unit: 'm2' });
  run([
    { title: '[T3] open 08:00-16:00 on weekdays (每天8小时 exactly) → pass, no gap', rule: 't3-opening-hours', asOf: MID, data: hours(['08:00-16:00']), status: 'pass', gap: null },
    // 7 h 59 min: 1 min short = 1/60 h = 0.01666… → rounded up to 0.02.
    { title: '[T3] open 7 h 59 min a day → gap 0.02 hours a day (1/60 h rounded up)', rule: 't3-opening-hours', asOf: MID, data: hours(['08:00-15:59']), status: 'fail', gap: hoursGap('0.02'), zh: '少于每天8小时，每天还差0.02小时（一般', en: 'less than 8 hours a day, 0.02 more hours a day needed (as a rule' },
    { title: '[T3] open 7 h 30 min a day → gap 0.5 hours a day', rule: 't3-opening-hours', asOf: MID, data: hours(['08:00-15:30']), status: 'fail', gap: hoursGap('0.5'), zh: '，每天还差0.5小时', en: ', 0.5 more hours a day needed' },
    { title: '[T3] open 7 h a day → gap 1 hour a day', rule: 't3-opening-hours', asOf: MID, data: hours(['08:00-15:00']), status: 'fail', gap: hoursGap('1'), zh: '，每天还差1小时', en: ', 1 more hour a day needed' },
    { title: '[T3] open 4 h a day → gap 4 hours a day', rule: 't3-opening-hours', asOf: MID, data: hours(['08:00-12:00']), status: 'fail', gap: hoursGap('4'), zh: '，每天还差4小时', en: ', 4 more hours a day needed' },
    { title: '[T3] never open → gap 8 hours a day', rule: 't3-opening-hours', asOf: MID, data: hours([]), status: 'fail', gap: hoursGap('8'), zh: '，每天还差8小时', en: ', 8 more hours a day needed' },
    // 30 m² per 100 households × 300 households = 90 m².
    { title: '[T8] new facility of 90 m² for 300 households (每百户30平方米 exactly) → pass, no gap', rule: 't8-new-facility-area', asOf: MID, data: area('90', 300), status: 'pass', gap: null },
    { title: '[T8] 89.99 m² for 300 households → gap 0.01 m² (90 − 89.99)', rule: 't8-new-facility-area', asOf: MID, data: area('89.99', 300), status: 'fail', gap: m2('0.01'), zh: '低于30平方米，还差0.01平方米（原则上', en: 'below 30, 0.01 m² more needed (30 as a rule)' },
    { title: '[T8] 80 m² for 300 households → gap 10 m²', rule: 't8-new-facility-area', asOf: MID, data: area('80', 300), status: 'fail', gap: m2('10'), zh: '，还差10平方米', en: ', 10 m² more needed' },
    // 30 × 333 / 100 = 99.9 m² needed.
    { title: '[T8] 50 m² for 333 households → gap 49.9 m² (30 × 333 / 100 = 99.9)', rule: 't8-new-facility-area', asOf: MID, data: area('50', 333), status: 'fail', gap: m2('49.9'), zh: '，还差49.9平方米', en: ', 49.9 m² more needed' },
    // 60% of 100 m² = 60 m² of activity area; 60% of 333.33 = 199.998.
    { title: '[P1.5] 60 m² of activity area in 100 m² (60% exactly) → pass, no gap', rule: 'p1-5-facility-activity-share', asOf: END, data: activity('60', '100'), status: 'pass', gap: null },
    { title: '[P1.5] 59.99 m² in 100 m² → gap 0.01 m²', rule: 'p1-5-facility-activity-share', asOf: END, data: activity('59.99', '100'), status: 'fail', gap: m2('0.01'), zh: '低于60%，还差0.01平方米（期限', en: 'below 60%, 0.01 m² more needed (due' },
    { title: '[P1.5] 199.99 m² in 333.33 m² → gap 0.008 m² (60% × 333.33 = 199.998)', rule: 'p1-5-facility-activity-share', asOf: END, data: activity('199.99', '333.33'), status: 'fail', gap: m2('0.008'), zh: '，还差0.008平方米', en: ', 0.008 m² more needed' },
    { title: '[P1.5] 50 m² in 100 m² mid-period → pending, gap 10 m²', rule: 'p1-5-facility-activity-share', asOf: MID, data: activity('50', '100'), status: 'pending', gap: m2('10'), zh: '，还差10平方米', en: ', 10 m² more needed' },
  ]);
});

describe('records: estates, monthly visits, income (专栏3 item 2, T12)', () => {
  const estate = (households: number, area: string) => ({ records: { newEstates: [{ id: 'E1', households, elderlyCareServiceArea: area }] } });
  const roster = (n: number, visited: number) => ({
    records: {
      elderlyVisits: {
        from: '2024-03-01',
        to: '2024-03-31',
        roster: Array.from({ length: n }, (_, i) => ({ personId: `P${i + 1}` })),
        visits: Array.from({ length: visited }, (_, i) => ({ personId: `P${i + 1}`, date: '2024-03-05' })),
      },
    },
  });
  const income = (wage: Record<string, string>, averageMonthlyIncome: string) => ({
    county: { urbanUnitWages: [{ year: 2023, ...wage }] },
    records: { communityWorkerIncome: [{ year: 2024, averageMonthlyIncome }] },
  });
  const yuan = (value: string): Gap => ({ value, unit: 'yuan' });
  run([
    // 20 m² per 100 households × 650 = 130 m²; × 333 = 66.6 m².
    { title: '[P3.2] estate of 650 households with 130 m² (每百户不少于20平方米 exactly) → pass, no gap', rule: 'p3-2-new-estate-elderly-care-space', asOf: MID, data: estate(650, '130'), status: 'pass', gap: null },
    { title: '[P3.2] 650 households with 129.99 m² → gap 0.01 m²', rule: 'p3-2-new-estate-elderly-care-space', asOf: MID, data: estate(650, '129.99'), status: 'fail', gap: { value: '0.01', unit: 'm2' }, zh: '少于20平方米，还差0.01平方米', en: 'below 20, 0.01 m² more needed' },
    { title: '[P3.2] 333 households with 60 m² → gap 6.6 m² (20 × 333 / 100 = 66.6)', rule: 'p3-2-new-estate-elderly-care-space', asOf: MID, data: estate(333, '60'), status: 'fail', gap: { value: '6.6', unit: 'm2' }, zh: '，还差6.6平方米', en: ', 6.6 m² more needed' },
    { title: '[P3.2] 3 of 3 on the roster visited in March (100％) → pass, no gap', rule: 'p3-2-monthly-visit-rate', asOf: MID, data: roster(3, 3), status: 'pass', gap: null },
    { title: '[P3.2] 2 of 3 visited → gap 1 person', rule: 'p3-2-monthly-visit-rate', asOf: MID, data: roster(3, 2), status: 'fail', gap: persons(1), zh: '未达到100％，还差1人（未探访：P3）', en: 'below 100％, 1 more person needed (not visited: P3)' },
    { title: '[P3.2] 0 of 3 visited, month not over → pending, gap 3 people', rule: 'p3-2-monthly-visit-rate', asOf: '2024-03-20', data: roster(3, 0), status: 'pending', gap: persons(3), zh: '，还差3人', en: ', 3 more people needed' },
    { title: '[T12] income 8000 against a monthly wage of 8000 → pass, no gap', rule: 't12-urban-worker-income', asOf: MID, data: income({ averageMonthlyWage: '8000' }, '8000'), status: 'pass', gap: null },
    { title: '[T12] income 7999.99 against 8000 → gap 0.01 yuan', rule: 't12-urban-worker-income', asOf: MID, data: income({ averageMonthlyWage: '8000' }, '7999.99'), status: 'fail', gap: yuan('0.01'), zh: '低于，还差0.01元', en: 'below, 0.01 yuan more needed' },
    { title: '[T12] income 7880 against 8000 → gap 120 yuan', rule: 't12-urban-worker-income', asOf: MID, data: income({ averageMonthlyWage: '8000' }, '7880'), status: 'fail', gap: yuan('120'), zh: '，还差120元', en: ', 120 yuan more needed' },
    // 96000 ÷ 12 = 8000 exactly.
    { title: '[T12] income 8000 against an annual wage of 96000 (÷ 12 = 8000) → pass, no gap', rule: 't12-urban-worker-income', asOf: MID, data: income({ averageAnnualWage: '96000' }, '8000'), status: 'pass', gap: null },
    // (100001 − 12 × 8000) ÷ 12 = 4001 ÷ 12 = 333.41666… → rounded up to the fen: 333.42.
    { title: '[T12] income 8000 against an annual wage of 100001 → gap 333.42 yuan (4001 ÷ 12 = 333.416… rounded up)', rule: 't12-urban-worker-income', asOf: MID, data: income({ averageAnnualWage: '100001' }, '8000'), status: 'fail', gap: yuan('333.42'), zh: '，还差333.42元', en: ', 333.42 yuan more needed' },
    // (96000 − 12 × 7999.5) ÷ 12 = 6 ÷ 12 = 0.5.
    { title: '[T12] income 7999.5 against an annual wage of 96000 → gap 0.5 yuan', rule: 't12-urban-worker-income', asOf: MID, data: income({ averageAnnualWage: '96000' }, '7999.5'), status: 'fail', gap: yuan('0.5'), zh: '，还差0.5元', en: ', 0.5 yuan more needed' },
  ]);
});

describe('the 一肩挑 trend (B1): secretaries who must also chair the committee', () => {
  const series = (prev: [number, number], cur: [number, number]) => ({
    county: { oneShoulder: [{ year: 2023, secretaries: prev[0], concurrent: prev[1] }, { year: 2024, secretaries: cur[0], concurrent: cur[1] }] },
  });
  // By default each year is set against 2020: 2020 at 60 of 77, 2024 at 60 of 77 → not above it, 1 more needed (61).
  run([
    { title: "[B1] default since_2020: 60 of 77 in 2024 after 60 of 77 in 2020 → gap 1 person", rule: 'b1-one-shoulder-trend', asOf: MID, data: { county: { oneShoulder: [{ year: 2020, secretaries: 77, concurrent: 60 }, { year: 2024, secretaries: 77, concurrent: 60 }] } }, status: 'fail', gap: persons(1), zh: '未高于2020年，还差1人', en: 'not above 2020, 1 more person needed' },
  ]);
  // The year-on-year cases are under option oneShoulderTrend 'rising' or 'non_decreasing'.
  run([
    { title: '[B1] 61 of 77 after 60 of 77 → rising, pass, no gap', rule: 'b1-one-shoulder-trend', asOf: MID, data: series([77, 60], [77, 61]), options: { oneShoulderTrend: 'rising' }, status: 'pass', gap: null },
    // Above 60/77 at 77 secretaries: 61.
    { title: '[B1] 60 of 77 after 60 of 77 → not rising, gap 1 person', rule: 'b1-one-shoulder-trend', asOf: MID, data: series([77, 60], [77, 60]), options: { oneShoulderTrend: 'rising' }, status: 'fail', gap: persons(1), zh: '未高于2023年，还差1人', en: 'not above 2023, 1 more person needed' },
    // Above 60/77 at 80 secretaries: 60 × 80 / 77 = 62.33… → 63.
    { title: '[B1] 50 of 80 after 60 of 77 → gap 13 people (60 × 80 / 77 = 62.3 → above it 63)', rule: 'b1-one-shoulder-trend', asOf: MID, data: series([77, 60], [80, 50]), options: { oneShoulderTrend: 'rising' }, status: 'fail', gap: persons(13), zh: '低于2023年，还差13人', en: 'below 2023, 13 more people needed' },
    // Not below 60/77 at 80 secretaries: ⌈62.33…⌉ = 63.
    { title: '[B1] non_decreasing: 50 of 80 after 60 of 77 → gap 13 people (⌈62.3⌉ = 63)', rule: 'b1-one-shoulder-trend', asOf: MID, data: series([77, 60], [80, 50]), options: { oneShoulderTrend: 'non_decreasing' }, status: 'fail', gap: persons(13), zh: '，还差13人', en: ', 13 more people needed' },
    // Not below 60/77 at 77: 60.
    { title: '[B1] non_decreasing: 59 of 77 after 60 of 77 → gap 1 person', rule: 'b1-one-shoulder-trend', asOf: MID, data: series([77, 60], [77, 59]), options: { oneShoulderTrend: 'non_decreasing' }, status: 'fail', gap: persons(1), zh: '，还差1人', en: ', 1 more person needed' },
    // After 100%, only 100% passes: 77 − 70 = 7.
    { title: '[B1] 70 of 77 after 77 of 77 → gap 7 people (only 100% keeps it)', rule: 'b1-one-shoulder-trend', asOf: MID, data: series([77, 77], [77, 70]), options: { oneShoulderTrend: 'rising' }, status: 'fail', gap: persons(7), zh: '，还差7人', en: ', 7 more people needed' },
  ]);
});

describe('yes/no rules carry no gap, even with a threshold in their definition', () => {
  run([
    { title: '[T3] no 24-hour online service (a yes/no fact, threshold 24小时) → fail, gap null', rule: 't3-online-service-24h', asOf: MID, data: one(URBAN, { hasOnlineService24h: false }), status: 'fail', gap: null },
    { title: '[T12] cadre pay lacking two parts (a count of yes/no parts) → fail, gap null', rule: 't12-village-cadre-pay-structure', asOf: MID, data: one(RURAL, { cadrePay: { basicPay: true, postAllowance: true, performanceAllowance: false, collectiveIncomeReward: false } }), status: 'fail', gap: null },
    { title: '[P2.2] a facility without a volunteer station → fail, gap null', rule: 'p2-2-volunteer-station', asOf: END, data: one(URBAN, { hasServiceFacility: true, hasVolunteerStation: false }), status: 'fail', gap: null },
    { title: '[P3.16] a village without its plan → fail, gap null (the county rule counts the villages)', rule: 'p3-16-village-plan', asOf: END, data: one(RURAL, { villagePlanCompleted: false }), status: 'fail', gap: null },
  ]);
});

describe('missing data and not applicable carry no gap', () => {
  run([
    { title: '[P6.3] no population → missing_data, gap null', rule: 'p6-3-social-work-talent', asOf: END, data: county({ socialWorkProfessionals: 342 }), status: 'missing_data', gap: null },
    { title: '[P6.3] population 0 → not_applicable, gap null', rule: 'p6-3-social-work-talent', asOf: END, data: county({ socialWorkProfessionals: 0, residentPopulation: 0 }), status: 'not_applicable', gap: null },
    { title: '[P3.11] an urban community under the rural rule → not_applicable, gap null', rule: 'p3-11-rural-auxiliary-police', asOf: END, data: one(URBAN, { auxiliaryPoliceOfficers: 0 }), status: 'not_applicable', gap: null },
  ]);
});

describe('properties: a count rule\'s gap is exactly what it still needs', () => {
  /** The status and gap of a rule on a snapshot. */
  const judge = (rule: string, asOf: string, data: Record<string, unknown>) => {
    const [r] = checkRule(rule as Parameters<typeof checkRule>[0], snap(asOf, data));
    return r as RuleResult;
  };
  const asOf = fc.constantFrom('2024-06-30', '2025-12-31', '2026-03-01');

  it('[P6.3] 1.8‰: gap > 0 iff fail or pending; count + gap passes, count + gap − 1 does not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), asOf, (population, f, d) => {
        const have = Math.min(population, Math.floor(f * 4000));
        const at = (n: number) => judge('p6-3-social-work-talent', d, county({ socialWorkProfessionals: n, residentPopulation: population }));
        const r = at(have);
        const short = r.status === 'fail' || r.status === 'pending';
        expect(r.status === 'pass' || short).toBe(true);
        expect(r.gap !== null).toBe(short);
        if (r.gap === null) return;
        expect(r.gap.unit).toBe('persons');
        const g = Number(r.gap.value);
        expect(g).toBeGreaterThan(0);
        expect(at(have + g).status).toBe('pass');
        expect(at(have + g - 1).status).toBe(r.status);
      }),
      { numRuns: 300 },
    );
  });

  it('[P3.4] 60%: gap > 0 iff fail or pending; patients + gap passes, one fewer does not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), asOf, (patients, f, d) => {
        const have = Math.floor(f * patients);
        const at = (n: number) => judge('p3-4-mental-health-rehabilitation', d, county({ homeMentalPatientsInRehab: n, homeMentalPatients: patients }));
        const r = at(have);
        expect(r.gap !== null).toBe(r.status === 'fail' || r.status === 'pending');
        if (r.gap === null) return;
        const g = Number(r.gap.value);
        expect(g).toBeGreaterThan(0);
        expect(at(have + g).status).toBe('pass');
        expect(at(have + g - 1).status).toBe(r.status);
      }),
      { numRuns: 300 },
    );
  });

  it('[P3.11] 两辅警 per urban community: gap > 0 iff fail or pending; officers + gap passes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), asOf, (have, d) => {
        const at = (n: number) => judge('p3-11-urban-auxiliary-police', d, one(URBAN, { auxiliaryPoliceOfficers: n }));
        const r = at(have);
        expect(r.gap !== null).toBe(r.status === 'fail' || r.status === 'pending');
        if (r.gap === null) return;
        expect(at(have + Number(r.gap.value)).status).toBe('pass');
      }),
    );
  });
});

describe('the table covers every rule with a threshold', () => {
  it('each rule whose definition has a threshold has a case with a gap, except the yes/no 24-hour online service', () => {
    const withThreshold = RULES.filter((r) => r.threshold !== undefined).map((r) => r.id);
    expect(withThreshold).toHaveLength(28);
    expect(withThreshold.filter((id) => !COVERED.has(id))).toEqual(['t3-online-service-24h']);
  });
});
