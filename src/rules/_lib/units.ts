/**
 * Private helpers for unit and facility rules.
 *
 * @internal
 * @module
 */
import type { Unit } from '../../snapshot/unitSchema';
import type { RuleDefinition, RuleResult } from '../types';
import { notApplicable } from './rule';

/**
 * The result for a unit without a comprehensive service facility (`not_applicable`), or `undefined` when it has one or the fact is unknown (the rule's own data decides then).
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * noFacility(getRule('t3-opening-hours'), { code: '533124101001', townshipCode: '533124101', hasServiceFacility: false })?.status
 * //=> 'not_applicable'
 * ```
 */
export function noFacility(def: RuleDefinition, unit: Unit): RuleResult | undefined {
  if (unit.hasServiceFacility !== false) return undefined;
  return notApplicable(def, unit.code, '该单位没有社区综合服务设施', 'the unit has no community comprehensive service facility');
}

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
 * The shared list for whichever of two fields is missing (at least one is).
 *
 * @internal
 * @clause T8
 * @example
 * ```ts
 * eitherMissing(true, false, fieldList('a'), fieldList('b'), fieldList('a', 'b'))
 * //=> ['a']
 * ```
 */
export function eitherMissing(aMissing: boolean, bMissing: boolean, a: readonly string[], b: readonly string[], both: readonly string[]): readonly string[] {
  return aMissing && bMissing ? both : aMissing ? a : b;
}

/** Integer hundredths of a canonical area or money string (`'320.5'` → 32050). */
export { toHundredths } from '../../_lib/fraction';
