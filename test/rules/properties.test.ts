import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkActions } from '../../src/actions/checkActions';
import { checkRules } from '../../src/rules/checkRules';
import { RULE_IDS } from '../../src/rules/RULE_IDS';
import type { RuleOptions } from '../../src/rules/RuleOptions';
import { RULES } from '../../src/rules/RULES';
import { parseSnapshot } from '../../src/snapshot/parseSnapshot';
import { TOWNSHIPS, VILLAGE_UNITS } from '../../src/units/units.generated';
import { measureProblem } from './_measureCheck';

const DAY = 86_400_000;
const date = fc.integer({ min: Date.UTC(2019, 0, 1) / DAY, max: Date.UTC(2027, 11, 31) / DAY }).map((d) => new Date(d * DAY).toISOString().slice(0, 10));
const area = fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => (b === 0 ? a : `${a}.${String(b).padStart(2, '0')}`));
const count = fc.integer({ min: 0, max: 400 });
const flag = fc.boolean();
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const interval = fc.tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 720 })).map(([s, len]) => `${hhmm(s)}-${hhmm(Math.min(1440, s + len))}`);
const day = fc.array(interval, { maxLength: 4 });
const schedule = fc.record({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day });
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const unitFields = fc.record(
  {
    households: count,
    residentPopulation: count,
    hasServiceFacility: flag,
    facilityBuildingArea: area,
    facilityActivityArea: area,
    communityWorkers: count,
    openingSchedule: schedule,
    facilityCompletedOn: date,
    hasVolunteerStation: flag,
    hasOnlineService24h: flag,
    hasProxyGovernmentService: flag,
    lastSatisfactionSurveyOn: date,
    hasPublicLegalServices: flag,
    hasDisabledPersonsAssociation: flag,
    inFitnessCircle: flag,
    hasDayCareCoverage: flag,
    communityPoliceOfficers: count,
    auxiliaryPoliceOfficers: count,
    legalAdvisers: count,
    professionalSocialWorkers: count,
    gridMembers: count,
    heavyEthnicReligiousWork: flag,
    ethnicReligiousOfficers: count,
    cadrePay: fc.record({ basicPay: flag, postAllowance: flag, performanceAllowance: flag, collectiveIncomeReward: flag }, { requiredKeys: [] }),
    workersWithPensionInsurance: count,
    workersWithMedicalInsurance: count,
    workersWithHousingFund: count,
    communityWorkersTrained: count,
    villagePlanCompleted: flag,
    urbanRuralCode: fc.constantFrom('111', '121', '210', '220'),
    classification: fc.constantFrom('urban' as const, 'rural' as const),
  },
  { requiredKeys: [] },
);

const units = fc.subarray([...VILLAGE_UNITS], { maxLength: 12 }).chain((picked) =>
  fc.tuple(...picked.map((u) => unitFields.map((f) => ({ code: u.code, townshipCode: u.townshipCode, ...f })))),
);

const townships = fc.option(
  fc.subarray([...TOWNSHIPS]).chain((picked) =>
    fc.tuple(
      ...picked.map((t) =>
        fc
          .record(
            { comprehensiveElderlyCareCentres: count, hasRegionalElderlyCareCentre: flag, hasMinorProtectionStation: flag, hasSocialWorkStation: flag },
            { requiredKeys: [] },
          )
          .map((f) => ({ code: t.code, ...f })),
      ),
    ),
  ),
  { nil: undefined },
);

const years = fc.uniqueArray(fc.integer({ min: 2018, max: 2026 }), { maxLength: 6 });
const county = fc.record(
  {
    residentPopulation: count,
    registeredPopulation: count,
    brandSocialOrganisations: count,
    brandProjects: count,
    registeredVolunteers: count,
    institutionPartyOrganisations: count,
    institutionPartyOrganisationsReported: count,
    servingPartyMembers: count,
    servingPartyMembersReported: count,
    homeMentalPatients: count,
    homeMentalPatientsInRehab: count,
    ethnicUnityDemonstrationUnits: count,
    villagePlansCompleted: count,
    socialWorkProfessionals: count,
    oneShoulder: years.chain((ys) => fc.tuple(...ys.map((year) => fc.tuple(count, count).map(([a, b]) => ({ year, secretaries: Math.max(a, b), concurrent: Math.min(a, b) }))))),
    urbanUnitWages: years.chain((ys) => fc.tuple(...ys.map((year) => fc.oneof(area.map((w) => ({ year, averageMonthlyWage: w })), area.map((w) => ({ year, averageAnnualWage: w })))))),
  },
  { requiredKeys: [] },
);

const people = ['a', 'b', 'c', 'd'];
const records = fc.record(
  {
    newEstates: fc.uniqueArray(fc.record({ id: fc.constantFrom('E1', 'E2', 'E3'), households: opt(count), elderlyCareServiceArea: opt(area) }), { selector: (e) => e.id }),
    elderlyVisits: fc.tuple(date, date).chain(([x, y]) =>
      fc.record({
        from: fc.constant(x < y ? x : y),
        to: fc.constant(x < y ? y : x),
        roster: fc.uniqueArray(fc.record({ personId: fc.constantFrom(...people), from: opt(date) }), { selector: (r) => r.personId }),
        visits: fc.array(fc.record({ personId: fc.constantFrom(...people, 'zz'), date }), { maxLength: 20 }),
      }),
    ),
    serviceOutlets: fc.uniqueArray(
      fc.record({ id: fc.constantFrom('O1', 'O2'), water: opt(fc.constantFrom('residential', 'non_residential', 'not_supplied')), gas: opt(fc.constantFrom('residential', 'not_supplied')) }),
      { selector: (e) => e.id },
    ),
    relocationSites: fc.uniqueArray(fc.record({ id: fc.constantFrom('S1', 'S2', 'S3'), hasServiceFacility: opt(flag) }), { selector: (e) => e.id }),
    communityWorkerIncome: fc.uniqueArray(fc.record({ year: fc.integer({ min: 2018, max: 2026 }), averageMonthlyIncome: area }), { selector: (e) => e.year }),
  },
  { requiredKeys: [] },
);

