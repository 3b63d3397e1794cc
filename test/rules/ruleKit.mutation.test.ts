/**
 * The rule kit around the rules: option validation (src/rules/RuleOptions.ts), unit-rule counts and their merge
 * (src/rules/countUnitRules.ts), the catalogue lookup (src/rules/RULES.ts) and the rule-ID guard (src/rules/RULE_IDS.ts).
 * Whole errors (code, path, both messages) are written out by hand from the message templates of the code; counts are
 * worked out by hand from the rule's threshold (t10-grid-members: at least 1 grid member). Every result is computed
 * inside its `it`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countUnitRules, mergeSubjects, mergeUnitRuleCounts, sameOptions } from '../../src/rules/countUnitRules';
import { getRule } from '../../src/rules/RULES';
import { isRuleId, RULE_IDS, type RuleId } from '../../src/rules/RULE_IDS';
import { DEFAULT_RULE_OPTIONS, resolveRuleOptions, type RuleOptions } from '../../src/rules/RuleOptions';
import type { UnitRuleCounts } from '../../src/rules/UnitRuleCounts';
import { planErrorOf, thrown } from '../_thrown';
import { RURAL, snap, unit, URBAN } from './_helpers';

/** resolveRuleOptions for an untyped caller's value. */
function resolve(options: unknown) {
  return resolveRuleOptions(options as RuleOptions);
}

/** The `invalid_option` error for option `name`, in the wording of `bad`. */
function invalid(name: string, allowedZh: string, allowedEn: string, shown: string) {
  return {
    code: 'invalid_option',
    path: [name],
    messageZh: `选项 ${name} 应为${allowedZh}，实际为 ${shown}`,
    messageEn: `option ${name} must be ${allowedEn}, got ${shown}`,
  };
}

/** The `incompatible_partials` error of a merge, in the wording of `incompatible`. */
function incompatibleError(what: string, zh: string) {
  return { code: 'incompatible_partials', path: [what], messageZh: `无法合并：两份计数的${zh}不同`, messageEn: `cannot merge: the two counts differ in ${what}` };
}

describe('resolveRuleOptions: the options value itself', () => {
  it('rejects a string (not an object) as options, naming it as typed', () => {
    expect(planErrorOf(() => resolve('fast'))).toEqual(invalid('options', '对象', 'an object', 'fast'));
  });

  it('rejects a number as options', () => {
    expect(planErrorOf(() => resolve(5))).toEqual(invalid('options', '对象', 'an object', '5'));
  });

  it('rejects null as options (typeof null is "object")', () => {
    expect(planErrorOf(() => resolve(null))).toEqual(invalid('options', '对象', 'an object', 'null'));
  });

  it('gives the defaults for an empty object', () => {
    expect(resolve({})).toEqual({ ...DEFAULT_RULE_OPTIONS, classField: expect.any(String) });
  });
});

describe('resolveRuleOptions: each key', () => {
  it('skips an option given as undefined (places: undefined keeps the default 2)', () => {
    const o = resolve({ places: undefined, rounding: undefined, classifyBy: undefined });
    expect(o.places).toBe(2);
    expect(o.rounding).toBe('half_up');
    expect(o.classifyBy).toBe('committee');
  });

  it('skips even an unknown name whose value is undefined', () => {
    expect(resolve({ colour: undefined }).places).toBe(2);
  });

  it('rejects an unknown option name, asking whether it is misspelt', () => {
    expect(planErrorOf(() => resolve({ colour: 'red' }))).toEqual({
      code: 'unknown_option',
      path: ['colour'],
      messageZh: '未知选项：colour（是否拼错？）',
      messageEn: 'unknown option: colour (misspelt?)',
    });
  });

  it('rejects a value outside the choices, listing them joined by 、 and by ", "', () => {
    // allowedZh is " half_up、half_even 之一" (with its leading space), allowedEn "one of half_up, half_even".
    expect(planErrorOf(() => resolve({ rounding: 'half_down' }))).toEqual(
      invalid('rounding', ' half_up、half_even 之一', 'one of half_up, half_even', 'half_down'),
    );
    expect(planErrorOf(() => resolve({ rounding: 'half_down' })).messageZh).toBe('选项 rounding 应为 half_up、half_even 之一，实际为 half_down');
  });

  it('lists five choices and boolean choices the same way', () => {
    expect(planErrorOf(() => resolve({ openingHoursBasis: 'weekly' })).messageEn).toBe(
      'option openingHoursBasis must be one of five_days, each_open_day, each_day, open_day_average, week_average, got weekly',
    );
    expect(planErrorOf(() => resolve({ farmCountsAsTownship: 'yes' }))).toEqual(
      invalid('farmCountsAsTownship', ' false、true 之一', 'one of false, true', 'yes'),
    );
  });
});

