import { describe, expect, it } from 'vitest';
import { thresholdOf } from '../../src/rules/_lib/thresholdOf';
import { getRule } from '../../src/rules/index';

describe('thresholdOf', () => {
  it("returns the definition's own threshold: T3's 每天8小时 is 8 hours a day", () => {
    const def = getRule('t3-opening-hours');
    expect(thresholdOf(def)).toBe(def.threshold);
    expect(thresholdOf(def)).toEqual({ comparator: 'at_least', value: '8', unit: 'hours_per_day', printed: '每天8小时' });
  });
  it('throws, naming the rule, for a definition without one (a programming error, not bad input)', () => {
    const { threshold: _dropped, ...def } = getRule('t3-opening-hours');
    expect(() => thresholdOf(def)).toThrow(new Error('rule t3-opening-hours needs a threshold'));
  });
});
