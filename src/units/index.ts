/**
 * Longchuan County's real administrative units (NBS 2023 统计用区划代码) and code helpers.
 *
 * @module
 */
export type { County, Township, TownshipKind, UnitLevel, VillageUnit, VillageUnitKind } from './types';
export { COUNTY, TOWNSHIPS, VILLAGE_UNITS } from './units.generated';
export { isUnitCode } from './isUnitCode';
export { codeLevel } from './codeLevel';
export { parentCode } from './parentCode';
export { findTownship, findVillageUnit } from './findUnit';
export { unitsOfTownship } from './unitsOfTownship';
