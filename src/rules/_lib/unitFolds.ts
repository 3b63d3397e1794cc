/**
 * County rules whose figure adds up every village-level unit (day care P3.2, village plans P3.16, training T11), as a
 * fold: a small accumulator each unit is added into, mergeable across disjoint sets of units, and a finish step that
 * words the result. A stream of units is judged with them without holding the units: `evaluateStream` folds each unit
 * as it passes and hands the accumulators to the rule through {@link withFoldedUnits}.
 *
 * @internal
 * @module
 */
import type { Snapshot } from '../../snapshot/snapshotSchema';
import type { Unit } from '../../snapshot/unitSchema';
import type { ResolvedRuleOptions } from '../RuleOptions';
import type { RuleResult } from '../types';
import { type CoreRule, defineRule, type RuleCore } from './rule';

/**
 * A county rule over the units, as init → add (per unit) → merge → finish.
 *
 * @internal
 * @clause P3.2
 * @example
 * ```ts
 * const fold: UnitFold<{ n: number }> = { init: () => ({ n: 0 }), add: (a) => void a.n++, merge: (a, b) => ({ n: a.n + b.n }), finish: () => [] };
 * ```
 */
export interface UnitFold<A> {
  /** An empty accumulator for a run (its options resolved). */
  readonly init: (snapshot: Snapshot, o: ResolvedRuleOptions) => A;
  /** Add one unit (in any order). */
  readonly add: (acc: A, unit: Unit) => void;
  /** The accumulator of two disjoint sets of units (associative and commutative). */
  readonly merge: (a: A, b: A) => A;
  /** The rule's results from the accumulator of all the units. */
  readonly finish: (acc: A, snapshot: Snapshot, o: ResolvedRuleOptions) => RuleResult[];
}

const FOLDS = new Map<string, UnitFold<unknown>>();
const FOLDED = new WeakMap<object, ReadonlyMap<string, unknown>>();

/**
 * Define a county rule from its fold: its runner folds the snapshot's units, unless accumulators were given for this
 * snapshot object ({@link withFoldedUnits}).
 *
 * @internal
 * @clause P3.2
 * @example
 * ```ts
 * const rule = defineFoldRule(def, fold);
 * ```
 */
export function defineFoldRule<A>(def: RuleCore, fold: UnitFold<A>): CoreRule {
  FOLDS.set(def.id, fold as UnitFold<unknown>);
  return defineRule(def, (snapshot, o) => {
    const given = FOLDED.get(snapshot);
    if (given !== undefined && given.has(def.id)) return fold.finish(given.get(def.id) as A, snapshot, o);
    const acc = fold.init(snapshot, o);
    for (const u of snapshot.units) fold.add(acc, u);
    return fold.finish(acc, snapshot, o);
  });
}

/**
 * The fold of a county rule that adds up the units, or `undefined` for any other rule.
 *
 * @internal
 * @clause P3.2
 * @example
 * ```ts
 * [unitFold('p3-2-day-care-coverage') !== undefined, unitFold('p3-14-demonstration-villages')]
 * //=> [true, undefined]
 * ```
 */
export function unitFold(id: string): UnitFold<unknown> | undefined {
  return FOLDS.get(id);
}

/**
 * Give the county rules of `snapshot` (this object only) their units already folded, by rule ID: the rules read the
 * accumulators instead of `snapshot.units`. Returns the snapshot.
 *
 * @internal
 * @clause P3.2
 * @example
 * ```ts
 * withFoldedUnits(header, new Map([['p3-2-day-care-coverage', acc]]));
 * ```
 */
export function withFoldedUnits<T extends Snapshot>(snapshot: T, folded: ReadonlyMap<string, unknown>): T {
  FOLDED.set(snapshot, folded);
  return snapshot;
}