describe('resolveRuleOptions: places (0–10)', () => {
  const placesError = (shown: string) => invalid('places', '0—10之间的整数', 'a whole number 0–10', shown);

  it('accepts both ends, 0 and 10', () => {
    expect(resolve({ places: 0 }).places).toBe(0);
    expect(resolve({ places: 10 }).places).toBe(10);
  });

  it('rejects 11, just above', () => {
    expect(planErrorOf(() => resolve({ places: 11 }))).toEqual(placesError('11'));
  });

  it('rejects -1, just below', () => {
    expect(planErrorOf(() => resolve({ places: -1 }))).toEqual(placesError('-1'));
  });

  it('rejects a fraction, 2.5', () => {
    expect(planErrorOf(() => resolve({ places: 2.5 }))).toEqual(placesError('2.5'));
  });

  it('rejects a string, "2"', () => {
    expect(planErrorOf(() => resolve({ places: '2' }))).toEqual(placesError('2'));
  });
});

describe('resolveRuleOptions: relocationThreshold', () => {
  const thresholdError = (shown: string) =>
    invalid('relocationThreshold', '"0"—"100"之间的十进制字符串', 'a decimal string from "0" to "100"', shown);

  it('accepts "100" and "0"', () => {
    expect(resolve({ relocationThreshold: '100' }).relocationThreshold).toBe('100');
    expect(resolve({ relocationThreshold: '0' }).relocationThreshold).toBe('0');
  });

  it('rejects "101" and "100.000001" (above 100)', () => {
    expect(planErrorOf(() => resolve({ relocationThreshold: '101' }))).toEqual(thresholdError('101'));
    expect(planErrorOf(() => resolve({ relocationThreshold: '100.000001' }))).toEqual(thresholdError('100.000001'));
  });

  it('rejects a number, 90', () => {
    expect(planErrorOf(() => resolve({ relocationThreshold: 90 }))).toEqual(thresholdError('90'));
  });
});

describe('RULES and RULE_IDS', () => {
  afterEach(() => {
    vi.doUnmock('../../src/rules/RULE_IDS');
    vi.resetModules();
  });

  it('getRule throws a RangeError naming an unknown ID', () => {
    const e = thrown(() => getRule('t3-opening-hour' as RuleId));
    expect(e).toBeInstanceOf(RangeError);
    expect((e as Error).message).toBe('Unknown rule ID: t3-opening-hour');
  });

  it('getRule finds a known ID', () => {
    expect(getRule('t10-grid-members').id).toBe('t10-grid-members');
  });

  it('isRuleId: true for an ID, false for a near miss, a non-string and the empty string', () => {
    expect(isRuleId('t3-opening-hours')).toBe(true);
    expect(isRuleId('t3-opening-hour')).toBe(false);
    expect(isRuleId('')).toBe(false);
    expect(isRuleId(3)).toBe(false);
    expect(isRuleId(undefined)).toBe(false);
  });

  it('the catalogue refuses to load when RULE_IDS is out of order with the rule files', async () => {
    vi.resetModules();
    vi.doMock('../../src/rules/RULE_IDS', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../src/rules/RULE_IDS')>();
      // The same 46 IDs with the first two swapped: no longer the catalogue order.
      const swapped = [real.RULE_IDS[1], real.RULE_IDS[0], ...real.RULE_IDS.slice(2)];
      return { ...real, RULE_IDS: Object.freeze(swapped) };
    });
    const e = await import('../../src/rules/RULES').then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(Error);
    expect((e as Error).message).toBe('RULE_IDS is out of date with the rule files');
  });

  it('RULE_IDS has 46 IDs (the mock above did not leak)', () => {
    expect(RULE_IDS).toHaveLength(46);
  });
});

describe('sameOptions', () => {
  it('is false when b has a key a lacks, even though every key of a matches', () => {
    expect(sameOptions({ places: 2 }, { places: 2, rounding: 'half_up' })).toBe(false);
  });

  it('is false when a value differs, true when all keys and values match', () => {
    expect(sameOptions({ places: 2 }, { places: 3 })).toBe(false);
    expect(sameOptions({ places: 2, rounding: 'half_up' }, { rounding: 'half_up', places: 2 })).toBe(true);
  });
});

