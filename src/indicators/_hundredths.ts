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
  let places = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 /* . */) places = 0;
    else {
      n = n * 10 + (c - 48);
      if (places >= 0) places++;
    }
  }
  return places <= 0 ? n * 100 : places === 1 ? n * 10 : n;
}
