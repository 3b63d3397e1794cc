// A cross-field check (part ≤ whole, end ≥ start) compares two values only when both passed their own checks: zod
// runs an object's refinement even after a field's issue, and a value that failed is already reported once. Before
// the fix, { secretaries: -1, concurrent: 0 } was reported twice: `negative`, then "concurrent (0) exceeds
// secretaries (-1)".
import { describe, expect, it } from 'vitest';
import { actionStatusSchema, elderlyVisitsSchema, oneShoulderYearSchema } from '../../src/index';
import { codes as issues } from './_issuesOf';

describe('一肩挑 (B1): concurrent ≤ secretaries only between valid counts', () => {
  it.each([
    [{ year: 2023, secretaries: -1, concurrent: 0 }, ['secretaries:negative']],
    [{ year: 2023, secretaries: 1.5, concurrent: 2 }, ['secretaries:not_integer']],
    [{ year: 2023, secretaries: 3, concurrent: 2_000_000_001 }, ['concurrent:too_large']],
    [{ year: 2023, secretaries: -0, concurrent: 1 }, ['secretaries:negative']],
  ])('%j gives only its own issue', (input, expected) => {
    expect(issues(oneShoulderYearSchema.safeParse(input))).toEqual(expected);
  });

  it('still flags a valid part above a valid whole, and accepts a part equal to its whole', () => {
    expect(issues(oneShoulderYearSchema.safeParse({ year: 2023, secretaries: 77, concurrent: 78 }))).toEqual(['concurrent:exceeds_total']);
    expect(issues(oneShoulderYearSchema.safeParse({ year: 2023, secretaries: 77, concurrent: 77 }))).toEqual([]);
  });
});

describe('action status (S1): completedOn ≥ startedOn only between real dates', () => {
  const base = { actionId: 't9-self-service-devices', status: 'done' } as const;

  it('a nonexistent start date is reported once, not also as a range', () => {
    expect(issues(actionStatusSchema.safeParse({ ...base, startedOn: '2025-02-30', completedOn: '2025-01-01' }))).toEqual(['startedOn:invalid_date']);
  });

  it('a real range backwards is still invalid_range; the same day is fine', () => {
    expect(issues(actionStatusSchema.safeParse({ ...base, startedOn: '2025-02-28', completedOn: '2025-01-01' }))).toEqual(['completedOn:invalid_range']);
    expect(issues(actionStatusSchema.safeParse({ ...base, startedOn: '2025-01-01', completedOn: '2025-01-01' }))).toEqual([]);
  });
});

describe('elderly visits (P3.2): ranges only between real dates', () => {
  const log = { from: '2024-01-01', to: '2024-01-31', roster: [{ personId: 'p1' }], visits: [] };

  it('the log: a compact date is reported once', () => {
    // '20240201' fails the YYYY-MM-DD check; as a string it sorts before '2024-01-01' ('0' < '-'), so the old range
    // check also called it "before the start date".
    expect(issues(elderlyVisitsSchema.safeParse({ ...log, to: '20240201' }))).toEqual(['to:invalid_date']);
    expect(issues(elderlyVisitsSchema.safeParse({ ...log, to: '2023-12-31' }))).toEqual(['to:invalid_range']);
  });

  it('a roster entry: a nonexistent date is reported once', () => {
    const r = elderlyVisitsSchema.safeParse({ ...log, roster: [{ personId: 'p1', from: '2024-01-10', to: '2023-02-29' }] });
    expect(issues(r)).toEqual(['roster.0.to:invalid_date']);
    const backwards = elderlyVisitsSchema.safeParse({ ...log, roster: [{ personId: 'p1', from: '2024-01-10', to: '2024-01-09' }] });
    expect(issues(backwards)).toEqual(['roster.0.to:invalid_range']);
  });
});
