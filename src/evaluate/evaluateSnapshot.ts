import { checkActions, actionRecordIssues, type ActionReport } from '../actions/checkActions';
import { INDICATORS } from '../indicators/INDICATORS';
import { computeIndicatorsWith } from '../indicators/computeIndicators';
import { formatAgainstPlainTarget } from '../indicators/_roundAgainst';
import type { IndicatorLevel, IndicatorResult } from '../indicators/IndicatorResult';
import { resolveOptions, type ResolvedOptions } from '../indicators/IndicatorOptions';
import { isRuleId } from '../rules/RULE_IDS';
import { PlanInputError } from '../_lib/PlanInputError';
import { PLAN } from '../plan/meta';
import { elapsedShare, type ElapsedShare } from '../period/elapsedShare';
import { parseCalendarDate } from '../period/parseCalendarDate';
import { resolveRuleOptions, type ResolvedRuleOptions, type RuleOptions } from '../rules/RuleOptions';
import { checkRulesParsed } from '../rules/checkRules';
import { ruleSnapshot } from '../rules/_lib/ruleSnapshot';
import { isUnitLevel, prepareUnitChecks, ruleOptionsRecord } from '../rules/prepareUnitChecks';
import { RULE_CORES } from '../rules/_RULE_CORES';
import type { RuleId } from '../rules/RULE_IDS';
import type { RuleResult } from '../rules/types';
import type { UnitRuleCount } from '../rules/UnitRuleCounts';
import type { PlanIssue } from '../snapshot/PlanIssue';
import type { RejectedUnit } from '../snapshot/safeParseSnapshot';
import { LONGCHUAN_CODE, type Snapshot } from '../snapshot/snapshotSchema';
import type { EvaluateOptions } from './EvaluateOptions';
import type { Evaluation, EvaluationRuleCounts, HeadlineIndicator } from './Evaluation';
import { finalizeRollup, rollUnits, type Rollup } from './_rollup';
import { summarize } from './summarize';
import { inCallerList } from './inCallerList';
import { describeValue } from '../_lib/describeValue';
import { resolveMeasuredBaselines, withMeasuredBaseline, type BaselineIndicatorId } from './measuredBaselines';
import type { Formula } from '../indicators/_formula';
import { applyCoverage, resolveCoverageOptions, ruleWithAbsentUnits, withAbsentUnits, ABSENT_UNIT_FIELD, type Covered } from './coverage';

const ALL_LEVELS = ['county', 'township', 'unit'] as const;
const SUMMARY_LEVELS = ['county', 'township'] as const;
// Options that belong to evaluate itself or to the indicators only; every other key is a rule option, and the rules
// reject a key they do not know (a misspelt option is an error, not a silent default).
const NOT_RULE_OPTIONS = new Set([
  'asOf',
  'rules',
  'levels',
  'indicatorPlaces',
  'commercialShareScope',
  'urbanPopulationSource',
  'detail',
  'scope',
  'allowUnregisteredUnits',
  'measuredBaselines',
]);

function ruleOptionsOf(options: EvaluateOptions | undefined): RuleOptions | undefined {
  if (options === undefined) return undefined;
  // No prototype: a caller's key `__proto__` stays an own key (and an unknown option), never a prototype change.
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(options)) if (!NOT_RULE_OPTIONS.has(k)) out[k] = v;
  return out as RuleOptions;
}

/**
 * What validation found, when the caller validated (used by `evaluate`).
 *
 * @category Evaluation · 评估
 */
export type InputReport = { readonly issues: readonly PlanIssue[]; readonly rejected: readonly RejectedUnit[]; readonly units: number };

/**
 * Evaluate an already validated snapshot (the output of `parseSnapshot`): the same as {@link evaluate} without the
 * validation step, for callers who parse once and evaluate many times.
 *
 * With `detail: 'summary'` the unit-level rules are counted (`ruleCounts`) instead of listed, and indicators are
 * reported for the county and the townships only: one pass over the units that allocates nothing per unit, for
 * dashboards over every village-level unit of a province or of China.
 *
 * @param snapshot - A validated snapshot.
 * @param options - As-of date, rounding, readings, which rules and levels, and how much detail.
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
 * @category Evaluation · 评估
 */
