import type { ClauseId } from '../plan/clauseIds';
import type { CalendarDate } from '../period/CalendarDate';

/**
 * Where a tracked action stands: not started, in progress, or done.
 *
 * @clause S1
 * @category Safeguards · 保障措施
 * @example
 * ```ts
 * const s: ActionStatus = 'in_progress';
 * checkActions({ asOf: '2024-12-31', units: [], actions: [{ actionId: 'p3-3-youth-homes', status: s, startedOn: '2024-03-01' }] })
 *   .find((r) => r.actionId === 'p3-3-youth-homes')?.status
 * //=> 'in_progress'
 * ```
 */
export type ActionStatus = 'not_started' | 'in_progress' | 'done';

/**
 * Whether an action is done once (建立, 制定, 完成: `'once'`) or carried on throughout the period (常态化开展, 推广,
 * 定期开展, 逐步提高: `'ongoing'`, which is reported `in_progress` while it goes on and may be marked `done` for a year).
 *
 * @clause S1
 * @category Safeguards · 保障措施
 * @example
 * ```ts
 * getAction('p3-17-three-lists').cadence
 * //=> 'once'
 * ```
 */
export type ActionCadence = 'once' | 'ongoing';

/**
 * A commitment of the plan without a number, tracked by status, dates and evidence: its ID, clause, the plan's exact
 * words and titles. Never carries a number the plan does not give.
 *
 * @clause S1
 * @category Safeguards · 保障措施
 * @example
 * ```ts
 * const a: ActionDefinition = getAction('p3-8-cultural-service-centres');
 * [a.clause, a.quote]
 * //=> ['P3.8', '村（社区）普遍建立综合性文化服务中心']
 * ```
 */
export interface ActionDefinition {
  /** Stable ID: the clause ID in lower case with `-` for `.`, then a kebab-case name. */
  readonly id: string;
  /** The clause the action comes from. */
  readonly clause: ClauseId;
  /** The plan's exact words, a verbatim substring of the clause. */
  readonly quote: string;
  /** Short title in Chinese. */
  readonly titleZh: string;
  /** Short title in English. */
  readonly titleEn: string;
  /** Done once, or carried on. */
  readonly cadence: ActionCadence;
  /** Due date written in the clause (“到2025年” → `'2025-12-31'`), if any. */
  readonly due?: CalendarDate;
}
