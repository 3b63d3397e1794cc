import type { Township, VillageUnit } from './types';
import { TOWNSHIPS, VILLAGE_UNITS } from './units.generated';

const TOWNSHIP_BY_CODE: ReadonlyMap<string, Township> = /* @__PURE__ */ Object.freeze(
  new Map(TOWNSHIPS.map((t) => [t.code, t])),
);
const VILLAGE_UNIT_BY_CODE: ReadonlyMap<string, VillageUnit> = /* @__PURE__ */ Object.freeze(
  new Map(VILLAGE_UNITS.map((u) => [u.code, u])),
);

/**
 * The township-level unit of Longchuan County with this 9-digit code, or `undefined`.
 *
 * The code must match exactly (no trimming, no full-width digits).
 *
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * findTownship('533124400')?.name;
 * //=> '陇川农场'
 * findTownship('533124999');
 * //=> undefined
 * ```
 */
export function findTownship(code: string): Township | undefined {
  return TOWNSHIP_BY_CODE.get(code);
}

/**
 * The village-level unit of Longchuan County with this 12-digit code, or `undefined`.
 *
 * The code must match exactly (no trimming, no full-width digits).
 *
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * findVillageUnit('533124101001')?.shortName;
 * //=> '老街子社区'
 * findVillageUnit('533124101999');
 * //=> undefined
 * ```
 */
export function findVillageUnit(code: string): VillageUnit | undefined {
  return VILLAGE_UNIT_BY_CODE.get(code);
}
