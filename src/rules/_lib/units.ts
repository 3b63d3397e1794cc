/**
 * Private helpers for unit and facility rules.
 *
 * @internal
 * @module
 */
import type { Unit } from '../../snapshot/unitSchema';

const WITH_FACILITY = new WeakMap<readonly string[], readonly string[]>();

/**
 * The missing fields of a facility rule: its own fields (a constant, frozen list), plus `hasServiceFacility` when that is unknown too; both lists are shared between results, never built per unit.
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * facilityMissing({ code: '533124101001', townshipCode: '533124101' }, fieldList('openingSchedule'))
 * //=> ['openingSchedule', 'hasServiceFacility']
 * ```
 */
export function facilityMissing(unit: Unit, fields: readonly string[]): readonly string[] {
  if (unit.hasServiceFacility !== undefined) return fields;
  let both = WITH_FACILITY.get(fields);
  if (both === undefined) WITH_FACILITY.set(fields, (both = Object.freeze([...fields, 'hasServiceFacility'])));
  return both;
}

/**
 * A frozen list of field names, for `missing` lists shared by every result that needs them.
 *
 * @internal
 * @clause T8
 * @example
 * ```ts
 * Object.isFrozen(fieldList('households'))
 * //=> true
 * ```
 */
export function fieldList(...names: string[]): readonly string[] {
  return Object.freeze(names);
}

/**
 * Integer hundredths of a canonical area or money string (`'320.5'` → 32050).
 *
 * @category Evaluation · 评估
 */
export { toHundredths } from '../../_lib/fraction';
