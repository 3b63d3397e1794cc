/**
 * Longchuan County's code: the default region of a snapshot.
 *
 * Kept in a module of its own, free of zod, so that the formulas can name the county without pulling in the
 * snapshot schemas (re-exported from `src/snapshot/snapshotSchema.ts`, where the public API has always found it).
 *
 * @category Input · 输入数据
 */
export const LONGCHUAN_CODE = '533124';
