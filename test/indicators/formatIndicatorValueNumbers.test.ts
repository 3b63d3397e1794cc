/**
 * [P1.1] formatIndicatorValue takes finite numbers too, read exactly as their shortest decimal form: 1.15 is the
 * decimal 1.15 (its binary double is 1.149999…, which would round to 1.1), so half up gives 1.2.
 */
import { describe, expect, it } from 'vitest';
import { formatIndicatorValue } from '../../src/indicators';
import { PlanInputError } from '../../src/_lib/PlanInputError';

describe('formatIndicatorValue with numbers', () => {
  it.each([
    [1.15, undefined, '1.2'], // '1.15' half up to 1 place
    [1.25, { mode: 'half_even' as const }, '1.2'], // '1.25' half even: 2 is even
    [0.125, { places: 2 }, '0.13'],
    [0.125, { places: 2, mode: 'half_even' as const }, '0.12'],
    [80, { places: 2 }, '80.00'],
    [17.55, undefined, '17.6'],
  ])('%s with %j → %s, as the same decimal string gives', (n, options, expected) => {
    expect(formatIndicatorValue(n, options)).toBe(expected);
    expect(formatIndicatorValue(String(n), options)).toBe(expected);
  });

  it.each([NaN, Infinity, -Infinity, 1e21, 5e-7])('%s is refused with a PlanInputError (no plain decimal form)', (n) => {
    expect(() => formatIndicatorValue(n)).toThrow(PlanInputError);
  });
});
