/**
 * The formulas write every value, expectation and gap beyond safe integers by BigInt long division (no decimal.js in
 * the formulas' bundle); it must give exactly the string the Decimal division (40 significant digits, half up) gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec, divide, toPlainString } from '../../src/_lib/decimal';
import { quotientString } from '../../src/_lib/quotientString';

const viaDecimal = (n: bigint, d: bigint) => toPlainString(divide(n.toString(), d.toString()) ?? dec(0));
const check = (n: bigint, d: bigint) => expect([n, d, quotientString(n, d)]).toEqual([n, d, viaDecimal(n, d)]);

describe('[P1] BigInt quotients equal the Decimal division', () => {
  it('on hand-picked cases: exact, repeating, carries, tiny, and integer parts of 39 to 45 digits', () => {
    const cases: [bigint, bigint][] = [
      [0n, 7n], [5500n, 68n], [1n, 3n], [2n, 3n], [10n, 1n], [1n, 1024n], [1n, 7n],
      [1n, 10n ** 50n], [1n, 3n * 10n ** 45n], [2n * 10n ** 40n - 1n, 2n * 10n ** 40n],
      [10n ** 39n - 1n, 1n], [10n ** 40n - 1n, 1n], [10n ** 40n + 5n, 1n], [10n ** 45n * 2n + 1n, 3n],
      [10n ** 40n * 5n - 1n, 10n], [(10n ** 40n - 1n) * 10n + 5n, 100n], [999_999n, 1_000_000n],
      [10n ** 41n - 1n, 10n ** 41n], [2n ** 200n, 3n ** 100n], [3n ** 100n, 2n ** 200n],
    ];
    for (const [n, d] of cases) check(n, d);
  });

  it('on arbitrary big numerators and denominators', () => {
    const big = (max: bigint) => fc.bigInt({ min: 0n, max });
    fc.assert(
      fc.property(big(10n ** 60n), fc.bigInt({ min: 1n, max: 10n ** 60n }), (n, d) => { check(n, d); }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(big(10n ** 6n), fc.bigInt({ min: 1n, max: 10n ** 30n }), (n, d) => { check(n, d); }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(big(10n ** 50n), fc.bigInt({ min: 1n, max: 1000n }), (n, d) => { check(n, d); }),
      { numRuns: 2000 },
    );
  });
});
