import { describeValue } from './describeValue';

/**
 * A bad option or argument as an error message shows it: a string as typed (the empty string quoted, so that the
 * message does not end in nothing), anything else by {@link describeValue}.
 * Never throws, unlike `String()` on an object without a usable `toString`.
 *
 * @example
 * ```ts
 * showValue('half_down')
 * //=> 'half_down'
 * showValue(Object.create(null))
 * //=> 'object'
 * ```
 * @internal
 */
export function showValue(v: unknown): string {
  return typeof v === 'string' && v !== '' ? v : describeValue(v);
}
