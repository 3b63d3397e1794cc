import { PlanInputError } from '../_lib/PlanInputError';
import { isCalendarDate } from '../period/isCalendarDate';
import type { ClauseId } from '../plan/clauseIds';
import type { RuleOptions } from '../rules/RuleOptions';
import { checkRules } from '../rules/checkRules';
import type { RuleStatus } from '../rules/types';
import type { Snapshot } from '../snapshot/snapshotSchema';
import type { ActionStatus } from './ActionDefinition';
import { annualTaskList, type AnnualTaskList, type TaskListItem } from './annualTaskList';
import { checkActions } from './checkActions';
import { showValue } from '../_lib/showValue';

/**
 * One line of the work ledger (工作台账): an item of the annual task list and where it stands.
 *
 * For a rule, `tally` counts its results by status; for other items it is `null`.
 *
 * @clause S1
 * @category Safeguards · 保障措施
 * @example
 * ```ts
 * const e: LedgerEntry = openLedger(annualTaskList(2024)).entries[0]!;
 * [e.itemId, e.status]
 * //=> ['b1-one-shoulder-trend', 'not_started']
 * ```
 */
export interface LedgerEntry {
  /** The task list item's ID. */
  readonly itemId: string;
  /** What the item is. */
  readonly kind: TaskListItem['kind'];
  /** Its clause. */
  readonly clause: ClauseId;
  /** Where it stands. */
  readonly status: ActionStatus;
  /** When the status was recorded, or `null`. */
  readonly updatedOn: string | null;
  /** Evidence (document numbers, links, notes). */
  readonly evidence: readonly string[];
  /** A note, or `null`. */
  readonly note: string | null;
  /** For a rule: its results counted by status; otherwise `null`. */
  readonly tally: Readonly<Record<RuleStatus, number>> | null;
}

/**
 * The work ledger (工作台账) of one year: one entry per item of that year's task list. Immutable: recording a status
 * returns a new ledger.
 *
 * @clause S1
 * @category Safeguards · 保障措施
 * @example
 * ```ts
 * const ledger: WorkLedger = openLedger(annualTaskList(2024));
 * ledger.entries.length === annualTaskList(2024).items.length
 * //=> true
 * ```
 */
export interface WorkLedger {
  /** The year. */
  readonly year: number;
  /** One entry per task list item, in the list's order. */
  readonly entries: readonly LedgerEntry[];
}

/**
 * Open a ledger for a task list with every item `not_started`.
 *
 * @clause S1
 * @category Safeguards · 保障措施
 * @example
 * ```ts
 * openLedger(annualTaskList(2022)).entries.every((e) => e.status === 'not_started')
 * //=> true
 * ```
 */
export function openLedger(list: AnnualTaskList): WorkLedger {
  return Object.freeze({
    year: list.year,
    entries: Object.freeze(
      list.items.map((i) =>
        Object.freeze({ itemId: i.id, kind: i.kind, clause: i.clause, status: 'not_started' as const, updatedOn: null, evidence: Object.freeze([]), note: null, tally: null }),
      ),
    ),
  });
}

/**
 * What is recorded for one ledger item.
 *
 * @clause S1
 * @category Safeguards · 保障措施
 * @example
 * ```ts
 * const u: LedgerUpdate = { status: 'in_progress', updatedOn: '2024-03-31', evidence: ['陇政办发〔2024〕1号'] };
 * const entry = recordInLedger(openLedger(annualTaskList(2024)), 't9-smart-community-system', u).entries.find((e) => e.itemId === 't9-smart-community-system');
 * [entry?.status, entry?.updatedOn, entry?.evidence]
 * //=> ['in_progress', '2024-03-31', ['陇政办发〔2024〕1号']]
 * ```
 */
export interface LedgerUpdate {
  /** The new status. */
  readonly status: ActionStatus;
  /** The day it is recorded, `YYYY-MM-DD`. */
  readonly updatedOn: string;
  /** Evidence, replacing what was there. */
  readonly evidence?: readonly string[];
  /** A note, replacing what was there. */
  readonly note?: string;
}

const STATUSES: readonly string[] = ['not_started', 'in_progress', 'done'];

/**
 * Record a status in a ledger: returns a new ledger with that item's entry replaced; the old ledger is unchanged.
 *
 * @throws `PlanInputError` with code `unknown_item` (path `['itemId']`), `invalid_status` (path `['status']`) or
 *   `invalid_date` (path `['updatedOn']`).
 * @clause S1
 * @category Safeguards · 保障措施
 * @example
 * ```ts
 * const ledger = recordInLedger(openLedger(annualTaskList(2024)), 'p3-17-three-lists', { status: 'done', updatedOn: '2024-06-30' });
 * ledger.entries.find((e) => e.itemId === 'p3-17-three-lists')?.status
 * //=> 'done'
 * ```
 */
