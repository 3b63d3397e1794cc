/**
 * Integer hundredths of m² from a canonical area string, for the roll-up's hot path: digit by digit, no allocation.
 *
 * @internal
 * @module
 */

/**
 * Integer hundredths of a canonical decimal string with at most 2 decimals (`'320.5'` → 32050, `'12'` → 1200,
 * `'0.05'` → 5), read by character codes: the same value as `toHundredths` without slicing or building strings.
 *
 * @internal
 */
export function hundredthsOf(s: string): number {
  let n = 0;
  // Hundredths per unit of the last digit read: 100 before the point, then 10, then 1 (exact in floating point).
  let scale = 100;
  let afterPoint = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 /* . */) afterPoint = true;
    else {
      n = n * 10 + (c - 48);
      if (afterPoint) scale /= 10;
    }
  }
  return n * scale;
}
