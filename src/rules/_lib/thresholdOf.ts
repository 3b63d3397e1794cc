/**
 * The threshold of a rule that compares a number.
 *
 * @internal
 * @module
 */
import type { RuleThreshold } from '../types';
import type { RuleCore } from './rule';

/**
 * The threshold a numeric rule reads its number, unit and printed words from. Every such rule's definition carries
 * one, so the runners hold no fallback numbers of their own; a definition without one is a programming error.
 *
 * @internal
 * @clause T3
 * @example
 * ```ts
 * thresholdOf(getRule('t3-opening-hours'))
 * //=> { comparator: 'at_least', value: '8', unit: 'hours_per_day', printed: '每天8小时' }
 * ```
 */
export function thresholdOf(def: RuleCore): RuleThreshold {
  const threshold = def.threshold;
  if (threshold === undefined) throw new Error(`rule ${def.id} needs a threshold`);
  return threshold;
}
