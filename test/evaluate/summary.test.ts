/**
 * `detail: 'summary'`: the unit-level rules counted instead of listed, indicators for the county and townships only.
 * Every figure must equal what the full evaluation lists, and the map → merge → finalize route (`summarizeUnits`,
 * `mergeSummaries`, `evaluateFromSummary`) must give the one-pass evaluation whatever the split.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateFromSummary, evaluateSnapshot, mergeSummaries, summarizeUnits, type Evaluation } from '../../src/evaluate/index';
import { evaluationSchema } from '../../src/evaluate/evaluationSchema';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { checkRules, countUnitRules, mergeUnitRuleCounts, RULES, type RuleId, type RuleStatus } from '../../src/rules/index';
import { parseSnapshot, type Snapshot } from '../../src/snapshot/index';
import { VILLAGE_UNITS } from '../../src/units/units.generated';

const STATUSES: readonly RuleStatus[] = ['pass', 'fail', 'pending', 'not_applicable', 'missing_data'];
const UNIT_LEVEL = new Set<string>(RULES.filter((r) => r.scope === 'unit' || r.scope === 'facility').map((r) => r.id));

const DAY = 86_400_000;
const date = fc.integer({ min: Date.UTC(2019, 0, 1) / DAY, max: Date.UTC(2026, 11, 31) / DAY }).map((d) => new Date(d * DAY).toISOString().slice(0, 10));
const hundredths = fc.integer({ min: 0, max: 500_000 });
const asArea = (h: number) => (h % 100 === 0 ? h / 100 : `${Math.floor(h / 100)}.${String(h % 100).padStart(2, '0')}`);
const count = fc.integer({ min: 0, max: 40 });
const flag = fc.boolean();
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const interval = fc.tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 720 })).map(([s, len]) => `${hhmm(s)}-${hhmm(Math.min(1440, s + len))}`);
const day = fc.array(interval, { maxLength: 3 });
const schedule = fc.record({ mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day });

// Every field optional; parts never exceed their wholes (the snapshot rejects that), so every unit is valid.
const unitFields = fc
  .record(
    {
      committeeType: fc.constantFrom('village_committee' as const, 'resident_committee' as const),
      households: count,
      residentPopulation: count,
      hasServiceFacility: flag,
      building: hundredths,
      activityShare: fc.integer({ min: 0, max: 100 }),
      communityWorkers: count,
      covered: fc.tuple(count, count, count, count),
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
      legalAdvisers: fc.integer({ min: 0, max: 2 }),
      professionalSocialWorkers: fc.integer({ min: 0, max: 3 }),
      gridMembers: fc.integer({ min: 0, max: 3 }),
      heavyEthnicReligiousWork: flag,
      ethnicReligiousOfficers: fc.integer({ min: 0, max: 2 }),
      cadrePay: fc.record({ basicPay: flag, postAllowance: flag, performanceAllowance: flag, collectiveIncomeReward: flag }, { requiredKeys: [] }),
      villagePlanCompleted: flag,
      hasSelfServiceTerminal: flag,
    },
    { requiredKeys: [] },
  )
  .map(({ building, activityShare, covered, ...f }) => {
    const u: Record<string, unknown> = { ...f };
    if (building !== undefined) {
      u.facilityBuildingArea = asArea(building);
      if (activityShare !== undefined) u.facilityActivityArea = asArea(Math.floor((building * activityShare) / 100));
    }
    if (f.communityWorkers !== undefined && covered !== undefined) {
      const w = f.communityWorkers;
      const keys = ['workersWithPensionInsurance', 'workersWithMedicalInsurance', 'workersWithHousingFund', 'communityWorkersTrained'];
      keys.forEach((k, i) => (u[k] = Math.min(w, covered[i] as number)));
    }
    return u;
  });

/** A valid snapshot of some of Longchuan's units (from several townships) with arbitrary figures. */
const snapshots = fc
  .tuple(
    fc.subarray([...VILLAGE_UNITS], { minLength: 1, maxLength: 30 }).chain((picked) => fc.tuple(...picked.map((v) => unitFields.map((f) => ({ code: v.code, townshipCode: v.townshipCode, ...f }))))),
    fc.constantFrom('2023-06-30', '2024-12-31', '2025-12-31', '2026-03-01'),
  )
  .map(([units, asOf]) => parseSnapshot({ asOf, units }));

const optionsArb = fc.record(
  {
    classifyBy: fc.constantFrom('committee' as const, 'nbs_code' as const),
    undatedTargets: fc.constantFrom('plan_end' as const, 'immediately' as const),
    openingHoursBasis: fc.constantFrom('each_open_day' as const, 'each_day' as const, 'week_average' as const),
    communityWorkerUnits: fc.constantFrom('urban' as const, 'all' as const),
    fitnessCircleCommunities: fc.constantFrom('all' as const, 'urban' as const),
    surveyWindow: fc.constantFrom('calendar_year' as const, 'last_12_months' as const),
  },
  { requiredKeys: [] },
);

