import { isDue } from '../period/isDue';
import type { ClauseId } from '../plan/clauseIds';
import type { PlanIssue } from '../snapshot/PlanIssue';
import type { Snapshot } from '../snapshot/snapshotSchema';
import type { ActionStatus } from './ActionDefinition';
import { ACTIONS, isActionId, type ActionId } from './ACTIONS';

/**
 * Where one tracked action stands according to a snapshot, as plain JSON: its status (`'missing_data'` when the
 * snapshot does not report it), dates, evidence and whether its due date has passed unfinished.
 *
 * @clause S1
 * @category Safeguards · 保障措施
 * @example
 * ```ts
 * const r: ActionReport = checkActions({ asOf: '2024-12-31', units: [] })[0]!;
 * r.status
 * //=> 'missing_data'
 * ```
 */
export interface ActionReport {
  /** The action's ID. */
  readonly actionId: ActionId;
  /** Its clause. */
  readonly clause: ClauseId;
  /** Its status as reported, or `'missing_data'`. */
  readonly status: ActionStatus | 'missing_data';
  /** When work began, or `null`. */
  readonly startedOn: string | null;
  /** When it was completed, or `null`. */
  readonly completedOn: string | null;
  /** When the status was last confirmed, or `null`. */
  readonly updatedOn: string | null;
  /** Evidence as reported (document numbers, links, notes). */
  readonly evidence: readonly string[];
  /** The reporter's note, or `null`. */
  readonly note: string | null;
  /** The action's due date, or `null` when the plan gives none. */
  readonly due: string | null;
  /** `true` when the due date has passed (asOf on or after it) and the action is not done. */
  readonly overdue: boolean;
  /** A sentence in Chinese and English citing the clause (`'[P3.8] …'`). */
  readonly message: { readonly zh: string; readonly en: string };
}

const STATUS_ZH = { not_started: '未开始', in_progress: '进行中', done: '已完成' } as const;
const STATUS_EN = { not_started: 'not started', in_progress: 'in progress', done: 'done' } as const;

/**
 * The status of every tracked action, in catalogue order, from the snapshot's `actions` records; an action the
 * snapshot does not report is `missing_data` (never assumed not started or done). Never throws on a valid snapshot.
 *
 * @clause S1
 * @clause P3.8
 * @category Safeguards · 保障措施
 * @example
 * ```ts
 * const s = { asOf: '2024-12-31', units: [], actions: [{ actionId: 'p3-17-three-lists', status: 'done' as const, completedOn: '2023-05-01' }] };
 * checkActions(s).find((r) => r.actionId === 'p3-17-three-lists')?.message.en
 * //=> '[P3.17] "Three lists" system (needs, resources, projects): done (2023-05-01)'
 * ```
 */
export function checkActions(snapshot: Snapshot): ActionReport[] {
  const byId = new Map<string, NonNullable<Snapshot['actions']>[number]>();
  snapshot.actions?.forEach((a) => byId.set(a.actionId, a));
  const out: ActionReport[] = [];
  for (const def of ACTIONS) {
    const rec = byId.get(def.id);
    const due = def.due ?? null;
    const tag = `[${def.clause}] `;
    if (rec === undefined) {
      out.push({
        actionId: def.id,
        clause: def.clause,
        status: 'missing_data',
        startedOn: null,
        completedOn: null,
        updatedOn: null,
        evidence: [],
        note: null,
        due,
        overdue: false,
        message: { zh: `${tag}${def.titleZh}：填报数据未报告进展`, en: `${tag}${def.titleEn}: not reported in the data` },
      });
      continue;
    }
    const overdue = due !== null && rec.status !== 'done' && isDue(snapshot.asOf, due);
    const when = rec.status === 'done' ? ` (${rec.completedOn ?? ''})` : rec.startedOn !== undefined ? ` (since ${rec.startedOn})` : '';
    const whenZh = rec.status === 'done' ? `（${rec.completedOn ?? ''}）` : rec.startedOn !== undefined ? `（自 ${rec.startedOn}）` : '';
    out.push({
      actionId: def.id,
      clause: def.clause,
      status: rec.status,
      startedOn: rec.startedOn ?? null,
      completedOn: rec.completedOn ?? null,
      updatedOn: rec.updatedOn ?? null,
      evidence: [...(rec.evidence ?? [])],
      note: rec.note ?? null,
      due,
      overdue,
      message: {
        zh: `${tag}${def.titleZh}：${STATUS_ZH[rec.status]}${whenZh}${overdue ? `，已过期限 ${due ?? ''}` : ''}`,
        en: `${tag}${def.titleEn}: ${STATUS_EN[rec.status]}${when}${overdue ? `, past its due date ${due ?? ''}` : ''}`,
      },
    });
  }
  return out;
}

/**
 * Problems with the snapshot's action records that the schema cannot see: an `actionId` not in the catalogue
 * (`unknown_action`), or a date after the snapshot's `asOf` (`date_after_as_of`). Empty when there are none.
 *
 * @clause S1
 * @category Safeguards · 保障措施
 * @example
 * ```ts
 * actionRecordIssues({ asOf: '2024-12-31', units: [], actions: [{ actionId: 'no-such-action', status: 'not_started' }] })[0]?.code
 * //=> 'unknown_action'
 * ```
 */
export function actionRecordIssues(snapshot: Snapshot): PlanIssue[] {
  const issues: PlanIssue[] = [];
  (snapshot.actions ?? []).forEach((a, i) => {
    if (!isActionId(a.actionId)) {
      issues.push({
        code: 'unknown_action',
        path: ['actions', i, 'actionId'],
        messageZh: `未知的任务编号 ${a.actionId}（见 ACTIONS）`,
        messageEn: `unknown action ID ${a.actionId} (see ACTIONS)`,
      });
    }
    for (const field of ['startedOn', 'completedOn', 'updatedOn'] as const) {
      const d = a[field];
      if (d !== undefined && d > snapshot.asOf) {
        issues.push({
          code: 'date_after_as_of',
          path: ['actions', i, field],
          messageZh: `日期 ${d} 晚于填报数据截至日期 ${snapshot.asOf}`,
          messageEn: `date ${d} is after the snapshot date ${snapshot.asOf}`,
        });
      }
    }
  });
  return issues;
}
