/**
 * Direct tests of src/rules/_lib/rule.ts: defining and registering a rule, the result builders (every field and both
 * messages written out by hand from the templates), due dates and their notes, the county subject and unit coverage.
 * Rule definitions are taken from the catalogue (so the messages use their real clause and titles) and copied under
 * a new ID where a rule is defined here.
 */
import { describe, expect, it, vi } from 'vitest';
import { countySubject, defineRule, dueNote, dueOf, missingResult, notApplicable, result, runnerOf, unitCovered, unmetStatus } from '../../../src/rules/_lib/rule';
import { resolveRuleOptions, type ResolvedRuleOptions } from '../../../src/rules/RuleOptions';
import { getRule } from '../../../src/rules/RULES';
import type { RuleDefinition, RuleResult } from '../../../src/rules/types';
import type { Snapshot } from '../../../src/snapshot/snapshotSchema';
import type { Unit } from '../../../src/snapshot/unitSchema';
import { RURAL, snap, URBAN } from '../_helpers';
import { severityOf } from '../_results';

/** T3's definition copied under a new ID (so it can be defined here). */
function copyOfT3(id: string): RuleDefinition {
  return { ...getRule('t3-opening-hours'), id } as unknown as RuleDefinition;
}

let serial = 0;
/** A rule ID not used before (fresh per call, so a rerun of the tests in the same module registry defines it anew). */
function freshId(): string {
  serial += 1;
  return `lib-rule-test-${serial}-${Math.random().toString(36).slice(2)}`;
}

const T3_TITLE_ZH = '社区服务设施开放和服务时间一般不少于每天8小时';
const T3_TITLE_EN = 'Community service facilities open at least 8 hours a day';

describe('defineRule and runnerOf', () => {
  it('refuses an ID already defined (the catalogue defined t3-opening-hours)', () => {
    const run = vi.fn(() => []);
    expect(() => defineRule(getRule('t3-opening-hours'), run)).toThrow(new Error('duplicate rule ID t3-opening-hours'));
  });

  it('refuses the same new ID twice, keeping the first runner', () => {
    const id = freshId();
    const first = vi.fn(() => []);
    defineRule(copyOfT3(id), first);
    expect(() => defineRule(copyOfT3(id), vi.fn(() => []))).toThrow(new Error(`duplicate rule ID ${id}`));
    expect(runnerOf(id)).toBe(first);
  });

  it('returns the frozen definition with a check that runs the runner under resolved options', () => {
    const out: RuleResult[] = [];
    const run = vi.fn((_s: Snapshot, _o: ResolvedRuleOptions) => out);
    const id = freshId();
    const rule = defineRule(copyOfT3(id), run);
    expect(Object.isFrozen(rule)).toBe(true);
    expect(rule.id).toBe(id);
    expect(rule.clause).toBe('T3');
    expect(rule.titleZh).toBe(T3_TITLE_ZH);
    expect(rule.threshold).toEqual({ comparator: 'at_least', value: '8', unit: 'hours_per_day', printed: '每天8小时' });
    expect(Object.isFrozen(rule.threshold)).toBe(true);
    const snapshot = snap('2024-12-31');
    expect(rule.check(snapshot, { places: 3 })).toBe(out);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run.mock.calls[0]?.[0]).toEqual(snapshot); // the raw snapshot, parsed first
    expect(run.mock.calls[0]?.[1]).toEqual(resolveRuleOptions({ places: 3 }));
    rule.check(snapshot);
    expect(run.mock.calls[1]?.[1]).toEqual(resolveRuleOptions(undefined));
    expect(run.mock.calls[1]?.[1].places).toBe(2);
  });

  it("the check validates the options (an unknown option is refused before the runner runs)", () => {
    const run = vi.fn(() => []);
    const rule = defineRule(copyOfT3(freshId()), run);
    expect(() => rule.check(snap('2024-12-31'), { colour: 'red' } as never)).toThrow('unknown option: colour');
    expect(run).not.toHaveBeenCalled();
  });

  it('registers the runner: runnerOf gives it back', () => {
    const run = vi.fn(() => []);
    const id = freshId();
    defineRule(copyOfT3(id), run);
    expect(runnerOf(id)).toBe(run);
  });

  it('runnerOf throws for an ID never defined', () => {
    expect(() => runnerOf('lib-test-nobody')).toThrow(new Error('no runner for rule lib-test-nobody'));
  });

  it("the catalogue's rules are registered (runnerOf finds t3-opening-hours)", () => {
    expect(typeof runnerOf('t3-opening-hours')).toBe('function');
  });
});

