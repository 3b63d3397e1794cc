// Tests written to kill the Stryker survivors of src/actions/annualTaskList.ts: the year check's exact error, the
// order within a clause, and the flags (due, dueThisYear, recurring) of tasks, rules and actions.
// Expected values come from the plan text, the rule and action catalogues and the function's TSDoc, not from running it.
// Every list is built inside its test, so that Stryker's per-test coverage sees which test reads which line.
import { describe, expect, it } from 'vitest';
import { PlanInputError } from '../../src/_lib/PlanInputError';
import { annualTaskList, type TaskListItem } from '../../src/actions/annualTaskList';
import { thrown } from '../_thrown';

/** What `f` threw, or `undefined`. */

function item(year: number, id: string): TaskListItem {
  const found = annualTaskList(year).items.find((i) => i.id === id);
  if (found === undefined) throw new Error(`${id} is not in the ${year} list`);
  return found;
}

describe('annualTaskList: the plan period 2021–2025 (基期 2020, 目标年 2025)', () => {
  it.each([2021, 2025])('accepts the first and last plan year %i', (year) => {
    expect(annualTaskList(year).year).toBe(year);
  });

  // The message shows the period as 2021—2025 (Chinese dash) / 2021–2025 (en dash), then the value given.
  it.each([
    [2020, '2020'],
    [2026, '2026'],
    [2023.5, '2023.5'],
    [Number.NaN, 'NaN'],
    ['2023', '2023'],
  ])('rejects %s with year_outside_plan at path ["year"], both messages exact', (year, shown) => {
    const e = thrown(() => annualTaskList(year as never)) as PlanInputError;
    expect(e).toBeInstanceOf(PlanInputError);
    expect({ code: e.code, path: e.path, messageZh: e.messageZh, messageEn: e.messageEn }).toEqual({
      code: 'year_outside_plan',
      path: ['year'],
      messageZh: `年份须为规划期内的 2021—2025 年：${shown}`,
      messageEn: `the year must be in the plan period 2021–2025: ${shown}`,
    });
  });
});

describe('annualTaskList: order within a clause', () => {
  it('T3 is the task, then its four rules in catalogue order, then its six actions in catalogue order', () => {
    // rulesForClause('T3') in src/rules/RULES.ts and the T3 block of ACTION_IDS in src/actions/ACTIONS.ts.
    const ids = annualTaskList(2023)
      .items.filter((i) => i.clause === 'T3')
      .map((i) => i.id);
    expect(ids).toEqual([
      'T3',
      't3-opening-hours',
      't3-proxy-government-service',
      't3-online-service-24h',
      't3-satisfaction-survey',
      't3-one-window',
      't3-facility-operation',
      't3-instant-response',
      't3-government-purchase',
      't3-good-bad-review',
      't3-demand-matching-evaluation',
    ]);
  });

  it('P3.2: six rules (catalogue order) before its two actions; no task (专栏 items are not key tasks)', () => {
    const ids = annualTaskList(2021)
      .items.filter((i) => i.clause === 'P3.2')
      .map((i) => [i.kind, i.id]);
    expect(ids).toEqual([
      ['rule', 'p3-2-township-elderly-care-centre'],
      ['rule', 'p3-2-regional-elderly-care-centres'],
      ['rule', 'p3-2-day-care-coverage'],
      ['rule', 'p3-2-new-estate-elderly-care-space'],
      ['rule', 'p3-2-monthly-visit-rate'],
      ['rule', 'p3-2-visits-on-roster'],
      ['action', 'p3-2-home-care-network'],
      ['action', 'p3-2-age-friendly-communities'],
    ]);
  });

  it('the first item of every year is the B1 trend rule (B1 is the first clause and has no task)', () => {
    for (const year of [2021, 2025]) expect(annualTaskList(year).items[0]?.id).toBe('b1-one-shoulder-trend');
  });
});

