import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { calendarYear, isInPlanPeriod, planYear } from '../../src/period';

describe('[R3] isInPlanPeriod: 2021-01-01 … 2025-12-31 inclusive', () => {
  it.each([
    ['1900-01-01', false],
    ['2020-12-31', false],
    ['2021-01-01', true],
    ['2023-07-02', true],
    ['2024-02-29', true],
    ['2025-12-31', true],
    ['2026-01-01', false],
    ['2100-12-31', false],
  ])('%s → %s', (date, expected) => {
    expect(isInPlanPeriod(date)).toBe(expected);
  });
});

describe('[R3] planYear: 2021 → 1 … 2025 → 5, otherwise undefined', () => {
  it.each([
    ['2020-12-31', undefined],
    ['2021-01-01', 1],
    ['2021-12-31', 1],
    ['2022-01-01', 2],
    ['2022-12-31', 2],
    ['2023-01-01', 3],
    ['2023-12-31', 3],
    ['2024-01-01', 4],
    ['2024-12-31', 4],
    ['2025-01-01', 5],
    ['2025-12-31', 5],
    ['2026-01-01', undefined],
    ['1900-06-01', undefined],
  ])('%s → %s', (date, expected) => {
    expect(planYear(date)).toBe(expected);
  });
});

describe('calendarYear', () => {
  it.each([
    ['1900-01-01', 1900],
    ['2020-12-31', 2020],
    ['2021-01-01', 2021],
    ['2100-12-31', 2100],
  ])('%s → %i', (date, expected) => {
    expect(calendarYear(date)).toBe(expected);
  });
});

describe('invalid input', () => {
  it.each([
    ['isInPlanPeriod', () => isInPlanPeriod('2025-13-01'), 'invalid_date'],
    ['planYear', () => planYear('2025-1-01'), 'invalid_date'],
    ['calendarYear', () => calendarYear(' 2025-01-01'), 'invalid_date'],
    ['planYear (non-string)', () => planYear(new Date() as unknown as string), 'invalid_type'],
  ])('%s throws %s at ["date"]', (_name, fn, code) => {
    try {
      fn();
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PlanInputError);
      expect((e as PlanInputError).code).toBe(code);
      expect((e as PlanInputError).path).toEqual(['date']);
    }
  });
});
