import type { EvaluateOptions } from '../evaluate/EvaluateOptions';

/**
 * Options of {@link evaluateSeries}: every option of `evaluate` except `asOf` (each year is judged on its own
 * snapshot's date), applied alike to every year, plus the names of the snapshots for error messages.
 *
 * @clause S4
 * @example
 * ```ts
 * const options: SeriesOptions = { scope: 'units', sources: ['2021.json', '2022.json'] };
 * ```
 * @category Evaluation · 评估
 */
export interface SeriesOptions extends Omit<EvaluateOptions, 'asOf'> {
  /**
   * What to call each snapshot in an error message, in the order given (file names, say); default `snapshots[0]`,
   * `snapshots[1]`, ….
   */
  readonly sources?: readonly string[];
}
