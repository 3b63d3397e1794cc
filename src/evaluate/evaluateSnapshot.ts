import { checkActions, actionRecordIssues } from '../actions/checkActions';
import { INDICATORS } from '../indicators/INDICATORS';
import { computeIndicators } from '../indicators/computeIndicators';
import { formatIndicatorValue } from '../indicators/formatIndicatorValue';
import type { IndicatorResult } from '../indicators/IndicatorResult';
import { resolveOptions } from '../indicators/IndicatorOptions';
import { PLAN } from '../plan/meta';
import { parseCalendarDate } from '../period/parseCalendarDate';
import { resolveRuleOptions, type RuleOptions } from '../rules/RuleOptions';
import { checkRules } from '../rules/checkRules';
import type { PlanIssue } from '../snapshot/PlanIssue';
import type { RejectedUnit } from '../snapshot/safeParseSnapshot';
import { LONGCHUAN_CODE, type Snapshot } from '../snapshot/snapshotSchema';
import type { EvaluateOptions } from './EvaluateOptions';
import type { Evaluation, HeadlineIndicator } from './Evaluation';
import { summarize } from './summarize';

const ALL_LEVELS = ['county', 'township', 'unit'] as const;
// Options that belong to evaluate itself or to the indicators only; every other key is a rule option, and the rules
// reject a key they do not know (a misspelt option is an error, not a silent default).
const NOT_RULE_OPTIONS = new Set(['asOf', 'rules', 'levels', 'indicatorPlaces', 'commercialShareScope', 'urbanPopulationSource']);

function ruleOptionsOf(options: EvaluateOptions | undefined): RuleOptions | undefined {
  if (options === undefined) return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(options)) if (!NOT_RULE_OPTIONS.has(k)) out[k] = v;
  return out as RuleOptions;
}

/**
 * Evaluate an already validated snapshot (the output of `parseSnapshot`): the same as {@link evaluate} without the
 * validation step, for callers who parse once and evaluate many times.
 *
 * @param snapshot - A validated snapshot.
 * @param options - As-of date, rounding, readings, which rules and levels.
 * @param input - What validation found, when the caller validated (used by {@link evaluate}).
 * @throws `PlanInputError` for an invalid option or as-of date.
 * @clause P1.1
 * @clause S4
 * @example
 * ```ts
 * const snapshot = parseSnapshot({ asOf: '2024-12-31', units: [] });
 * evaluateSnapshot(snapshot, { levels: ['county'] }).indicators.length
 * //=> 7
 * ```
 */
export function evaluateSnapshot(
  snapshot: Snapshot,
  options?: EvaluateOptions,
  input?: { readonly issues: readonly PlanIssue[]; readonly rejected: readonly RejectedUnit[]; readonly units: number },
): Evaluation {
  const asOf = parseCalendarDate(options?.asOf ?? snapshot.asOf, 'asOf');
  const dated: Snapshot = asOf === snapshot.asOf ? snapshot : { ...snapshot, asOf };
  const indicatorOptions = resolveOptions(options);
  const ruleInput = ruleOptionsOf(options);
  const ruleOptions = resolveRuleOptions(ruleInput);
  const levels = options?.levels ?? ALL_LEVELS;
  const places = options?.indicatorPlaces ?? 1;

  const computed = computeIndicators(dated, {
    classifyBy: indicatorOptions.classifyBy,
    commercialShareScope: indicatorOptions.newOnly ? 'new_urban' : 'urban',
    urbanPopulationSource: indicatorOptions.countyPopulation ? 'county' : 'units',
    levels,
    asOf,
  });
  const indicators: IndicatorResult[] = [...computed.county];
  for (const list of Object.values(computed.townships)) for (const r of list) indicators.push(r);
  for (const list of Object.values(computed.units)) for (const r of list) indicators.push(r);

  const rules = checkRules(dated, ruleInput, options?.rules);
  const actions = checkActions(dated);
  const issues = [...(input?.issues ?? []), ...actionRecordIssues(dated)];

  // The headline is always the county level, even when `levels` leaves it out of `indicators`.
  const county = levels.includes('county')
    ? computed.county
    : computeIndicators(dated, { ...options, levels: ['county'], asOf }).county;
  const headline: HeadlineIndicator[] = county.map((r, i) => {
    const def = INDICATORS[i]!;
    return {
      id: r.id,
      clause: r.clause,
      nameZh: def.nameZh,
      nameEn: def.nameEn,
      value: r.value,
      display: r.value === null ? null : formatIndicatorValue(r.value, { places, mode: ruleOptions.rounding }),
      target: r.target,
      meetsTarget: r.meetsTarget,
      progress: r.progress.status,
      gap: r.gap,
    };
  });

  return {
    schemaVersion: 1,
    plan: { titleZh: PLAN.titleZh, titleEn: PLAN.titleEn, start: PLAN.period.start, end: PLAN.period.end },
    asOf,
    region: snapshot.regionCode ?? LONGCHUAN_CODE,
    options: {
      asOf,
      classifyBy: indicatorOptions.classifyBy,
      commercialShareScope: indicatorOptions.newOnly ? 'new_urban' : 'urban',
      urbanPopulationSource: indicatorOptions.countyPopulation ? 'county' : 'units',
      undatedTargets: ruleOptions.undatedTargets,
      openingHoursBasis: ruleOptions.openingHoursBasis,
      surveyWindow: ruleOptions.surveyWindow,
      farmCountsAsTownship: ruleOptions.farmCountsAsTownship,
      dayCareCommunities: ruleOptions.dayCareCommunities,
      fitnessCircleCommunities: ruleOptions.fitnessCircleCommunities,
      socialWorkerCommunities: ruleOptions.socialWorkerCommunities,
      communityWorkerUnits: ruleOptions.communityWorkerUnits,
      volunteerPopulation: ruleOptions.volunteerPopulation,
      socialWorkPopulation: ruleOptions.socialWorkPopulation,
      relocationThreshold: ruleOptions.relocationThreshold,
      oneShoulderTrend: ruleOptions.oneShoulderTrend,
      rounding: ruleOptions.rounding,
      places: ruleOptions.places,
      indicatorPlaces: places,
      rules: options?.rules ? [...options.rules] : 'all',
      levels: [...levels],
    },
    input: {
      units: input?.units ?? snapshot.units.length,
      evaluated: snapshot.units.length,
      rejected: input?.rejected ?? [],
      issues,
    },
    headline,
    indicators,
    rules,
    actions,
    summary: summarize(county, rules, actions),
  };
}