describe('result', () => {
  it('builds every field, prefixing the clause to both messages; missing defaults to an empty frozen list', () => {
    const r = result(getRule('t3-opening-hours'), URBAN, 'fail', '7h', '≥8h', '开放7小时', 'open 7h');
    expect(r).toEqual({
      ruleId: 't3-opening-hours',
      clause: 'T3',
      subject: URBAN,
      status: 'fail',
      severity: severityOf('t3-opening-hours'),
      actual: '7h',
      expected: '≥8h',
      measure: null,
      message: { zh: '[T3] 开放7小时', en: '[T3] open 7h' },
      gap: null,
      missing: [],
    });
    expect(Object.isFrozen(r.missing)).toBe(true);
    expect(Object.keys(r)).toEqual(['ruleId', 'clause', 'subject', 'status', 'severity', 'actual', 'expected', 'measure', 'message', 'gap', 'missing']);
  });

  it('keeps a given missing list (the same array) and nulls', () => {
    const missing = ['households'];
    const r = result(getRule('p3-4-disabled-persons-association'), RURAL, 'missing_data', null, null, 'z', 'e', missing);
    expect(r.missing).toBe(missing);
    expect(r.actual).toBeNull();
    expect(r.expected).toBeNull();
    expect(r.message).toEqual({ zh: '[P3.4] z', en: '[P3.4] e' });
  });
});

describe('missingResult', () => {
  it('names the fields, joined by 、 in Chinese and by ", " in English, with the rule title', () => {
    const missing = ['openingSchedule', 'hasServiceFacility'];
    const r = missingResult(getRule('t3-opening-hours'), URBAN, missing, '≥8h');
    expect(r).toEqual({
      ruleId: 't3-opening-hours',
      clause: 'T3',
      subject: URBAN,
      status: 'missing_data',
      severity: severityOf('t3-opening-hours'),
      actual: null,
      expected: '≥8h',
      measure: null,
      message: {
        zh: `[T3] 章凤镇老街子社区（533124101001）：缺少数据 openingSchedule、hasServiceFacility，无法判断${T3_TITLE_ZH}`,
        en: `[T3] 章凤镇老街子社区 (533124101001): missing openingSchedule, hasServiceFacility; cannot judge: ${T3_TITLE_EN}`,
      },
      gap: null,
      missing: ['openingSchedule', 'hasServiceFacility'],
    });
    expect(r.missing).toBe(missing);
  });

  it('one field, and a null expected', () => {
    const r = missingResult(getRule('t3-opening-hours'), RURAL, ['openingSchedule'], null);
    expect(r.expected).toBeNull();
    expect(r.message.zh).toBe(`[T3] 章凤镇章凤村（533124101201）：缺少数据 openingSchedule，无法判断${T3_TITLE_ZH}`);
    expect(r.message.en).toBe(`[T3] 章凤镇章凤村 (533124101201): missing openingSchedule; cannot judge: ${T3_TITLE_EN}`);
  });
});

describe('notApplicable', () => {
  it('builds a not_applicable result with the reason in both languages, no actual, expected or missing', () => {
    const r = notApplicable(getRule('t3-opening-hours'), URBAN, '无服务设施', 'no service facility');
    expect(r).toEqual({
      ruleId: 't3-opening-hours',
      clause: 'T3',
      subject: URBAN,
      status: 'not_applicable',
      severity: severityOf('t3-opening-hours'),
      actual: null,
      expected: null,
      measure: null,
      message: { zh: `[T3] 章凤镇老街子社区（533124101001）：不适用，无服务设施`, en: `[T3] 章凤镇老街子社区 (533124101001): not applicable, no service facility` },
      gap: null,
      missing: [],
    });
  });
});

