/**
 * Private factories for the common shapes of unit rules: a yes/no fact every covered unit must have, and a count
 * every covered unit must reach.
 *
 * @internal
 * @module
 */
import { compareFractions, decimalToFraction } from '../../_lib/fraction';
import type { Snapshot } from '../../snapshot/snapshotSchema';
import type { Unit } from '../../snapshot/unitSchema';
import type { ResolvedRuleOptions } from '../RuleOptions';
import type { Rule, RuleDefinition, RuleResult } from '../types';
import { defineRule, dueNote, dueOf, filterResult, missingResult, result, unmetStatus, type UnitFilter } from './rule';

type KeysOfType<T, V> = { [K in keyof T]-?: NonNullable<T[K]> extends V ? (V extends NonNullable<T[K]> ? K : never) : never }[keyof T];
/**
 * Unit fields holding a yes/no fact.
 *
 * @internal
 * @clause P3.4
 * @example
 * ```ts
 * const f: FlagField = 'hasDisabledPersonsAssociation';
 * ```
 */
export type FlagField = KeysOfType<Unit, boolean>;
/**
 * Unit fields holding a count.
 *
 * @internal
 * @clause P3.11
 * @example
 * ```ts
 * const f: CountField = 'auxiliaryPoliceOfficers';
 * ```
 */
export type CountField = KeysOfType<Unit, number>;

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
  readonly def: RuleDefinition;
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
 * flagRule(spec).check({ asOf: '2024-12-31', units: [] })
 * //=> []
 * ```
 */
export function flagRule(spec: FlagSpec): Rule {
  const { def, field } = spec;
  const missing = Object.freeze([field]);
  return defineRule(def, (snapshot: Snapshot, o: ResolvedRuleOptions): RuleResult[] => {
    const filter = spec.filter(o);
    const due = dueOf(def, o);
    const out: RuleResult[] = [];
    for (const unit of snapshot.units) {
      const code = unit.code;
      const skip = filterResult(def, unit, filter, o, 'true');
      if (skip !== undefined) {
        out.push(skip);
        continue;
      }
      const v = unit[field];
      if (v === undefined) {
        out.push(missingResult(def, code, missing, 'true'));
      } else if (v) {
        out.push(result(def, code, 'pass', 'true', 'true', `${code}：${spec.haveZh}`, `${code}: ${spec.haveEn}`));
      } else {
        const st = unmetStatus(snapshot.asOf, due);
        const n = dueNote(st, due);
        out.push(result(def, code, st, 'false', 'true', `${code}：${spec.lackZh}${n.zh}`, `${code}: ${spec.lackEn}${n.en}`));
      }
    }
    return out;
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
  readonly def: RuleDefinition;
  readonly field: CountField;
  readonly filter: (o: ResolvedRuleOptions) => UnitFilter;
  /** What is counted (`'辅警'`, `'auxiliary police officers'`). */
  readonly nounZh: string;
  readonly nounEn: string;
}

/**
 * Define a rule that every covered unit's count reaches the threshold (by its due date, if any).
 *
 * @internal
 * @clause P3.11
 * @example
 * ```ts
 * countRule(spec).check({ asOf: '2024-12-31', units: [] })
 * //=> []
 * ```
 */
export function countRule(spec: CountSpec): Rule {
  const { def, field } = spec;
  const value = def.threshold?.value;
  if (value === undefined) throw new Error(`count rule ${def.id} needs a threshold`);
  const [tn, td] = decimalToFraction(value);
  const expected = `≥${value}`;
  const missing = Object.freeze([field]);
  return defineRule(def, (snapshot: Snapshot, o: ResolvedRuleOptions): RuleResult[] => {
    const filter = spec.filter(o);
    const due = dueOf(def, o);
    const out: RuleResult[] = [];
    for (const unit of snapshot.units) {
      const code = unit.code;
      const skip = filterResult(def, unit, filter, o, expected);
      if (skip !== undefined) {
        out.push(skip);
        continue;
      }
      const n = unit[field];
      if (n === undefined) {
        out.push(missingResult(def, code, missing, expected));
      } else if (compareFractions(n, 1, tn, td) >= 0) {
        out.push(result(def, code, 'pass', String(n), expected, `${code}：${spec.nounZh}${n}名，达到至少${value}名`, `${code}: ${n} ${spec.nounEn}, at least ${value}`));
      } else {
        const st = unmetStatus(snapshot.asOf, due);
        const d = dueNote(st, due);
        out.push(result(def, code, st, String(n), expected, `${code}：${spec.nounZh}${n}名，少于${value}名${d.zh}`, `${code}: ${n} ${spec.nounEn}, fewer than ${value}${d.en}`));
      }
    }
    return out;
  });
}
