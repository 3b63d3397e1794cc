/**
 * The unit-level rules of a run, prepared for one snapshot and options.
 *
 * @internal
 * @module
 */
import type { Snapshot } from '../snapshot/snapshotSchema';
import { unitCheckFactory, type UnitCheck } from './_lib/unitCheck';
import type { ResolvedRuleOptions } from './RuleOptions';
import { RULE_CORES, ruleCoreOf } from './_RULE_CORES';
import type { RuleId } from './RULE_IDS';

/**
 * Whether a rule gives one result per village-level unit (scope `'unit'` or `'facility'`).
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * [isUnitLevel('t3-opening-hours'), isUnitLevel('p3-14-demonstration-villages')]
 * //=> [true, false]
 * ```
 */
export function isUnitLevel(id: RuleId): boolean {
  return unitCheckFactory(id) !== undefined;
}

/**
 * The unit-level rules among `only` (all rules when left out), prepared, in catalogue order.
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * prepareUnitChecks(parseSnapshot({ asOf: '2024-12-31', units: [] }), resolveRuleOptions(undefined)).length
 * //=> 24
 * ```
 */
export function prepareUnitChecks(snapshot: Snapshot, o: ResolvedRuleOptions, only?: readonly RuleId[]): UnitCheck[] {
  const wanted = only === undefined ? undefined : new Set<string>(only.map((id) => ruleCoreOf(id).id));
  const out: UnitCheck[] = [];
  for (const rule of RULE_CORES) {
    if (wanted !== undefined && !wanted.has(rule.id)) continue;
    const factory = unitCheckFactory(rule.id);
    if (factory !== undefined) out.push(factory(snapshot, o));
  }
  return out;
}

/**
 * The options record of a run (every rule option resolved), as written in results and partials.
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * ruleOptionsRecord(resolveRuleOptions(undefined)).classifyBy
 * //=> 'committee'
 * ```
 */
export function ruleOptionsRecord(o: ResolvedRuleOptions): Record<string, string | number | boolean> {
  return {
    classifyBy: o.classifyBy,
    undatedTargets: o.undatedTargets,
    openingHoursBasis: o.openingHoursBasis,
    surveyWindow: o.surveyWindow,
    farmCountsAsTownship: o.farmCountsAsTownship,
    farmCommunities: o.farmCommunities,
    dayCareCommunities: o.dayCareCommunities,
    fitnessCircleCommunities: o.fitnessCircleCommunities,
    socialWorkerCommunities: o.socialWorkerCommunities,
    communityWorkerUnits: o.communityWorkerUnits,
    volunteerPopulation: o.volunteerPopulation,
    socialWorkPopulation: o.socialWorkPopulation,
    relocationThreshold: o.relocationThreshold,
    oneShoulderTrend: o.oneShoulderTrend,
    rounding: o.rounding,
    places: o.places,
  };
}
