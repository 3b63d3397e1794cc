// annualTaskList's TSDoc: "An item whose due date is before the year would be left out (none is: every dated item of
// the plan falls due on 2025-12-31)". The plan's own catalogues cannot show that rule at work, so this file adds four
// made-up items to them (two rules, two actions, IDs starting `zz-`), dated on the first or last day of a plan year,
// and checks the boundaries: an item is listed up to and including its due year, due this year only in that year,
// and left out from the next year on. Everything else in the catalogues is the plan's.
import { describe, expect, it, vi } from 'vitest';
import { annualTaskList } from '../../src/actions/annualTaskList';

vi.mock('../../src/rules/RULES', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../src/rules/RULES')>();
  const extra = [
    { id: 'zz-rule-due-2022-12-31', clause: 'T5', titleZh: '测试规则甲', titleEn: 'Test rule A', due: '2022-12-31', cadence: 'target' },
    { id: 'zz-rule-implied-2024-01-01', clause: 'T6', titleZh: '测试规则乙', titleEn: 'Test rule B', impliedDue: '2024-01-01', cadence: 'annual' },
  ];
  return { ...m, RULES: [...m.RULES, ...extra] };
});

vi.mock('../../src/actions/ACTIONS', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../src/actions/ACTIONS')>();
  const first = { id: 'zz-action-due-2021-12-31', clause: 'T11', titleZh: '测试任务丁', titleEn: 'Test action D', cadence: 'ongoing', due: '2021-12-31' };
  const last = { id: 'zz-action-due-2023-01-01', clause: 'T11', titleZh: '测试任务丙', titleEn: 'Test action C', cadence: 'once', due: '2023-01-01' };
  return { ...m, ACTIONS: [first, ...m.ACTIONS, last] };
});

/** The IDs and flags of one clause's items in a year's list. */
function clause(year: number, id: string): [string, string | null, boolean, boolean][] {
  return annualTaskList(year)
    .items.filter((i) => i.clause === id)
    .map((i) => [i.id, i.due, i.dueThisYear, i.recurring]);
}

const T5_ACTIONS: [string, null, false, true][] = [
  ['t5-cadres-plan-hometown', null, false, true],
  ['t5-waste-sorting', null, false, true],
  ['t5-toilet-revolution', null, false, true],
  ['t5-border-model-villages', null, false, true],
  ['t5-green-families', null, false, true],
];

describe('annualTaskList with dated items before 2025 (made-up catalogue entries)', () => {
  it('a rule due 2022-12-31 (last day of 2022): listed in 2021 and 2022, due this year in 2022, gone from 2023', () => {
    // T5 has no rule of its own in the plan, so the made-up rule comes right after the task and before T5's actions,
    // although it is last in the rule catalogue and the actions' indices are smaller.
    const rule = (dueThisYear: boolean): [string, string, boolean, boolean] => ['zz-rule-due-2022-12-31', '2022-12-31', dueThisYear, false];
    expect(clause(2021, 'T5')).toEqual([['T5', null, false, true], rule(false), ...T5_ACTIONS]);
    expect(clause(2022, 'T5')).toEqual([['T5', null, false, true], rule(true), ...T5_ACTIONS]);
    expect(clause(2023, 'T5')).toEqual([['T5', null, false, true], ...T5_ACTIONS]);
    expect(clause(2025, 'T5')).toEqual([['T5', null, false, true], ...T5_ACTIONS]);
  });

  it('a rule whose implied date is 2024-01-01 (first day of 2024): listed in 2023 and 2024, due this year in 2024, gone in 2025', () => {
    const ids = (year: number) => clause(year, 'T6');
    const rule = (dueThisYear: boolean) => ['zz-rule-implied-2024-01-01', '2024-01-01', dueThisYear, true];
    const actions = [
      ['t6-embedded-communities', null, false, true],
      ['t6-common-language', null, false, true],
    ];
    expect(ids(2023)).toEqual([['T6', null, false, true], rule(false), ...actions]);
    expect(ids(2024)).toEqual([['T6', null, false, true], rule(true), ...actions]);
    expect(ids(2025)).toEqual([['T6', null, false, true], ...actions]);
  });

  it('actions due 2021-12-31 and 2023-01-01: each listed up to its due year, due this year in it, gone after', () => {
    // In T11 the made-up actions sit first and last in the action catalogue, around t11-tiered-training and
    // t11-quality-courses (both ongoing, undated).
    const d = (dueThisYear: boolean): [string, string, boolean, boolean] => ['zz-action-due-2021-12-31', '2021-12-31', dueThisYear, true];
    const c = (dueThisYear: boolean): [string, string, boolean, boolean] => ['zz-action-due-2023-01-01', '2023-01-01', dueThisYear, false];
    const task: [string, null, boolean, boolean] = ['T11', null, false, true];
    // T11's rule (培训全覆盖, implied due 2025-12-31) comes before the actions, due in 2025 only.
    const rule = (dueThisYear: boolean): [string, string, boolean, boolean] => ['t11-training-coverage', '2025-12-31', dueThisYear, false];
    const own: [string, null, boolean, boolean][] = [
      ['t11-tiered-training', null, false, true],
      ['t11-quality-courses', null, false, true],
    ];
    expect(clause(2021, 'T11')).toEqual([task, rule(false), d(true), ...own, c(false)]);
    expect(clause(2022, 'T11')).toEqual([task, rule(false), ...own, c(false)]);
    expect(clause(2023, 'T11')).toEqual([task, rule(false), ...own, c(true)]);
    expect(clause(2024, 'T11')).toEqual([task, rule(false), ...own]);
    expect(clause(2025, 'T11')).toEqual([task, rule(true), ...own]);
  });

  it('the plan’s own items are untouched: 12 tasks, 46 rules and 91 actions in 2025', () => {
    const kinds = annualTaskList(2025).items.map((i) => i.kind);
    expect([kinds.filter((k) => k === 'task').length, kinds.filter((k) => k === 'rule').length, kinds.filter((k) => k === 'action').length]).toEqual([12, 46, 91]);
  });
});
