/**
 * Exact non-negative integers for the roll-up hot path, without allocating a Decimal.
 *
 * A sum is a plain `number` while it is a safe integer (< 2^53) and a decimal integer string beyond, so partials
 * stay plain JSON and never lose a unit. Within one snapshot no sum can leave the number range (at most 1,000,000
 * units × 2,000,000,000 per count = 2e15, and × 1e9 hundredths of m² per area = 1e15, both below 2^53 ≈ 9.007e15);
 * merging many snapshots' partials can, and then the string form takes over.
 *
 * @internal
 * @module
 */
import { compareFractions } from '../_lib/fraction';

/** An exact non-negative integer: a safe-integer number, or a decimal string when it is larger. */
export type ExactInt = number | string;

const MAX = Number.MAX_SAFE_INTEGER;
const BIG_MAX = BigInt(MAX);

/** A BigInt back to the canonical form: number when safe, string otherwise. */
export function fromBig(a: bigint): ExactInt {
  return a <= BIG_MAX ? Number(a) : a.toString();
}

/** a + b exactly. Two numbers whose true sum is ≤ 2^53 − 1 add exactly in floating point; otherwise BigInt. */
export function add(a: ExactInt, b: ExactInt): ExactInt {
  // Stryker disable next-line StringLiteral,BlockStatement: skipping the fast path leaves the BigInt path, same sum
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    if (s <= MAX) return s;
  }
  return fromBig(BigInt(a) + BigInt(b));
}

/** Whether the exact integer is zero. */
export function isZero(a: ExactInt): boolean {
  return a === 0 || a === '0';
}

/** Compare (aN × k) / aD with bN / bD, all non-negative, aD and bD > 0. Native integers while products are safe. */
export function compareScaled(aN: ExactInt, k: number, aD: ExactInt, bN: number, bD: number): -1 | 0 | 1 {
  // A type guard only: a string operand (beyond 2^53, or written small) either makes `scaled` exceed MAX or is read
  // exactly by compareFractions, whose BigInt branch takes it, so the comparison is the same whichever path runs.
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,StringLiteral,BlockStatement: fast path
  if (typeof aN === 'number' && typeof aD === 'number') {
    const scaled = aN * k;
    if (scaled <= MAX) return compareFractions(scaled, aD, bN, bD);
  }
  const l = BigInt(aN) * BigInt(k) * BigInt(bD);
  const r = BigInt(bN) * BigInt(aD);
  return l < r ? -1 : l > r ? 1 : 0;
}

/** The integer as a decimal string. */
export function countString(a: ExactInt): string {
  return String(a);
}

/** A non-negative decimal integer string divided by 10^places, canonical: ('697', 1) → '69.7', ('5', 2) → '0.05'. */
export function shiftString(digits: string, places: number): string {
  if (places === 0) return digits;
  const s = digits.padStart(places + 1, '0');
  const whole = s.slice(0, -places);
  const frac = s.slice(-places).replace(/0+$/, '');
  return frac === '' ? whole : `${whole}.${frac}`;
}

/** Integer hundredths of m² as a canonical decimal string in m²: 32050 → '320.5', 5 → '0.05', 300 → '3'. */
export function hundredthsString(a: ExactInt): string {
  return shiftString(countString(a), 2);
}
