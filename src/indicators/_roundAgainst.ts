/**
 * The display rule of `formatAgainstTarget`, apart from how a shown value is compared with the target, so that
 * evaluate (whose targets are plain decimal strings) compares without decimal.js.
 *
 * @internal
 * @module
 */
import { compareDecimals } from '../_lib/compareDecimals';
import { formatIndicatorValue, type FormatIndicatorValueOptions } from './formatIndicatorValue';

/**
 * Round `value` for display, one more decimal at a time (up to 6 more) while the unrounded value is below the target
 * (`reaches` is false for it) but the rounded one reaches it. `formatIndicatorValue` validates the value and options
 * before `reaches` sees them.
 *
 * @internal
 * @clause P1.7
 * @example
 * ```ts
 * roundAgainst('17.967', undefined, (s) => Number(s) >= 18)
 * //=> '17.97'
 * ```
 */
export function roundAgainst(
  value: string,
  options: FormatIndicatorValueOptions | undefined,
  reaches: (shown: string) => boolean,
): string {
  const places = options?.places ?? 1;
  let shown = formatIndicatorValue(value, options);
  if (reaches(value)) return shown;
  for (let p = places + 1; p <= places + 6 && reaches(shown); p++) {
    shown = formatIndicatorValue(value, { ...options, places: p });
  }
  return shown;
}

/**
 * `formatAgainstTarget` for a value and a target that are plain decimal strings (an indicator result's `value` and
 * `target`), compared exactly without decimal.js.
 *
 * @internal
 * @clause P1.7
 * @example
 * ```ts
 * [formatAgainstPlainTarget('17.967', '18'), formatAgainstPlainTarget('18', '18')]
 * //=> ['17.97', '18.0']
 * ```
 */
export function formatAgainstPlainTarget(value: string, target: string, options?: FormatIndicatorValueOptions): string {
  return roundAgainst(value, options, (shown) => compareDecimals(shown, target) >= 0);
}
