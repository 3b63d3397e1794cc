/**
 * Which snapshots `safeParseSnapshot` produced: a brand kept outside the objects (a `WeakSet`), so that the functions
 * taking a snapshot skip checking one the parser already checked, and still check anything else. Zod-free, so the
 * formulas import can use it.
 *
 * @internal
 * @module
 */

const PARSED = new WeakSet<object>();

/**
 * Record `snapshot` as produced by the parser (every unit and section valid); returns it.
 *
 * @internal
 */
export function markParsed<T extends object>(snapshot: T): T {
  PARSED.add(snapshot);
  return snapshot;
}

/**
 * Whether `value` is a snapshot the parser produced (see {@link markParsed}).
 *
 * @internal
 */
export function isParsed(value: unknown): boolean {
  return typeof value === 'object' && value !== null && PARSED.has(value);
}
