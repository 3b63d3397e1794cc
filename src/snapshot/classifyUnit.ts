import { findVillageUnit } from '../units/findUnit';
import type { Unit } from './unitSchema';

/**
 * How units are sorted into urban communities (城市社区) and rural communities (农村社区):
 * - `'committee'` (default): by committee type, 社区居民委员会 urban and 村民委员会 rural; the plan counts its
 *   "68个行政村" as the rural communities, so this reading matches the plan's own count;
 * - `'nbs_code'`: by the NBS urban-rural code (城乡分类代码), 1xx urban and 2xx rural;
 * - `'caller'`: by the unit's own `classification` field.
 *
 * @example
 * ```ts
 * const by: ClassifyBy = 'nbs_code';
 * ```
 * @category Input · 输入数据
 */
export type ClassifyBy = 'committee' | 'nbs_code' | 'caller';

/**
 * Whether a unit counts as urban or rural under a reading, or `undefined` when the data for that reading is missing.
 * Under `'committee'`, a Longchuan unit's committee type is taken from the registry when the unit leaves it out.
 *
 * @clause P1.1
 * @clause P1.2
 * @example
 * ```ts
 * classifyUnit({ code: '533124101001', townshipCode: '533124101' })
 * //=> 'urban'
 * classifyUnit({ code: '533124101001', townshipCode: '533124101', urbanRuralCode: '220' }, 'nbs_code')
 * //=> 'rural'
 * ```
 * @category Input · 输入数据
 */
export function classifyUnit(unit: Unit, by: ClassifyBy = 'committee'): 'urban' | 'rural' | undefined {
  if (by === 'caller') return unit.classification;
  if (by === 'nbs_code') {
    const c = unit.urbanRuralCode;
    return c === undefined ? undefined : c.charCodeAt(0) === 49 /* '1' */ ? 'urban' : 'rural';
  }
  const kind = unit.committeeType ?? findVillageUnit(unit.code)?.kind;
  return kind === undefined ? undefined : kind === 'resident_committee' ? 'urban' : 'rural';
}

/**
 * The field a classification reads, for `missing_data` reports.
 *
 * @internal
 */
export function classificationField(by: ClassifyBy): string {
  return by === 'caller' ? 'classification' : by === 'nbs_code' ? 'urbanRuralCode' : 'committeeType';
}
