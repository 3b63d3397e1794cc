/**
 * Whether a value is a well-formed 12-digit village-level code (e.g. `'533124101001'`).
 *
 * Exactly 12 ASCII digits `0`–`9`: no full-width digits, no whitespace, no sign, no number type.
 * Only the form is checked: the code need not exist (use `findVillageUnit` for that), and the
 * province part is not checked against the real provinces 11–82.
 *
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * isUnitCode('533124101001');
 * //=> true
 * isUnitCode(' 533124101001');
 * //=> false
 * isUnitCode('５３３１２４１０１００１');
 * //=> false
 * isUnitCode(533124101001);
 * //=> false
 * ```
 */
export function isUnitCode(value: unknown): value is string {
  // No `m` flag, so `$` is the very end of the string (a trailing "\n" does not match).
  return typeof value === 'string' && /^[0-9]{12}$/.test(value);
}
