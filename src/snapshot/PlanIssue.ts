/**
 * One problem found in the caller's data: a stable code, the path to the value, and a message in Chinese and English.
 *
 * @example
 * ```ts
 * const issue: PlanIssue = {
 *   code: 'negative',
 *   path: ['units', 3, 'households'],
 *   messageZh: '不能为负数，实际为-5',
 *   messageEn: 'must not be negative, got -5',
 * };
 * ```
 * @category Input · 输入数据
 */
export interface PlanIssue {
  /** Stable machine-readable code, such as `negative`, `duplicate_unit` or `invalid_date`. */
  readonly code: string;
  /** Path from the snapshot root to the offending value. */
  readonly path: readonly (string | number)[];
  /** Message in Chinese. */
  readonly messageZh: string;
  /** Message in English. */
  readonly messageEn: string;
}

/**
 * Format a path the way the messages print it: `units[3].households`.
 *
 * @example
 * ```ts
 * formatPath(['units', 3, 'households'])
 * //=> 'units[3].households'
 * ```
 * @category Input · 输入数据
 */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out === '' ? '(root)' : out;
}

/**
 * One line per issue, in both languages: `units[3].households: 不能为负数，实际为-5 / must not be negative, got -5`.
 *
 * @example
 * ```ts
 * formatIssue({ code: 'negative', path: ['units', 0, 'households'], messageZh: '不能为负数', messageEn: 'must not be negative' })
 * //=> 'units[0].households: 不能为负数 / must not be negative'
 * ```
 * @category Input · 输入数据
 */
export function formatIssue(issue: PlanIssue): string {
  return `${formatPath(issue.path)}: ${issue.messageZh} / ${issue.messageEn}`;
}
