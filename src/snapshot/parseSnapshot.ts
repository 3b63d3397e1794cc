import { safeParseSnapshot } from './safeParseSnapshot';
import type { Snapshot } from './snapshotSchema';

/**
 * Validate a snapshot, or throw a {@link SnapshotError} listing every problem with its path in Chinese and English.
 *
 * @clause P1.1
 * @throws SnapshotError when any field, unit or code is invalid.
 * @example
 * ```ts
 * parseSnapshot({ asOf: '2024-12-31', units: [{ code: '533124101001', townshipCode: '533124101', households: 1200 }] }).units.length
 * //=> 1
 * ```
 * @category Input · 输入数据
 */
export function parseSnapshot(input: unknown): Snapshot {
  const r = safeParseSnapshot(input);
  if (!r.success) throw r.error;
  return r.data;
}