/** Drop `undefined` values (a key present with `undefined` is not valid JSON input). */
function clean<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** Parts within their wholes (the schema rejects e.g. more workers trained than workers, `exceeds_total`). */
const PARTS: readonly (readonly [string, string])[] = [
  ['facilityActivityArea', 'facilityBuildingArea'],
  ['communityWorkersTrained', 'communityWorkers'],
  ['workersWithPensionInsurance', 'communityWorkers'],
  ['workersWithMedicalInsurance', 'communityWorkers'],
  ['workersWithHousingFund', 'communityWorkers'],
  ['institutionPartyOrganisationsReported', 'institutionPartyOrganisations'],
  ['servingPartyMembersReported', 'servingPartyMembers'],
  ['homeMentalPatientsInRehab', 'homeMentalPatients'],
];
function withinWholes<T extends { units: object[]; county?: object | undefined }>(s: T): T {
  for (const o of [...s.units, s.county ?? {}] as Record<string, unknown>[]) {
    for (const [part, whole] of PARTS) if (o[part] !== undefined && o[whole] !== undefined && Number(o[part]) > Number(o[whole])) o[part] = o[whole];
  }
  return s;
}

const snapshotInput = fc.record({ asOf: date, units, townships, county: opt(county), records: opt(records) }).map(clean).map(withinWholes);

const options: fc.Arbitrary<RuleOptions> = fc.record(
  {
    classifyBy: fc.constantFrom('committee' as const, 'nbs_code' as const, 'caller' as const),
    undatedTargets: fc.constantFrom('plan_end' as const, 'immediately' as const),
    openingHoursBasis: fc.constantFrom('five_days' as const, 'each_open_day' as const, 'each_day' as const, 'open_day_average' as const, 'week_average' as const),
    surveyWindow: fc.constantFrom('plan_period' as const, 'calendar_year' as const, 'last_12_months' as const),
    farmCountsAsTownship: fc.boolean(),
    farmCommunities: fc.constantFrom('include' as const, 'exclude' as const),
    dayCareCommunities: fc.constantFrom('all' as const, 'urban' as const),
    volunteerPopulation: fc.constantFrom('resident' as const, 'registered' as const),
    relocationThreshold: fc.constantFrom('0', '90', '99.5', '100'),
    oneShoulderTrend: fc.constantFrom('since_2020' as const, 'rising' as const, 'non_decreasing' as const),
    places: fc.integer({ min: 0, max: 4 }),
    rounding: fc.constantFrom('half_up' as const, 'half_even' as const),
  },
  { requiredKeys: [] },
);

const STATUSES = ['pass', 'fail', 'pending', 'not_applicable', 'missing_data'];
const UNIT_SCOPED = RULES.filter((r) => r.scope === 'unit' || r.scope === 'facility').map((r) => r.id);

describe('rules: properties over arbitrary valid snapshots', () => {
  it('never throw, return well-formed plain JSON, one result per unit for unit rules, deterministic, inputs unchanged', () => {
    fc.assert(
      fc.property(snapshotInput, options, (input, opts) => {
        const snapshot = parseSnapshot(input);
        const before = JSON.stringify(snapshot);
        const optsBefore = JSON.stringify(opts);
        const a = checkRules(snapshot, opts);
        const b = checkRules(snapshot, opts);
        expect(b).toEqual(a);
        expect(JSON.stringify(snapshot)).toBe(before);
        expect(JSON.stringify(opts)).toBe(optsBefore);
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
        for (const r of a) {
          expect(RULE_IDS).toContain(r.ruleId);
          expect(STATUSES).toContain(r.status);
          expect(r.missing.length > 0).toBe(r.status === 'missing_data');
          expect(r.message.zh.startsWith(`[${r.clause}] `)).toBe(true);
          expect(typeof r.subject).toBe('string');
        }
        for (const id of UNIT_SCOPED) {
          expect(a.filter((r) => r.ruleId === id).map((r) => r.subject)).toEqual(snapshot.units.map((u) => u.code));
        }
        expect(() => checkActions(snapshot)).not.toThrow();
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('every measure reproduces its status (value against threshold by the comparator) and its display string; none unless judged', () => {
    fc.assert(
      fc.property(snapshotInput, options, (input, opts) => {
        for (const r of checkRules(parseSnapshot(input), opts)) expect(measureProblem(r), `${r.ruleId} ${r.subject}`).toBeNull();
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('the same snapshot with units in another order gives the same unit results, reordered', () => {
    fc.assert(
      fc.property(snapshotInput, (input) => {
        const s1 = parseSnapshot(input);
        const s2 = parseSnapshot({ ...input, units: [...input.units].reverse() });
        const key = (r: { ruleId: string; subject: string }) => `${r.ruleId}|${r.subject}`;
        const sorted = (xs: ReturnType<typeof checkRules>) => [...xs].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
        expect(sorted(checkRules(s2))).toEqual(sorted(checkRules(s1)));
      }),
      { numRuns: 40 },
    );
  }, 30_000);
});
