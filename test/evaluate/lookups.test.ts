/** Finding a result: by indicator and subject, by rule and subject, by clause (issue: the API a developer expects). */
import { describe, expect, it } from 'vitest';
import { evaluate, findIndicatorResult, findRuleResult, resultsForClause } from '../../src/evaluate';

// 章凤镇: 533124101201 with a facility and 2 grid members, 533124101202 without either.
const e = evaluate(
  {
    asOf: '2025-12-31',
    units: [
      { code: '533124101201', townshipCode: '533124101', hasServiceFacility: true, gridMembers: 2 },
      { code: '533124101202', townshipCode: '533124101', hasServiceFacility: false, gridMembers: 0 },
    ],
  },
  { scope: 'units' },
);

describe('findIndicatorResult', () => {
  it('[P1.1] county by default: 1 of 2 villages = 50%; the township the same; each unit its own 100 / 0', () => {
    expect(findIndicatorResult(e, 'rural_facility_coverage')).toMatchObject({ level: 'county', subject: '533124', value: '50' });
    expect(findIndicatorResult(e, 'rural_facility_coverage', '533124')).toMatchObject({ level: 'county', value: '50' });
    expect(findIndicatorResult(e, 'rural_facility_coverage', '533124101')).toMatchObject({ level: 'township', value: '50' });
    expect(findIndicatorResult(e, 'rural_facility_coverage', '533124101201')).toMatchObject({ level: 'unit', value: '100' });
    expect(findIndicatorResult(e, 'rural_facility_coverage', '533124101202')).toMatchObject({ level: 'unit', value: '0' });
  });

  it('undefined for a subject or level not in the evaluation', () => {
    expect(findIndicatorResult(e, 'rural_facility_coverage', '533124102')).toBeUndefined();
    const countyOnly = evaluate({ asOf: '2025-12-31', units: [] }, { scope: 'units', levels: ['county'] });
    expect(findIndicatorResult(countyOnly, 'rural_facility_coverage', '533124101201')).toBeUndefined();
  });

  it('works on the evaluation as JSON, parsed', () => {
    const json = JSON.parse(JSON.stringify(e)) as typeof e;
    expect(findIndicatorResult(json, 'rural_facility_coverage')?.value).toBe('50');
  });
});

describe('findRuleResult', () => {
  it('[T10] a unit: 2 grid members pass; 0 fail, 1 more person needed', () => {
    expect(findRuleResult(e, 't10-grid-members', '533124101201')?.status).toBe('pass');
    expect(findRuleResult(e, 't10-grid-members', '533124101202')).toMatchObject({ status: 'fail', gap: { value: '1', unit: 'persons' } });
  });

  it('[P3.14] the county by default; undefined for a rule not run', () => {
    expect(findRuleResult(e, 'p3-14-demonstration-villages')?.subject).toBe('533124');
    const one = evaluate({ asOf: '2025-12-31', units: [] }, { scope: 'units', rules: ['t10-grid-members'] });
    expect(findRuleResult(one, 'p3-14-demonstration-villages')).toBeUndefined();
  });
});

describe('resultsForClause', () => {
  it('[T10] the two units of the grid rule, the ethnic-affairs rule, nothing from other clauses', () => {
    const t10 = resultsForClause(e, 'T10');
    expect(t10.indicators).toEqual([]);
    expect(new Set(t10.rules.map((r) => r.clause))).toEqual(new Set(['T10']));
    expect(t10.rules.filter((r) => r.ruleId === 't10-grid-members').map((r) => r.subject)).toEqual(['533124101201', '533124101202']);
  });

  it('[P1.1] the indicator at every level: county, township, two units', () => {
    expect(resultsForClause(e, 'P1.1').indicators.map((r) => `${r.level} ${r.subject}`)).toEqual([
      'county 533124',
      'township 533124101',
      'unit 533124101201',
      'unit 533124101202',
    ]);
  });
});
