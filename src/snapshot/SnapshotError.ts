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
  /**
   * The problems found, in input order: the first 1,000 ({@link MAX_ISSUES}) and, when there are more, a last
   * `more_issues` entry saying how many were not listed.
   */
  readonly issues: readonly PlanIssue[];
  /** Every problem found, listed or not. */
  readonly issueCount: number;

  /** @param issueCount - every problem found, when `issues` lists only the first of them; `issues.length` by default. */
  constructor(issues: readonly PlanIssue[], issueCount: number = issues.length) {
    const head = `填报数据有 ${issueCount} 处问题 / the snapshot has ${issueCount} problem(s):`;
    super([head, ...issues.map((i) => `  ✖ ${formatIssue(i)}`)].join('\n'));
    this.name = 'SnapshotError';
    this.issues = issues;
    this.issueCount = issueCount;
  }
}
