/**
 * A defence against a polluted `Object.prototype` (`Object.prototype.hasServiceFacility = true` set by some other code
 * in the page or process): data is read from its own properties only, never inherited ones.
 *
 * @internal
 * @module
 */

/** The own property names of an unpolluted `Object.prototype` (ECMAScript and Annex B). */
const PRISTINE: ReadonlySet<string> = new Set([
  'constructor',
  '__defineGetter__',
  '__defineSetter__',
  'hasOwnProperty',
  '__lookupGetter__',
  '__lookupSetter__',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toString',
  'valueOf',
  '__proto__',
  'toLocaleString',
]);

/**
 * Whether `Object.prototype` carries a property it does not have by nature, which every plain object would then
 * inherit as if it were data. Twelve look-ups: cheap enough for every parse.
 *
 * @internal
 * @example
 * ```ts
 * prototypeIsPolluted()
 * //=> false
 * ```
 */
export function prototypeIsPolluted(): boolean {
  for (const name of Object.getOwnPropertyNames(Object.prototype)) if (!PRISTINE.has(name)) return true;
  return false;
}

/**
 * A copy of JSON-like data whose objects have no prototype, holding only the original's own enumerable properties,
 * so that a property it lacks reads as `undefined` whatever `Object.prototype` carries. Arrays stay arrays.
 *
 * @internal
 * @example
 * ```ts
 * Object.getPrototypeOf(ownData({ a: 1 }))
 * //=> null
 * ```
 */
export function ownData<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => ownData(v)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) out[key] = ownData((value as Record<string, unknown>)[key]);
  return out as T;
}
