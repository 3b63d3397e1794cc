/**
 * Judging a computed ratio against its target: meets-target, the straight-line expectation, progress and gap.
 * All on exact integers (native while safe, BigInt beyond); Decimal only to write the displayed strings.
 *
 * @internal
 * @module
 */
import { dec, divide, toPlainString } from '../_lib/decimal';
import type { ElapsedShare } from '../period/elapsedShare';
import { compareScaled, countString, hundredthsString, shiftString, type ExactInt } from './_exact';
import { HUNDREDTHS, type Formula } from './_formula';
import type { IndicatorProgress } from './IndicatorResult';

/** The exact value, numerator × k ÷ denominator (denominator > 0), as a plain decimal string. */
export function valueString(f: Formula, numerator: ExactInt, denominator: ExactInt): string {
  // Scale the numerator exactly first, so the one Decimal division is the only rounding (at 40 significant digits).
  const scaled = typeof numerator === 'number' && numerator * f.k <= Number.MAX_SAFE_INTEGER ? numerator * f.k : (BigInt(numerator) * BigInt(f.k)).toString();
  return toPlainString(divide(scaled, denominator) ?? dec(0));
}

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
  readonly text: string | null;
}

// One entry per (indicator, day of the period): at most 7 × 1827, so the cache stays small. It spares the Decimal
// division of the same expected value for every unit of a large snapshot.
const EXPECTED = new Map<string, Expected>();

function expectedOf(f: Formula, share: ElapsedShare): Expected {
  const key = `${f.def.id}:${share.numerator}/${share.denominator}`;
  let e = EXPECTED.get(key);
  if (e === undefined) {
    const fraction = expectedFraction(f, share);
    // The denominator bD·tD·d is a product of positive integers.
    const text = fraction === undefined ? null : toPlainString(divide(fraction[0].toString(), fraction[1].toString()) ?? dec(0));
    e = { fraction, text };
    EXPECTED.set(key, e);
  }
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
  const { fraction: e, text: expected } = expectedOf(f, share);
  if (met) return { status: 'achieved', expected };
  if (e === undefined) return { status: 'not_achieved', expected };
  // numerator × k ÷ denominator ≥ eN ÷ eD  ⇔  numerator × k × eD ≥ eN × denominator.
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
  // tD is a power of ten (a decimal target) and k one too, so this is a shift of the decimal point; Decimal otherwise.
  return places >= 0 ? shiftString(gapScaled.toString(), places) : toPlainString(divide(gapScaled.toString(), divisor.toString()) ?? dec(0));
}

/** The numerator or denominator as a decimal string in the indicator's terms (counts, or m² from hundredths). */
export function sumString(kind: 'count' | 'area', a: ExactInt): string {
  return kind === 'count' ? countString(a) : hundredthsString(a);
}
