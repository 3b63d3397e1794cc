/**
 * The two halves of a unit-level rule (scope `'unit'` or `'facility'`: one result per village-level unit).
 *
 * - `status(unit, cls)`: the outcome as a small integer, without allocating anything. It is what the summary mode of
 *   `evaluate` counts for hundreds of thousands of units.
 * - `build(unit, cls)`: the full {@link RuleResult} with its messages, built only when results are materialised. It
 *   calls `status` first and only words the outcome, so the two can never disagree.
 *
 * A rule's checks are prepared once per snapshot and options (`UnitCheckFactory`), so that due dates, filters and
 * missing-field lists are worked out once, not per unit.
 *
 * Status codes: the low 3 bits are the status ({@link PASS} … {@link MISSING}); for `missing_data` the bits above
 * name the missing-field list in the check's `missing` table (`code >> 3`), and 0 there means the list depends on the
 * value (an invalid opening schedule names the interval's path): call `build` to learn it.
 *
 * @internal
 * @module
 */
import { classifyUnit, type ClassifyBy } from '../../snapshot/classifyUnit';
import type { Snapshot } from '../../snapshot/snapshotSchema';
import type { Unit } from '../../snapshot/unitSchema';
import type { ResolvedRuleOptions } from '../RuleOptions';
import type { RuleResult, RuleStatus } from '../types';
import { fieldId, readField } from './fields';
import { type CoreRule, defineRule, missingResult, notApplicable, type RuleCore, type UnitFilter } from './rule';

/**
 * Status code of `'pass'`.
 *
 * @category Evaluation · 评估
 */
export const PASS = 0;
/**
 * Status code of `'fail'`.
 *
 * @category Evaluation · 评估
 */
export const FAIL = 1;
/**
 * Status code of `'pending'`.
 *
 * @category Evaluation · 评估
 */
export const PENDING = 2;
/**
 * Status code of `'not_applicable'`.
 *
 * @category Evaluation · 评估
 */
export const NOT_APPLICABLE = 3;
/**
 * Status code of `'missing_data'` (the missing-field list's index is in the bits above: `MISSING | (i << 3)`).
 *
 * @category Evaluation · 评估
 */
export const MISSING = 4;
/**
 * How many statuses there are (the width of every per-rule count row).
 *
 * @category Evaluation · 评估
 */
export const STATUS_COUNT = 5;

/**
 * The statuses in code order: `RULE_STATUSES[code & 7]`.
 *
 * @internal
 * @clause R3
 * @example
 * ```ts
 * RULE_STATUSES[PENDING]
 * //=> 'pending'
 * ```
 */
export const RULE_STATUSES: readonly RuleStatus[] = Object.freeze(['pass', 'fail', 'pending', 'not_applicable', 'missing_data']);

/**
 * Classification codes of a unit under the options in force: rural, urban, or unknown (data missing).
 *
 * @category Evaluation · 评估
 */
export const RURAL = 0;
/**
 * Urban (see {@link RURAL}).
 *
 * @category Evaluation · 评估
 */
export const URBAN = 1;
/**
 * Classification unknown (see {@link RURAL}).
 *
 * @category Evaluation · 评估
 */
export const UNCLASSIFIED = 2;

/**
 * A unit's classification as a code ({@link RURAL}, {@link URBAN}, {@link UNCLASSIFIED}), worked out once per unit
 * and shared by every rule.
 *
 * @internal
 * @clause P3.11
 * @example
 * ```ts
 * classCode({ code: '533124101201', townshipCode: '533124101', committeeType: 'village_committee' }, 'committee')
 * //=> 0
 * ```
 */
export function classCode(unit: Unit, by: ClassifyBy): number {
  if (by === 'committee') {
    const t = unit.committeeType;
    if (t !== undefined) return t === 'resident_committee' ? URBAN : RURAL;
  }
  const c = classifyUnit(unit, by);
  return c === undefined ? UNCLASSIFIED : c === 'urban' ? URBAN : RURAL;
}

/**
 * One unit-level rule prepared for a snapshot and options.
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * const snapshot = parseSnapshot({ asOf: '2024-12-31', units: [{ code: '533124101201', townshipCode: '533124101', hasProxyGovernmentService: false }] });
 * const check: UnitCheck = unitCheckFactory('t3-proxy-government-service')!(snapshot, { ...DEFAULT_RULE_OPTIONS, classField: 'committeeType' });
 * check.status(snapshot.units[0]!, RURAL) & 7
 * //=> PENDING
 * ```
 */
