import { PlanInputError } from './PlanInputError';

/**
 * The sum of two counts from partials being merged, or a `PlanInputError` (code `count_overflow`) naming `path` when
 * the sum is no longer a safe integer: past 2^53 − 1 a JavaScript number cannot hold every whole number, so the sum
 * would be silently inexact.
 *
 * @internal
 * @example
 * ```ts
 * addCounts(2, 3, ['units'])
 * //=> 5
 * ```
 */
export function addCounts(x: number, y: number, path: readonly (string | number)[]): number {
  const sum = x + y;
  if (Number.isSafeInteger(sum)) return sum;
  throw new PlanInputError({
    code: 'count_overflow',
    path,
    messageZh: `无法合并：计数之和超出可精确表示的范围（${x} + ${y} > 2^53 − 1）`,
    messageEn: `cannot merge: the sum of the counts is past the exactly representable range (${x} + ${y} > 2^53 − 1)`,
  });
}
