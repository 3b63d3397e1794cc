/**
 * The library's one private seam for exact arithmetic.
 *
 * Every rate, share, area and amount of money goes through this module, or through the exact integer routines that
 * give its very strings without bundling decimal.js (quotientString, roundDecimal, compareDecimals; each tested
 * against it), which the formulas and evaluate use. It uses
 * its own `Decimal.clone(...)`, so the global `Decimal` settings of an app that
 * also uses decimal.js are never read or changed. Nothing here is exported from
 * the package entry points.
 *
 * @internal
 * @module
 */
import DecimalJs from 'decimal.js';

// decimal.js' rounding constants as literals (the types pin them: `ROUND_HALF_UP: 4`, `ROUND_HALF_EVEN: 6`), so that
// no top-level statement reads a property of the import and a bundle that does not use Dec can drop decimal.js.
const ROUND_HALF_UP: typeof DecimalJs.ROUND_HALF_UP = 4;
const ROUND_HALF_EVEN: typeof DecimalJs.ROUND_HALF_EVEN = 6;

/** Private decimal constructor: 40 significant digits, half-up, never exponent notation in output. */
export const Dec = /* @__PURE__ */ DecimalJs.clone({
  precision: 40,
  rounding: ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
/** An exact decimal value of the private constructor. */
export type Dec = InstanceType<typeof Dec>;

/** How a value is rounded for display: 四舍五入 (half up) or GB/T 8170 四舍六入五成双 (half even). */
export type RoundingMode = 'half_up' | 'half_even';

const MODE = { half_up: ROUND_HALF_UP, half_even: ROUND_HALF_EVEN } as const;

// In its own module, so that a caller that needs only the pattern does not bundle decimal.js.
export { DECIMAL_STRING } from './DECIMAL_STRING';

/** Build an exact decimal from a decimal string, a safe integer or another decimal. */
export function dec(value: string | number | Dec): Dec {
  return new Dec(value);
}

/** `a / b` exactly to 40 significant digits, or `undefined` when `b` is zero. */
export function divide(a: Dec | string | number, b: Dec | string | number): Dec | undefined {
  const d = new Dec(b);
  if (d.isZero()) return undefined;
  return new Dec(a).div(d);
}

/** Round for display to `places` decimals with the given mode, as a fixed-point string (`"80.0"`). */
export function roundToString(value: Dec | string | number, places: number, mode: RoundingMode): string {
  return new Dec(value).toDecimalPlaces(places, MODE[mode]).toFixed(places);
}

/** Canonical string of an exact decimal: no exponent, no trailing zeros (`"80"`, `"0.5"`). */
export function toPlainString(value: Dec): string {
  return value.toFixed();
}
