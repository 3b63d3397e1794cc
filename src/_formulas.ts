/**
 * Build entry, not a public import path: the indicator definitions and formulas, without zod, the rules or
 * decimal.js. tsup builds it as a third entry (and the package leaves its output out), only so that esbuild puts
 * these modules in a chunk of their own: a bundler that imports just the formulas from `dist/index.js` then drops
 * the chunks holding the schemas and the rules whole (the package declares no side effects for them), which
 * statement-level tree-shaking alone could not do (rule definitions register their runners).
 *
 * @internal
 * @module
 */
export { INDICATORS } from './indicators/INDICATORS';
export { INDICATOR_IDS, isIndicatorId } from './indicators/INDICATOR_IDS';
export { getIndicator } from './indicators/getIndicator';
export { MISSING_LIST_LIMIT } from './indicators/IndicatorPartial';
export { emptyPartial } from './indicators/emptyPartial';
export { unitPartial } from './indicators/unitPartial';
export { mergePartials } from './indicators/mergePartials';
export { finalizePartial } from './indicators/finalizePartial';
export { expectedValue } from './indicators/expectedValue';
export { computeIndicator } from './indicators/computeIndicator';
export { computeIndicators } from './indicators/computeIndicators';