describe('dueOf', () => {
  it("an undated target is due at its implied date under 'plan_end' (the default), and never under 'immediately'", () => {
    const def = getRule('p3-4-disabled-persons-association');
    expect(dueOf(def, resolveRuleOptions(undefined))).toBe('2025-12-31');
    expect(dueOf(def, resolveRuleOptions({ undatedTargets: 'plan_end' }))).toBe('2025-12-31');
    expect(dueOf(def, resolveRuleOptions({ undatedTargets: 'immediately' }))).toBeUndefined();
  });

  it("a rule's own due date holds under either option", () => {
    const def = { ...getRule('p3-4-disabled-persons-association'), due: '2023-06-30' } as unknown as RuleDefinition;
    expect(dueOf(def, resolveRuleOptions(undefined))).toBe('2023-06-30');
    expect(dueOf(def, resolveRuleOptions({ undatedTargets: 'immediately' }))).toBe('2023-06-30');
  });

  it('a rule with neither has none', () => {
    expect(dueOf(getRule('t3-opening-hours'), resolveRuleOptions(undefined))).toBeUndefined();
  });
});

describe('unmetStatus', () => {
  it('pending before the due date, fail on it and after it, fail with none', () => {
    expect(unmetStatus('2025-12-30', '2025-12-31')).toBe('pending');
    expect(unmetStatus('2025-12-31', '2025-12-31')).toBe('fail');
    expect(unmetStatus('2026-01-01', '2025-12-31')).toBe('fail');
    expect(unmetStatus('2021-01-01', undefined)).toBe('fail');
  });
});

describe('dueNote', () => {
  it('is empty without a due date (either status)', () => {
    expect(dueNote('fail', undefined)).toEqual({ zh: '', en: '' });
    expect(dueNote('pending', undefined)).toEqual({ zh: '', en: '' });
  });

  it('pending: not yet due', () => {
    expect(dueNote('pending', '2025-12-31')).toEqual({ zh: '（期限 2025-12-31，尚未到期）', en: ' (due 2025-12-31, not yet due)' });
  });

  it('fail: now due', () => {
    expect(dueNote('fail', '2025-12-31')).toEqual({ zh: '（期限 2025-12-31 已到）', en: ' (due 2025-12-31, now due)' });
  });
});

describe('countySubject', () => {
  it("Longchuan's 533124 by default, CN for an empty region code (all China), else the region code", () => {
    expect(countySubject(snap('2024-12-31'))).toBe('533124');
    expect(countySubject(snap('2024-12-31', { regionCode: '' }))).toBe('CN');
    expect(countySubject(snap('2024-12-31', { regionCode: '5331' }))).toBe('5331');
    expect(countySubject({ asOf: '2024-12-31', regionCode: '533124', units: [] } as unknown as Snapshot)).toBe('533124');
  });
});

describe('unitCovered', () => {
  const urban = { code: URBAN, townshipCode: URBAN.slice(0, 9) } as Unit;
  const rural = { code: RURAL, townshipCode: RURAL.slice(0, 9) } as Unit;
  /** Not in the NBS list, no committee type: unknown under 'committee'. */
  const unknown = { code: '533124101999', townshipCode: '533124101' } as Unit;

  it("'all' covers every unit, even one of unknown classification", () => {
    const o = resolveRuleOptions(undefined);
    expect(unitCovered(unknown, 'all', o)).toBe(true);
    expect(unitCovered(urban, 'all', o)).toBe(true);
  });

  it("'rural' and 'urban' cover their own kind only (by committee, from the NBS list)", () => {
    const o = resolveRuleOptions(undefined);
    expect(unitCovered(rural, 'rural', o)).toBe(true);
    expect(unitCovered(urban, 'rural', o)).toBe(false);
    expect(unitCovered(urban, 'urban', o)).toBe(true);
    expect(unitCovered(rural, 'urban', o)).toBe(false);
  });

  it('undefined when the classification is unknown', () => {
    expect(unitCovered(unknown, 'rural', resolveRuleOptions(undefined))).toBeUndefined();
    expect(unitCovered(unknown, 'urban', resolveRuleOptions(undefined))).toBeUndefined();
  });

  it("classifies under the options: by 'caller', the unit's own classification", () => {
    const o = resolveRuleOptions({ classifyBy: 'caller' });
    expect(unitCovered({ ...rural, classification: 'urban' } as Unit, 'urban', o)).toBe(true);
    expect(unitCovered(rural, 'urban', o)).toBeUndefined();
  });
});
