/**
 * Private factories for the common shapes of unit rules: a yes/no fact every covered unit must have, and a count
 * every covered unit must reach.
 *
 * @internal
 * @module
 */
import { decimalToFraction } from '../../_lib/fraction';
import type { Snapshot } from '../../snapshot/snapshotSchema';
import type { Unit } from '../../snapshot/unitSchema';
import type { ResolvedRuleOptions } from '../RuleOptions';
import type { RuleGapUnit, RuleResult } from '../types';
import { gapWords } from './gapWords';
import { wholeGap } from './gaps';
import { measureFor } from './measure';
import { type CoreRule, dueNote, dueOf, result, type RuleCore, type UnitFilter, unmetStatus } from './rule';
import { thresholdOf } from './thresholdOf';
import {
  defineUnitRule,
  DYNAMIC,
  FAIL,
  fieldOnce,
  filterCode,
  filteredOut,
  MISSING,
  missingFor,
  NOT_APPLICABLE,
  PASS,
  PENDING,
  simpleStatus,
  type SimpleCheck,
  type UnitCheck,
} from './unitCheck';
import { fieldId, type UNIT_FIELDS } from './fields';
import { subjectEn, subjectZh } from './subject';

type KeysOfType<T, V> = { [K in keyof T]-?: NonNullable<T[K]> extends V ? (V extends NonNullable<T[K]> ? K : never) : never }[keyof T];
/**
 * Unit fields holding a yes/no fact, readable by id (`UNIT_FIELDS`), so that a rule's status is the tally's simple check.
 *
 * @internal
 * @clause P3.4
 * @example
 * ```ts
 * const f: FlagField = 'hasDisabledPersonsAssociation';
 * ```
 */
export type FlagField = KeysOfType<Unit, boolean> & (typeof UNIT_FIELDS)[number];
/**
 * Unit fields holding a count, readable by id (`UNIT_FIELDS`), so that a rule's status is the tally's simple check.
 *
 * @internal
 * @clause P3.11
 * @example
 * ```ts
 * const f: CountField = 'auxiliaryPoliceOfficers';
 * ```
 */
export type CountField = KeysOfType<Unit, number> & (typeof UNIT_FIELDS)[number];

/**
 * A unit rule on a yes/no fact: its definition, field, filter and words.
 *
 * @internal
 * @clause P3.4
 * @example
 * ```ts
 * const spec: Pick<FlagSpec, 'field'> = { field: 'hasDisabledPersonsAssociation' };
 * ```
 */
export interface FlagSpec {
  readonly def: RuleCore;
  readonly field: FlagField;
  /** Which units are covered under the options. */
  readonly filter: (o: ResolvedRuleOptions) => UnitFilter;
  /** "has it", in Chinese and English (`'已实现政务代办服务'`, `'proxy government services are available'`). */
  readonly haveZh: string;
  readonly haveEn: string;
  /** "lacks it". */
  readonly lackZh: string;
  readonly lackEn: string;
}

/**
 * Define a rule that every covered unit must have a yes/no fact true (by its due date, if any).
 *
 * @internal
 * @clause P3.4
 * @example
 * ```ts
 * const def = { ...getRule('p3-4-disabled-persons-association'), id: 'example-flag-rule' } as RuleDefinition;
 * const rule = flagRule({ def, field: 'hasDisabledPersonsAssociation', filter: () => 'all', haveZh: '已成立', haveEn: 'has one', lackZh: '未成立', lackEn: 'has none' });
 * rule.check({ asOf: '2025-12-31', units: [{ code: '533124101201', townshipCode: '533124101', hasDisabledPersonsAssociation: false }] })[0]?.status
 * //=> 'fail'
 * ```
 */
export function flagRule(spec: FlagSpec): CoreRule {
  const { def, field } = spec;
  const fieldMissing = Object.freeze([field]);
  return defineUnitRule(def, (snapshot: Snapshot, o: ResolvedRuleOptions): UnitCheck => {
    const filter = filterCode(spec.filter(o));
    const due = dueOf(def, o);
    const unmet = unmetStatus(snapshot.asOf, due) === 'pending' ? PENDING : FAIL;
    const missing = [DYNAMIC, fieldOnce(o.classField), fieldMissing];
    const simple: SimpleCheck = { kind: 0, field: fieldId(field), filter, tn: 0, td: 1, unmet };
    const status = (unit: Unit, cls: number): number => simpleStatus(unit, cls, simple);
    const build = (unit: Unit, cls: number): RuleResult => {
      const code = unit.code;
      const s = status(unit, cls);
      switch (s & 7) {
        case NOT_APPLICABLE:
          return filteredOut(def, code, filter);
        case MISSING:
          return missingFor(def, code, s, missing, 'true');
        case PASS:
          return result(def, code, 'pass', 'true', 'true', `${subjectZh(code)}：${spec.haveZh}`, `${subjectEn(code)}: ${spec.haveEn}`);
        default: {
          const st = s === PENDING ? 'pending' : 'fail';
          const n = dueNote(st, due);
          return result(def, code, st, 'false', 'true', `${subjectZh(code)}：${spec.lackZh}${n.zh}`, `${subjectEn(code)}: ${spec.lackEn}${n.en}`);
        }
      }
    };
    return { def, status, build, missing, simple };
  });
}