describe('annualTaskList: key tasks', () => {
  it('T1 and T11: titles of the plan, no due date, not due this year, recurring (a key task runs all five years)', () => {
    // 重点任务 1.加强党的全面领导 and 11.加强人才教育培训 in the plan text; English titles from the clause registry.
    expect(item(2025, 'T1')).toEqual({
      id: 'T1',
      kind: 'task',
      clause: 'T1',
      titleZh: '加强党的全面领导',
      titleEn: "Strengthen the Party's overall leadership",
      due: null,
      dueThisYear: false,
      recurring: true,
    });
    expect(item(2021, 'T11')).toEqual({
      id: 'T11',
      kind: 'task',
      clause: 'T11',
      titleZh: '加强人才教育培训',
      titleEn: 'Strengthen education and training of personnel',
      due: null,
      dueThisYear: false,
      recurring: true,
    });
  });

  it('every task, every year: due null, dueThisYear false, recurring true', () => {
    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      const tasks = annualTaskList(year).items.filter((i) => i.kind === 'task');
      expect(tasks.map((t) => [t.due, t.dueThisYear, t.recurring])).toEqual(Array.from({ length: 12 }, () => [null, false, true]));
    }
  });
});

describe('annualTaskList: rules', () => {
  it('a dated target (P3.14, 到2025年) is due on 2025-12-31: due this year in 2025 only, never recurring', () => {
    for (const [year, dueThisYear] of [
      [2021, false],
      [2024, false],
      [2025, true],
    ] as const) {
      expect(item(year, 'p3-14-demonstration-villages')).toMatchObject({ kind: 'rule', clause: 'P3.14', due: '2025-12-31', dueThisYear, recurring: false });
    }
  });

  it('an undated target (T3 全覆盖) takes the plan’s general date 2025-12-31 (发展目标 到2025年末)', () => {
    expect(item(2025, 't3-proxy-government-service')).toMatchObject({ due: '2025-12-31', dueThisYear: true, recurring: false });
    expect(item(2022, 't3-proxy-government-service')).toMatchObject({ due: '2025-12-31', dueThisYear: false, recurring: false });
    // The satisfaction survey 覆盖所有村（社区） is such a target too (no cycle in the plan).
    expect(item(2025, 't3-satisfaction-survey')).toMatchObject({ due: '2025-12-31', dueThisYear: true, recurring: false });
  });

  it.each([
    ['t3-opening-hours', 'standard'],
    ['t12-urban-worker-income', 'annual'],
    ['p3-2-monthly-visit-rate', 'monthly'],
    ['b1-one-shoulder-trend', 'trend'],
  ])('%s (%s) recurs, has no due date and is never due this year', (id) => {
    expect(item(2025, id)).toMatchObject({ kind: 'rule', due: null, dueThisYear: false, recurring: true });
  });
});

describe('annualTaskList: actions', () => {
  it('[P3.4] 到2025年，初步建立政府购买精神障碍社区服务制度: due 2025-12-31, due this year in 2025 only, done once', () => {
    const expected = (dueThisYear: boolean) => ({
      id: 'p3-4-mental-health-purchase',
      kind: 'action',
      clause: 'P3.4',
      titleZh: '初步建立政府购买精神障碍社区服务制度',
      titleEn: 'Government purchase of community mental-health services',
      due: '2025-12-31',
      dueThisYear,
      recurring: false,
    });
    expect(item(2025, 'p3-4-mental-health-purchase')).toEqual(expected(true));
    expect(item(2024, 'p3-4-mental-health-purchase')).toEqual(expected(false));
    expect(item(2021, 'p3-4-mental-health-purchase')).toEqual(expected(false));
  });

  it('an undated action has due null (not undefined) and is never due this year', () => {
    const a = item(2025, 'p3-17-three-lists');
    expect(a.due).toBeNull();
    expect(a.dueThisYear).toBe(false);
    // Only one action of the catalogue carries a date, so in 2025 exactly one action is due this year.
    expect(annualTaskList(2025).items.filter((i) => i.kind === 'action' && i.dueThisYear).map((i) => i.id)).toEqual(['p3-4-mental-health-purchase']);
    expect(annualTaskList(2024).items.filter((i) => i.kind === 'action' && i.dueThisYear)).toEqual([]);
  });

  it('recurring follows the cadence: 常态化开展 / 落实 (ongoing) recur, 建立 (once) does not', () => {
    expect(item(2023, 't1-consultation-system').recurring).toBe(true); // 全面落实…协商制度: ongoing
    expect(item(2023, 't1-double-report').recurring).toBe(true); // 常态化开展: ongoing
    expect(item(2023, 't1-joint-meeting-system').recurring).toBe(false); // 建立健全…制度: once
    expect(item(2023, 'p3-17-three-lists').recurring).toBe(false); // 建立…工作制度: once
  });
});
