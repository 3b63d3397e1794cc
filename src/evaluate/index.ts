/**
 * One call to evaluate a county's data against the whole plan.
 *
 * @module
 * @category Evaluation · 评估
 */
export { evaluate } from './evaluate';
export { evaluateSnapshot } from './evaluateSnapshot';
export type { EvaluateOptions } from './EvaluateOptions';
export type { Evaluation, EvaluationCoverage, EvaluationInput, EvaluationRuleCounts, EvaluationSummary, HeadlineIndicator, TownshipRuleCount } from './Evaluation';
export type { SummaryPartial, TownshipSummaryPartial } from './SummaryPartial';
export { summarizeUnits } from './summarizeUnits';
export { mergeSummaries } from './mergeSummaries';
export { evaluateFromSummary } from './evaluateFromSummary';
export { evaluateStream, type EvaluateStreamOptions } from './evaluateStream';
export { findDuplicateUnitCodes } from './findDuplicateUnitCodes';
export type { EvaluationStreamItem, StreamedEvaluation, StreamedRejection, StreamedUnit } from './EvaluationStreamItem';
export { evaluationJsonSchema } from './evaluationJsonSchema';
export { findIndicatorResult } from './findIndicatorResult';
export { findRuleResult } from './findRuleResult';
export { resultsForClause } from './resultsForClause';
