/**
 * Direct tests of src/rules/_lib/thresholdOf.ts: the definition's own threshold, or an error naming the rule.
 */
import { describe, expect, it } from 'vitest';
import { thresholdOf } from '../../../src/rules/_lib/thresholdOf';
import { getRule } from '../../../src/rules/RULES';
import type { RuleDefinition } from '../../../src/rules/types';

describe('thresholdOf', () => {
  it("returns the definition's own threshold object: T10's 至少1名网格员 and T3's 每天8小时", () => {
    const t3 = getRule('t3-opening-hours');
    expect(thresholdOf(t3)).toBe(t3.threshold);
    expect(thresholdOf(t3)).toEqual({ comparator: 'at_least', value: '8', unit: 'hours_per_day', printed: '每天8小时' });
    const t10 = getRule('t10-grid-members');
    expect(thresholdOf(t10)).toBe(t10.threshold);
  });

  it('throws a plain Error naming the rule when the definition has none', () => {
    const { threshold: _dropped, ...def } = getRule('t10-grid-members');
    expect(() => thresholdOf(def as RuleDefinition)).toThrow(new Error('rule t10-grid-members needs a threshold'));
  });

  it('an explicit undefined threshold is none too', () => {
    const def = { ...getRule('t3-opening-hours'), threshold: undefined } as unknown as RuleDefinition;
    expect(() => thresholdOf(def)).toThrow(new Error('rule t3-opening-hours needs a threshold'));
  });
});
