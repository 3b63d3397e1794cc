/**
 * What a failing numeric rule still needs, in exact integer arithmetic (native integers while safe, BigInt beyond):
 * whole things rounded up, measures (m², yuan, hours) as exact decimals. Called only when a failing or pending result
 * is built, never on the per-unit status path.
 *
 * @internal
 * @module
 */
import type { RuleGap, RuleGapUnit } from '../types';

/**
 * The gap of a whole count `have` against a floor of `tn / td` per `scale` of `den` (a share: 1.8 per 1000 people,
 * 90 per 100 villages; a plain count: `den` = `scale` = 1): `⌈tn × den ÷ (td × scale)⌉ − have`, or `null` when that
 * is not above zero. All arguments are non-negative safe integers, `td` and `scale` > 0.
 *
 * @internal
 * @clause P6.3
 * @example
 * ```ts
 * // 1.8‰ of 190,001 people is 342.0018: 343 are needed.
 * [wholeGap(342, 18, 10, 190001, 1000, 'persons'), wholeGap(343, 18, 10, 190001, 1000, 'persons')]
 * //=> [{ value: '1', unit: 'persons' }, null]
 * ```
 */
export function wholeGap(have: number, tn: number, td: number, den: number, scale: number, unit: RuleGapUnit): RuleGap | null {
  const need = tn * den;
  const q = td * scale;
  if (Number.isSafeInteger(need) && Number.isSafeInteger(q)) {
    // ⌈need / q⌉ exactly, in integers (need − r is a multiple of q).
    const r = need % q;
    const required = (need - r) / q + (r === 0 ? 0 : 1);
    return required > have ? { value: String(required - have), unit } : null;
  }
  const N = BigInt(tn) * BigInt(den);
  const Q = BigInt(td) * BigInt(scale);
  const gap = (N + Q - 1n) / Q - BigInt(have);
  return gap > 0n ? { value: gap.toString(), unit } : null;
}

/**
 * The gap `num / den` (a positive fraction, `den` > 0) in a measured unit: the exact decimal when it terminates (every
 * m² gap of the plan's decimal thresholds does), otherwise rounded up to `places` decimals, so that adding it always
 * reaches the floor (`annual wage ÷ 12` in yuan, minutes in hours). `null` when `num` ≤ 0.
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * // 8 h a day against 7 h 30 min; against 7 h 50 min (10 min = 0.1666… h, rounded up)
 * [fractionGap(30n, 60n, 'hours_per_day'), fractionGap(10n, 60n, 'hours_per_day'), fractionGap(0n, 60n, 'm2')]
 * //=> [{ value: '0.5', unit: 'hours_per_day' }, { value: '0.17', unit: 'hours_per_day' }, null]
 * ```
 */
export function fractionGap(num: bigint, den: bigint, unit: RuleGapUnit, places = 2): RuleGap | null {
  if (num <= 0n) return null;
  // den = 2^a · 5^b · rest: the decimal terminates after max(a, b) places exactly when rest = 1.
  let rest = den;
  let twos = 0;
  let fives = 0;
  while (rest % 2n === 0n) {
    rest /= 2n;
    twos++;
  }
  while (rest % 5n === 0n) {
    rest /= 5n;
    fives++;
  }
  const p = rest === 1n ? Math.max(twos, fives) : places;
  const scaled = num * 10n ** BigInt(p);
  // Exact when it terminates; rounded up (a positive quotient: ⌈n / d⌉ = ⌊(n + d − 1) / d⌋) otherwise.
  const digits = ((scaled + den - 1n) / den).toString().padStart(p + 1, '0');
  const int = digits.slice(0, digits.length - p);
  const frac = digits.slice(digits.length - p).replace(/0+$/, '');
  return { value: frac === '' ? int : `${int}.${frac}`, unit };
}

/**
 * A plain non-negative decimal string as an exact fraction of BigInts (`'8333.33'` → `[833333n, 100n]`), for amounts
 * with any number of places (yuan).
 *
 * @internal
 * @clause T12
 * @example
 * ```ts
 * [bigFraction('8333.33'), bigFraction('100000')]
 * //=> [[833333n, 100n], [100000n, 1n]]
 * ```
 */
export function bigFraction(s: string): readonly [bigint, bigint] {
  const dot = s.indexOf('.');
  if (dot < 0) return [BigInt(s), 1n];
  return [BigInt(s.slice(0, dot) + s.slice(dot + 1)), 10n ** BigInt(s.length - dot - 1)];
}
