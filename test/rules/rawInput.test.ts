// Issue 14: the rule checks take a raw snapshot as parseSnapshot reads it (numbers where it allows them), and throw a
// PlanInputError at the first problem's path where parseSnapshot would refuse it; never a verdict from a misread value.
import { describe, expect, it } from 'vitest';
import { checkRule, checkRules, getRule, parseSnapshot, PlanInputError, SnapshotError } from '../../src/index';
import { planErrorOf, thrown } from '../_thrown';

const UNIT = '533124101201';
const T = '533124101';

describe('[P2.2] [T8] raw snapshots are read as parseSnapshot reads them', () => {
  it('[P2.2] 150 registered volunteers of 1,000 residents → 150 ÷ 1000 = 15% → meets 15% (pass)', () => {
    const [r] = checkRule('p2-2-registered-volunteers', { asOf: '2024-12-31', units: [], county: { residentPopulation: 1000, registeredVolunteers: 150 } });
    expect([r?.status, r?.actual, r?.expected]).toEqual(['pass', '15%', '≥15%']);
  });

  it('[T8] a new facility of 89.99 m² (a number) for 300 households → 89.99 ÷ 300 × 100 = 29.997 m² per 100 households → fail, 0.01 m² short', () => {
    const unit = { code: UNIT, townshipCode: T, hasServiceFacility: true, facilityCompletedOn: '2023-05-01', facilityBuildingArea: 89.99, households: 300 };
    const [r] = checkRule('t8-new-facility-area', { asOf: '2024-12-31', units: [unit] });
    // 30 m² per 100 households for 300 households is 90 m²: 90 − 89.99 = 0.01 m² more.
    expect([r?.status, r?.actual, r?.gap]).toEqual(['fail', '29.997 m²/100 households', { value: '0.01', unit: 'm2' }]);
  });

  it('[T8] the same facility at 90 m² → exactly 30 → pass; the number and the string "90.00" agree', () => {
    const unit = (area: number | string) => ({ code: UNIT, townshipCode: T, hasServiceFacility: true, facilityCompletedOn: '2023-05-01', facilityBuildingArea: area, households: 300 });
    const asNumber = checkRule('t8-new-facility-area', { asOf: '2024-12-31', units: [unit(90)] });
    expect(asNumber[0]?.status).toBe('pass');
    expect(asNumber).toEqual(checkRule('t8-new-facility-area', { asOf: '2024-12-31', units: [unit('90.00')] }));
  });

  it('a parsed snapshot and its raw input give the same results under every rule', () => {
    const raw = {
      asOf: '2024-12-31',
      units: [{ code: UNIT, townshipCode: T, households: 300, residentPopulation: 1000, hasServiceFacility: true, facilityBuildingArea: 90, gridMembers: 2 }],
      county: { residentPopulation: 1000, registeredVolunteers: 150 },
    };
    expect(checkRules(raw)).toEqual(checkRules(parseSnapshot(raw)));
  });
});

describe('what parseSnapshot refuses, the rule checks refuse: PlanInputError at the path', () => {
  it('[P2.2] a negative population (-1,000) → county.residentPopulation, code negative (never a pass at -15%)', () => {
    const e = planErrorOf(() => checkRule('p2-2-registered-volunteers', { asOf: '2024-12-31', units: [], county: { residentPopulation: -1000, registeredVolunteers: 150 } }));
    expect([e.code, e.path]).toEqual(['negative', ['county', 'residentPopulation']]);
    expect(e.messageEn).toBe('must not be negative, got -1000');
  });

  it('[P2.2] asOf 2025-02-30 → asOf, code invalid_date (never "pending")', () => {
    const e = planErrorOf(() => checkRules({ asOf: '2025-02-30', units: [], county: { residentPopulation: 1000, registeredVolunteers: 100 } }, {}, ['p2-2-registered-volunteers']));
    expect([e.code, e.path]).toEqual(['invalid_date', ['asOf']]);
  });

  it.each([
    ['NaN', NaN, 'not_finite'],
    ['Infinity', Infinity, 'not_finite'],
    ['"abc"', 'abc', 'expected_count'],
    ['-1', -1, 'negative'],
    ['1.5', 1.5, 'not_integer'],
  ])('a unit residentPopulation of %s → units[0].residentPopulation, code %s', (_t, value, code) => {
    const e = planErrorOf(() => checkRules({ asOf: '2024-12-31', units: [{ code: UNIT, townshipCode: T, residentPopulation: value as number }] }));
    expect([e.code, e.path]).toEqual([code, ['units', 0, 'residentPopulation']]);
  });

  it('several problems: the first is thrown, the count of the others is said, and the cause lists them all', () => {
    // `as never` until Rule['check'] (src/rules/types.ts) is declared to take a SnapshotInput, as checkRule does.
    const raw = { asOf: '2024-12-31', units: [{ code: UNIT, townshipCode: T, households: -1, gridMembers: 'x' }] };
    const e = thrown(() => getRule('t10-grid-members').check(raw as never));
    expect(e).toBeInstanceOf(PlanInputError);
    const err = e as PlanInputError;
    expect([err.code, err.path]).toEqual(['negative', ['units', 0, 'households']]);
    expect(err.messageEn).toBe('must not be negative, got -1 (and 1 more problem)');
    expect(err.messageZh).toBe('不能为负数，实际为-1（另有1处问题）');
    expect(err.cause).toBeInstanceOf(SnapshotError);
    expect((err.cause as SnapshotError).issues.map((i) => i.path)).toEqual([
      ['units', 0, 'households'],
      ['units', 0, 'gridMembers'],
    ]);
  });

  it('a unit that evaluate would leave out (a township code not matching) throws here: a check cannot leave it out', () => {
    const e = planErrorOf(() => checkRules({ asOf: '2024-12-31', units: [{ code: UNIT, townshipCode: '533124102' }] }));
    expect([e.code, e.path]).toEqual(['township_mismatch', ['units', 0, 'townshipCode']]);
  });

  it('a bad option is still refused first', () => {
    const e = planErrorOf(() => checkRules({ asOf: '2025-02-30', units: [] }, { classifyBy: 'x' as never }));
    expect(e.code).toBe('invalid_option');
  });
});