export function evaluateSnapshot(
  snapshot: Snapshot,
  options?: EvaluateOptions,
  input?: { readonly issues: readonly PlanIssue[]; readonly rejected: readonly RejectedUnit[]; readonly units: number },
): Evaluation {
  // A snapshot parseSnapshot produced is taken as it is; anything else is parsed and must be clean (a PlanInputError
  // names the first problem), so that no verdict comes from a value that was not understood.
  const covered = applyCoverage(ruleSnapshot(snapshot), resolveCoverageOptions(options), input);
  const run = prepareRun(covered.snapshot, options, covered);
  const report: InputReport = { issues: covered.issues, rejected: covered.rejected, units: input?.units ?? snapshot.units.length };
  if (run.detail === 'summary') {
    // Stryker disable next-line OptionalChaining: a summary run always has options (its detail: 'summary' is one)
    const checks = prepareUnitChecks(run.dated, run.ruleOptions, options?.rules);
    return summaryEvaluation(run, rollUnits(run.dated, run.indicatorOptions, checks), report);
  }
  return fullEvaluation(run, report);
}

/**
 * Everything an evaluation works out from its options before looking at the units.
 *
 * @category Evaluation · 评估
 */
export interface Run {
  readonly snapshot: Snapshot;
  /** The snapshot with the as-of date in force. */
  readonly dated: Snapshot;
  readonly asOf: string;
  /** How much of the plan period has elapsed on `asOf`. */
  readonly share: ElapsedShare;
  readonly options: EvaluateOptions | undefined;
  readonly indicatorOptions: ResolvedOptions;
  readonly ruleInput: RuleOptions | undefined;
  readonly ruleOptions: ResolvedRuleOptions;
  readonly levels: readonly IndicatorLevel[];
  readonly places: number;
  readonly detail: 'full' | 'summary';
  /** What the registry check found (coverage, the absent units by kind). */
  readonly covered: Pick<Covered, 'coverage' | 'absentKinds'>;
  /** Measured 2020 baselines given by the caller, by indicator. */
  readonly baselines: ReadonlyMap<BaselineIndicatorId, { readonly value: string; readonly formula: Formula }>;
}

/**
 * Resolve and check the options of a run.
 *
 * @internal
 */
export function prepareRun(
  snapshot: Snapshot,
  options: EvaluateOptions | undefined,
  covered: Pick<Covered, 'coverage' | 'absentKinds'> = { coverage: null, absentKinds: new Map() },
): Run {
  const { asOf, share } = dated(options?.asOf ?? snapshot.asOf);
  const datedSnapshot: Snapshot = asOf === snapshot.asOf ? snapshot : { ...snapshot, asOf };
  const detail = options?.detail ?? 'full';
  if (detail !== 'full' && detail !== 'summary') {
    throw new PlanInputError({
      code: 'invalid_option',
      path: ['detail'],
      messageZh: `选项 detail 应为 full、summary 之一，实际为 ${describeValue(detail)}`,
      messageEn: `option detail must be one of full, summary, got ${describeValue(detail)}`,
    });
  }
  checkListOption('levels', options?.levels, (v) => v === 'county' || v === 'township' || v === 'unit', 'county、township、unit', 'county, township, unit');
  checkListOption('rules', options?.rules, isRuleId, '规则编号（RULE_IDS）', 'rule IDs (RULE_IDS)');
  const places = options?.indicatorPlaces ?? 1;
  if (!Number.isInteger(places) || places < 0 || places > 20) {
    throw new PlanInputError({
      code: 'invalid_option',
      path: ['indicatorPlaces'],
      messageZh: `选项 indicatorPlaces 应为0—20的整数，实际为 ${describeValue(places)}`,
      messageEn: `option indicatorPlaces must be a whole number 0–20, got ${describeValue(places)}`,
    });
  }
  const levels = options?.levels ?? (detail === 'summary' ? SUMMARY_LEVELS : ALL_LEVELS);
  if (detail === 'summary' && levels.includes('unit')) {
    throw new PlanInputError({
      code: 'invalid_option',
      path: ['levels'],
      messageZh: 'detail 为 summary 时只报告县级和乡级指标：levels 不能含 unit',
      messageEn: "detail 'summary' reports indicators for the county and the townships only: leave 'unit' out of levels",
    });
  }
  const ruleInput = ruleOptionsOf(options);
  return {
    snapshot,
    dated: datedSnapshot,
    asOf,
    share,
    options,
    indicatorOptions: resolveOptions(withScopedPopulation(options, covered.coverage)),
    ruleInput,
    ruleOptions: resolveRuleOptions(ruleInput),
    levels,
    places,
    detail,
    covered,
    baselines: resolveMeasuredBaselines(options?.measuredBaselines),
  };
}

/**
 * P1.7's denominator under a scope narrower than the county: the county's 城镇常住人口 does not describe one township's
 * own data or the units given, so unless the caller chose a source, the region's figure is the sum of its communities'
 * residents (`urbanPopulationSource: 'units'`), as the township and unit figures are.
 */
