/**
 * The roll-up writes each value by long division in native integers (no Decimal per result); it must give exactly the
 * string the Decimal division (40 significant digits, half up) gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec, divide, toPlainString } from '../../src/_lib/decimal';
import { quotientString } from '../../src/indicators/_judge';

const viaDecimal = (n: number, d: number) => toPlainString(divide(n, d) ?? dec(0));

describe('[P1] values by integer long division equal the Decimal division', () => {
  it('on hand-picked cases: exact, repeating, rounding that carries, tiny and large', () => {
    const cases: [number, number][] = [
      [0, 7], [5500, 68], [6000, 68], [1, 3], [2, 3], [200, 3], [1, 7], [10, 1], [1, 8], [1, 1024],
      [999_999_999_999, 1_000_000_000_000], [1, 999_999_999_999], [123_456_789_012_345, 7], [900_719_925_474_099, 3],
      [2, 900_719_925_474_09], [1, 6], [5, 6], [99_999, 100_000], [1, 81], [22_222, 9_999],
    ];
    for (const [n, d] of cases) expect([n, d, quotientString(n, d)]).toEqual([n, d, viaDecimal(n, d)]);
  });

  it('on arbitrary safe numerators and denominators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 1, max: Math.floor(Number.MAX_SAFE_INTEGER / 10) }), (n, d) => {
        expect(quotientString(n, d)).toBe(viaDecimal(n, d));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 100_000 }), (n, d) => {
        expect(quotientString(n * 100, d)).toBe(viaDecimal(n * 100, d));
      }),
      { numRuns: 3000 },
    );
  });
});
