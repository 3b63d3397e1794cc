/**
 * evaluateSnapshot: option checks (exact bilingual errors), the options record, the headline when `levels` leaves the
 * county out, the summary detail's rules and levels, and the as-of date cache. Every result is computed inside its `it`.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateSnapshot, type EvaluateOptions } from '../../src/evaluate/index';
import { prepareRun } from '../../src/evaluate/evaluateSnapshot';
import { parseSnapshot } from '../../src/snapshot/index';
import { planErrorOf } from '../_thrown';

// Two administrative villages (村民委员会) of 户撒阿昌族乡 533124201 in the registry.
const village = (n: number) => ({ code: `5331242012${String(n).padStart(2, '0')}`, townshipCode: '533124201' });
const oneVillage = () => parseSnapshot({ asOf: '2024-12-31', units: [{ ...village(1), hasServiceFacility: true }] });

describe('evaluateSnapshot options', () => {
  it('rejects an unknown detail with an exact bilingual error', () => {
    const s = oneVillage();
    expect(planErrorOf(() => evaluateSnapshot(s, { detail: 'brief' as never }))).toEqual({
      code: 'invalid_option',
      path: ['detail'],
      messageZh: '选项 detail 应为 full、summary 之一，实际为 "brief"',
      messageEn: 'option detail must be one of full, summary, got "brief"',
    });
  });

  it('accepts each level alone, and reports only the levels asked for', () => {
    const s = oneVillage();
    for (const level of ['county', 'township', 'unit'] as const) {
      const e = evaluateSnapshot(s, { levels: [level] });
      // Seven indicators (专栏1) for the one subject of each level.
      expect(e.indicators.map((r) => r.level)).toEqual(Array(7).fill(level));
    }
  });

  it('rejects a level that is not one of county, township, unit', () => {
    const s = oneVillage();
    expect(planErrorOf(() => evaluateSnapshot(s, { levels: ['province' as never] }))).toEqual({
      code: 'invalid_option',
      path: ['levels'],
      messageZh: '选项 levels 应为由 county、township、unit 组成的列表，含有无效值 "province"',
      messageEn: 'option levels must be a list of county, township, unit; invalid value "province"',
    });
  });

  it('rejects levels that are not a list, naming the value given', () => {
    const s = oneVillage();
    expect(planErrorOf(() => evaluateSnapshot(s, { levels: 'county' as never }))).toEqual({
      code: 'invalid_option',
      path: ['levels'],
      messageZh: '选项 levels 应为由 county、township、unit 组成的列表，含有无效值 "county"',
      messageEn: 'option levels must be a list of county, township, unit; invalid value "county"',
    });
  });

  it('rejects a list with a hole (undefined) after a valid level, naming undefined', () => {
    const s = oneVillage();
    expect(planErrorOf(() => evaluateSnapshot(s, { levels: ['county', undefined] as never }))).toEqual({
      code: 'invalid_option',
      path: ['levels'],
      messageZh: '选项 levels 应为由 county、township、unit 组成的列表，含有无效值 undefined',
      messageEn: 'option levels must be a list of county, township, unit; invalid value undefined',
    });
  });

  it('rejects an unknown rule ID, naming the first bad one', () => {
    const s = oneVillage();
    expect(planErrorOf(() => evaluateSnapshot(s, { rules: ['t10-grid-members', 'no-such-rule', 'other'] as never }))).toEqual({
      code: 'invalid_option',
      path: ['rules'],
      messageZh: '选项 rules 应为由 规则编号（RULE_IDS） 组成的列表，含有无效值 "no-such-rule"',
      messageEn: 'option rules must be a list of rule IDs (RULE_IDS); invalid value "no-such-rule"',
    });
  });

  it('accepts indicatorPlaces 0 and 20 (the bounds) and shows the headline with that many decimals', () => {
    const s = oneVillage();
    // 1 of 1 rural unit given has a facility: 100 % (the figures of the unit given, not of the county).
    expect(evaluateSnapshot(s, { indicatorPlaces: 0, scope: 'units' }).headline[0]!.display).toBe('100');
    expect(evaluateSnapshot(s, { indicatorPlaces: 20, scope: 'units' }).headline[0]!.display).toBe(`100.${'0'.repeat(20)}`);
    expect(evaluateSnapshot(s, { indicatorPlaces: 20 }).options.indicatorPlaces).toBe(20);
  });

  it('rejects indicatorPlaces below 0, above 20, or not whole, with an exact bilingual error', () => {
    const s = oneVillage();
    const err = (shown: string) => ({
      code: 'invalid_option',
      path: ['indicatorPlaces'],
      messageZh: `选项 indicatorPlaces 应为0—20的整数，实际为 ${shown}`,
      messageEn: `option indicatorPlaces must be a whole number 0–20, got ${shown}`,
    });
    expect(planErrorOf(() => evaluateSnapshot(s, { indicatorPlaces: -1 }))).toEqual(err('-1'));
    expect(planErrorOf(() => evaluateSnapshot(s, { indicatorPlaces: 21 }))).toEqual(err('21'));
    expect(planErrorOf(() => evaluateSnapshot(s, { indicatorPlaces: 1.5 }))).toEqual(err('1.5'));
  });

  it("rejects unit-level indicators with detail 'summary', with an exact bilingual error", () => {
    const s = oneVillage();
    expect(planErrorOf(() => evaluateSnapshot(s, { detail: 'summary', levels: ['county', 'unit'] }))).toEqual({
      code: 'invalid_option',
      path: ['levels'],
      messageZh: 'detail 为 summary 时只报告县级和乡级指标：levels 不能含 unit',
      messageEn: "detail 'summary' reports indicators for the county and the townships only: leave 'unit' out of levels",
    });
  });

  it('reports a bad as-of date option at the path asOf', () => {
    const s = oneVillage();
    // 2025 is not a leap year.
    const e = planErrorOf(() => evaluateSnapshot(s, { asOf: '2025-02-29' }));
    expect([e.code, e.path]).toEqual(['invalid_date', ['asOf']]);
  });
});

describe('evaluateSnapshot options record', () => {
  it('records the indicator readings asked for, and the defaults otherwise', () => {
    const s = oneVillage();
    // Each asked value differs from its default, so the record shows what was asked, not the default.
    const asked = evaluateSnapshot(s, { commercialShareScope: 'new_urban', urbanPopulationSource: 'units', classifyBy: 'nbs_code', farmCommunities: 'exclude' }).options;
    expect([asked.classifyBy, asked.commercialShareScope, asked.urbanPopulationSource, asked.farmCommunities]).toEqual(['nbs_code', 'new_urban', 'units', 'exclude']);
    // Defaults: P1.7 over the county's 城镇常住人口 ('county'), the farm's communities included.
    const defaults = evaluateSnapshot(s).options;
    expect([defaults.classifyBy, defaults.commercialShareScope, defaults.urbanPopulationSource, defaults.farmCommunities]).toEqual(['committee', 'urban', 'county', 'include']);
  });

  it('records the rules asked for as a list, and "all" when none were named', () => {
    const s = oneVillage();
    expect(evaluateSnapshot(s, { rules: ['t10-grid-members', 'p3-16-village-plans'] }).options.rules).toEqual(['t10-grid-members', 'p3-16-village-plans']);
    expect(evaluateSnapshot(s).options.rules).toBe('all');
  });

  it('has no ruleCounts key at all in a full evaluation, and has one in a summary', () => {
    const s = oneVillage();
    expect(Object.keys(evaluateSnapshot(s))).not.toContain('ruleCounts');
    expect(Object.keys(evaluateSnapshot(s, { detail: 'summary' }))).toContain('ruleCounts');
  });
});

describe('evaluateSnapshot headline and levels', () => {
  it('[P1.1] computes the county headline under the options given even when levels leave the county out', () => {
    // Both units are 村民委员会 in the registry (rural under 'committee'); by the NBS code the second (1xx) is urban.
    // Under 'nbs_code' indicator 1 is 1 rural unit with a facility of 1 rural unit = 100 % (under 'committee': 1 of 2).
    const s = parseSnapshot({
      asOf: '2024-12-31',
      units: [
        { ...village(1), urbanRuralCode: '220', hasServiceFacility: true },
        { ...village(2), urbanRuralCode: '111', hasServiceFacility: false },
      ],
    });
    const e = evaluateSnapshot(s, { levels: ['township'], classifyBy: 'nbs_code', scope: 'units' });
    expect(e.indicators.every((r) => r.level === 'township')).toBe(true);
    expect(e.headline).toHaveLength(7);
    expect([e.headline[0]!.id, e.headline[0]!.value, e.headline[0]!.meetsTarget]).toEqual(['rural_facility_coverage', '100', true]);
    expect(e.headline).toEqual(evaluateSnapshot(s, { classifyBy: 'nbs_code', scope: 'units' }).headline);
  });

  it("with detail 'summary' and levels ['township'], lists township indicators only but keeps the county headline", () => {
    const s = oneVillage();
    const e = evaluateSnapshot(s, { detail: 'summary', levels: ['township'], scope: 'units' });
    // One township (533124201), seven indicators.
    expect(e.indicators.map((r) => [r.level, r.subject])).toEqual(Array(7).fill(['township', '533124201']));
    expect(e.headline.map((h) => h.value)[0]).toBe('100');
  });

  it("with detail 'summary' and only unit-level rules asked for, lists no rule results (they are counted)", () => {
    const s = oneVillage();
    const e = evaluateSnapshot(s, { detail: 'summary', rules: ['t10-grid-members'] });
    expect(e.rules).toEqual([]);
    expect(e.ruleCounts!.rules.map((r) => r.ruleId)).toEqual(['t10-grid-members']);
    // The village gave no grid members: 1 subject missing data, nothing else.
    expect(e.summary.rules).toEqual({ pass: 0, fail: 0, pending: 0, not_applicable: 0, missing_data: 1 });
  });

  it('evaluate() of clean input reports every unit given as evaluated, none rejected, no issues', () => {
    const e = evaluate({ asOf: '2024-12-31', units: [village(1), village(2)] }, { scope: 'units' });
    expect(e.input).toEqual({
      units: 2,
      evaluated: 2,
      rejected: [],
      issues: [],
      coverage: { scope: 'units', subject: '533124', expected: 2, reported: 2, absent: [], unregistered: [], complete: true },
    });
  });
});

describe('evaluateSnapshot as-of date cache', () => {
  // Fresh valid dates from 1990-01-01 on, one day apart: no other test here uses them.
  function dates(): () => string {
    let day = Date.UTC(1990, 0, 1) / 86_400_000;
    return () => new Date(day++ * 86_400_000).toISOString().slice(0, 10);
  }
  const shareOf = (asOf: string) => prepareRun(oneVillage(), { asOf } satisfies EvaluateOptions).share;

  it('gives the same validated entry for the same date string again', () => {
    const next = dates();
    const d = next();
    const first = shareOf(d);
    expect(shareOf(d)).toBe(first);
    expect(prepareRun(parseSnapshot({ asOf: d, units: [] }), undefined).share).toBe(first);
  });

  it('keeps at most 256 dates: the 257th distinct date empties the cache', () => {
    const next = dates();
    const a = next();
    let share = shareOf(a);
    // Whatever the cache holds now, it is emptied within 256 new dates; looking `a` up again after each new date shows
    // when (a miss gives a new object and stores `a` again).
    let added = 0;
    while (added < 300) {
      shareOf(next());
      added++;
      const again = shareOf(a);
      if (again !== share) {
        share = again;
        break;
      }
    }
    expect(added).toBeLessThanOrEqual(256);
    // Now the cache holds the date that emptied it and `a`: 254 more dates fit, and `a` stays cached.
    let kept = 0;
    for (let k = 0; k < 254; k++) {
      shareOf(next());
      if (shareOf(a) === share) kept++;
    }
    expect(kept).toBe(254);
    // One more would make 257: the cache is emptied first, so `a` is no longer in it.
    shareOf(next());
    expect(shareOf(a)).not.toBe(share);
    expect(shareOf(a)).toEqual(share);
  });
});
