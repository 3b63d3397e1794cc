/**
 * The plan's targets, standards and commitments beyond the seven 专栏1 indicators, as rules: definitions (data) with
 * pure checks, the catalogue, the options that select a reading, and the opening-hours helpers of task 3.
 *
 * @module
 * @category Evaluation · 评估
 */
export type {
  Rule,
  RuleAppliesTo,
  RuleCadence,
  RuleComparator,
  RuleDefinition,
  RuleGap,
  RuleGapUnit,
  RuleInterpretation,
  RuleMeasure,
  RuleMeasureUnit,
  RuleResult,
  RuleResultBase,
  RuleResultJudged,
  RuleResultMissingData,
  RuleResultNotApplicable,
  RuleScope,
  RuleSeverity,
  RuleStatus,
  RuleThreshold,
} from './types';
export { DEFAULT_RULE_OPTIONS, type RuleOptions } from './RuleOptions';
export { RULE_IDS, isRuleId, type RuleId } from './RULE_IDS';
export { RULES, getRule, rulesForClause } from './RULES';
export { checkRules, checkRule } from './checkRules';
export { countUnitRules, mergeUnitRuleCounts } from './countUnitRules';
export type { UnitRuleCount, UnitRuleCounts } from './UnitRuleCounts';
export { UNIT_RULE_SUBJECT_LIMIT } from './_lib/tally';
export { mergeIntervals, type TimeInterval } from './openingHours/mergeIntervals';
export { parseWeeklySchedule, type DayOpening, type WeeklyOpening } from './openingHours/parseWeeklySchedule';
