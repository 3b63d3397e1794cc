// Mutation tests of buildReportModel: every model is built inside its own `it`, from small hand-made evaluations
// whose expected values are worked out by hand from the plan's 专栏1 and the unit registry.
import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../../src/evaluate/Evaluation';
import { evaluate } from '../../src/evaluate/evaluate';
import type { RuleResult } from '../../src/rules/types';
import { buildReportModel } from '../../src/report/reportModel';
import { hostileSnapshot } from './_fixtures';

/** 章凤村 alone, with a facility: rural coverage 1/1 = 100 %; every urban indicator has no community to count. */
const ONE_VILLAGE = { asOf: '2025-12-31', units: [{ code: '533124101201', townshipCode: '533124101', hasServiceFacility: true }] };
/** The figures of the one unit given (scope 'units'), not of the county's 77 registered units. */
const GIVEN = { scope: 'units' } as const;

/** A mutable deep copy, for evaluations edited by hand the way a JSON file may be. */
const edit = (e: Evaluation): { -readonly [K in keyof Evaluation]: Evaluation[K] } => structuredClone(e) as never;

describe('buildReportModel (mutation)', () => {
  it('rounds the expected value and the township cells to the places the evaluation asks for', () => {
    // 专栏1 row 1: 60 % in 2020, 80 % by 2025, so the straight line stands at 80 on 2025-12-31: with 2 places 80.00.
    // 章凤镇: 1 of 1 village → 100 → 100.00.
    const m = buildReportModel(evaluate(ONE_VILLAGE, { ...GIVEN, indicatorPlaces: 2 }), 'en');
    expect(m.headline[0]).toMatchObject({ id: 'rural_facility_coverage', expected: '80', expectedDisplay: '80.00', noValue: null });
    expect(m.townships[0]?.cells[0]).toEqual({ text: '100.00', status: 'achieved', statusLabel: 'achieved' });
  });

  it('falls back to 1 place when indicatorPlaces in the evaluation is not a number', () => {
    // A hand-edited JSON with "indicatorPlaces": "2" (a string): ignored, the default 1 place applies → 80.0, 100.0.
    const e = edit(evaluate(ONE_VILLAGE, GIVEN));
    e.options = { ...e.options, indicatorPlaces: '2' };
    const m = buildReportModel(e, 'en');
    expect(m.headline[0]?.expectedDisplay).toBe('80.0');
    expect(m.townships[0]?.cells[0]?.text).toBe('100.0');
  });

  it('says why a county indicator has no value: n/a when not applicable, no data otherwise', () => {
    // With one village and no community, the indicators that count communities (2, 3, 6) are not applicable at
    // county level; 4 and 5 need the facility areas, which the snapshot does not give (missing data). 7: under scope
    // 'units' the denominator is the units' own urban residents (the county's 城镇常住人口 does not describe them), and
    // there is no community: 0 ÷ 0, n/a.
    const e = evaluate(ONE_VILLAGE, GIVEN);
    const m = buildReportModel(e, 'en');
    expect(m.headline.map((h) => [h.id, h.display, h.noValue])).toEqual([
      ['rural_facility_coverage', '100.0', null],
      ['urban_facility_coverage', null, 'n/a'],
      ['commercial_service_area_share', null, 'n/a'],
      ['facility_area_per_100_households', null, 'missing data'],
      ['activity_area_share', null, 'missing data'],
      ['urban_self_service_coverage', null, 'n/a'],
      ['workers_per_10000_urban_residents', null, 'n/a'],
    ]);
    expect(m.countyCells.map((c) => c.text)).toEqual(['100.0', 'n/a', 'n/a', 'missing data', 'missing data', 'n/a', 'n/a']);
    const zh = buildReportModel(e, 'zh-CN');
    expect(zh.headline.map((h) => h.noValue)).toEqual([null, '不适用', '不适用', '缺数据', '缺数据', '不适用', '不适用']);
    // Over the county's 城镇常住人口 (urbanPopulationSource 'county'), which the snapshot does not give: missing data.
    const byCounty = buildReportModel(evaluate(ONE_VILLAGE, { ...GIVEN, urbanPopulationSource: 'county' }), 'en');
    expect(byCounty.headline[6]).toMatchObject({ id: 'workers_per_10000_urban_residents', display: null, noValue: 'missing data' });
    expect(byCounty.countyCells[6]?.text).toBe('missing data');
  });

  it('an evaluation without some results: no data in the headline, the county row and the township cell', () => {
    // Drop the county result of indicator 7 and 章凤镇's result of indicator 2 (as a trimmed JSON may).
    const e = edit(evaluate(ONE_VILLAGE));
    e.indicators = e.indicators.filter(
      (r) =>
        !(r.level === 'county' && r.id === 'workers_per_10000_urban_residents') &&
        !(r.level === 'township' && r.id === 'urban_facility_coverage'),
    );
    const m = buildReportModel(e, 'en');
    expect(m.headline[6]?.noValue).toBe('missing data');
    expect(m.countyCells[6]?.text).toBe('missing data');
    expect(m.townships.map((t) => t.code)).toEqual(['533124101']);
    expect(m.townships[0]?.cells[1]).toEqual({ text: 'missing data', status: 'no_data', statusLabel: 'missing data' });
  });

  it('groups failing and pending rules by part, subsection and clause, parts in plan order, subjects named', () => {
    const base = evaluate(ONE_VILLAGE);
    const template = base.rules[0]!;
    // Binding unless said (the template, the first rule B1, is informational): a soft rule's fail is an advisory.
    const rule = (clause: string, status: 'fail' | 'pending', subject: string, severity: RuleResult['severity'] = 'binding'): RuleResult => ({
      ...template,
      clause: clause as never,
      status,
      severity,
      subject,
      message: { zh: `[${clause}] 中 ${subject}`, en: `[${clause}] en ${subject}` },
      // Cast: the template (B1, missing data here) keeps its null actual, which a stored evaluation may carry.
    }) as unknown as RuleResult;
    const e = edit(base);
    // Listed out of plan order on purpose: 四、 first, then 三、, then 一、 and 二、.
    e.rules = [
      rule('S2', 'pending', '533124'), // the region itself → Longchuan County
      rule('T7', 'fail', '533124101201'), // a village → 章凤村
      rule('P3.2', 'fail', '533124101'), // a township → 章凤镇
      rule('P3.2', 'fail', '533124999'), // 9 digits, not in the registry → no name
      rule('T7', 'pending', '533124999201'), // 12 digits, not in the registry → no name
      rule('T3', 'fail', '533124101201'),
      rule('T3', 'fail', '533124101203', 'soft'), // a soft rule's fail: an advisory, listed with its clause
      rule('P2.1', 'pending', 'record-7'), // a record ID → no name
      rule('B1', 'pending', '533124'),
      rule('P1.5', 'fail', '533124101201'),
      rule('T3', 'pass' as never, '533124101202'), // passing: not listed
    ];
    const m = buildReportModel(e, 'en');
    const shape = m.chapters.map((c) => [
      c.chapter,
      c.title,
      c.groups.map((g) => [g.title, g.clauses.map((k) => [k.clause, k.label, k.results.map((r) => [r.status, r.subject, r.subjectName, r.message])])]),
    ]);
    const g1 = '(1) Improve Party-building-led mechanisms for urban and rural community services';
    const g2 = '(2) Strengthen the supply of urban and rural community services';
    expect(shape).toEqual([
      ['background', '1. Development foundation', [[null, [['B1', 'Background, paragraph 1', [['pending', '533124', 'Longchuan County', 'en 533124']]]]]]],
      ['requirements', '2. General requirements', [['(3) Development goals', [['P1.5', 'Panel 1, item 5', [['fail', '533124101201', '章凤村', 'en 533124101201']]]]]]],
      [
        'tasks',
        '3. Key tasks',
        [
          [
            g2,
            [
              ['T7', 'Key task 7', [['fail', '533124101201', '章凤村', 'en 533124101201'], ['pending', '533124999201', null, 'en 533124999201']]],
              ['P3.2', 'Panel 3, item 2', [['fail', '533124101', '章凤镇', 'en 533124101'], ['fail', '533124999', null, 'en 533124999']]],
            ],
          ],
          [
            g1,
            [
              ['T3', 'Key task 3', [['fail', '533124101201', '章凤村', 'en 533124101201'], ['advisory', '533124101203', '迭撒村', 'en 533124101203']]],
              ['P2.1', 'Panel 2, item 1', [['pending', 'record-7', null, 'en record-7']]],
            ],
          ],
        ],
      ],
      ['safeguards', '4. Safeguards', [[null, [['S2', 'Safeguard 2', [['pending', '533124', 'Longchuan County', 'en 533124']]]]]]],
    ]);
    const zh = buildReportModel(e, 'zh-CN');
    expect(zh.chapters.map((c) => c.title)).toEqual(['一、发展基础', '二、总体要求', '三、重点任务', '四、保障措施']);
    expect(zh.chapters[2]?.groups.map((g) => g.title)).toEqual(['（二）增强城乡社区服务供给', '（一）健全党建引领城乡社区服务机制']);
    expect(zh.chapters[2]?.groups[0]?.clauses.map((k) => [k.label, k.title])).toEqual([
      ['重点任务第7条', '服务平安建设'],
      ['专栏3第2项', '社区养老服务行动'],
    ]);
    expect(zh.chapters[0]?.groups[0]?.clauses[0]?.results[0]).toMatchObject({ subjectName: '陇川县', message: '中 533124' });
  });

  it('a summary evaluation names at most the first 5 failing units, a unit outside the registry by its code alone', () => {
    // Task 10: a grid member per village. 芒市's 533103001201 and 章凤镇's 201–205 have none: 6 fail.
    // In a province-wide evaluation (region 53) the region has no name and the unknown unit is shown by code only.
    const units = ['533103001201', '533124101201', '533124101202', '533124101203', '533124101204', '533124101205'].map((code) => ({
      code,
      townshipCode: code.slice(0, 9),
      committeeType: 'village_committee',
      gridMembers: 0,
    }));
    const e = evaluate({ asOf: '2025-12-31', regionCode: '53', units }, { detail: 'summary' });
    const rows = buildReportModel(e, 'en')
      .chapters.flatMap((c) => c.groups.flatMap((g) => g.clauses.flatMap((k) => k.results)))
      .filter((r) => r.ruleId === 't10-grid-members');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'fail', subject: '53', subjectName: null, actual: '6', expected: null });
    expect(rows[0]?.message).toBe(
      'Grid members assigned: 6 unit(s) fail, e.g. 533103001201; 533124101201 章凤村; 533124101202 芒弄村; 533124101203 迭撒村; ' +
        '533124101204 芒拉村 and others (a summary evaluation counts them)',
    );
  });

  it('lists an overdue action with its due date and its message without the clause tag, or an empty due when none', () => {
    // P3.4 is due 到2025年 (2025-12-31) and only in progress on 2025-12-31.
    const e = edit(evaluate(hostileSnapshot()));
    const en = buildReportModel(e, 'en').actions.overdue;
    expect(en).toHaveLength(1);
    expect(en[0]).toMatchObject({ clause: 'P3.4', due: '2025-12-31' });
    expect(en[0]?.message.startsWith('[')).toBe(false);
    e.actions = e.actions.map((a) => (a.overdue ? { ...a, due: null } : a));
    expect(buildReportModel(e, 'zh-CN').actions.overdue.map((a) => a.due)).toEqual(['']);
  });
});
