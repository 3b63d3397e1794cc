/**
 * evaluate shows each indicator value against its target without decimal.js (formatAgainstPlainTarget, exact string
 * comparison); formatAgainstTarget keeps decimal.js for what only decimal.js reads. Both must show what the Decimal
 * comparison showed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec, roundToString } from '../../src/_lib/decimal';
import { formatAgainstPlainTarget, roundAgainst } from '../../src/indicators/_roundAgainst';
import { formatAgainstTarget } from '../../src/indicators/formatAgainstTarget';

/** The display rule as it was written, every comparison by decimal.js: the oracle. */
const viaDecimal = (value: string, target: string, places: number, mode: 'half_up' | 'half_even') =>
  roundAgainst(value, { places, mode }, (shown) => dec(shown).gte(dec(target)));

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const plain = fc
  .tuple(fc.integer({ min: 0, max: 120 }), fc.oneof(fc.constant(''), digits(1, 12), fc.constantFrom('95', '995', '9995', '96', '5', '45')))
  .map(([int, frac]) => (frac === '' ? String(int) : `${int}.${frac}`));

describe('[P1.7] formatAgainstPlainTarget shows what the Decimal comparison showed', () => {
  it('on hand-worked values', () => {
    // 17.967 < 18 but rounds to 18.0 at 1 place and 17.97 at 2: shown 17.97. 18 meets 18: shown 18.0.
    expect(formatAgainstPlainTarget('17.967', '18')).toBe('17.97');
    expect(formatAgainstPlainTarget('18', '18')).toBe('18.0');
    // 89.99996 < 90: 90.0, 90.00, 90.000, 90.0000 reach 90; 89.99996 → 90.0000 at 4 places too, 89.99996 at 5.
    expect(formatAgainstPlainTarget('89.99996', '90')).toBe('89.99996');
    // The public function: a plain target takes the exact path, a target only decimal.js reads ('1.8e1') the other.
    expect(formatAgainstTarget('17.967', '18')).toBe('17.97');
    expect(formatAgainstTarget('17.967', '1.8e1')).toBe('17.97');
  });

  it('on arbitrary values near arbitrary targets, places 0–14, both modes', () => {
    fc.assert(
      fc.property(plain, plain, fc.integer({ min: 0, max: 14 }), fc.constantFrom<'half_up' | 'half_even'>('half_up', 'half_even'), (v, t, places, mode) => {
        const expected = viaDecimal(v, t, places, mode);
        expect(formatAgainstPlainTarget(v, t, { places, mode })).toBe(expected);
        expect(formatAgainstTarget(v, t, { places, mode })).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    // Targets just above or at the value: the value rounded half up to 0–8 places, where extra places are shown.
    fc.assert(
      fc.property(plain, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 6 }), (v, k, places) => {
        const t = roundToString(v, k, 'half_up');
        expect(formatAgainstPlainTarget(v, t, { places, mode: 'half_up' })).toBe(viaDecimal(v, t, places, 'half_up'));
      }),
      { numRuns: 3000 },
    );
  });
});
