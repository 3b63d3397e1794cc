/**
 * Recursively freeze a value so that exported constants cannot be changed at run time.
 *
 * @internal
 * @module
 */

/**
 * Freeze `value` and every object reachable from its own properties (arrays included), then return it.
 *
 * Primitives are returned unchanged. Property values are read from their descriptors, so getters are never
 * invoked. Prototypes are not walked. Cycles are handled. Typed arrays and other `ArrayBuffer` views are left
 * unfrozen (`Object.freeze` throws on a non-empty one); the entries of a `Map` or `Set` stay mutable, as
 * `Object.freeze` cannot reach them. Use plain objects and arrays for frozen data.
 *
 * @example
 * ```ts
 * const limits = deepFreeze({ target: { rate: '80' } });
 * Object.isFrozen(limits.target)
 * //=> true
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function deepFreeze<T>(value: T): T {
  freezeInto(value, new WeakSet<object>());
  return value;
}

function freezeInto(value: unknown, seen: WeakSet<object>): void {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return;
  if (seen.has(value)) return;
  seen.add(value);
  if (ArrayBuffer.isView(value)) return;
  // A data property's value is frozen in turn; an accessor's descriptor has no `value`, and its getter is never called.
  for (const key of Reflect.ownKeys(value)) freezeInto(Reflect.getOwnPropertyDescriptor(value, key)?.value, seen);
  Object.freeze(value);
}
