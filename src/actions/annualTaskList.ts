import { PlanInputError } from '../_lib/PlanInputError';
import { showValue } from '../_lib/showValue';
import { CLAUSE_IDS, type ClauseId } from '../plan/clauseIds';
import { CLAUSES } from '../plan/clauses';
import { PLAN } from '../plan/meta';
import { RULES } from '../rules/RULES';
import { ACTIONS } from './ACTIONS';

/**
 * One line of an annual task list: a key task of the plan (重点任务 T1–T12), a rule, or a tracked action.
 *
 * `recurring` is true for what is done every year (standards, annual and monthly checks, trends, ongoing actions);
 * `dueThisYear` is true when the item's due date falls in the list's year.
 *
 * @clause S1
 * @category Safeguards · 保障措施
 * @example
 * ```ts
 * const item: TaskListItem = annualTaskList(2025).items.find((i) => i.id === 'p3-16-village-plans')!;
 * [item.kind, item.due, item.dueThisYear]
 * //=> ['rule', '2025-12-31', true]
 * ```
 */
export interface TaskListItem {
  /** The clause ID for a task (`'T3'`), else the rule's or action's ID. */
  readonly id: string;
  /** What the item is. */
  readonly kind: 'task' | 'rule' | 'action';
  /** The clause it comes from. */
  readonly clause: ClauseId;
  /** Title in Chinese. */
  readonly titleZh: string;
  /** Title in English. */
  readonly titleEn: string;
  /** Due date (stated in the clause, or the plan's general 2025-12-31 for an undated target), or `null`. */
  readonly due: string | null;
  /** Whether `due` falls in the list's year. */
  readonly dueThisYear: boolean;
  /** Whether the item recurs every year. */
  readonly recurring: boolean;
}

/**
 * The annual task list (年度任务清单) of one year of the plan period.
 *
 * @clause S1
 * @category Safeguards · 保障措施
 * @example
 * ```ts
 * const list: AnnualTaskList = annualTaskList(2023);
 * list.year
 * //=> 2023
 * ```
 */
export interface AnnualTaskList {
  /** The year, 2021–2025. */
  readonly year: number;
  /** The items, in the plan's clause order; within a clause the task first, then rules, then actions. */
  readonly items: readonly TaskListItem[];
}

const KIND_ORDER = { task: 0, rule: 1, action: 2 } as const;

/**
 * Generate the annual task list 保障措施（一） asks for (“要制定规划实施年度任务清单和工作台账”): the twelve key tasks,
 * every rule and every tracked action of the plan that is still to be met or carried on in that year, with due
 * dates flagged.
 *
 * The plan sets no year-by-year milestones; the list does not invent any. An item whose due date is before the
 * year would be left out (none is: every dated item of the plan falls due on 2025-12-31).
 *
 * @param year - A year of the plan period, 2021–2025.
 * @throws `PlanInputError` with code `'year_outside_plan'` (path `['year']`) for any other value.
 * @clause S1
 * @category Safeguards · 保障措施
 * @example
 * ```ts
 * const list = annualTaskList(2025);
 * list.items.filter((i) => i.kind === 'task').map((i) => i.id)
 * //=> ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12']
 * list.items.some((i) => i.id === 'p3-17-three-lists')
 * //=> true
 * ```
 */
export function annualTaskList(year: number): AnnualTaskList {
  const first = PLAN.baselineYear + 1;
  const last = PLAN.targetYear;
  if (!Number.isInteger(year) || year < first || year > last) {
    throw new PlanInputError({
      code: 'year_outside_plan',
      path: ['year'],
      messageZh: `年份须为规划期内的 ${first}—${last} 年：${showValue(year)}`,
      messageEn: `the year must be in the plan period ${first}–${last}: ${showValue(year)}`,
    });
  }
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const items: (TaskListItem & { order: number })[] = [];
  const order = (clause: ClauseId, kind: TaskListItem['kind'], i: number) =>
    (CLAUSE_IDS as readonly string[]).indexOf(clause) * 1_000_000 + KIND_ORDER[kind] * 100_000 + i;

  CLAUSE_IDS.forEach((id) => {
    const c = CLAUSES[id];
    if (c.kind !== 'task') return;
    items.push({ id, kind: 'task', clause: id, titleZh: c.titleZh, titleEn: c.titleEn, due: null, dueThisYear: false, recurring: true, order: order(id, 'task', 0) });
  });
  RULES.forEach((r, i) => {
    const due = r.due ?? r.impliedDue ?? null;
    if (due !== null && due < start) return;
    items.push({
      id: r.id,
      kind: 'rule',
      clause: r.clause,
      titleZh: r.titleZh,
      titleEn: r.titleEn,
      due,
      dueThisYear: due !== null && due <= end,
      recurring: r.cadence !== 'target',
      order: order(r.clause, 'rule', i),
    });
  });
  ACTIONS.forEach((a, i) => {
    const due = a.due ?? null;
    if (due !== null && due < start) return;
    items.push({
      id: a.id,
      kind: 'action',
      clause: a.clause,
      titleZh: a.titleZh,
      titleEn: a.titleEn,
      due,
      dueThisYear: due !== null && due <= end,
      recurring: a.cadence === 'ongoing',
      order: order(a.clause, 'action', i),
    });
  });
  items.sort((a, b) => a.order - b.order);
  return Object.freeze({
    year,
    items: Object.freeze(items.map(({ order: _order, ...item }) => Object.freeze(item))),
  });
}