export interface UnitCheck {
  /** The rule. */
  readonly def: RuleCore;
  /** The unit's status code; allocates nothing. `cls` is {@link classCode} of the unit under the options. */
  readonly status: (unit: Unit, cls: number) => number;
  /** The unit's full result (the same status as {@link UnitCheck.status}). */
  readonly build: (unit: Unit, cls: number) => RuleResult;
  /** Missing-field lists by index (`code >> 3` of a `missing_data` code); index 0 is unused (value-dependent list). */
  readonly missing: readonly (readonly string[])[];
  /** When the status is {@link simpleStatus} of a descriptor: the descriptor (then `status` is exactly that). */
  readonly simple?: SimpleCheck;
}

/**
 * A unit-level rule whose status depends on one yes/no or count field (and, for `covered`, on `communityWorkers`):
 * described by data, so that the counting loop judges it without a call through the rule's closure.
 *
 * - kind 0, a yes/no fact: missing → `missing_data` (list 2), true → pass, false → `unmet`;
 * - kind 1, a count: missing → `missing_data` (list 2), count × td ≥ tn → pass, else `unmet`;
 * - kind 2, all community workers covered: workers or the field missing → `missing_data` (lists 2, 3, 4: workers,
 *   the field, both), no workers → `not_applicable`, field ≥ workers → pass, else `unmet`.
 *
 * Units outside `filter` (1 urban only, 2 rural only, 3 urban other than 陇川农场's) are `not_applicable`;
 * unclassified ones `missing_data` (list 1).
 *
 * @internal
 * @clause P3.11
 * @example
 * ```ts
 * const d: SimpleCheck = { kind: 1, field: fieldId('gridMembers'), filter: 0, tn: 1, td: 1, unmet: FAIL };
 * ```
 */
export interface SimpleCheck {
  readonly kind: 0 | 1 | 2;
  /** The field's id (see `UNIT_FIELDS`). */
  readonly field: number;
  readonly filter: number;
  readonly tn: number;
  readonly td: number;
  readonly unmet: number;
}

const WORKERS = fieldId('communityWorkers');

/**
 * The status of a unit under a simple check (allocation-free; no closure call).
 *
 * @internal
 * @clause P3.11
 * @example
 * ```ts
 * const d: SimpleCheck = { kind: 1, field: fieldId('gridMembers'), filter: 0, tn: 1, td: 1, unmet: FAIL };
 * simpleStatus({ code: '533124101201', townshipCode: '533124101', gridMembers: 0 }, RURAL, d)
 * //=> FAIL
 * ```
 */
export function simpleStatus(unit: Unit, cls: number, d: SimpleCheck): number {
  const filter = d.filter;
  if (filter !== 0) {
    if (cls === UNCLASSIFIED) return CLASS_MISSING;
    if ((filter !== 2) !== (cls === URBAN)) return NOT_APPLICABLE;
    // Filter 3: urban communities other than 陇川农场's (farmCommunities 'exclude').
    if (filter === 3 && unit.townshipCode === FARM_CODE) return NOT_APPLICABLE;
  }
  const v = readField(unit, d.field);
  if (d.kind === 0) return v === undefined ? FIELD_MISSING : v ? PASS : d.unmet;
  if (d.kind === 1) return v === undefined ? FIELD_MISSING : (v as number) * d.td >= d.tn ? PASS : d.unmet;
  const workers = readField(unit, WORKERS) as number | undefined;
  if (workers === undefined) return v === undefined ? BOTH_MISSING : FIELD_MISSING;
  if (v === undefined) return OWN_MISSING;
  if (workers === 0) return NOT_APPLICABLE;
  return (v as number) >= workers ? PASS : d.unmet;
}

/**
 * Prepares a unit-level rule for one snapshot (its as-of date) and resolved options.
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * const factory: UnitCheckFactory = (snapshot, o) => check;
 * ```
 */
export type UnitCheckFactory = (snapshot: Snapshot, o: ResolvedRuleOptions) => UnitCheck;

const FACTORIES = new Map<string, UnitCheckFactory>();

/**
 * Define a unit-level rule from its prepared checks: registers the factory (for counting) and a runner that builds
 * one result per unit in snapshot order (for `check` and `checkRules`).
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * const rule = defineUnitRule(def, (snapshot, o) => check);
 * ```
 */
export function defineUnitRule(def: RuleCore, factory: UnitCheckFactory): CoreRule {
  if (def.scope !== 'unit' && def.scope !== 'facility') throw new Error(`rule ${def.id} is not unit-level`);
  FACTORIES.set(def.id, factory);
  return defineRule(def, (snapshot, o) => {
    const check = factory(snapshot, o);
    const by = o.classifyBy;
    const units = snapshot.units;
    const out: RuleResult[] = [];
    for (let i = 0; i < units.length; i++) {
      const unit = units[i] as Unit;
      out.push(check.build(unit, classCode(unit, by)));
    }
    return out;
  });
}

