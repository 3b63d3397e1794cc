/**
 * Direct tests of src/rules/_lib/format.ts: formatQuotient (native and BigInt paths, both rounding modes, ties on
 * either side), formatMinutesZh and formatAgainst (the extra places for a failing value, and the 12-place cap).
 * Every expected string is worked out by hand from the exact quotient; the working is in the comments.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divide, roundToString } from '../../../src/_lib/decimal';
import { formatAgainst, formatMinutesZh, formatQuotient } from '../../../src/rules/_lib/format';

describe('formatQuotient, native path (num × 10^places and den × 2 safe integers)', () => {
  it('rounds 2800/3 = 933.333… to 933.33 (below half: down)', () => {
    expect(formatQuotient(2800, 3, 2, 'half_up')).toBe('933.33');
  });

  it('rounds 2/3 = 0.666… to 0.67 and, at 0 places, to 1 (above half: up)', () => {
    expect(formatQuotient(2, 3, 2, 'half_up')).toBe('0.67');
    expect(formatQuotient(2, 3, 0, 'half_up')).toBe('1');
    expect(formatQuotient(2, 3, 0, 'half_even')).toBe('1');
  });

  it('rounds 1/3 at 0 places to 0 (below half), not up', () => {
    expect(formatQuotient(1, 3, 0, 'half_up')).toBe('0');
  });

  it('a tie on an even digit: 1/8 = 0.125 is 0.13 half up and 0.12 half even', () => {
    expect(formatQuotient(1, 8, 2, 'half_up')).toBe('0.13');
    expect(formatQuotient(1, 8, 2, 'half_even')).toBe('0.12');
  });

  it('a tie on an odd digit: 3/8 = 0.375 is 0.38 in both modes', () => {
    expect(formatQuotient(3, 8, 2, 'half_up')).toBe('0.38');
    expect(formatQuotient(3, 8, 2, 'half_even')).toBe('0.38');
  });

  it('ties at 0 places: 5/2 = 2.5 is 3 half up, 2 half even; 7/2 = 3.5 is 4 in both', () => {
    expect(formatQuotient(5, 2, 0, 'half_up')).toBe('3');
    expect(formatQuotient(5, 2, 0, 'half_even')).toBe('2');
    expect(formatQuotient(7, 2, 0, 'half_even')).toBe('4');
  });

  it('an exact quotient has no fraction: 300/3 = 100, 0/7 = 0, 28/28 = 1', () => {
    expect(formatQuotient(300, 3, 2, 'half_up')).toBe('100');
    expect(formatQuotient(0, 7, 2, 'half_up')).toBe('0');
    expect(formatQuotient(28, 28, 2, 'half_even')).toBe('1');
  });

  it('a quotient that rounds up to a whole number prints it whole: 1999/2000 = 0.9995 → 1 at 2 places', () => {
    expect(formatQuotient(1999, 2000, 2, 'half_up')).toBe('1');
    // 2999/1000 = 2.999 → 3.00 → '3'
    expect(formatQuotient(2999, 1000, 2, 'half_even')).toBe('3');
  });

  it('removes trailing fractional zeros, one or several: 175/2 = 87.5 at 2 and at 3 places', () => {
    expect(formatQuotient(175, 2, 2, 'half_up')).toBe('87.5');
    expect(formatQuotient(175, 2, 3, 'half_up')).toBe('87.5');
  });

  it('keeps leading and inner zeros of the fraction: 21/20 = 1.05, 1/100 = 0.01, 101/1000 = 0.101', () => {
    expect(formatQuotient(21, 20, 2, 'half_up')).toBe('1.05');
    expect(formatQuotient(1, 100, 2, 'half_up')).toBe('0.01');
    expect(formatQuotient(101, 1000, 3, 'half_up')).toBe('0.101');
  });

  it('pads a small result with zeros before the point: 1/8 at 3 places = 0.125, 1/3000 at 4 places = 0.0003', () => {
    expect(formatQuotient(1, 8, 3, 'half_up')).toBe('0.125');
    // 1/3000 = 0.000333… → 0.0003
    expect(formatQuotient(1, 3000, 4, 'half_up')).toBe('0.0003');
  });

  it('prints a small quotient in plain digits, never in exponent form: 1/10^7 at 7 places = 0.0000001', () => {
    // 1/10^7 = 0.0000001 exactly; as a float String() would give '1e-7'.
    expect(formatQuotient(1, 10 ** 7, 7, 'half_up')).toBe('0.0000001');
    // 3/(2 × 10^7) = 0.00000015 → 0.0000002 half up (a tie), 0.0000002 half even (1 is odd)
    expect(formatQuotient(3, 2 * 10 ** 7, 7, 'half_even')).toBe('0.0000002');
  });

  it('prints a whole number at 0 places (no point): 7/1 = 7, 123456/1000 = 123.456 → 123', () => {
    expect(formatQuotient(7, 1, 0, 'half_up')).toBe('7');
    expect(formatQuotient(123456, 1000, 0, 'half_up')).toBe('123');
  });

  it('divides by the denominator, not by 1: 10/4 = 2.5', () => {
    expect(formatQuotient(10, 4, 2, 'half_up')).toBe('2.5');
  });

  it('a large native case: 9007199254740991 / 3 at 0 places (n = 2^53 − 1 is still safe) = 3002399751580330', () => {
    // 2^53 − 1 = 9007199254740991; its digit sum is 76, so it is 1 mod 3: quotient 3002399751580330, remainder 1.
    expect(formatQuotient(9007199254740991, 3, 0, 'half_up')).toBe('3002399751580330');
  });
});

describe('formatQuotient at the edge of the native path (n just below 2^53)', () => {
  it('(2^53 − 1)/2 = 4503599627370495.5 at 0 places: a tie, 4503599627370496 in both modes (…495 is odd)', () => {
    expect(formatQuotient(2 ** 53 - 1, 2, 0, 'half_up')).toBe('4503599627370496');
    expect(formatQuotient(2 ** 53 - 1, 2, 0, 'half_even')).toBe('4503599627370496');
  });

  it('(2^53 − 1)/(2^53 − 2) = 1 + 1/(2^53 − 2) at 0 places = 1; (2^53 − 2)/(2^53 − 1) just below 1 rounds to 1, its floor 0', () => {
    expect(formatQuotient(2 ** 53 - 1, 2 ** 53 - 2, 0, 'half_up')).toBe('1');
    expect(formatQuotient(2 ** 53 - 2, 2 ** 53 - 1, 0, 'half_up')).toBe('1');
    // at 2 places n = (2^53 − 2) × 100 is beyond 2^53 (BigInt): 0.99999… → 1
    expect(formatQuotient(2 ** 53 - 2, 2 ** 53 - 1, 2, 'half_up')).toBe('1');
  });

  it('90071992547409 / (2^52 + 1) ≈ 0.0199999999999999 at 2 places = 0.02 (n = 9007199254740900, below 2^53)', () => {
    // n / den = 9007199254740900 / 4503599627370497: floor 1, remainder 4503599627370403, twice it above den → 2.
    expect(formatQuotient(90071992547409, 2 ** 52 + 1, 2, 'half_up')).toBe('0.02');
  });
});

describe('formatQuotient, BigInt path (num × 10^places beyond 2^53)', () => {
  it('2^53 − 1 over 3 at 2 places: 3002399751580330.333… → .33 (exact, where floats would lose digits)', () => {
    // num × 100 = 900719925474099100 > 2^53; num ≡ 1 (mod 3), so num/3 = 3002399751580330 + 1/3.
    expect(formatQuotient(9007199254740991, 3, 2, 'half_up')).toBe('3002399751580330.33');
  });

  it('2^53 over 3 at 2 places: 3002399751580330.666… → .67 (above half: up)', () => {
    // 2^53 = 9007199254740992 ≡ 2 (mod 3): 3002399751580330 + 2/3.
    expect(formatQuotient(2 ** 53, 3, 2, 'half_up')).toBe('3002399751580330.67');
    expect(formatQuotient(2 ** 53, 3, 2, 'half_even')).toBe('3002399751580330.67');
  });

  it('2^53 over 3 at 0 places: 3002399751580330.67 → 3002399751580331 (n = 2^53 itself is not safe)', () => {
    expect(formatQuotient(2 ** 53, 3, 0, 'half_up')).toBe('3002399751580331');
    // 2^53 − 1 over 3 at 0 places would be native; 2^53 + 2 over 3 = 3002399751580331.333… → …331
    expect(formatQuotient(2 ** 53 + 2, 3, 0, 'half_even')).toBe('3002399751580331');
  });

  it('a tie on an even digit: (2^53 − 7)/8 = 1125899906842623.125 → .13 half up, .12 half even', () => {
    // 2^53 / 8 = 1125899906842624, so (2^53 − 7)/8 = 1125899906842624 − 0.875 = 1125899906842623.125.
    expect(formatQuotient(2 ** 53 - 7, 8, 2, 'half_up')).toBe('1125899906842623.13');
    expect(formatQuotient(2 ** 53 - 7, 8, 2, 'half_even')).toBe('1125899906842623.12');
  });

  it('a tie on an odd digit: (2^53 − 1)/8 = 1125899906842623.875 → .88 in both modes', () => {
    expect(formatQuotient(2 ** 53 - 1, 8, 2, 'half_up')).toBe('1125899906842623.88');
    expect(formatQuotient(2 ** 53 - 1, 8, 2, 'half_even')).toBe('1125899906842623.88');
  });

  it('an exact large quotient prints whole: 2^53 / 8 = 1125899906842624 at 2 places', () => {
    expect(formatQuotient(2 ** 53, 8, 2, 'half_up')).toBe('1125899906842624');
  });

  it('trailing zeros removed and leading ones kept: (2^53 − 4)/8 = …623.5 and 1/(5·10^11) at 12 places = 0.000000000002', () => {
    // (2^53 − 4)/8 = 1125899906842624 − 0.5 = 1125899906842623.5; at 3 places "500" → "5".
    expect(formatQuotient(2 ** 53 - 4, 8, 3, 'half_up')).toBe('1125899906842623.5');
    // 10^4 / (5 × 10^15) = 2 × 10^-12; at 12 places n = 10^16 > 2^53 (BigInt): "2" padded to "000000000002".
    expect(formatQuotient(10 ** 4, 5 * 10 ** 15, 12, 'half_up')).toBe('0.000000000002');
  });

  it('a large denominator whose double is beyond 2^53: 1 / (2^52 + 1) at 2 places = 0', () => {
    expect(formatQuotient(1, 2 ** 52 + 1, 2, 'half_up')).toBe('0');
    // (2^52 + 1) / (2^52 + 1) = 1
    expect(formatQuotient(2 ** 52 + 1, 2 ** 52 + 1, 2, 'half_up')).toBe('1');
  });
});

describe('formatQuotient against decimal.js (an independent exact division)', () => {
  /** decimal.js's quotient (40 significant digits: ample for these sizes) rounded, trailing zeros removed. */
  function reference(num: number, den: number, places: number, mode: 'half_up' | 'half_even'): string {
    const fixed = roundToString(divide(num, den)!, places, mode);
    return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  }

  it('agrees for numerators up to 2^53 − 1, denominators up to 10^9 and 0 to 6 places, on both paths', () => {
    const big = fc.oneof(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 0, max: 10_000 }));
    const den = fc.oneof(fc.integer({ min: 1, max: 1_000_000_000 }), fc.integer({ min: 1, max: 16 }));
    fc.assert(
      fc.property(big, den, fc.integer({ min: 0, max: 6 }), fc.constantFrom('half_up' as const, 'half_even' as const), (n, d, p, mode) => {
        expect(formatQuotient(n, d, p, mode)).toBe(reference(n, d, p, mode));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees on ties: (2k + 1) / 2 at 0 places and (2k + 1) / 200 at 2 places, both modes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 51 }), fc.constantFrom('half_up' as const, 'half_even' as const), (k, mode) => {
        expect(formatQuotient(2 * k + 1, 2, 0, mode)).toBe(reference(2 * k + 1, 2, 0, mode));
        expect(formatQuotient(2 * k + 1, 200, 2, mode)).toBe(reference(2 * k + 1, 200, 2, mode));
      }),
      { numRuns: 500 },
    );
  });
});

