import { describe, expect, it } from 'vitest';
import { REPORT_LABELS } from '../../src/report/labels';

describe('[S4] labels: a unit-level rule counted by a summary evaluation', () => {
  it('zh-CN: no examples, all units as examples, some units as examples', () => {
    const f = REPORT_LABELS['zh-CN'].notes.unitsCounted;
    expect(f('规则A', 3, '不符合', [])).toBe('规则A：3个村（社区）不符合（摘要评估只计数）');
    expect(f('规则A', 2, '不符合', ['533124101201 甲村', '533124101202 乙村'])).toBe(
      '规则A：2个村（社区）不符合，如 533124101201 甲村、533124101202 乙村（摘要评估只计数）',
    );
    // More units than examples: " 等" (and others) follows the examples.
    expect(f('规则A', 3, '不符合', ['533124101201 甲村'])).toBe('规则A：3个村（社区）不符合，如 533124101201 甲村 等（摘要评估只计数）');
  });

  it('en: no examples, all units as examples, some units as examples', () => {
    const f = REPORT_LABELS.en.notes.unitsCounted;
    expect(f('Rule A', 3, 'fail', [])).toBe('Rule A: 3 unit(s) fail (a summary evaluation counts them)');
    expect(f('Rule A', 1, 'fail', ['533124101201 X'])).toBe('Rule A: 1 unit(s) fail, e.g. 533124101201 X (a summary evaluation counts them)');
    expect(f('Rule A', 5, 'pending', ['a', 'b'])).toBe('Rule A: 5 unit(s) pending, e.g. a; b and others (a summary evaluation counts them)');
  });
});