export function recordInLedger(ledger: WorkLedger, itemId: string, update: LedgerUpdate): WorkLedger {
  const index = ledger.entries.findIndex((e) => e.itemId === itemId);
  if (index < 0) {
    throw new PlanInputError({
      code: 'unknown_item',
      path: ['itemId'],
      messageZh: `台账中没有此项：${showValue(itemId)}`,
      messageEn: `the ledger has no item ${showValue(itemId)}`,
    });
  }
  if (!STATUSES.includes(update.status)) {
    throw new PlanInputError({
      code: 'invalid_status',
      path: ['status'],
      messageZh: `状态应为 not_started、in_progress 或 done，实际为 ${showValue(update.status)}`,
      messageEn: `status must be not_started, in_progress or done, got ${showValue(update.status)}`,
    });
  }
  if (!isCalendarDate(update.updatedOn)) {
    throw new PlanInputError({
      code: 'invalid_date',
      path: ['updatedOn'],
      messageZh: `日期应为 YYYY-MM-DD：${showValue(update.updatedOn)}`,
      messageEn: `the date must be YYYY-MM-DD: ${showValue(update.updatedOn)}`,
    });
  }
  const old = ledger.entries[index] as LedgerEntry;
  const entry: LedgerEntry = Object.freeze({
    ...old,
    status: update.status,
    updatedOn: update.updatedOn,
    evidence: Object.freeze([...(update.evidence ?? old.evidence)]),
    note: update.note ?? old.note,
  });
  const entries = ledger.entries.slice();
  entries[index] = entry;
  return Object.freeze({ year: ledger.year, entries: Object.freeze(entries) });
}

function emptyTally(): Record<RuleStatus, number> {
  return { pass: 0, fail: 0, pending: 0, not_applicable: 0, missing_data: 0 };
}

/**
 * Fill a year's ledger from a snapshot: actions from the snapshot's action records (unreported: not started, noted);
 * rules from their results (done when every applicable result passes or none applies, in progress when some pass,
 * not started when none does; `tally` counts them); a key task
 * from the rules and actions of its own clause (done when all are done, in progress when any has started, not started
 * when none has or the clause has none).
 * `updatedOn` is the snapshot's `asOf` for derived entries.
 *
 * @param snapshot - A validated snapshot.
 * @param year - A year of the plan period, 2021–2025.
 * @param options - Rule options.
 * @throws `PlanInputError` for a year outside the plan period or a bad option.
 * @clause S1
 * @category Safeguards · 保障措施
 * @example
 * ```ts
 * const s = { asOf: '2024-12-31', units: [], county: { ethnicUnityDemonstrationUnits: 21 } };
 * ledgerFromSnapshot(s, 2024).entries.find((e) => e.itemId === 'p3-14-demonstration-villages')?.status
 * //=> 'done'
 * ```
 */
export function ledgerFromSnapshot(snapshot: Snapshot, year: number, options?: RuleOptions): WorkLedger {
  const list = annualTaskList(year);
  const results = checkRules(snapshot, options);
  const tallies = new Map<string, Record<RuleStatus, number>>();
  for (const r of results) {
    let t = tallies.get(r.ruleId);
    if (t === undefined) tallies.set(r.ruleId, (t = emptyTally()));
    t[r.status]++;
  }
  const actions = new Map(checkActions(snapshot).map((a) => [a.actionId as string, a]));
  const byClause = new Map<string, ActionStatus[]>();
  const entries: LedgerEntry[] = [];
  for (const item of list.items) {
    if (item.kind === 'task') continue;
    let entry: LedgerEntry;
    if (item.kind === 'rule') {
      const t = tallies.get(item.id) ?? emptyTally();
      const applicable = t.pass + t.fail + t.pending + t.missing_data;
      // With no applicable result, pass (0) equals applicable (0): none applies, so done.
      const status: ActionStatus = t.pass === applicable ? 'done' : t.pass > 0 ? 'in_progress' : 'not_started';
      const note = applicable === 0 ? '不适用 / not applicable' : t.missing_data > 0 ? `缺少数据 ${t.missing_data} 项 / ${t.missing_data} missing` : null;
      entry = { itemId: item.id, kind: 'rule', clause: item.clause, status, updatedOn: snapshot.asOf, evidence: [], note, tally: Object.freeze(t) };
    } else {
      const a = actions.get(item.id);
      const reported = a !== undefined && a.status !== 'missing_data';
      entry = {
        itemId: item.id,
        kind: 'action',
        clause: item.clause,
        status: reported ? (a.status as ActionStatus) : 'not_started',
        updatedOn: reported ? (a.updatedOn ?? a.completedOn ?? a.startedOn ?? snapshot.asOf) : null,
        evidence: reported ? a.evidence : [],
        note: reported ? a.note : '未报告 / not reported',
        tally: null,
      };
    }
    const list2 = byClause.get(item.clause) ?? [];
    list2.push(entry.status);
    byClause.set(item.clause, list2);
    entries.push(Object.freeze({ ...entry, evidence: Object.freeze([...entry.evidence]) }));
  }
  const out: LedgerEntry[] = [];
  let k = 0;
  for (const item of list.items) {
    if (item.kind !== 'task') {
      out.push(entries[k++] as LedgerEntry);
      continue;
    }
    const parts = byClause.get(item.clause) ?? [];
    const status: ActionStatus =
      parts.length > 0 && parts.every((p) => p === 'done') ? 'done' : parts.some((p) => p !== 'not_started') ? 'in_progress' : 'not_started';
    out.push(Object.freeze({ itemId: item.id, kind: 'task', clause: item.clause, status, updatedOn: snapshot.asOf, evidence: Object.freeze([]), note: null, tally: null }));
  }
  return Object.freeze({ year, entries: Object.freeze(out) });
}
