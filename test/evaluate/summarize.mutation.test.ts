// Tests written to kill the Stryker survivors of src/evaluate/summarize.ts: the data most often missing (units counted
// unit by unit, other subjects from the rules that are not unit-level and from the county figures), the clauses most
// often failed (top ten, ties in clause order). summarize is internal; it is fed minimal results here, built inside
// each test so that Stryker's per-test coverage ties the test to the lines it reads.
import { describe, expect, it } from 'vitest';
import type { IndicatorResult, ProgressStatus } from '../../src/indicators/IndicatorResult';
import type { RuleResult, RuleSeverity, RuleStatus } from '../../src/rules/types';
import type { UnitRuleCount } from '../../src/rules/UnitRuleCounts';
import { summarize } from '../../src/evaluate/summarize';

/** A rule result with only what summarize reads (a binding rule's unless said). */
function rule(clause: string, subject: string, status: RuleStatus, missing: string[] = [], severity: RuleSeverity = 'binding'): RuleResult {
  return { ruleId: 'x', clause, subject, status, severity, actual: null, expected: null, message: { zh: '', en: '' }, missing } as unknown as RuleResult;
}

/** A county indicator result with only what summarize reads. */
function indicator(status: ProgressStatus, missing: { unit: string; field: string }[] = []): IndicatorResult {
  return { progress: { status, expected: null }, missing } as unknown as IndicatorResult;
}

/** A counted unit-level rule: summarize looks its severity up by ID, so the ID is a real one of the clause. */
function unitTotal(ruleId: string, clause: string, counts: Partial<Record<RuleStatus, number>>): UnitRuleCount {
  return {
    ruleId,
    clause,
    counts: { pass: 0, fail: 0, pending: 0, not_applicable: 0, missing_data: 0, ...counts },
    subjects: { fail: [], pending: [], missing_data: [] },
  } as unknown as UnitRuleCount;
}

/** Unit-level results are those whose subject is a 12-digit unit code. */
const unitLevel = (r: RuleResult) => r.subject.length === 12;

describe('summarize: missing data', () => {
  it('adds the subjects of missing_data results that are not unit-level, each subject once per field', () => {
    const rules = [
      // Two townships lack the same township fact; the same township again (another rule) does not count twice.
      rule('P3.2', '533124101', 'missing_data', ['elderlyCareCentre']),
      rule('P3.2', '533124102', 'missing_data', ['elderlyCareCentre']),
      rule('P3.3', '533124101', 'missing_data', ['elderlyCareCentre']),
      // A unit-level missing_data result: its units are already in missingUnits, so it adds nothing here.
      rule('T10', '533124101201', 'missing_data', ['gridMembers']),
      // A township that lacks a field units also lack: 3 units + 1 township = 4 subjects.
      rule('T10', '533124103', 'missing_data', ['gridMembers']),
      // Results of other statuses add nothing, even if they carry fields.
      rule('T7', '533124104', 'fail', ['legalAdviserRecords']),
      rule('T7', '533124105', 'pass', ['legalAdviserRecords']),
    ];
    const s = summarize([], rules, [], [], { gridMembers: 3 }, unitLevel);
    expect(s.missingData).toEqual([
      { field: 'gridMembers', subjects: 4 },
      { field: 'elderlyCareCentre', subjects: 2 },
    ]);
  });

  it('counts the county figures (fields county.…) the county indicators lack, once per subject; unit fields of indicators are left to missingUnits', () => {
    const county = [
      indicator('no_data', [
        { unit: '533124', field: 'county.urbanResidentPopulation' },
        { unit: '533124101201', field: 'households' },
      ]),
      // The same county figure lacked by a second indicator: still one subject (the county).
      indicator('no_data', [{ unit: '533124', field: 'county.urbanResidentPopulation' }]),
      indicator('achieved'),
    ];
    const s = summarize(county, [], [], [], {}, unitLevel);
    expect(s.missingData).toEqual([{ field: 'county.urbanResidentPopulation', subjects: 1 }]);
    expect(s.indicators).toEqual({ achieved: 1, on_track: 0, behind: 0, not_achieved: 0, no_data: 2 });
  });

  it('leaves out fields no subject lacks, and orders by subjects (most first) then by field name', () => {
    // households 0: nothing missing; a 2 and b 2 tie (name order); county.x 1 comes last.
    const county = [indicator('behind', [{ unit: '533124', field: 'county.x' }])];
    const s = summarize(county, [], [], [], { households: 0, b: 2, a: 2 }, unitLevel);
    expect(s.missingData).toEqual([
      { field: 'a', subjects: 2 },
      { field: 'b', subjects: 2 },
      { field: 'county.x', subjects: 1 },
    ]);
  });

  it('reports nothing missing when nothing is', () => {
    expect(summarize([], [rule('T3', '533124101', 'pass')], [], [], {}, unitLevel).missingData).toEqual([]);
  });
});