/** Counts of the full results of one rule by status, optionally only in one township. */
function countFull(full: Evaluation, ruleId: string, township?: string): Record<RuleStatus, number> {
  const c: Record<RuleStatus, number> = { pass: 0, fail: 0, pending: 0, not_applicable: 0, missing_data: 0 };
  for (const r of full.rules) if (r.ruleId === ruleId && (township === undefined || r.subject.slice(0, 9) === township)) c[r.status]++;
  return c;
}

describe("evaluate with detail: 'summary'", () => {
  it('[S4] counts every unit-level rule by status, overall and per township, as the full results list them', () => {
    fc.assert(
      fc.property(snapshots, optionsArb, (snapshot, options) => {
        const full = evaluateSnapshot(snapshot, options);
        const summary = evaluateSnapshot(snapshot, { ...options, detail: 'summary' });
        const rc = summary.ruleCounts!;
        expect(rc.rules.map((r) => r.ruleId)).toEqual(RULES.filter((r) => UNIT_LEVEL.has(r.id)).map((r) => r.id));
        expect(rc.townships).toEqual([...new Set(snapshot.units.map((u) => u.townshipCode))].sort());
        for (const r of rc.rules) {
          expect(r.counts).toEqual(countFull(full, r.ruleId));
          rc.townships.forEach((t, i) => {
            const byStatus = Object.fromEntries(STATUSES.map((s) => [s, r.byTownship[s][i]]));
            expect(byStatus).toEqual(countFull(full, r.ruleId, t));
          });
          for (const s of ['fail', 'pending', 'missing_data'] as const) {
            const listed = full.rules.filter((x) => x.ruleId === r.ruleId && x.status === s).map((x) => x.subject).sort().slice(0, 100);
            expect(r.subjects[s]).toEqual(listed);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('[P1.1] reports the same county and township indicators, other rules, headline, summary, actions and input as full', () => {
    fc.assert(
      fc.property(snapshots, optionsArb, (snapshot, options) => {
        const full = evaluateSnapshot(snapshot, options);
        const summary = evaluateSnapshot(snapshot, { ...options, detail: 'summary' });
        expect(summary.indicators).toEqual(full.indicators.filter((r) => r.level !== 'unit'));
        expect(summary.rules).toEqual(full.rules.filter((r) => !UNIT_LEVEL.has(r.ruleId)));
        expect(summary.headline).toEqual(full.headline);
        expect(summary.summary).toEqual(full.summary);
        expect(summary.actions).toEqual(full.actions);
        expect(summary.input).toEqual(full.input);
        expect({ ...summary.options, detail: 'full', levels: ['county', 'township', 'unit'] }).toEqual(full.options);
        expect(full.ruleCounts).toBeUndefined();
      }),
      { numRuns: 40 },
    );
  });

  it('[S4] map → merge → finalize equals the one-pass evaluation, whatever the split and the merge order', () => {
    fc.assert(
      fc.property(snapshots, optionsArb, fc.integer({ min: 1, max: 4 }), fc.boolean(), (snapshot, options, parts, reverse) => {
        const onePass = evaluateSnapshot(snapshot, { ...options, detail: 'summary' });
        // Split by unit index (a township may land in several parts: their partials merge too).
        const shares: Snapshot[] = Array.from({ length: parts }, (_, k) => ({ ...snapshot, units: snapshot.units.filter((_u, i) => i % parts === k) }));
        let partials = shares.map((s) => JSON.parse(JSON.stringify(summarizeUnits(s, options))) as ReturnType<typeof summarizeUnits>);
        if (reverse) partials = partials.reverse();
        const merged = partials.reduce((a, b) => mergeSummaries(a, b));
        expect(JSON.stringify(evaluateFromSummary(snapshot, merged, options))).toBe(JSON.stringify(onePass));
      }),
      { numRuns: 40 },
    );
  });

  it('is plain JSON, deterministic, and matches the published schema', () => {
    const [snapshot] = fc.sample(snapshots, { numRuns: 1, seed: 7 });
    const a = evaluateSnapshot(snapshot!, { detail: 'summary' });
    const b = evaluateSnapshot(structuredClone(snapshot!), { detail: 'summary' });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(() => evaluationSchema().parse(JSON.parse(JSON.stringify(a)))).not.toThrow();
    expect(a.options.detail).toBe('summary');
    expect(a.options.levels).toEqual(['county', 'township']);
  });

  it('from raw input, reporting rejected units as full does', () => {
    const input = {
      asOf: '2024-12-31',
      units: [
        { code: '533124201201', townshipCode: '533124201', gridMembers: 0 },
        { code: '533124201202', townshipCode: '533124201', households: -1 },
      ],
    };
    const e = evaluate(input, { detail: 'summary' });
    expect(e.input).toEqual(evaluate(input).input);
    expect(e.ruleCounts?.rules.find((r) => r.ruleId === 't10-grid-members')).toMatchObject({ counts: { fail: 1 }, byTownship: { fail: [1] }, subjects: { fail: ['533124201201'] } });
  });

  it('lists at most 100 subjects per rule and status, the first in code order', () => {
    const units = VILLAGE_UNITS.map((v) => ({ code: v.code, townshipCode: v.townshipCode, gridMembers: 0 }));
    const doubled = [...units, ...units.map((u) => ({ ...u, code: `${u.code.slice(0, 9)}${Number(u.code[9]) + 5}${u.code.slice(10)}` }))];
    // The doubled codes (村 numbers 7xx, 社区 5xx) are not in the registry: admitted by option, not rejected.
    const e = evaluate({ asOf: '2024-12-31', units: doubled }, { detail: 'summary', rules: ['t10-grid-members'], allowUnregisteredUnits: true });
    expect(e.input.coverage?.unregistered).toHaveLength(77);
    const grid = e.ruleCounts!.rules[0]!;
    expect(grid.counts.fail).toBe(doubled.length);
    expect(grid.subjects.fail).toEqual(doubled.map((u) => u.code).sort().slice(0, 100));
    expect(e.ruleCounts!.subjectLimit).toBe(100);
  });

  it('rejects unit-level indicators, an unknown detail, and a summary that does not fit the evaluation', () => {
    const snapshot = parseSnapshot({ asOf: '2024-12-31', units: [{ code: '533124201201', townshipCode: '533124201' }] });
    expect(() => evaluateSnapshot(snapshot, { detail: 'summary', levels: ['unit'] })).toThrow(PlanInputError);
    expect(() => evaluateSnapshot(snapshot, { detail: 'brief' as never })).toThrow(PlanInputError);
    const partial = summarizeUnits(snapshot);
    expect(() => evaluateFromSummary(snapshot, partial, { undatedTargets: 'immediately' })).toThrow(/other options/);
    expect(() => evaluateFromSummary({ ...snapshot, units: [] }, partial)).toThrow(/covers 1 units/);
    expect(() => evaluateFromSummary(snapshot, partial, { asOf: '2025-12-31' })).toThrow(/judged on/);
    expect(() => mergeSummaries(partial, summarizeUnits(snapshot, { rules: ['t10-grid-members'] }))).toThrow(PlanInputError);
  });

  it('evaluates only the rules asked for', () => {
    const snapshot = parseSnapshot({ asOf: '2024-12-31', units: [{ code: '533124201201', townshipCode: '533124201', gridMembers: 2 }] });
    const e = evaluateSnapshot(snapshot, { detail: 'summary', rules: ['t10-grid-members', 'p3-14-demonstration-villages'] });
    expect(e.ruleCounts!.rules.map((r) => r.ruleId)).toEqual(['t10-grid-members']);
    expect(e.rules.map((r) => r.ruleId)).toEqual(['p3-14-demonstration-villages']);
    expect(e.summary.rules).toEqual(evaluateSnapshot(snapshot, { rules: ['t10-grid-members', 'p3-14-demonstration-villages'] }).summary.rules);
  });
});

describe('countUnitRules', () => {
  it('[S4] counts the statuses checkRules gives, and merges the counts of disjoint sets of units', () => {
    fc.assert(
      fc.property(snapshots, optionsArb, (snapshot, options) => {
        const counts = countUnitRules(snapshot, options);
        const results = checkRules(snapshot, options);
        for (const r of counts.rules) {
          const c: Record<RuleStatus, number> = { pass: 0, fail: 0, pending: 0, not_applicable: 0, missing_data: 0 };
          for (const x of results) if (x.ruleId === r.ruleId) c[x.status]++;
          expect(r.counts).toEqual(c);
        }
        const half = Math.floor(snapshot.units.length / 2);
        const a = countUnitRules({ ...snapshot, units: snapshot.units.slice(0, half) }, options);
        const b = countUnitRules({ ...snapshot, units: snapshot.units.slice(half) }, options);
        expect(mergeUnitRuleCounts(b, a)).toEqual(counts);
      }),
      { numRuns: 30 },
    );
  });

  it('ignores rules of other scopes among those asked for', () => {
    const snapshot = parseSnapshot({ asOf: '2024-12-31', units: [] });
    const ids: RuleId[] = ['p3-14-demonstration-villages', 't10-grid-members'];
    expect(countUnitRules(snapshot, {}, ids).rules.map((r) => r.ruleId)).toEqual(['t10-grid-members']);
  });
});
