/**
 * One call to evaluate a county's data against the whole plan.
 *
 * @module
 */
export { evaluate } from './evaluate';
export { evaluateSnapshot } from './evaluateSnapshot';
export type { EvaluateOptions } from './EvaluateOptions';
export type { Evaluation, EvaluationInput, EvaluationSummary, HeadlineIndicator } from './Evaluation';
export { evaluationJsonSchema } from './evaluationJsonSchema';
