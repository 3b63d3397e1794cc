/**
 * The seven main indicators of 专栏1: definitions (data), exact formulas, roll-up through plain-JSON partials,
 * progress and gap to the 2025 targets, and display rounding.
 *
 * @module
 */
export { INDICATOR_IDS, isIndicatorId, type IndicatorId } from './INDICATOR_IDS';
export type {
  IndicatorBaseline,
  IndicatorClause,
  IndicatorDefinition,
  IndicatorOptionName,
  IndicatorSource,
  IndicatorTarget,
  IndicatorUnit,
} from './IndicatorDefinition';
export { INDICATORS } from './INDICATORS';
export { getIndicator } from './getIndicator';
export type { IndicatorOptions } from './IndicatorOptions';
export { MISSING_LIST_LIMIT, type IndicatorPartial, type MissingField, type PartialSums } from './IndicatorPartial';
export type {
  IndicatorLevel,
  IndicatorPartialFigures,
  IndicatorProgress,
  IndicatorResult,
  IndicatorResultBase,
  IndicatorResultMissingData,
  IndicatorResultNotApplicable,
  IndicatorResultOk,
  IndicatorStatus,
  ProgressStatus,
} from './IndicatorResult';
export { emptyPartial } from './emptyPartial';
export { unitPartial } from './unitPartial';
export { mergePartials } from './mergePartials';
export { finalizePartial, type FinalizeContext } from './finalizePartial';
export { expectedValue } from './expectedValue';
export { formatIndicatorValue, type FormatIndicatorValueOptions } from './formatIndicatorValue';
export { computeIndicator, type ComputeIndicatorOptions } from './computeIndicator';
export { computeIndicators, type ComputeIndicatorsOptions, type IndicatorResults } from './computeIndicators';
export { formatAgainstTarget } from './formatAgainstTarget';