describe('formatMinutesZh', () => {
  it('whole hours: 420 → 7小时, 60 → 1小时, 0 → 0小时', () => {
    expect(formatMinutesZh(420)).toBe('7小时');
    expect(formatMinutesZh(60)).toBe('1小时');
    expect(formatMinutesZh(0)).toBe('0小时');
  });

  it('hours and minutes: 450 → 7小时30分钟, 59 → 0小时59分钟, 61 → 1小时1分钟', () => {
    expect(formatMinutesZh(450)).toBe('7小时30分钟');
    expect(formatMinutesZh(59)).toBe('0小时59分钟');
    expect(formatMinutesZh(61)).toBe('1小时1分钟');
  });
});

describe('formatAgainst', () => {
  it('a value below the threshold that would display as it gets more places: 8999/300 = 29.99666… → 29.997, not 30', () => {
    // at 2 places 29.9967 → 30.00 = 30 (not below 30); at 3 places 29.997 < 30.
    expect(formatAgainst(8999, 300, 30, 1, 2, 'half_up')).toBe('29.997');
  });

  it('a value equal to the threshold keeps the normal places: 9000/300 = 30, and 2/3 against 2/3 stays 0.67', () => {
    expect(formatAgainst(9000, 300, 30, 1, 2, 'half_up')).toBe('30');
    // 2/3 meets 2/3: shown at 2 places as 0.67 (it does not fail, so no more places are sought).
    expect(formatAgainst(2, 3, 2, 3, 2, 'half_up')).toBe('0.67');
  });

  it('a value above the threshold keeps the normal places: 9001/300 = 30.00333… → 30', () => {
    expect(formatAgainst(9001, 300, 30, 1, 2, 'half_up')).toBe('30');
    // 20001/30000 = 0.6667 > 2/3 → 0.67
    expect(formatAgainst(20001, 30000, 2, 3, 2, 'half_up')).toBe('0.67');
  });

  it('a failing value already displayed below the threshold is not changed: 29/1 against 30 → 29; 1/3 against 1/2 → 0.33', () => {
    expect(formatAgainst(29, 1, 30, 1, 2, 'half_up')).toBe('29');
    expect(formatAgainst(1, 3, 1, 2, 2, 'half_up')).toBe('0.33');
  });

  it('a failing value whose 2-place display equals a non-decimal threshold: 6666/10000 against 2/3 → 0.6666', () => {
    // 0.6666 at 2 places → 0.67 ≥ 2/3; at 3 places → 0.667 ≥ 2/3; at 4 places → 0.6666 < 2/3.
    expect(formatAgainst(6666, 10000, 2, 3, 2, 'half_up')).toBe('0.6666');
  });

  it('starts from 0 places: 299/10 = 29.9 against 30 at 0 places → 29.9', () => {
    expect(formatAgainst(299, 10, 30, 1, 0, 'half_up')).toBe('29.9');
  });

  it('uses the rounding mode for the extra places: 29995/1000 = 29.995 against 30 at 1 place → 29.995 either way', () => {
    // 1 place: 30.0 (not below); 2 places: 29.995 → 30.00 half up (not below) but 29.99|5 half even → 30.00 (9 odd → up);
    // 3 places: 29.995 < 30.
    expect(formatAgainst(29995, 1000, 30, 1, 1, 'half_up')).toBe('29.995');
    expect(formatAgainst(29995, 1000, 30, 1, 1, 'half_even')).toBe('29.995');
    // 29985/1000 = 29.985 against 29.99 (2999/100) at 2 places: half even 29.98 (8 even) < 29.99 at once;
    // half up 29.99, not below, so 29.985 at 3 places.
    expect(formatAgainst(29985, 1000, 2999, 100, 2, 'half_even')).toBe('29.98');
    expect(formatAgainst(29985, 1000, 2999, 100, 2, 'half_up')).toBe('29.985');
  });

  it('goes up to 12 places: 0.9999999999994 against 1 → 0.999999999999 (12 nines)', () => {
    // at 2…11 places it rounds to 1; at 12 places 0.999999999999|4 → 0.999999999999 < 1.
    expect(formatAgainst(9999999999994, 10 ** 13, 1, 1, 2, 'half_up')).toBe('0.999999999999');
  });

  it('stops at 12 places: 0.99999999999994 against 1 still displays 1 (13 places would show it)', () => {
    // at 12 places 0.999999999999|94 → 1; 13 places (0.9999999999999) are never tried.
    expect(formatAgainst(99999999999994, 10 ** 14, 1, 1, 2, 'half_up')).toBe('1');
  });
});
