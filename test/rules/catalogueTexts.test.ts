/**
 * The rules' texts (the plan's words and the readings) live in each rule file's text table, apart from what the
 * runners read, so that a bundle of evaluate leaves them out; the catalogue joins them back. The catalogue must show
 * every rule as its definition was written: same keys, in the same order, with the runner's own check.
 */
import { describe, expect, it } from 'vitest';
import { RULE_CORES, ruleCoreOf } from '../../src/rules/_RULE_CORES';
import { RULE_IDS } from '../../src/rules/RULE_IDS';
import { getRule, RULES } from '../../src/rules/RULES';

describe('[T3] the catalogue joins each rule to its texts', () => {
  it('a rule without a reading: the quote after relatedClauses, no interpretation key, check last', () => {
    // As written in src/rules/countyRules.ts: id, clause, relatedClauses, quote, titles, scope, appliesTo, due,
    // severity, cadence, threshold; the check added by defineRule.
    const r = getRule('p2-1-brand-organisations');
    expect(Object.keys(r)).toEqual(['id', 'clause', 'relatedClauses', 'quote', 'titleZh', 'titleEn', 'scope', 'appliesTo', 'due', 'severity', 'cadence', 'threshold', 'check']);
    expect(r.quote).toBe('到2025年，全县培育品牌社区社会组织数量和品牌项目数量分别不低于1个');
  });

  it('a rule with a reading: interpretation just before check', () => {
    const r = getRule('t12-urban-worker-income');
    expect(Object.keys(r)).toEqual(['id', 'clause', 'relatedClauses', 'quote', 'titleZh', 'titleEn', 'scope', 'appliesTo', 'severity', 'cadence', 'interpretation', 'check']);
    expect(r.quote).toBe('城市社区工作者月平均收入不低于上年度全口径城镇单位就业人员月平均工资');
    expect(r.interpretation?.noteEn).toMatch(/^Each year's average monthly income/);
  });

  it('every rule: the same core as the runners read, with the same check; the cores carry no texts', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
    expect(RULE_CORES.map((r) => r.id)).toEqual([...RULE_IDS]);
    for (const [i, core] of RULE_CORES.entries()) {
      const rule = RULES[i]!;
      expect(rule.check).toBe(core.check);
      expect('quote' in core || 'interpretation' in core, core.id).toBe(false);
      expect(rule.quote.length, core.id).toBeGreaterThan(0);
      const { quote: _q, interpretation: _i, ...rest } = rule;
      expect(rest).toEqual({ ...core });
      expect(Object.isFrozen(rule) && Object.isFrozen(RULES), core.id).toBe(true);
    }
  });

  it('ruleCoreOf finds a rule as getRule does, and refuses an unknown ID in the same words', () => {
    expect(ruleCoreOf('t3-opening-hours').severity).toBe(getRule('t3-opening-hours').severity);
    expect(() => ruleCoreOf('no-such-rule' as never)).toThrow(new RangeError('Unknown rule ID: no-such-rule'));
    expect(() => getRule('no-such-rule' as never)).toThrow(new RangeError('Unknown rule ID: no-such-rule'));
  });
});
