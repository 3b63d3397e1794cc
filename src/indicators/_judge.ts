/**
 * Judging a computed ratio against its target: meets-target, the straight-line expectation, progress and gap.
 * All on exact integers (native while safe, BigInt beyond), including the displayed strings (no decimal.js here,
 * so that importing the formulas stays small; the strings are those `Dec(n).div(d).toFixed()` gives).
 *
 * @internal
 * @module
 */
import { quotientString as bigQuotientString } from '../_lib/quotientString';
import type { ElapsedShare } from '../period/elapsedShare';
import { compareScaled, countString, hundredthsString, shiftString, type ExactInt } from './_exact';
import { HUNDREDTHS, type Formula } from './_formula';
import type { IndicatorProgress } from './IndicatorResult';

/** The exact value, numerator × k ÷ denominator (denominator > 0), as a plain decimal string. */
export function valueString(f: Formula, numerator: ExactInt, denominator: ExactInt): string {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,StringLiteral,BlockStatement: fast path; a string sum is beyond 2^53, so the next guard refuses it too, and the BigInt path gives the same string
  if (typeof numerator === 'number' && typeof denominator === 'number') {
    const scaled = numerator * f.k;
    // r × 10 < 10 × denominator must stay exact for the long division.
    if (scaled <= MAX_SAFE && denominator <= MAX_SAFE / 10) return quotientString(scaled, denominator);
  }
  // Scale the numerator exactly first, so the one division is the only rounding (at 40 significant digits).
  return bigQuotientString(BigInt(numerator) * BigInt(f.k), BigInt(denominator));
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** Significant digits of a value, as `quotientString` (src/_lib) and the Decimal division elsewhere keep them. */
const SIGNIFICANT = 40;
/**
 * Scratch digits of the fractional part: at most 40 after the point when the quotient is 1 or more, else at most
 * 14 leading zeros (n/d ≥ 1/d > 10^-15, as d < 10^15) and 40 significant digits, so 54 in all.
 */
const FRACTION = new Uint8Array(64);

/**
 * `n / d` for safe non-negative integers (d > 0, 10·d safe) as the canonical plain decimal string that
 * `Decimal(n).div(d).toFixed()` gives with 40 significant digits, rounding half up: long division in native
 * integers, digit by digit, exact. Allocates only the returned string.
 */
export function quotientString(n: number, d: number): string {
  // The floor of the correctly rounded quotient is the exact one, as n < 2^53: rounding n/d up to the integer m above
  // it would take m − n/d ≤ half an ulp ≤ (n/d)·2^-53, i.e. m·d − n ≤ n·2^-53 < 1, and m·d − n is a positive integer.
  // The same holds for each digit below (r·10 < 10·d, safe).
  let q = Math.floor(n / d);
  let r = n - q * d;
  // q < 2^53 < 10^16 has at most 16 digits, fewer than the 40 significant ones.
  let sig = q === 0 ? 0 : String(q).length;
  let len = 0;
  while (r !== 0 && sig < SIGNIFICANT) {
    r *= 10;
    const digit = Math.floor(r / d);
    r -= digit * d;
    FRACTION[len++] = digit;
    if (sig > 0 || digit !== 0) sig++;
  }
  if (2 * r >= d) {
    // Round half up: add one at the last digit and carry. The carry never reaches q: the digits (at least 24 of them)
    // are not all 9, as n/d is at least 1/d > 10^-15 below the next integer.
    let i = len - 1;
    while (FRACTION[i] === 9) FRACTION[i--] = 0;
    FRACTION[i] = (FRACTION[i] as number) + 1;
  }
  while (len > 0 && FRACTION[len - 1] === 0) len--;
  if (len === 0) return String(q);
  // One string for the fraction's digits (from their character codes), not one string per digit.
  CODES.length = len;
  for (let i = 0; i < len; i++) CODES[i] = 48 + (FRACTION[i] as number);
  return `${q}.${String.fromCharCode.apply(null, CODES)}`;
}

/** Scratch character codes of the fraction's digits (a plain array: `apply` reads it faster than a typed one). */
const CODES: number[] = [];

/** log10 of a power of ten, or -1. */
function powerOfTen(n: bigint): number {
  const s = n.toString();
  return /^10*$/.test(s) ? s.length - 1 : -1;
}

/** Whether numerator × k ÷ denominator ≥ target, exactly (denominator > 0). */
export function meets(f: Formula, numerator: ExactInt, denominator: ExactInt): boolean {
  return compareScaled(numerator, f.k, denominator, f.target[0], f.target[1]) >= 0;
}

/**
 * The expected value on the straight line from baseline b (share 0) to target t (share 1), as an exact fraction:
 * b + (t − b) × n/d = (bN·tD·d + (tN·bD − bN·tD)·n) / (bD·tD·d).
 */
export function expectedFraction(f: Formula, share: ElapsedShare): readonly [bigint, bigint] | undefined {
  if (f.baseline === undefined) return undefined;
  const [bN, bD] = f.baseline.map(BigInt) as [bigint, bigint];
  const [tN, tD] = f.target.map(BigInt) as [bigint, bigint];
  const n = BigInt(share.numerator);
  const d = BigInt(share.denominator);
  return [bN * tD * d + (tN * bD - bN * tD) * n, bD * tD * d];
}

/** The expected value as a plain decimal string (exact when it terminates, else 40 significant digits). */
export function expectedString(f: Formula, share: ElapsedShare): string | null {
  return expectedOf(f, share).text;
}

interface Expected {
  /** The exact fraction (undefined without a baseline). */
  readonly line: ExpectedLine | undefined;
  readonly text: string | null;
}

interface ExpectedLine {
  readonly fraction: readonly [bigint, bigint];
  /**
   * The fraction as numbers: exact while safe (always, for the plan's baselines and targets); one beyond 2^53 makes
   * the products in `progressOf` unsafe too (or leaves a zero one exact), which sends it to the BigInt comparison.
   */
  readonly small: readonly [number, number];
}

// One entry per (indicator, day of the period): at most 7 × 1827, so the cache stays small. It spares the BigInt
// division of the same expected value for every unit of a large snapshot.
const EXPECTED = new Map<string, Expected>();
// The last share seen and its entries, so that finalizing thousands of townships on one date looks nothing up.
let lastShare: ElapsedShare | undefined;
let lastEntries = new Map<Formula, Expected>();

function expectedOf(f: Formula, share: ElapsedShare): Expected {
  if (share !== lastShare) {
    lastShare = share;
    lastEntries = new Map();
  }
  return lastEntries.get(f) ?? remember(f, share);
}

function remember(f: Formula, share: ElapsedShare): Expected {
  // The baseline is part of the key: a measured baseline (evaluate's option measuredBaselines) draws another line.
  const key = `${f.def.id}:${f.baseline?.join('/') ?? '-'}:${share.numerator}/${share.denominator}`;
  const e = EXPECTED.get(key) ?? computeExpected(f, share);
  EXPECTED.set(key, e);
  lastEntries.set(f, e);
  return e;
}

function computeExpected(f: Formula, share: ElapsedShare): Expected {
  const fraction = expectedFraction(f, share);
  if (fraction === undefined) return { line: undefined, text: null };
  // The denominator bD·tD·d is a product of positive integers.
  return {
    // Stryker disable next-line ArrayDeclaration: an empty pair makes the products NaN, never safe, so the BigInt comparison decides the same
    line: { fraction, small: [Number(fraction[0]), Number(fraction[1])] },
    text: bigQuotientString(fraction[0], fraction[1]),
  };
}

/** Progress of a computed value (`ok` results only: denominator > 0). */
export function progressOf(
  f: Formula,
  numerator: ExactInt,
  denominator: ExactInt,
  met: boolean,
  share: ElapsedShare,
): IndicatorProgress {
  const { line, text: expected } = expectedOf(f, share);
  if (met) return { status: 'achieved', expected };
  // Without a line there is nothing to be on the way along; from the target date on (the share is clamped to 1 there)
  // the period is over, and a missed target is missed, not behind.
  if (line === undefined || share.numerator >= share.denominator) return { status: 'not_achieved', expected };
  const e = line.fraction;
  // numerator × k ÷ denominator ≥ eN ÷ eD  ⇔  numerator × k × eD ≥ eN × denominator.
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,StringLiteral,BlockStatement: fast path; a string sum is beyond 2^53, so the products below come out unsafe, and the BigInt comparison gives the same status
  if (typeof numerator === 'number' && typeof denominator === 'number') {
    const l = numerator * f.k * line.small[1];
    const r = line.small[0] * denominator;
    // A product of non-negative integers that comes out a safe integer was exact: beyond 2^53 it rounds to 2^53 or
    // more (and a zero factor is exact). l ≥ numerator × k, so a safe l means numerator × k was exact too.
    // Stryker disable next-line LogicalOperator: when only one product is safe, the other is at least 2^53 and larger, so l >= r is right too
    if (Number.isSafeInteger(l) && Number.isSafeInteger(r)) return { status: l >= r ? 'on_track' : 'behind', expected };
  }
  const onTrack = BigInt(numerator) * BigInt(f.k) * e[1] >= e[0] * BigInt(denominator);
  return { status: onTrack ? 'on_track' : 'behind', expected };
}

/**
 * What is still needed to meet the target (denominator > 0), keeping the denominator fixed.
 *
 * The numerator needed is R = target × denominator ÷ k (in the numerator's integer units). Counts (units, persons)
 * are whole: ⌈R⌉ − numerator. Areas: (R − numerator) hundredths of m², written in m² as an exact decimal (R has at
 * most a few more decimals than the data, since the target and k are decimal). `'0'` when met.
 */
export function gapOf(f: Formula, numerator: ExactInt, denominator: ExactInt): string {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,StringLiteral,BlockStatement: fast path; a string sum is beyond 2^53, so a product in gapSmall comes out unsafe, and the BigInt path gives the same gap
  if (typeof numerator === 'number' && typeof denominator === 'number') {
    const fast = gapSmall(f, numerator, denominator);
    if (fast !== undefined) return fast;
  }
  const [tN, tD] = [BigInt(f.target[0]), BigInt(f.target[1])];
  const q = tD * BigInt(f.k); // R = tN × denominator ÷ q
  const need = tN * BigInt(denominator);
  const num = BigInt(numerator);
  if (f.numeratorKind === 'count') {
    const required = (need + q - 1n) / q; // ⌈need / q⌉, need ≥ 0
    const gap = required - num;
    return gap > 0n ? gap.toString() : '0';
  }
  const gapScaled = need - q * num; // (R − numerator) × q, in hundredths of m²
  if (gapScaled <= 0n) return '0';
  const divisor = q * BigInt(HUNDREDTHS);
  const places = powerOfTen(divisor);
  // tD is a power of ten (a decimal target) and k one too, so this is a shift of the decimal point; a division otherwise.
  return places >= 0 ? shiftString(gapScaled.toString(), places) : bigQuotientString(gapScaled, divisor);
}

/**
 * {@link gapOf} in native integers, or `undefined` when a product would not be a safe integer. A product of safe
 * integers that comes out safe was exact (beyond 2^53 it rounds to 2^53 or more).
 */
// Stryker disable next-line BlockStatement: an empty fast path returns undefined, and the BigInt path gives the same gap
function gapSmall(f: Formula, numerator: number, denominator: number): string | undefined {
  const [tN, tD] = f.target;
  const q = tD * f.k;
  const need = tN * denominator;
  if (!Number.isSafeInteger(q) || !Number.isSafeInteger(need)) return undefined;
  if (f.numeratorKind === 'count') {
    // ⌈need / q⌉ is exact, as need < 2^53: rounding need/q down to the integer m below it would take
    // need/q − m ≤ (need/q)·2^-53, i.e. need − m·q < 1 while it is a positive integer. need − numerator is safe.
    return String(Math.max(Math.ceil(need / q) - numerator, 0));
  }
  // When the target is not met, q × numerator < need is safe and exact; when it is, the product is more than need
  // (exact, or rounded to 2^53 or more) and the gap '0'.
  const gapScaled = need - q * numerator;
  if (gapScaled <= 0) return '0';
  const places = POWER_OF_TEN.get(q * HUNDREDTHS);
  // Not a power of ten (not for the plan's indicators: their targets are decimal and k is 1, 100 or 10,000): divided.
  return places === undefined ? undefined : shiftString(String(gapScaled), places);
}

const POWER_OF_TEN = new Map<number, number>(Array.from({ length: 16 }, (_, i) => [10 ** i, i] as const));

/** The numerator or denominator as a decimal string in the indicator's terms (counts, or m² from hundredths). */
export function sumString(kind: 'count' | 'area', a: ExactInt): string {
  if (kind === 'count') return countString(a);
  // Stryker disable next-line StringLiteral,BlockStatement: fast path; hundredthsString gives the same string
  if (typeof a === 'number') {
    // Hundredths of m² in m²: 32050 → '320.5', 5 → '0.05', 300 → '3', 2507 → '25.07' (the two digits of 100 + 7).
    const whole = Math.floor(a / 100);
    const frac = a - whole * 100;
    if (frac === 0) return String(whole);
    if (frac % 10 === 0) return `${whole}.${frac / 10}`;
    return `${whole}.${String(100 + frac).slice(1)}`;
  }
  return hundredthsString(a);
}
