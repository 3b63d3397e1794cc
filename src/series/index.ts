/**
 * The plan evaluated year by year: annual snapshots side by side, for the final assessment (终期评估).
 *
 * @module
 * @category Evaluation · 评估
 */
export { evaluateSeries } from './evaluateSeries';
export type { SeriesOptions } from './SeriesOptions';
export type {
  SeriesAction,
  SeriesChange,
  SeriesEvaluation,
  SeriesIndicator,
  SeriesPoint,
  SeriesReading,
  SeriesRule,
  SeriesYearData,
} from './SeriesEvaluation';
