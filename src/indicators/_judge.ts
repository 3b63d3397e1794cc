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
/** Scratch digits of the fractional part (at most 40 significant digits after any number of leading zeros). */
let FRACTION = new Uint8Array(64);

/**
 * `n / d` for safe non-negative integers (d > 0, 10·d safe) as the canonical plain decimal string that
 * `Decimal(n).div(d).toFixed()` gives with 40 significant digits, rounding half up: long division in native
 * integers, digit by digit, exact. Allocates only the returned string.
 */
export function quotientString(n: number, d: number): string {
  let q = Math.floor(n / d);
  let r = n - q * d;
  // The floating-point quotient is correctly rounded, so q can be off by one next to an integer: correct it exactly.
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  if (r === 0) return String(q);
  const intDigits = q === 0 ? 0 : String(q).length;
  if (intDigits >= SIGNIFICANT) {
    // Only reachable beyond 10^40, which safe integers never are; kept for completeness.
    return bigQuotientString(BigInt(n), BigInt(d));
  }
  let sig = intDigits;
  let len = 0;
  while (r !== 0 && sig < SIGNIFICANT) {
    r *= 10;
    const digit = Math.floor(r / d);
    r -= digit * d;
    if (len === FRACTION.length) {
      const grown = new Uint8Array(len * 2);
      grown.set(FRACTION);
      FRACTION = grown;
    }
    FRACTION[len++] = digit;
    if (sig > 0 || digit !== 0) sig++;
  }
  if (r !== 0 && 2 * r >= d) {
    // Round half up: add one at the last digit and carry.
    let i = len - 1;
    while (i >= 0 && FRACTION[i] === 9) {
      FRACTION[i] = 0;
      i--;
    }
    if (i >= 0) FRACTION[i] = (FRACTION[i] as number) + 1;
    else q += 1;
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
  readonly fraction: readonly [bigint, bigint] | undefined;
  /** The fraction as safe-integer numbers, when both are (always, for the plan's baselines and targets). */
  readonly small: readonly [number, number] | undefined;
  readonly text: string | null;
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
  let e = lastEntries.get(f);
  if (e !== undefined) return e;
  const key = `${f.def.id}:${share.numerator}/${share.denominator}`;
  e = EXPECTED.get(key);
  if (e === undefined) {
    const fraction = expectedFraction(f, share);
    // The denominator bD·tD·d is a product of positive integers.
    const text = fraction === undefined ? null : bigQuotientString(fraction[0], fraction[1]);
    const small =
      fraction !== undefined && fraction[0] <= BigInt(MAX_SAFE) && fraction[1] <= BigInt(MAX_SAFE)
        ? ([Number(fraction[0]), Number(fraction[1])] as const)
        : undefined;
    e = { fraction, small, text };
    EXPECTED.set(key, e);
  }
  lastEntries.set(f, e);
  return e;
}

/** Progress of a computed value (`ok` results only: denominator > 0). */
export function progressOf(
  f: Formula,
  numerator: ExactInt,
  denominator: ExactInt,
  met: boolean,
  share: ElapsedShare,
): IndicatorProgress {
  const { fraction: e, small, text: expected } = expectedOf(f, share);
  if (met) return { status: 'achieved', expected };
  if (e === undefined) return { status: 'not_achieved', expected };
  // numerator × k ÷ denominator ≥ eN ÷ eD  ⇔  numerator × k × eD ≥ eN × denominator.
  if (small !== undefined && typeof numerator === 'number' && typeof denominator === 'number') {
    const l = numerator * f.k * small[1];
    const r = small[0] * denominator;
    // Products of integers are exact while they stay safe; a product beyond that is not safe in floating point either.
    if (Number.isSafeInteger(numerator * f.k) && Number.isSafeInteger(l) && Number.isSafeInteger(r)) {
      return { status: l >= r ? 'on_track' : 'behind', expected };
    }
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

/** {@link gapOf} in native integers, or `undefined` when a product would not be a safe integer. */
function gapSmall(f: Formula, numerator: number, denominator: number): string | undefined {
  const [tN, tD] = f.target;
  const q = tD * f.k;
  const need = tN * denominator;
  const qNum = q * numerator;
  if (!Number.isSafeInteger(q) || !Number.isSafeInteger(need) || !Number.isSafeInteger(qNum) || !Number.isSafeInteger(need + q)) return undefined;
  if (f.numeratorKind === 'count') {
    // ⌈need / q⌉ − numerator, with the floor corrected exactly.
    let required = Math.floor(need / q);
    let rem = need - required * q;
    if (rem < 0) {
      required -= 1;
      rem += q;
    } else if (rem >= q) {
      required += 1;
      rem -= q;
    }
    if (rem > 0) required += 1;
    const gap = required - numerator;
    return gap > 0 ? String(gap) : '0';
  }
  const gapScaled = need - qNum;
  if (gapScaled <= 0) return '0';
  const places = POWER_OF_TEN.get(q * HUNDREDTHS);
  return places === undefined ? undefined : shiftString(String(gapScaled), places);
}

const POWER_OF_TEN = new Map<number, number>(Array.from({ length: 16 }, (_, i) => [10 ** i, i] as const));

/** The numerator or denominator as a decimal string in the indicator's terms (counts, or m² from hundredths). */
export function sumString(kind: 'count' | 'area', a: ExactInt): string {
  if (kind === 'count') return countString(a);
  if (typeof a === 'number') {
    // Hundredths of m² in m²: 32050 → '320.5', 5 → '0.05', 300 → '3'.
    const whole = Math.floor(a / 100);
    const frac = a - whole * 100;
    if (frac === 0) return String(whole);
    if (frac % 10 === 0) return `${whole}.${frac / 10}`;
    return frac < 10 ? `${whole}.0${frac}` : `${whole}.${frac}`;
  }
  return hundredthsString(a);
}
