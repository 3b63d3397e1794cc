import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { CLAUSE_IDS, getClause } from '../../src/plan/clauses';
import { checkRule, checkRules } from '../../src/rules/checkRules';
import { isRuleId, RULE_IDS, type RuleId } from '../../src/rules/RULE_IDS';
import { DEFAULT_RULE_OPTIONS, type RuleOptions } from '../../src/rules/RuleOptions';
import { getRule, RULES, rulesForClause } from '../../src/rules/RULES';
import { snap, unit, URBAN } from './_helpers';

const PLAN = readFileSync(new URL('../../docs/plan/plan.zh.txt', import.meta.url), 'utf8');
const READINGS = readFileSync(new URL('../../src/rules/READINGS.md', import.meta.url), 'utf8');

describe('rule catalogue', () => {
  it('has 46 rules with unique, stable IDs in catalogue order', () => {
    expect(RULES).toHaveLength(46);
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
  });

  it('orders rules by the plan’s clause order', () => {
    const idx = RULES.map((r) => CLAUSE_IDS.indexOf(r.clause));
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s: ID names its clause; quote is verbatim in the plan and in its clause', (_id, r) => {
    expect(r.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(r.id.startsWith(`${r.clause.toLowerCase().replace('.', '-')}-`)).toBe(true);
    expect(PLAN.includes(r.quote)).toBe(true);
    expect(getClause(r.clause).text.includes(r.quote)).toBe(true);
    for (const c of r.relatedClauses) expect(CLAUSE_IDS).toContain(c);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s: threshold printed verbatim; severity word verbatim; due dates consistent', (_id, r) => {
    if (r.threshold !== undefined) {
      expect(PLAN.includes(r.threshold.printed)).toBe(true);
      expect(r.threshold.value).toMatch(/^(?:0|[1-9]\d*)(?:\.\d+)?$/);
      expect(r.threshold.comparator).toBe('at_least');
    }
    if (r.severity === 'soft') expect(r.severityWord).toBeDefined();
    if (r.severityWord !== undefined) {
      // 预期性 is printed in 专栏1's attribute column, the others inside the quoted sentence.
      if (r.severityWord === '预期性') expect(r.clause.startsWith('P1.')).toBe(true);
      else expect(r.quote.includes(r.severityWord)).toBe(true);
    }
    if (/到2025年|力争2025年|“十四五”期间/.test(r.quote)) expect(r.due).toBe('2025-12-31');
    if (r.due !== undefined) expect(/2025|十四五/.test(r.quote) || r.clause.startsWith('P1.')).toBe(true);
    if (r.due !== undefined) expect(r.impliedDue).toBeUndefined();
    if (r.impliedDue !== undefined) expect(r.impliedDue).toBe('2025-12-31');
    if (r.impliedDue !== undefined || r.due !== undefined) expect(r.cadence).toBe('target');
  });

  it('softening words are recorded: 一般 (T3), 原则上 (T8), 力争 (专栏3, 专栏6), 可 (T10), 基本 (专栏4)', () => {
    expect(getRule('t3-opening-hours')).toMatchObject({ severity: 'soft', severityWord: '一般' });
    expect(getRule('t8-new-facility-area')).toMatchObject({ severity: 'soft', severityWord: '原则上' });
    expect(getRule('p3-3-minor-protection-station')).toMatchObject({ severity: 'soft', severityWord: '力争' });
    expect(getRule('p6-3-social-workers')).toMatchObject({ severity: 'soft', severityWord: '力争' });
    expect(getRule('p6-3-social-workers-two').severity).toBe('informational');
    expect(getRule('t10-ethnic-religious-officer')).toMatchObject({ severity: 'informational', severityWord: '可' });
    expect(getRule('p4-2-relocation-site-facilities')).toMatchObject({ severity: 'soft', severityWord: '基本' });
    expect(getRule('p3-2-new-estate-elderly-care-space').severity).toBe('binding');
  });

  it.each(RULES.filter((r) => r.interpretation?.option !== undefined).map((r) => [r.id, r] as const))(
    '%s: its interpretation option exists and its default is the library default',
    (_id, r) => {
      const i = r.interpretation!;
      expect(Object.keys(DEFAULT_RULE_OPTIONS)).toContain(i.option);
      expect(i.default).toBe(String(DEFAULT_RULE_OPTIONS[i.option as keyof typeof DEFAULT_RULE_OPTIONS]));
      expect(i.noteZh).toMatch(/[\u4e00-\u9fff]/);
      expect(i.noteEn).toMatch(/[a-z]/);
    },
  );

  it('every rule and every option is described in src/rules/READINGS.md', () => {
    for (const id of RULE_IDS) expect(READINGS).toContain(`\`${id}\``);
    for (const k of Object.keys(DEFAULT_RULE_OPTIONS)) expect(READINGS).toContain(`\`${k}\``);
  });

  it('definitions are deep-frozen', () => {
    for (const r of RULES) {
      expect(Object.isFrozen(r)).toBe(true);
      if (r.threshold) expect(Object.isFrozen(r.threshold)).toBe(true);
      if (r.interpretation) expect(Object.isFrozen(r.interpretation)).toBe(true);
      expect(Object.isFrozen(r.relatedClauses)).toBe(true);
    }
    expect(Object.isFrozen(RULES)).toBe(true);
    expect(Object.isFrozen(RULE_IDS)).toBe(true);
  });

  it('getRule, isRuleId and rulesForClause', () => {
    expect(getRule('p3-14-demonstration-villages').threshold?.printed).toBe('20个以上');
    expect(() => getRule('nope' as RuleId)).toThrow(RangeError);
    expect(isRuleId('t3-opening-hours')).toBe(true);
    expect(isRuleId('T3')).toBe(false);
    expect(rulesForClause('T3').map((r) => r.id)).toEqual(['t3-opening-hours', 't3-proxy-government-service', 't3-online-service-24h', 't3-satisfaction-survey']);
    expect(rulesForClause('R1')).toEqual([]);
  });
});

describe('checkRules', () => {
  const s = snap('2024-06-30', {
    units: [unit(URBAN, { hasServiceFacility: true, hasVolunteerStation: true }), unit('533124101201')],
    county: { ethnicUnityDemonstrationUnits: 20 },
  });

  it('runs every rule in catalogue order, or only the ones asked for (in catalogue order)', () => {
    const all = checkRules(s);
    const order = [...new Set(all.map((r) => r.ruleId))];
    expect(order).toEqual([...RULE_IDS]);
    const some = checkRules(s, {}, ['p3-14-demonstration-villages', 'p2-2-volunteer-station']);
    expect(some.map((r) => [r.ruleId, r.subject, r.status])).toEqual([
      ['p2-2-volunteer-station', URBAN, 'pass'],
      ['p2-2-volunteer-station', '533124101201', 'missing_data'],
      ['p3-14-demonstration-villages', '533124', 'pass'],
    ]);
    expect(checkRule('p3-14-demonstration-villages', s)).toEqual(some.slice(2));
    expect(getRule('p3-14-demonstration-villages').check(s)).toEqual(some.slice(2));
  });

  it('returns plain JSON: no undefined, no class instances; missing only on missing_data', () => {
    const all = checkRules(s);
    expect(JSON.parse(JSON.stringify(all))).toEqual(all);
    for (const r of all) {
      for (const v of Object.values(r)) expect(v).not.toBeUndefined();
      expect(r.missing.length > 0).toBe(r.status === 'missing_data');
      expect(r.message.zh.startsWith(`[${r.clause}] `)).toBe(true);
      expect(r.message.en.startsWith(`[${r.clause}] `)).toBe(true);
    }
  });

  it.each([
    ['unknown option', { openingHours: 'each_day' }, 'unknown_option', ['openingHours']],
    ['bad enum value', { openingHoursBasis: 'daily' }, 'invalid_option', ['openingHoursBasis']],
    ['farm flag as a string', { farmCountsAsTownship: 'yes' }, 'invalid_option', ['farmCountsAsTownship']],
    ['relocation threshold above 100', { relocationThreshold: '100.5' }, 'invalid_option', ['relocationThreshold']],
    ['relocation threshold as a number', { relocationThreshold: 90 }, 'invalid_option', ['relocationThreshold']],
    ['places 11', { places: 11 }, 'invalid_option', ['places']],
  ])('rejects a bad option (%s) with PlanInputError', (_t, options, code, path) => {
    try {
      checkRules(s, options as RuleOptions);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PlanInputError);
      expect((e as PlanInputError).code).toBe(code);
      expect((e as PlanInputError).path).toEqual(path);
    }
  });

  it('accepts every documented option value', () => {
    const options: RuleOptions = {
      classifyBy: 'caller',
      undatedTargets: 'immediately',
      openingHoursBasis: 'week_average',
      surveyWindow: 'last_12_months',
      farmCountsAsTownship: true,
      dayCareCommunities: 'urban',
      fitnessCircleCommunities: 'urban',
      socialWorkerCommunities: 'urban',
      communityWorkerUnits: 'all',
      volunteerPopulation: 'registered',
      socialWorkPopulation: 'registered',
      relocationThreshold: '95.5',
      oneShoulderTrend: 'non_decreasing',
      places: 0,
      rounding: 'half_even',
    };
    expect(checkRules(s, options).length).toBeGreaterThan(0);
  });
});