/**
 * The factory of a unit-level rule, or `undefined` for a rule of another scope.
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * [unitCheckFactory('t3-opening-hours') !== undefined, unitCheckFactory('p3-14-demonstration-villages')]
 * //=> [true, undefined]
 * ```
 */
export function unitCheckFactory(id: string): UnitCheckFactory | undefined {
  return FACTORIES.get(id);
}

/**
 * A filter as a code: 0 every unit, 1 urban units only, 2 rural units only, 3 urban units other than 陇川农场's.
 *
 * @internal
 * @clause P3.11
 * @example
 * ```ts
 * filterCode('urban')
 * //=> 1
 * ```
 */
export function filterCode(filter: UnitFilter): number {
  return filter === 'all' ? 0 : filter === 'urban' ? 1 : filter === 'rural' ? 2 : 3;
}

/** 陇川农场's township-level code (its four 社区居民委员会 are left out by filter 3). */
const FARM_CODE = '533124400';

/**
 * Whether a filter covers a unit, as a status code: -1 when covered (the rule judges the unit), `NOT_APPLICABLE`
 * when the unit is of the other kind, `MISSING | (1 << 3)` when its classification is unknown (missing list 1 is
 * always the classification field's).
 *
 * @internal
 * @clause P3.11
 * @example
 * ```ts
 * [coverCode(1, URBAN), coverCode(1, RURAL), coverCode(2, UNCLASSIFIED)]
 * //=> [-1, 3, 12]
 * ```
 */
export function coverCode(filter: number, cls: number): number {
  if (filter === 0) return -1;
  if (cls === UNCLASSIFIED) return CLASS_MISSING;
  return (filter === 1) === (cls === URBAN) ? -1 : NOT_APPLICABLE;
}

/**
 * `missing_data` naming the classification field (list 1 of every check that filters units).
 *
 * @category Evaluation · 评估
 */
export const CLASS_MISSING = MISSING | (1 << 3);
/** `missing_data` with list 2 (a simple check's field; `communityWorkers` for kind 2). */
const FIELD_MISSING = MISSING | (2 << 3);
/** `missing_data` with list 3 (kind 2: the covered field). */
const OWN_MISSING = MISSING | (3 << 3);
/** `missing_data` with list 4 (kind 2: both). */
const BOTH_MISSING = MISSING | (4 << 3);

/**
 * `missing_data` with list `i`.
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * missingCode(2)
 * //=> 20
 * ```
 */
export function missingCode(i: number): number {
  return MISSING | (i << 3);
}

/** The words for a unit filter. */
function filterWords(filter: number): { zh: string; en: string } {
  return filter === 3
    ? { zh: '城市社区（不含陇川农场的社区，选项 farmCommunities 为 exclude）', en: "urban communities (not 陇川农场's: option farmCommunities 'exclude')" }
    : filter === 1
    ? { zh: '城市社区', en: 'urban communities' }
    : filter === 2
      ? { zh: '农村社区（村）', en: 'rural communities (villages)' }
      : { zh: '村（社区）', en: 'villages and communities' };
}

/**
 * The `not_applicable` result for a unit a filter does not cover.
 *
 * @internal
 * @clause P3.11
 * @example
 * ```ts
 * filteredOut(getRule('p3-11-rural-auxiliary-police'), '533124101001', 2).status
 * //=> 'not_applicable'
 * ```
 */
export function filteredOut(def: RuleCore, code: string, filter: number): RuleResult {
  const w = filterWords(filter);
  return notApplicable(def, code, `本条只适用于${w.zh}`, `the rule applies to ${w.en} only`);
}

/**
 * The result of a `missing_data` code whose list is in the table.
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * missingFor(getRule('t3-opening-hours'), '533124101001', missingCode(1), [[], ['openingSchedule']], '≥8h').missing
 * //=> ['openingSchedule']
 * ```
 */
export function missingFor(def: RuleCore, code: string, status: number, table: readonly (readonly string[])[], expected: string | null): RuleResult {
  return missingResult(def, code, table[status >> 3] as readonly string[], expected);
}

const CLASS_LISTS = new Map<string, readonly string[]>();

/**
 * The shared, frozen list naming one field (the classification field, usually).
 *
 * @internal
 * @clause P3.11
 * @example
 * ```ts
 * fieldOnce('committeeType') === fieldOnce('committeeType')
 * //=> true
 * ```
 */
export function fieldOnce(field: string): readonly string[] {
  let list = CLASS_LISTS.get(field);
  if (list === undefined) CLASS_LISTS.set(field, (list = Object.freeze([field])));
  return list;
}

/**
 * An unused slot 0 of a missing table.
 *
 * @category Evaluation · 评估
 */
export const DYNAMIC: readonly string[] = Object.freeze([]);
