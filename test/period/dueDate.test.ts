import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { dueDate, isDue } from '../../src/period';

function caught(fn: () => unknown): PlanInputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(PlanInputError);
    return e as PlanInputError;
  }
  throw new Error('expected a PlanInputError');
}

describe('[R3] dueDate: “到2025年（末）” is due on 2025-12-31', () => {
  it('defaults to 2025-12-31', () => {
    expect(dueDate()).toBe('2025-12-31');
  });
  it.each([
    [2021, '2021-12-31'],
    [2023, '2023-12-31'],
    [2025, '2025-12-31'],
    [2035, '2035-12-31'],
  ])('%i → %s', (year, expected) => {
    expect(dueDate(year)).toBe(expected);
  });
  it.each([[2025.5], [Number.NaN], [1899], [2101], [Number.POSITIVE_INFINITY]])('rejects %d with invalid_year at ["year"]', (year) => {
    const err = caught(() => dueDate(year));
    expect(err.code).toBe('invalid_year');
    expect(err.path).toEqual(['year']);
  });
});

describe('[R3] isDue: due on and after the due date', () => {
  it.each([
    ['2025-12-30', '2025-12-31', false],
    ['2025-12-31', '2025-12-31', true], // a target due 2025-12-31 is due on that day
    ['2026-01-01', '2025-12-31', true],
    ['2021-01-01', '2025-12-31', false],
    ['2023-12-31', '2023-12-31', true],
  ])('as of %s, due %s → %s', (asOf, due, expected) => {
    expect(isDue(asOf, due)).toBe(expected);
  });

  it('names the bad argument in the path', () => {
    expect(caught(() => isDue('2025-02-30', '2025-12-31')).path).toEqual(['asOf']);
    expect(caught(() => isDue('2025-12-31', '2025-12-32')).path).toEqual(['due']);
    expect(caught(() => isDue('2025-12-31', '2025-12-32')).code).toBe('invalid_date');
  });
});
