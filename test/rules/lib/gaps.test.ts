/** The gap arithmetic: whole things rounded up, measures exact (or rounded up where they do not terminate). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigFraction, fractionGap, wholeGap } from '../../../src/rules/_lib/gaps';

describe('wholeGap', () => {
  it('[P6.3] 1.8‰ × 190,001 = 342.0018 → 343 needed: 342 short by 1, 343 none', () => {
    expect(wholeGap(342, 18, 10, 190001, 1000, 'persons')).toEqual({ value: '1', unit: 'persons' });
    expect(wholeGap(343, 18, 10, 190001, 1000, 'persons')).toBeNull();
    expect(wholeGap(400, 18, 10, 190001, 1000, 'persons')).toBeNull();
  });

  it('[P3.2] 90% of 68 = 61.2 → 62: 40 short by 22; exactly 90% of 10 = 9 needs no rounding', () => {
    expect(wholeGap(40, 90, 1, 68, 100, 'units')).toEqual({ value: '22', unit: 'units' });
    expect(wholeGap(8, 90, 1, 10, 100, 'units')).toEqual({ value: '1', unit: 'units' });
    expect(wholeGap(9, 90, 1, 10, 100, 'units')).toBeNull();
  });

  it('a plain count: 2 needed, 0 held → 2', () => {
    expect(wholeGap(0, 2, 1, 1, 1, 'persons')).toEqual({ value: '2', unit: 'persons' });
  });

  it('beyond 2^53: 1.8‰ of 10^16 people = 1.8 × 10^13 exactly (BigInt), one short → 1', () => {
    expect(wholeGap(17_999_999_999_999, 18, 10, 10 ** 16, 1000, 'persons')).toEqual({ value: '1', unit: 'persons' });
    expect(wholeGap(18_000_000_000_000, 18, 10, 10 ** 16, 1000, 'persons')).toBeNull();
    // 1.8‰ × (10^16 + 1) = 1.8 × 10^13 + 0.0018 → one more.
    expect(wholeGap(18_000_000_000_000, 18, 10, 10 ** 16 + 2, 1000, 'persons')).toEqual({ value: '1', unit: 'persons' });
  });

  it('native and BigInt paths agree with the exact ceiling', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.integer({ min: 1, max: 1000 }), fc.nat(1_000_000), fc.nat(2000), (tn, td, den, have) => {
        const need = (BigInt(tn) * BigInt(den) + BigInt(td * 1000) - 1n) / BigInt(td * 1000);
        const g = wholeGap(have, tn, td, den, 1000, 'count');
        expect(g === null ? 0n : BigInt(g.value)).toBe(need > BigInt(have) ? need - BigInt(have) : 0n);
      }),
    );
  });
});

describe('fractionGap', () => {
  it('terminating fractions are exact, with as many places as they need', () => {
    // (30 × 333 − 50 × 100 × 1) hundredths… : 4990 / 100 = 49.9; 8 / 1000 = 0.008; 120 / 1 = 120.
    expect(fractionGap(4990n, 100n, 'm2')).toEqual({ value: '49.9', unit: 'm2' });
    expect(fractionGap(8n, 1000n, 'm2')).toEqual({ value: '0.008', unit: 'm2' });
    expect(fractionGap(120n, 1n, 'yuan')).toEqual({ value: '120', unit: 'yuan' });
    expect(fractionGap(1n, 8n, 'm2')).toEqual({ value: '0.125', unit: 'm2' });
  });

  it('non-terminating fractions are rounded up to 2 places: 4001 / 12 = 333.416… → 333.42, 1/120 → 0.01, 1/300 → 0.01', () => {
    expect(fractionGap(4001n, 12n, 'yuan')).toEqual({ value: '333.42', unit: 'yuan' });
    expect(fractionGap(1n, 120n, 'hours_per_day')).toEqual({ value: '0.01', unit: 'hours_per_day' });
    expect(fractionGap(1n, 300n, 'yuan')).toEqual({ value: '0.01', unit: 'yuan' });
    // 2/3 = 0.666… → 0.67; 6 / 7 = 0.857… → 0.86.
    expect(fractionGap(2n, 3n, 'yuan')?.value).toBe('0.67');
    expect(fractionGap(6n, 7n, 'hours_per_day')?.value).toBe('0.86');
    expect(fractionGap(6n, 7n, 'hours_per_day', 3)?.value).toBe('0.858');
  });

  it('zero or less is no gap', () => {
    expect(fractionGap(0n, 7n, 'm2')).toBeNull();
    expect(fractionGap(-5n, 7n, 'm2')).toBeNull();
  });

  it('the rounded-up value is never below the fraction and less than 0.01 above it', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 6n }), (n, d) => {
        const g = fractionGap(n, d, 'yuan');
        const [gn, gd] = bigFraction(g!.value);
        // gn/gd ≥ n/d and gn/gd − n/d < 1/100
        expect(gn * d >= n * gd).toBe(true);
        expect((gn * d - n * gd) * 100n < gd * d).toBe(true);
      }),
    );
  });
});

describe('bigFraction', () => {
  it('reads plain decimals exactly', () => {
    expect(bigFraction('8333.33')).toEqual([833333n, 100n]);
    expect(bigFraction('0.005')).toEqual([5n, 1000n]);
    expect(bigFraction('100000')).toEqual([100000n, 1n]);
    expect(bigFraction('123456789012345678901.5')).toEqual([1234567890123456789015n, 10n]);
  });
});
