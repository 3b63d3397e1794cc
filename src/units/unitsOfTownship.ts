import type { VillageUnit } from './types';
import { VILLAGE_UNITS } from './units.generated';

const NONE: readonly VillageUnit[] = /* @__PURE__ */ Object.freeze([]);

const UNITS_BY_TOWNSHIP: ReadonlyMap<string, readonly VillageUnit[]> = /* @__PURE__ */ (() => {
  const groups = new Map<string, VillageUnit[]>();
  for (const unit of VILLAGE_UNITS) {
    const group = groups.get(unit.townshipCode);
    if (group === undefined) groups.set(unit.townshipCode, [unit]);
    else group.push(unit);
  }
  for (const group of groups.values()) Object.freeze(group);
  return Object.freeze(groups as Map<string, readonly VillageUnit[]>);
})();

/**
 * The village-level units of one township-level unit, sorted by code (a frozen array; empty for an
 * unknown code).
 *
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * unitsOfTownship('533124101').map((u) => u.shortName);
 * //=> ['老街子社区', '新城社区', '章凤村', '芒弄村', '迭撒村', '芒拉村', '拉勐村', '弄贯村', '户弄村']
 * unitsOfTownship('533124999');
 * //=> []
 * ```
 */
export function unitsOfTownship(townshipCode: string): readonly VillageUnit[] {
  return UNITS_BY_TOWNSHIP.get(townshipCode) ?? NONE;
}
