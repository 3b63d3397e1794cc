/**
 * evaluate rounds and compares indicator values without decimal.js (so that `import { evaluate }` does not bundle it):
 * roundDecimal and compareDecimals must give exactly what the Decimal of src/_lib/decimal.ts gives, on every plain
 * decimal string, signs, zeros and ties included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDecimals } from '../../src/_lib/compareDecimals';
import { dec, roundToString, type RoundingMode } from '../../src/_lib/decimal';
import { roundDecimal } from '../../src/_lib/roundDecimal';

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
/** Plain decimal strings, weighted to ties (…5, …50), nines (carries), zeros and long fractions. */
const plain = fc
  .tuple(
    fc.boolean(),
    fc.oneof(fc.constant('0'), fc.tuple(fc.constantFrom(...'123456789'), digits(0, 25)).map(([h, t]) => h + t)),
    fc.oneof(
      fc.constant(''),
      digits(1, 30),
      fc.tuple(digits(0, 6), fc.constantFrom('5', '50', '500', '51', '49', '9', '99', '999', '0')).map(([a, b]) => a + b),
    ),
  )
  .map(([neg, int, frac]) => `${neg ? '-' : ''}${int}${frac === '' ? '' : `.${frac}`}`);
const mode = fc.constantFrom<RoundingMode>('half_up', 'half_even');

describe('[P1.1] roundDecimal equals the Decimal rounding', () => {
  it('on hand-worked values', () => {
    // 17.55 → 17.6 either way (the 5 rounds the odd 5 up to even 6); 17.45 → 17.5 half up, 17.4 half even.
    expect(roundDecimal('17.55', 1, 'half_up')).toBe('17.6');
    expect(roundDecimal('17.55', 1, 'half_even')).toBe('17.6');
    expect(roundDecimal('17.45', 1, 'half_up')).toBe('17.5');
    expect(roundDecimal('17.45', 1, 'half_even')).toBe('17.4');
    // Not a tie: 0.2501 is more than the half of 0.25 → 0.3 even in half-even mode.
    expect(roundDecimal('0.2501', 1, 'half_even')).toBe('0.3');
    expect(roundDecimal('99.96', 1, 'half_up')).toBe('100.0');
    expect(roundDecimal('80', 2, 'half_up')).toBe('80.00');
    expect(roundDecimal('2.5', 0, 'half_even')).toBe('2');
    expect(roundDecimal('-2.5', 0, 'half_up')).toBe('-3');
    // Rounded to zero: no minus sign, as decimal.js' toFixed prints it.
    expect(roundDecimal('-0.04', 1, 'half_up')).toBe('0.0');
    expect(roundDecimal('-0', 0, 'half_up')).toBe('0');
  });

  it('on arbitrary plain decimal strings, places 0–20', () => {
    fc.assert(
      fc.property(plain, fc.integer({ min: 0, max: 20 }), mode, (v, places, m) => {
        expect(roundDecimal(v, places, m)).toBe(roundToString(v, places, m));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('[P1.7] compareDecimals equals the Decimal comparison', () => {
  it('on hand-worked values', () => {
    expect(compareDecimals('17.97', '18')).toBe(-1);
    expect(compareDecimals('18.0', '18')).toBe(0);
    expect(compareDecimals('18.000001', '18')).toBe(1);
    expect(compareDecimals('-0', '0')).toBe(0);
    expect(compareDecimals('-0.5', '-0.45')).toBe(-1);
    expect(compareDecimals('-1', '0.5')).toBe(-1);
  });

  it('on arbitrary pairs, and on a value against its own roundings', () => {
    fc.assert(
      fc.property(plain, plain, (a, b) => {
        expect(compareDecimals(a, b)).toBe(dec(a).cmp(dec(b)));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(plain, fc.integer({ min: 0, max: 8 }), mode, (a, places, m) => {
        const b = roundToString(a, places, m);
        expect([compareDecimals(a, b), compareDecimals(b, a)]).toEqual([dec(a).cmp(dec(b)), dec(b).cmp(dec(a))]);
      }),
      { numRuns: 3000 },
    );
  });
});
