/**
 * Private building blocks of the rule-data schemas: years, record IDs and uniqueness checks, each raising coded,
 * bilingual issues through the snapshot's `issue` helper.
 *
 * @internal
 * @module
 */
import * as z from 'zod/mini';
import { describe, issue } from '../primitives';

/**
 * A calendar year as an integer, 1900–2100 (the range the period helpers accept).
 *
 * @internal
 * @clause T12
 * @clause B1
 * @example
 * ```ts
 * yearSchema.safeParse(2024.5).success
 * //=> false
 * ```
 */
export const yearSchema = /* @__PURE__ */ z.unknown().check(z.superRefine((v, ctx) => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1900 || v > 2100) {
    issue(ctx, 'invalid_year', `年份应为1900—2100之间的整数，实际为${describe(v)}`, `expected a whole year 1900–2100, got ${describe(v)}`);
  }
})) as unknown as z.ZodMiniType<number, number>;

const ID = /^[\p{L}\p{N}][\p{L}\p{N}._:/-]{0,63}$/u;

/**
 * A record ID: 1–64 letters, digits and `._:/-`, starting with a letter or digit (no spaces).
 *
 * @internal
 * @clause P3.2
 * @example
 * ```ts
 * recordIdSchema.safeParse('E 1').success
 * //=> false
 * ```
 */
export const recordIdSchema = /* @__PURE__ */ z.unknown().check(z.superRefine((v, ctx) => {
  if (typeof v !== 'string' || !ID.test(v)) {
    issue(
      ctx,
      'invalid_id',
      `编号应为1—64个字母、数字或 ._:/- 字符（不含空格），实际为${describe(v)}`,
      `expected an ID of 1–64 letters, digits or ._:/- characters (no spaces), got ${describe(v)}`,
    );
  }
})) as unknown as z.ZodMiniType<string, string>;

/**
 * Raise `duplicate_id` at `[index, field]` for every item whose key was seen before (never a silent overwrite).
 *
 * @internal
 * @clause P3.2
 * @example
 * ```ts
 * newEstatesSchema.safeParse([{ id: 'E1' }, { id: 'E1' }]).error?.issues[0]?.path
 * //=> [1, 'id']
 * ```
 */
export function checkUnique<T>(
  items: readonly T[],
  key: (item: T) => string | undefined,
  field: string,
  ctx: z.core.$RefinementCtx<unknown>,
): void {
  const seen = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const k = key(items[i] as T);
    if (k === undefined) continue;
    const first = seen.get(k);
    if (first === undefined) seen.set(k, i);
    else {
      const m = duplicateIdMessage(field, k, first);
      issue(ctx, 'duplicate_id', m.zh, m.en, [i, field], { key: k, first });
    }
  }
}

/**
 * The messages of a `duplicate_id` issue: `field` value `key` seen first at index `first`.
 *
 * @internal
 * @example
 * ```ts
 * duplicateIdMessage('id', 'E1', 0).en
 * //=> 'id E1 is listed twice (first at index 0)'
 * ```
 */
export function duplicateIdMessage(field: string, key: string, first: number): { zh: string; en: string } {
  return { zh: `${field} ${key} 重复（第${first + 1}条已出现）`, en: `${field} ${key} is listed twice (first at index ${first})` };
}
