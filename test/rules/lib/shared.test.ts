/**
 * Direct tests of src/rules/_lib/shared.ts: the quote is verbatim in the plan text (docs/plan/plan.zh.txt), and the
 * farm reading names the option that changes it, with the defaults of RuleOptions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ELDERLY_CENTRE_QUOTE, FARM_NOTE } from '../../../src/rules/_lib/shared';
import { DEFAULT_RULE_OPTIONS } from '../../../src/rules/RuleOptions';
import { getRule } from '../../../src/rules/RULES';

describe('ELDERLY_CENTRE_QUOTE', () => {
  it('is the sentence of 专栏3 item 2 (社区养老服务行动), verbatim in the plan text', () => {
    const plan = readFileSync(new URL('../../../docs/plan/plan.zh.txt', import.meta.url), 'utf8');
    expect(ELDERLY_CENTRE_QUOTE).toBe('力争2025年，各乡镇至少建有1个具备综合功能的养老服务中心，50%以上的乡镇建有区域性养老服务中心');
    expect(plan.includes(`2.社区养老服务行动。`)).toBe(true);
    expect(plan.includes(`${ELDERLY_CENTRE_QUOTE}。`)).toBe(true);
  });

  it('is the quote of the township and the county rule of that sentence', () => {
    expect(getRule('p3-2-township-elderly-care-centre').quote).toBe(ELDERLY_CENTRE_QUOTE);
    expect(getRule('p3-2-regional-elderly-care-centres').quote).toBe(ELDERLY_CENTRE_QUOTE);
    expect(getRule('p3-2-township-elderly-care-centre').interpretation).toEqual(FARM_NOTE);
  });
});

describe('FARM_NOTE', () => {
  it('reads 乡镇 as the nine townships by default, the option farmCountsAsTownship counting the farm (ten)', () => {
    expect(FARM_NOTE).toEqual({
      noteZh:
        '此句只写“乡镇”。规划凡包括农场处都写明“乡镇（农场）”或“9个乡镇、1个农场”，故默认不计陇川农场（9个乡镇）；可选把农场计入（10个）。',
      noteEn:
        'The sentence says 乡镇 only. Wherever the plan means the farm too it says so (“乡镇（农场）”, “9个乡镇、1个农场”), so by default ' +
        'the state farm is not counted (nine 乡镇); optionally it is (ten).',
      option: 'farmCountsAsTownship',
      default: 'false',
      alternatives: ['true'],
    });
  });

  it("its default is the option's default, and the forms it cites are the plan's", () => {
    const plan = readFileSync(new URL('../../../docs/plan/plan.zh.txt', import.meta.url), 'utf8');
    expect(String(DEFAULT_RULE_OPTIONS.farmCountsAsTownship)).toBe(FARM_NOTE.default);
    expect(plan.includes('乡镇（农场）')).toBe(true);
    expect(plan.includes('9个乡镇、1个农场')).toBe(true);
  });
});
