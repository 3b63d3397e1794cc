import { deepFreeze } from '../_lib/deepFreeze';

/**
 * Every clause ID of the plan, in the order the clauses appear in the plan text (60 in all).
 *
 * Panels (专栏) sit where the plan prints them: 专栏1 after 发展目标, 专栏2 after task 3, 专栏3 after task 7,
 * 专栏4 after task 8, 专栏5 after task 9 and 专栏6 after task 12. The tuple is frozen.
 *
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * CLAUSE_IDS.slice(15, 19)
 * //=> ['T1', 'T2', 'T3', 'P2.1']
 * ```
 */
export const CLAUSE_IDS = /* @__PURE__ */ deepFreeze([
  'B1',
  'B2',
  'R1',
  'R2.1',
  'R2.2',
  'R2.3',
  'R2.4',
  'R3',
  'P1.1',
  'P1.2',
  'P1.3',
  'P1.4',
  'P1.5',
  'P1.6',
  'P1.7',
  'T1',
  'T2',
  'T3',
  'P2.1',
  'P2.2',
  'P2.3',
  'T4',
  'T5',
  'T6',
  'T7',
  'P3.1',
  'P3.2',
  'P3.3',
  'P3.4',
  'P3.5',
  'P3.6',
  'P3.7',
  'P3.8',
  'P3.9',
  'P3.10',
  'P3.11',
  'P3.12',
  'P3.13',
  'P3.14',
  'P3.15',
  'P3.16',
  'P3.17',
  'T8',
  'P4.1',
  'P4.2',
  'P4.3',
  'T9',
  'P5.1',
  'P5.2',
  'P5.3',
  'T10',
  'T11',
  'T12',
  'P6.1',
  'P6.2',
  'P6.3',
  'S1',
  'S2',
  'S3',
  'S4',
] as const);

/**
 * The stable ID of one clause of the plan: a literal union, so a mistyped ID does not compile.
 *
 * `B` 发展基础 paragraphs, `R` 总体要求, `P1.n` the indicator rows of 专栏1, `T` the twelve 重点任务,
 * `P2.n`–`P6.n` the items of 专栏2–6, `S` 保障措施.
 *
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * const id: ClauseId = 'P3.2';
 * getClause(id).titleZh
 * //=> '社区养老服务行动'
 * ```
 */
export type ClauseId = (typeof CLAUSE_IDS)[number];
