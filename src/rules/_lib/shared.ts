/**
 * Quotes and readings shared by rules of different scopes.
 *
 * @internal
 * @module
 */
import type { RuleInterpretation } from '../types';

/**
 * The elderly-care sentence of 专栏3 item 2, quoted by the township and the county rule.
 *
 * @internal
 * @clause P3.2
 * @example
 * ```ts
 * ELDERLY_CENTRE_QUOTE.startsWith('力争2025年')
 * //=> true
 * ```
 */
export const ELDERLY_CENTRE_QUOTE = '力争2025年，各乡镇至少建有1个具备综合功能的养老服务中心，50%以上的乡镇建有区域性养老服务中心';

/**
 * The reading of 乡镇 shared by the 专栏3 item 2 rules (the farm is not counted by default).
 *
 * @internal
 * @clause P3.2
 * @example
 * ```ts
 * FARM_NOTE.option
 * //=> 'farmCountsAsTownship'
 * ```
 */
export const FARM_NOTE: RuleInterpretation = {
  noteZh:
    '此句只写“乡镇”。规划凡包括农场处都写明“乡镇（农场）”或“9个乡镇、1个农场”，故默认不计陇川农场（9个乡镇）；可选把农场计入（10个）。',
  noteEn:
    'The sentence says 乡镇 only. Wherever the plan means the farm too it says so (“乡镇（农场）”, “9个乡镇、1个农场”), so by default ' +
    'the state farm is not counted (nine 乡镇); optionally it is (ten).',
  option: 'farmCountsAsTownship',
  default: 'false',
  alternatives: ['true'],
};