function withScopedPopulation(options: EvaluateOptions | undefined, coverage: Covered['coverage']): EvaluateOptions | undefined {
  if (coverage === null || coverage.scope === 'county' || options?.urbanPopulationSource !== undefined) return options;
  return { ...options, urbanPopulationSource: 'units' };
}

/** A list option must be an array of allowed values; otherwise a PlanInputError names the option and the value. */
function checkListOption(name: string, list: unknown, ok: (v: unknown) => boolean, allowedZh: string, allowedEn: string): void {
  if (list === undefined) return;
  if (Array.isArray(list) && list.every(ok)) return;
  const bad = Array.isArray(list) ? list.find((v) => !ok(v)) : list;
  throw new PlanInputError({
    code: 'invalid_option',
    path: [name],
    messageZh: `选项 ${name} 应为由 ${allowedZh} 组成的列表，含有无效值 ${describeValue(bad)}`,
    messageEn: `option ${name} must be a list of ${allowedEn}; invalid value ${describeValue(bad)}`,
  });
}

// Validated as-of dates and their elapsed shares, by the string given: a dashboard evaluates the same date again and
// again, and parsing a date is a noticeable part of a small evaluation. At most 256 entries.
const DATES = new Map<string, { readonly asOf: string; readonly share: ElapsedShare }>();

function dated(value: unknown): { readonly asOf: string; readonly share: ElapsedShare } {
  if (typeof value === 'string') {
    const hit = DATES.get(value);
    if (hit !== undefined) return hit;
  }
  const asOf = parseCalendarDate(value, 'asOf');
  const entry = { asOf, share: elapsedShare(asOf) };
  if (typeof value === 'string') {
    if (DATES.size >= 256) DATES.clear();
    DATES.set(value, entry);
  }
  return entry;
}

/** The options record of an evaluation and of a summary partial's indicator readings. */
function indicatorReadings(io: ResolvedOptions): Record<string, string> {
  return {
    classifyBy: io.classifyBy,
    commercialShareScope: io.newOnly ? 'new_urban' : 'urban',
    urbanPopulationSource: io.countyPopulation ? 'county' : 'units',
    farmCommunities: io.excludeFarm ? 'exclude' : 'include',
  };
}

/**
 * The readings a summary partial records (the indicators' and the rules'), every default filled in.
 *
 * @internal
 */
export function partialOptions(run: Run): Record<string, string | number | boolean> {
  const { urbanPopulationSource: _finalizeOnly, ...indicatorPart } = indicatorReadings(run.indicatorOptions);
  return { ...indicatorPart, ...ruleOptionsRecord(run.ruleOptions) };
}

function fullEvaluation(run: Run, input: InputReport | undefined): Evaluation {
  const { dated, asOf, options, levels } = run;
  const io = run.indicatorOptions;
  const units = new Map<string, Set<string>>();
  const noteUnit = (field: string, code: string) => {
    let s = units.get(field);
    if (s === undefined) units.set(field, (s = new Set()));
    s.add(code);
  };
  const computed = computeIndicatorsWith(
    dated,
    {
      classifyBy: io.classifyBy,
      commercialShareScope: io.newOnly ? 'new_urban' : 'urban',
      urbanPopulationSource: io.countyPopulation ? 'county' : 'units',
      farmCommunities: io.excludeFarm ? 'exclude' : 'include',
      levels,
      asOf,
    },
    { note: (unit, field) => noteUnit(field, unit) },
  );
  const indicators: IndicatorResult[] = [...computed.county];
  for (const list of Object.values(computed.townships)) for (const r of list) indicators.push(r);
  for (const list of Object.values(computed.units)) for (const r of list) indicators.push(r);

  const rules = checkRulesParsed(dated, run.ruleInput, options?.rules);
  const unitLevel = (r: RuleResult) => isUnitLevel(r.ruleId);
  for (const r of rules) if (r.status === 'missing_data' && unitLevel(r)) for (const f of r.missing) noteUnit(f, r.subject);
  const missingUnits: Record<string, number> = {};
  for (const [field, s] of units) missingUnits[field] = s.size;

  // The headline is always the county level, even when `levels` leaves it out of `indicators`.
  // Stryker disable next-line StringLiteral: computing the county level again gives the same results; it only saves work
  const county = levels.includes('county')
    ? computed.county
    : computeIndicatorsWith(dated, { ...options, levels: ['county'], asOf }, undefined).county;
  return assemble(run, input, county, indicators, rules, [], missingUnits, unitLevel, undefined);
}

/**
 * The evaluation of a run whose unit-level part is the roll-up.
 *
 * @internal
 */