describe('mergeSubjects', () => {
  it('merges two code-ordered lists in code order', () => {
    expect(mergeSubjects(['a', 'c', 'e'], ['b', 'd'])).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('takes the rest of a when b is empty and of b when a is empty', () => {
    expect(mergeSubjects(['a', 'b'], [])).toEqual(['a', 'b']);
    expect(mergeSubjects([], ['a', 'b'])).toEqual(['a', 'b']);
  });

  it('stops at the limit: 3 of 5 codes', () => {
    expect(mergeSubjects(['a', 'c', 'e'], ['b', 'd'], 3)).toEqual(['a', 'b', 'c']);
  });

  it('returns all when the total equals the limit, and none for a limit of 0', () => {
    expect(mergeSubjects(['a', 'c'], ['b'], 3)).toEqual(['a', 'b', 'c']);
    expect(mergeSubjects(['a'], ['b'], 0)).toEqual([]);
  });
});

describe('mergeUnitRuleCounts', () => {
  /** The counts of one unit with `grid` grid members (t10-grid-members: at least 1). */
  function grid(code: string, members: number, asOf = '2024-12-31', options: RuleOptions = {}, only: readonly RuleId[] = ['t10-grid-members']): UnitRuleCounts {
    return countUnitRules(snap(asOf, { units: [unit(code, { gridMembers: members })] }), options, only);
  }

  it('adds the counts of two disjoint sets of units', () => {
    // RURAL has 0 grid members (fail), URBAN 3 (pass): 1 pass, 1 fail over 2 units; RURAL the one failing subject.
    const m = mergeUnitRuleCounts(grid(RURAL, 0), grid(URBAN, 3));
    expect(m.asOf).toBe('2024-12-31');
    expect(m.units).toBe(2);
    expect(m.rules).toHaveLength(1);
    expect(m.rules[0]).toEqual({
      ruleId: 't10-grid-members',
      clause: 'T10',
      counts: { pass: 1, fail: 1, pending: 0, not_applicable: 0, missing_data: 0 },
      subjects: { fail: [RURAL], pending: [], missing_data: [] },
    });
    expect(m.options).toEqual(grid(URBAN, 3).options);
  });

  it('merges failing subjects of both in code order', () => {
    // Both fail: URBAN (…101001) sorts before RURAL (…101201).
    const m = mergeUnitRuleCounts(grid(RURAL, 0), grid(URBAN, 0));
    expect(m.rules[0]?.counts.fail).toBe(2);
    expect(m.rules[0]?.subjects.fail).toEqual([URBAN, RURAL]);
  });

  it('refuses counts judged on different dates', () => {
    expect(planErrorOf(() => mergeUnitRuleCounts(grid(RURAL, 0, '2024-12-31'), grid(URBAN, 3, '2025-12-31')))).toEqual(
      incompatibleError('asOf', '评估日期'),
    );
  });

  it('refuses counts under different options', () => {
    expect(planErrorOf(() => mergeUnitRuleCounts(grid(RURAL, 0), grid(URBAN, 3, '2024-12-31', { places: 3 })))).toEqual(
      incompatibleError('options', '选项'),
    );
  });

  it('refuses an options record with an extra key', () => {
    const b = grid(URBAN, 3);
    const withExtra = { ...b, options: { ...b.options, extra: 1 } };
    expect(planErrorOf(() => mergeUnitRuleCounts(grid(RURAL, 0), withExtra))).toEqual(incompatibleError('options', '选项'));
  });

  it('refuses when a counts fewer rules than b, even with the same first rule', () => {
    const a = grid(RURAL, 0);
    const b = grid(URBAN, 3, '2024-12-31', {}, ['t10-grid-members', 't10-ethnic-religious-officer']);
    expect(planErrorOf(() => mergeUnitRuleCounts(a, b))).toEqual(incompatibleError('rules', '规则'));
  });

  it('refuses when b counts fewer rules than a', () => {
    const a = grid(RURAL, 0, '2024-12-31', {}, ['t10-grid-members', 't10-ethnic-religious-officer']);
    expect(planErrorOf(() => mergeUnitRuleCounts(a, grid(URBAN, 3)))).toEqual(incompatibleError('rules', '规则'));
  });

  it('refuses the same number of rules when only the second differs', () => {
    const a = grid(RURAL, 0, '2024-12-31', {}, ['t10-grid-members', 't10-ethnic-religious-officer']);
    const b = grid(URBAN, 3, '2024-12-31', {}, ['t10-grid-members', 't12-pension-insurance']);
    expect(planErrorOf(() => mergeUnitRuleCounts(a, b))).toEqual(incompatibleError('rules', '规则'));
  });

  it('merges two rules rule by rule', () => {
    const only: RuleId[] = ['t10-grid-members', 't10-ethnic-religious-officer'];
    const m = mergeUnitRuleCounts(grid(RURAL, 0, '2024-12-31', {}, only), grid(URBAN, 3, '2024-12-31', {}, only));
    expect(m.rules.map((r) => r.ruleId)).toEqual(only);
    expect(m.rules[0]?.counts).toEqual({ pass: 1, fail: 1, pending: 0, not_applicable: 0, missing_data: 0 });
  });
});
