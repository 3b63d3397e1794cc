import { formatIssue, type PlanIssue } from './PlanIssue';

/**
 * Thrown by {@link parseSnapshot}: lists every problem found, each with its path, in Chinese and English.
 *
 * @example
 * ```ts
 * try {
 *   parseSnapshot({ asOf: '2025-02-30', units: [] });
 * } catch (e) {
 *   (e as SnapshotError).issues[0]?.code;
 *   //=> 'invalid_date'
 * }
 * ```
 * @category Input · 输入数据
 */
export class SnapshotError extends Error {
  /** Every problem found, in input order. */
  readonly issues: readonly PlanIssue[];

  constructor(issues: readonly PlanIssue[]) {
    const head = `填报数据有 ${issues.length} 处问题 / the snapshot has ${issues.length} problem(s):`;
    super([head, ...issues.map((i) => `  ✖ ${formatIssue(i)}`)].join('\n'));
    this.name = 'SnapshotError';
    this.issues = issues;
  }
}
