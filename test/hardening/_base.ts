// A small, fully valid snapshot of Longchuan that each bad input spoils in one place, and the helpers to spoil it.
import type { Evaluation } from '../../src/evaluate/Evaluation';

/** 老街子社区 (章凤镇): a 社区居民委员会, urban by default. */
export const URBAN = '533124101001';
/** 章凤村 (章凤镇): a 村民委员会, rural by default. */
export const RURAL = '533124101201';
/** 王子树乡's first village (村民委员会), rural: facility-less. */
export const RURAL2 = '533124201201';
/** The unit each unit-level bad input spoils: 户撒乡's first village, appended at index 3. */
export const BAD = '533124202201';
export const BAD_TOWNSHIP = '533124202';

/** Three valid units: one urban community and two villages, every figure consistent. */
export const GOOD_UNITS = [
  {
    code: URBAN,
    townshipCode: '533124101',
    households: 800,
    residentPopulation: 3000,
    hasServiceFacility: true,
    facilityBuildingArea: '400',
    facilityActivityArea: '260.5',
    communityBuildingArea: '50000',
    commercialServiceArea: '5500',
    hasSelfServiceTerminal: true,
    communityWorkers: 6,
    communityWorkersTrained: 6,
    workersWithPensionInsurance: 6,
    openingSchedule: { mon: ['08:30-12:00', '14:30-18:00'], tue: ['08:30-12:00'], wed: [], thu: [], fri: [], sat: [], sun: [] },
  },
  { code: RURAL, townshipCode: '533124101', households: 300, hasServiceFacility: true, facilityBuildingArea: 120, facilityActivityArea: 80 },
  { code: RURAL2, townshipCode: '533124201', households: 250, hasServiceFacility: false },
] as const;

/** County figures, township facts, records and action statuses, all valid. */
export const BASE = {
  asOf: '2025-06-30',
  county: {
    residentPopulation: 190000,
    urbanResidentPopulation: 70000,
    households: 52000,
    registeredVolunteers: 30000,
    institutionPartyOrganisations: 120,
    institutionPartyOrganisationsReported: 120,
    servingPartyMembers: 3000,
    servingPartyMembersReported: 2900,
    homeMentalPatients: 400,
    homeMentalPatientsInRehab: 250,
    oneShoulder: [
      { year: 2022, secretaries: 77, concurrent: 66 },
      { year: 2023, secretaries: 77, concurrent: 70 },
    ],
  },
  units: GOOD_UNITS,
  townships: [{ code: '533124101', hasMinorProtectionStation: true, hasSocialWorkStation: true }],
  records: {
    newEstates: [
      { id: 'E1', households: 600, elderlyCareServiceArea: '120' },
      { id: 'E2', households: 100, elderlyCareServiceArea: 20 },
    ],
    elderlyVisits: {
      from: '2025-01-01',
      to: '2025-03-31',
      roster: [{ personId: 'p1' }, { personId: 'p2', unitCode: RURAL }],
      visits: [
        { id: 'v1', personId: 'p1', date: '2025-01-15' },
        { id: 'v2', personId: 'p2', date: '2025-01-20' },
      ],
    },
    relocationSites: [{ id: 'S1', unitCode: RURAL2, hasServiceFacility: true }],
  },
  actions: [
    { actionId: 't3-one-window', status: 'in_progress', startedOn: '2023-03-01', evidence: ['陇政办发〔2023〕12号'] },
    { actionId: 't1-joint-meeting-system', status: 'done', startedOn: '2021-05-01', completedOn: '2022-01-10' },
  ],
} as const;

/** A fresh, mutable deep copy of {@link BASE}. */
export function base(): Record<string, any> {
  return structuredClone(BASE) as unknown as Record<string, any>;
}

/** {@link BASE} changed by `f` (a fresh copy each time). */
export function edit(f: (s: Record<string, any>) => void): Record<string, any> {
  const s = base();
  f(s);
  return s;
}

/** {@link BASE} with a fourth unit, `BAD` under its own township, carrying `fields` (which may override the codes). */
export function withUnit(fields: Record<string, unknown>): Record<string, any> {
  return edit((s) => s.units.push({ code: BAD, townshipCode: BAD_TOWNSHIP, households: 100, ...fields }));
}

/** {@link BASE} with `value` as the fourth unit itself. */
export function withUnitValue(value: unknown): Record<string, any> {
  return edit((s) => s.units.push(value));
}

/** Everything an evaluation reports except what it says about its input. */
export function results(e: Evaluation): Omit<Evaluation, 'input'> {
  const { input: _input, ...rest } = e;
  return rest;
}