/**
 * A unit rule on a count that must reach the rule's threshold.
 *
 * @internal
 * @clause P3.11
 * @example
 * ```ts
 * const spec: Pick<CountSpec, 'field'> = { field: 'auxiliaryPoliceOfficers' };
 * ```
 */
export interface CountSpec {
  readonly def: RuleCore;
  readonly field: CountField;
  readonly filter: (o: ResolvedRuleOptions) => UnitFilter;
  /** What is counted (`'辅警'`, `'auxiliary police officers'`). */
  readonly nounZh: string;
  readonly nounEn: string;
  /** What a shortfall is counted in (`'persons'` for staff). */
  readonly gapUnit: RuleGapUnit;
}

/**
 * Define a rule that every covered unit's count reaches the threshold (by its due date, if any).
 *
 * @internal
 * @clause P3.11
 * @example
 * ```ts
 * const def = { ...getRule('p3-11-rural-auxiliary-police'), id: 'example-count-rule' } as RuleDefinition;
 * const rule = countRule({ def, field: 'auxiliaryPoliceOfficers', filter: () => 'all', nounZh: '辅警', nounEn: 'auxiliary police officer(s)', gapUnit: 'persons' });
 * rule.check({ asOf: '2025-12-31', units: [{ code: '533124101201', townshipCode: '533124101', auxiliaryPoliceOfficers: 1 }] })[0]?.status
 * //=> 'pass'
 * rule.check({ asOf: '2025-12-31', units: [{ code: '533124101201', townshipCode: '533124101', auxiliaryPoliceOfficers: 0 }] })[0]?.gap
 * //=> { value: '1', unit: 'persons' }
 * ```
 */
export function countRule(spec: CountSpec): CoreRule {
  const { def, field } = spec;
  const { value } = thresholdOf(def);
  const [tn, td] = decimalToFraction(value);
  const expected = `≥${value}`;
  const fieldMissing = Object.freeze([field]);
  return defineUnitRule(def, (snapshot: Snapshot, o: ResolvedRuleOptions): UnitCheck => {
    const filter = filterCode(spec.filter(o));
    const due = dueOf(def, o);
    const unmet = unmetStatus(snapshot.asOf, due) === 'pending' ? PENDING : FAIL;
    const missing = [DYNAMIC, fieldOnce(o.classField), fieldMissing];
    const simple: SimpleCheck = { kind: 1, field: fieldId(field), filter, tn, td, unmet };
    const status = (unit: Unit, cls: number): number => simpleStatus(unit, cls, simple);
    const build = (unit: Unit, cls: number): RuleResult => {
      const code = unit.code;
      const s = status(unit, cls);
      const n = unit[field];
      switch (s & 7) {
        case NOT_APPLICABLE:
          return filteredOut(def, code, filter);
        case MISSING:
          return missingFor(def, code, s, missing, expected);
        case PASS:
          return result(def, code, 'pass', String(n), expected, `${subjectZh(code)}：${spec.nounZh}${n}名，达到至少${value}名`, `${subjectEn(code)}: ${n} ${spec.nounEn}, at least ${value}`, undefined, null, measureFor(def, n as number));
        default: {
          const st = s === PENDING ? 'pending' : 'fail';
          const d = dueNote(st, due);
          // Below the floor: n is a count under tn / td, so the gap is positive.
          const gap = wholeGap(n as number, tn, td, 1, 1, spec.gapUnit);
          const g = gapWords(gap);
          return result(def, code, st, String(n), expected, `${subjectZh(code)}：${spec.nounZh}${n}名，少于${value}名${g.zh}${d.zh}`, `${subjectEn(code)}: ${n} ${spec.nounEn}, fewer than ${value}${g.en}${d.en}`, undefined, gap, measureFor(def, n as number));
        }
      }
    };
    return { def, status, build, missing, simple };
  });
}
