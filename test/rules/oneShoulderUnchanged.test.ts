/**
 * B1 一肩挑 比例逐步提高 under `oneShoulderTrend: 'non_decreasing'`: a year whose share equals the year before passes,
 * and its message says so (持平 / unchanged) instead of claiming it rose.
 */
import { describe, expect, it } from 'vitest';
import { checkRule } from '../../src/rules/checkRules';
import { snap } from './_helpers';

// 59 of 77 village (community) secretaries in both years: 59 / 77 = 0.766233… → 76.62% at two places.
const flat = () => snap('2023-12-31', { county: { oneShoulder: [{ year: 2022, secretaries: 77, concurrent: 59 }, { year: 2023, secretaries: 77, concurrent: 59 }] } });

describe('[B1] a flat year', () => {
  it("passes under 'non_decreasing' with the words 与2022年持平 / level with 2022, not 高于 / above", () => {
    const [r] = checkRule('b1-one-shoulder-trend', flat(), { oneShoulderTrend: 'non_decreasing' });
    expect(r).toMatchObject({
      subject: '533124:2023',
      status: 'pass',
      actual: '76.62%',
      expected: '≥76.62%',
      // 5900 ÷ 77 both years, to 40 significant digits: equal, so at least holds.
      measure: { value: '76.62337662337662337662337662337662337662', threshold: '76.62337662337662337662337662337662337662', comparator: 'at_least', unit: 'percent' },
      message: {
        zh: '[B1] 2023年“一肩挑”比例 59/77 = 76.62%，2022年为 59/77 = 76.62%，与2022年持平（趋势监测，本库读法，仅作提示）',
        en: "[B1] one-shoulder share 2023: 59/77 = 76.62%; 2022: 59/77 = 76.62%, level with 2022 (trend monitoring, this library's reading; informational)",
      },
    });
  });
  it("fails under 'rising', saying 未高于2022年 / not above 2022", () => {
    const [r] = checkRule('b1-one-shoulder-trend', flat(), { oneShoulderTrend: 'rising' });
    // Rising above 59 of 77 needs 60: 1 more.
    expect([r?.status, r?.expected, r?.measure?.comparator, r?.message.en, r?.gap]).toEqual([
      'fail',
      '>76.62%',
      // Level is not above.
      'above',
      "[B1] one-shoulder share 2023: 59/77 = 76.62%; 2022: 59/77 = 76.62%, not above 2022, 1 more person needed (trend monitoring, this library's reading; informational)",
      { value: '1', unit: 'persons' },
    ]);
  });
});
