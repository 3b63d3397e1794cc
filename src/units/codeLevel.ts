import type { UnitLevel } from './types';

/** Level by code length: 2 province, 4 prefecture, 6 county, 9 township, 12 village (NBS 统计用区划代码). */
const LEVEL_BY_LENGTH: Readonly<Record<number, UnitLevel>> = /* @__PURE__ */ Object.freeze({
  2: 'province',
  4: 'prefecture',
  6: 'county',
  9: 'township',
  12: 'village',
});

/**
 * Level of an administrative division code, from its length: 2 digits province, 4 prefecture,
 * 6 county, 9 township, 12 village; `undefined` for anything else (other lengths, non-ASCII digits,
 * whitespace, non-strings).
 *
 * Only the form is checked, not whether the unit exists.
 *
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * codeLevel('533124101');
 * //=> 'township'
 * codeLevel('533124101001');
 * //=> 'village'
 * codeLevel('5331241010011');
 * //=> undefined
 * ```
 */
export function codeLevel(code: string): UnitLevel | undefined {
  if (typeof code !== 'string' || !/^[0-9]+$/.test(code)) return undefined;
  return LEVEL_BY_LENGTH[code.length];
}
