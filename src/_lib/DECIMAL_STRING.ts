/**
 * The plain decimal string pattern, apart from src/_lib/decimal.ts so that matching it does not bundle decimal.js.
 *
 * @internal
 * @module
 */

/**
 * Plain decimal string: optional minus, digits, optional fraction. No exponent, no spaces.
 *
 * @internal
 * @clause P1.1
 * @example
 * ```ts
 * [DECIMAL_STRING.test('-17.55'), DECIMAL_STRING.test('1e3'), DECIMAL_STRING.test('017')]
 * //=> [true, false, false]
 * ```
 */
export const DECIMAL_STRING = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
