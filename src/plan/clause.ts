import type { ClauseId } from './clauseIds';

/**
 * The part (一、–四、) of the plan a clause belongs to.
 *
 * `background` 一、发展基础, `requirements` 二、总体要求 (including 专栏1), `tasks` 三、重点任务 (including
 * 专栏2–6), `safeguards` 四、保障措施.
 *
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * getClause('P1.1').chapter
 * //=> 'requirements'
 * ```
 */
export type ClauseChapter = 'background' | 'requirements' | 'tasks' | 'safeguards';

/**
 * What kind of text a clause is.
 *
 * `paragraph` an unnumbered paragraph (发展基础, 指导思想, 发展目标), `principle` a ——坚持… line of 基本原则,
 * `indicator` a row of the 专栏1 indicator table, `task` a numbered 重点任务, `panelItem` a numbered item of
 * 专栏2–6, `safeguard` a （一）–（四） part of 保障措施.
 *
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * getClause('P3.2').kind
 * //=> 'panelItem'
 * ```
 */
export type ClauseKind = 'paragraph' | 'principle' | 'indicator' | 'task' | 'panelItem' | 'safeguard';

/**
 * One clause of the plan: where it sits, how to cite it, and its exact words.
 *
 * @category Plan data · 规划数据
 * @example
 * ```ts
 * const clause: Clause = getClause('T3');
 * clause.text.startsWith('3.推动服务机制改革创新。全面推行“一窗”受理')
 * //=> true
 * ```
 */
export interface Clause {
  /** Stable ID, e.g. `'T3'`. */
  readonly id: ClauseId;
  /** The part of the plan the clause belongs to. */
  readonly chapter: ClauseChapter;
  /** That part's heading as printed, e.g. `'三、重点任务'`. */
  readonly chapterZh: string;
  /** What kind of text the clause is. */
  readonly kind: ClauseKind;
  /** The （一）-style subsection heading the clause sits under, as printed, e.g. `'（一）健全党建引领城乡社区服务机制'`. Absent for 发展基础 and 保障措施, which have none. */
  readonly groupZh?: string;
  /** English rendering of {@link Clause.groupZh}, e.g. `'(1) Improve Party-building-led mechanisms for urban and rural community services'`. */
  readonly groupEn?: string;
  /** Panel (专栏) number 1–6, for indicator rows and panel items only. */
  readonly panel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** The panel's title as printed, without `专栏n`, e.g. `'新时代新社区新生活服务质量提升行动'`. */
  readonly panelTitleZh?: string;
  /** English rendering of {@link Clause.panelTitleZh}. */
  readonly panelTitleEn?: string;
  /** Chinese citation label, e.g. `'重点任务第8条'`, `'专栏3第2项'`. */
  readonly labelZh: string;
  /** English citation label, e.g. `'Key task 8'`, `'Panel 3, item 2'`. */
  readonly labelEn: string;
  /** The clause's own title as printed, e.g. `'推动服务机制改革创新'`; for a 专栏1 row the indicator name. */
  readonly titleZh: string;
  /** Short English title. */
  readonly titleEn: string;
  /** The clause's full text exactly as the plan prints it (leading number included, layout markup excluded). */
  readonly text: string;
}
