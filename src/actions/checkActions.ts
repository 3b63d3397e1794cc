import { PlanInputError } from '../_lib/PlanInputError';
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
 * A union on `status`: after checking it, the fields that status guarantees are typed without `null` (a done action
 * has its `completedOn`), and those it rules out are `null` (an action not reported has no dates, evidence or note
 * and is never overdue).
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
export type ActionReport = ActionReportNotStarted | ActionReportInProgress | ActionReportDone | ActionReportMissingData;

/**
 * What every {@link ActionReport} has, whatever its status.
 *
 * @clause S1
 * @category Safeguards · 保障措施
 * @example
 * ```ts
 * const base: ActionReportBase = checkActions({ asOf: '2024-12-31', units: [] })[0]!;
 * base.overdue
 * //=> false
 * ```
 */
export interface ActionReportBase {
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

/**
 * An action reported as not started: no start or completion date.
 *
 * @clause S1
 * @category Safeguards · 保障措施
 * @example
 * ```ts
 * const [r] = checkActions({ asOf: '2024-12-31', units: [], actions: [{ actionId: 'p3-17-three-lists', status: 'not_started' as const }] })
 *   .filter((x) => x.actionId === 'p3-17-three-lists');
 * if (r?.status === 'not_started') {
 *   const started: null = r.startedOn;
 * }
 * [r?.status, r?.startedOn, r?.completedOn]
 * //=> ['not_started', null, null]
 * ```
 */
export interface ActionReportNotStarted extends ActionReportBase {
  readonly status: 'not_started';
  readonly startedOn: null;
  readonly completedOn: null;
}

/**
 * An action reported as in progress: perhaps a start date, no completion date.
 *
 * @clause S1
 * @category Safeguards · 保障措施
 * @example
 * ```ts
 * const [r] = checkActions({ asOf: '2024-12-31', units: [], actions: [{ actionId: 'p3-3-youth-homes', status: 'in_progress' as const, startedOn: '2024-03-01' }] })
 *   .filter((x) => x.actionId === 'p3-3-youth-homes');
 * [r?.status, r?.startedOn, r?.completedOn]
 * //=> ['in_progress', '2024-03-01', null]
 * ```
 */
export interface ActionReportInProgress extends ActionReportBase {
  readonly status: 'in_progress';
  readonly completedOn: null;
}

/**
 * An action reported as done: its completion date is always there, and it is never overdue.
 *
 * @clause S1
 * @category Safeguards · 保障措施
 * @example
 * ```ts
 * const [r] = checkActions({ asOf: '2024-12-31', units: [], actions: [{ actionId: 'p3-17-three-lists', status: 'done' as const, completedOn: '2023-05-01' }] })
 *   .filter((x) => x.actionId === 'p3-17-three-lists');
 * if (r?.status === 'done') {
 *   const completed: string = r.completedOn; // never null here
 * }
 * [r?.status, r?.completedOn, r?.overdue]
 * //=> ['done', '2023-05-01', false]
 * ```
 */
export interface ActionReportDone extends ActionReportBase {
  readonly status: 'done';
  readonly completedOn: string;
  readonly overdue: false;
}

/**
 * An action the snapshot does not report: no dates, no evidence, no note, never overdue (its progress is unknown,
 * not assumed).
 *
 * @clause S1
 * @category Safeguards · 保障措施
 * @example
 * ```ts
 * const r = checkActions({ asOf: '2026-01-01', units: [] }).find((x) => x.due !== null);
 * [r?.status, r?.startedOn, r?.evidence, r?.overdue]
 * //=> ['missing_data', null, [], false]
 * ```
 */
export interface ActionReportMissingData extends ActionReportBase {
  readonly status: 'missing_data';
  readonly startedOn: null;
  readonly completedOn: null;
  readonly updatedOn: null;
  readonly evidence: readonly [];
  readonly note: null;
  readonly overdue: false;
}

const STATUS_ZH = { not_started: '未开始', in_progress: '进行中', done: '已完成' } as const;
const STATUS_EN = { not_started: 'not started', in_progress: 'in progress', done: 'done' } as const;

/**
 * The status of every tracked action, in catalogue order, from the snapshot's `actions` records; an action the
 * snapshot does not report is `missing_data` (never assumed not started or done). Never throws on a valid snapshot.
 *
 * @throws `PlanInputError` for a record whose dates contradict its status, which the snapshot schema refuses
 *   (`completed_on_required`: done without `completedOn`; `inconsistent_status`: not started with a date, in progress
 *   with `completedOn`), so that no report breaks the promises of its status; a snapshot from `parseSnapshot` has none.
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
  const byId = new Map<string, number>();
  snapshot.actions?.forEach((a, i) => byId.set(a.actionId, i));
  const out: ActionReport[] = [];
  for (const def of ACTIONS) {
    const index = byId.get(def.id);
    const due = def.due ?? null;
    const tag = `[${def.clause}] `;
    if (index === undefined) {
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
    // A reported action: the record at `index` (the list is there, as the map found it).
    const rec = (snapshot.actions as NonNullable<Snapshot['actions']>)[index] as NonNullable<Snapshot['actions']>[number];
    statusCheck(rec, index);
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
      // The union's promises per status hold: statusCheck refused a record that breaks them, and a done action is
      // never overdue by the line above.
    } as ActionReport);
  }
  return out;
}

/**
 * Refuse a record whose dates contradict its status, naming its path: the same three checks, codes, paths and messages
 * as `actionStatusSchema` (src/snapshot/ruleData/actionStatus.ts), repeated on purpose. On `evaluate`'s path they never
 * fire (a snapshot reaches checkActions there only after `ruleSnapshot` parsed it), but `checkActions` is exported and
 * takes a `Snapshot` as it is, without parsing: the type leaves `completedOn` optional whatever the status, so a
 * hand-built record (`{ status: 'done' }`) meets no schema, and this is the only guard that keeps the union's promises
 * (test/actions/actionReport.test.ts holds both the refusals and the schema's agreement). The schema's fourth check
 * (`invalid_range`, completedOn before startedOn) is not repeated: no promise of the union depends on it.
 */
function statusCheck(rec: NonNullable<Snapshot['actions']>[number], index: number): void {
  const fail = (code: string, field: string, zh: string, en: string): never => {
    throw new PlanInputError({ code, path: ['actions', index, field], messageZh: zh, messageEn: en });
  };
  if (rec.status === 'done' && rec.completedOn === undefined) {
    fail('completed_on_required', 'completedOn', '状态为已完成（done）时应填写完成日期 completedOn', 'status done needs completedOn');
  }
  if (rec.status === 'not_started' && (rec.startedOn !== undefined || rec.completedOn !== undefined)) {
    fail('inconsistent_status', 'status', '状态为未开始（not_started）时不应有开始或完成日期', 'status not_started cannot have startedOn or completedOn');
  }
  if (rec.status === 'in_progress' && rec.completedOn !== undefined) {
    fail('inconsistent_status', 'completedOn', '状态为进行中（in_progress）时不应有完成日期', 'status in_progress cannot have completedOn');
  }
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
