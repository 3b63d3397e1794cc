/**
 * How a value is named in an error message: short strings, numbers and booleans as themselves, anything else by its
 * kind. Never throws, whatever it is given (`String()` throws on an object without a usable `toString`, and on a
 * symbol inside a template literal), so an error about a bad value can always be built.
 *
 * @example
 * ```ts
 * describeValue('25:00')
 * //=> '"25:00"'
 * describeValue(-0)
 * //=> '-0'
 * describeValue(Object.create(null))
 * //=> 'object'
 * describeValue([1, 2])
 * //=> 'array'
 * ```
 * @internal
 */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (Array.isArray(v)) return 'array';
  return typeof v;
}