describe('summarize: the clauses most often failed', () => {
  it('adds materialised failures and counted ones, keeps the first ten by failures then clause (plain string order)', () => {
    const singles = ['T7', 'P3.9', 'P3.4', 'P3.1', 'P2.2', 'P2.1', 'P1.5', 'B1'];
    const rules = [
      rule('T3', '533124101201', 'fail'),
      rule('T3', '533124101202', 'fail'),
      rule('P3.2', '533124101', 'fail'),
      rule('P3.2', '533124102', 'fail'),
      ...singles.map((c) => rule(c, '533124', 'fail')),
      rule('P3.14', '533124', 'pass'),
    ];
    // t10-grid-members and t12-pension-insurance are binding (应), so their fails are failures of the clause.
    const unitTotals = [unitTotal('t10-grid-members', 'T10', { fail: 3, pass: 4 }), unitTotal('t12-pension-insurance', 'T12', { pass: 2, missing_data: 1 })];
    const s = summarize([], rules, [], unitTotals, {}, unitLevel);
    // Eleven clauses failed: T10 3, P3.2 2 and T3 2 ('P' < 'T'), then eight with one each in string order
    // B1, P1.5, P2.1, P2.2, P3.1, P3.4, P3.9, T7; the eleventh (T7) is cut. T12 failed nowhere and is not listed.
    expect(s.mostFailedClauses).toEqual([
      { clause: 'T10', failures: 3 },
      { clause: 'P3.2', failures: 2 },
      { clause: 'T3', failures: 2 },
      { clause: 'B1', failures: 1 },
      { clause: 'P1.5', failures: 1 },
      { clause: 'P2.1', failures: 1 },
      { clause: 'P2.2', failures: 1 },
      { clause: 'P3.1', failures: 1 },
      { clause: 'P3.4', failures: 1 },
      { clause: 'P3.9', failures: 1 },
    ]);
    // 12 materialised fails + 1 pass; counted: 3 fail, 6 pass, 1 missing_data.
    expect(s.rules).toEqual({ pass: 7, fail: 15, pending: 0, not_applicable: 0, missing_data: 1 });
    expect(s.failuresBySeverity).toEqual({ binding: 15, soft: 0, informational: 0 });
  });

  it('[T3] [T10] leaves advisories (fails of soft and informational rules) out of the clauses most failed, counting them by severity', () => {
    const rules = [
      rule('T3', '533124101201', 'fail', [], 'soft'),
      rule('T3', '533124101202', 'fail', [], 'soft'),
      rule('T10', '533124101203', 'fail', [], 'informational'),
      rule('T7', '533124', 'fail'),
    ];
    // t10-ethnic-religious-officer is informational (可设): its 4 counted fails are advisories too.
    const s = summarize([], rules, [], [unitTotal('t10-ethnic-religious-officer', 'T10', { fail: 4 })], {}, unitLevel);
    expect(s.mostFailedClauses).toEqual([{ clause: 'T7', failures: 1 }]);
    expect(s.failuresBySeverity).toEqual({ binding: 1, soft: 2, informational: 5 });
    expect(s.rules.fail).toBe(8);
  });

  it('counts a clause failed by materialised and counted results together', () => {
    const s = summarize([], [rule('T10', '533124101', 'fail')], [], [unitTotal('t10-grid-members', 'T10', { fail: 2 })], {}, unitLevel);
    expect(s.mostFailedClauses).toEqual([{ clause: 'T10', failures: 3 }]);
  });
});
