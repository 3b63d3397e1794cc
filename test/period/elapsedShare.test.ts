import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { elapsedShare, elapsedShareDecimal } from '../../src/period';

// Hand-worked: days from 2020-12-31 to 2025-12-31 = 365 (2021) + 365 (2022) + 365 (2023)
// + 366 (2024, leap) + 365 (2025) = 1826.
const SPAN = 1826;

describe('[R3] elapsedShare: days since 2020-12-31 (2020年基期值) over 1826 days to 2025-12-31 (到2025年末)', () => {
  it.each([
    ['2020-12-31', 0, '0'], // the baseline day itself
    ['2021-01-01', 1, undefined],
    ['2021-12-31', 365, undefined],
    ['2022-01-01', 366, undefined],
    // 2021 (365) + 2022 (365) + 2023-01-01…2023-07-02 (31+28+31+30+31+30+2 = 183) = 913 = 1826 / 2.
    ['2023-07-02', 913, '0.5'],
    ['2024-02-29', 365 * 3 + 31 + 29, undefined], // 1155
    ['2024-12-31', 365 * 3 + 366, undefined], // 1461
    ['2025-12-30', 1825, undefined],
    ['2025-12-31', SPAN, '1'],
  ])('%s → %i/1826', (date, days, decimal) => {
    expect(elapsedShare(date)).toEqual({ numerator: days, denominator: SPAN });
    if (decimal !== undefined) expect(elapsedShareDecimal(date)).toBe(decimal);
  });

  it.each([
    ['2020-12-30', 0],
    ['2020-01-01', 0],
    ['1900-01-01', 0],
    ['2026-01-01', SPAN],
    ['2030-06-15', SPAN],
    ['2100-12-31', SPAN],
  ])('clamps %s to %i/1826', (date, days) => {
    expect(elapsedShare(date)).toEqual({ numerator: days, denominator: SPAN });
  });

  it('gives the decimal share to 40 significant digits, half up, without exponent notation', () => {
    // 1/1826 = 0.000547645125958378970427163198247535596933187294… (long division, checked with bc);
    // 40 significant digits end …5969331, the 41st digit is 8 → rounds up to …5969332.
    expect(elapsedShareDecimal('2021-01-01')).toBe('0.0005476451259583789704271631982475355969332');
    expect(elapsedShareDecimal('2026-01-01')).toBe('1');
    expect(elapsedShareDecimal('2020-01-01')).toBe('0');
  });

  it('rejects an invalid date with path ["date"]', () => {
    for (const fn of [elapsedShare, elapsedShareDecimal]) {
      try {
        fn('2025-02-29');
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(PlanInputError);
        expect((e as PlanInputError).code).toBe('invalid_date');
        expect((e as PlanInputError).path).toEqual(['date']);
      }
    }
  });
});

describe('elapsedShare: properties', () => {
  const first = Date.UTC(1900, 0, 1) / 86_400_000;
  const last = Date.UTC(2100, 11, 31) / 86_400_000;
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

  it('is monotone non-decreasing in the date', () => {
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.integer({ min: first, max: last }), (x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        const sa = elapsedShare(iso(a));
        const sb = elapsedShare(iso(b));
        expect(sa.denominator).toBe(sb.denominator);
        expect(sa.numerator).toBeLessThanOrEqual(sb.numerator);
      }),
    );
  });

  it('stays within [0, 1] with integer parts and grows by exactly one day per day inside the period', () => {
    fc.assert(
      fc.property(fc.integer({ min: first, max: last - 1 }), (day) => {
        const s = elapsedShare(iso(day));
        expect(Number.isInteger(s.numerator)).toBe(true);
        expect(s.denominator).toBe(SPAN);
        expect(s.numerator).toBeGreaterThanOrEqual(0);
        expect(s.numerator).toBeLessThanOrEqual(s.denominator);
        const next = elapsedShare(iso(day + 1)).numerator;
        const inside = iso(day) >= '2020-12-31' && iso(day) < '2025-12-31';
        expect(next - s.numerator).toBe(inside ? 1 : 0);
      }),
    );
  });
});