export function summaryEvaluation(run: Run, rollup: Rollup, input: InputReport | undefined): Evaluation {
  const { dated, levels, options } = run;
  const io = run.indicatorOptions;
  const finalized = finalizeRollup(rollup, {
    share: run.share,
    region: dated.regionCode ?? LONGCHUAN_CODE,
    countyPopulation: io.countyPopulation,
    county: dated.county,
    townshipResults: levels.includes('township'),
  });
  const indicators: IndicatorResult[] = levels.includes('county') ? [...finalized.county] : [];
  for (const r of finalized.townships) indicators.push(r);
  // Stryker disable next-line OptionalChaining: a summary run always has options (its detail: 'summary' is one)
  const others = otherRules(options?.rules);
  const rules = others.length === 0 ? [] : checkRulesParsed(dated, run.ruleInput, others);
  return assemble(run, input, finalized.county, indicators, rules, finalized.unitTotals, rollup.missingUnits, () => false, finalized.ruleCounts);
}

/** The 2020 baseline a headline indicator's progress was judged from: the caller's measured one, else the plan's. */
function baselineOf(id: string, plan: string | undefined, run: Run): HeadlineIndicator['baseline'] {
  const measured = run.baselines.get(id as BaselineIndicatorId);
  if (measured !== undefined) return { value: measured.value, source: 'measured' };
  return plan === undefined ? null : { value: plan, source: 'plan' };
}

/** The rules of a run that are not unit-level, in catalogue order. */
function otherRules(only: readonly RuleId[] | undefined): RuleId[] {
  const wanted = only === undefined ? undefined : new Set<string>(only);
  return RULE_CORES.filter((r) => !isUnitLevel(r.id) && (wanted === undefined || wanted.has(r.id))).map((r) => r.id);
}

function assemble(
  run: Run,
  input: InputReport | undefined,
  county: readonly IndicatorResult[],
  indicators: IndicatorResult[],
  rules: RuleResult[],
  unitTotals: readonly UnitRuleCount[],
  missingUnits: Readonly<Record<string, number>>,
  unitLevel: (r: RuleResult) => boolean,
  ruleCounts: EvaluationRuleCounts | undefined,
): Evaluation {
  const { snapshot, dated, asOf, options, levels, places, ruleOptions } = run;
  const { coverage, absentKinds } = run.covered;
  if (run.baselines.size > 0) {
    // A measured 2020 baseline draws the straight line from the county's own figure instead of the plan's.
    county = county.map((r) => withMeasuredBaseline(r, run.baselines, run.share));
    indicators = indicators.map((r) => withMeasuredBaseline(r, run.baselines, run.share));
  }
  if (absentKinds.size > 0) {
    // Registered units left out: every county and township figure that would have added them up is incomplete.
    county = county.map((r) => withAbsentUnits(r, absentKinds));
    indicators = indicators.map((r) => withAbsentUnits(r, absentKinds));
    rules = rules.map((r) => ruleWithAbsentUnits(r, coverage));
    missingUnits = { ...missingUnits, [ABSENT_UNIT_FIELD]: absentKinds.size };
  }
  const actions: ActionReport[] = checkActions(dated);
  const parseIssues = input?.issues ?? [];
  const issues = [...parseIssues, ...inCallerList(actionRecordIssues(dated), parseIssues, 'actions')];
  const headline: HeadlineIndicator[] = county.map((r, i) => {
    const def = INDICATORS[i]!;
    return {
      id: r.id,
      clause: r.clause,
      nameZh: def.nameZh,
      nameEn: def.nameEn,
      value: r.value,
      display: r.value === null ? null : formatAgainstPlainTarget(r.value, r.target, { places, mode: ruleOptions.rounding }),
      target: r.target,
      baseline: baselineOf(def.id, def.baseline?.value, run),
      attribute: def.attribute,
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
      ...indicatorReadings(run.indicatorOptions),
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
      detail: run.detail,
      measuredBaselines: [...run.baselines].map(([id, b]) => `${id}=${b.value}`),
      scope: coverage === null ? 'county' : coverage.scope === 'township' ? coverage.subject : coverage.scope,
      allowUnregisteredUnits: options?.allowUnregisteredUnits ?? false,
    },
    input: {
      units: input?.units ?? snapshot.units.length,
      evaluated: snapshot.units.length,
      rejected: input?.rejected ?? [],
      issues,
      coverage,
    },
    headline,
    indicators,
    rules,
    ...(ruleCounts === undefined ? {} : { ruleCounts }),
    actions,
    summary: summarize(county, rules, actions, unitTotals, missingUnits, unitLevel),
  };
}
