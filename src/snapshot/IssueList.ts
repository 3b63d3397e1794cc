import type { PlanIssue } from './PlanIssue';

/**
 * How many issues a validation lists: {@link safeParseSnapshot} keeps the first 1,000 problems it finds, counts every
 * one exactly (`issueCount`), and ends the list with one `more_issues` entry saying how many were not listed. A
 * million bad units then cost the time of reading them, not gigabytes of messages.
 *
 * @example
 * ```ts
 * MAX_ISSUES
 * //=> 1000
 * ```
 * @category Input · 输入数据
 */
export const MAX_ISSUES = 1000;

/**
 * The issues of one validation: every issue is counted, the first {@link MAX_ISSUES} kept. Past the limit, one issue
 * per left-out action record is still kept (at most 10,000, the list's own limit), because `evaluate` numbers the
 * actions' later issues by the records the parse left out.
 *
 * @internal
 */
export class IssueList {
  /** The issues kept, in the order found. */
  readonly kept: PlanIssue[] = [];
  /** Every issue found, kept or not. */
  count = 0;
  private readonly actionRows = new Set<number>();

  /** Count the issues and keep those within the limit. Returns the new count (as `Array.prototype.push` does). */
  push(...issues: PlanIssue[]): number {
    for (const issue of issues) {
      this.count++;
      const p = issue.path;
      const actionRow = p[0] === 'actions' && typeof p[1] === 'number' ? p[1] : undefined;
      if (this.kept.length < MAX_ISSUES) {
        this.kept.push(issue);
        if (actionRow !== undefined) this.actionRows.add(actionRow);
      } else if (actionRow !== undefined && !this.actionRows.has(actionRow)) {
        this.kept.push(issue);
        this.actionRows.add(actionRow);
      }
    }
    return this.count;
  }

  /** Add `n` issues that are counted but not listed (only once the limit is reached). */
  countOnly(n: number): void {
    this.count += n;
  }

  /** Every issue found so far, kept or not (as an array's `length`, so that `before = issues.length` works). */
  get length(): number {
    return this.count;
  }

  /** Whether the limit is reached: a further issue is counted but not listed. */
  get full(): boolean {
    return this.kept.length >= MAX_ISSUES;
  }

  /** The issues to hand back: those kept, then one `more_issues` issue when some were not listed. */
  list(): PlanIssue[] {
    const more = this.count - this.kept.length;
    if (more === 0) return this.kept;
    return [...this.kept, moreIssues(more, this.count)];
  }
}

/**
 * The last entry of a list cut at {@link MAX_ISSUES}: how many more problems there are, and how many in all.
 *
 * @internal
 */
export function moreIssues(more: number, total: number): PlanIssue {
  const m = more.toLocaleString('en-US');
  const t = total.toLocaleString('en-US');
  return {
    code: 'more_issues',
    path: [],
    messageZh: `另有 ${m} 处问题未列出（共 ${t} 处；只列出前 ${MAX_ISSUES.toLocaleString('en-US')} 处）`,
    messageEn: `${m} more problem(s) not listed (${t} in all; only the first ${MAX_ISSUES.toLocaleString('en-US')} are listed)`,
  };
}
