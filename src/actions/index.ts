/**
 * Tracked actions: the plan's commitments without a number, their status from a snapshot, the annual task list
 * (年度任务清单) and the work ledger (工作台账) of 保障措施（一）.
 *
 * @module
 */
export type { ActionStatus, ActionCadence, ActionDefinition } from './ActionDefinition';
export { ACTIONS, ACTION_IDS, getAction, isActionId, type ActionId } from './ACTIONS';
export {
  checkActions,
  actionRecordIssues,
  type ActionReport,
  type ActionReportBase,
  type ActionReportDone,
  type ActionReportInProgress,
  type ActionReportMissingData,
  type ActionReportNotStarted,
} from './checkActions';
export { annualTaskList, type AnnualTaskList, type TaskListItem } from './annualTaskList';
export { openLedger, recordInLedger, ledgerFromSnapshot, type LedgerEntry, type LedgerUpdate, type WorkLedger } from './workLedger';
