/**
 * One problem with the command's input, located the way the user sees it (a CSV row and column, a JSON path,
 * or an option), with its message in Chinese and English.
 *
 * @module
 */
import { forTerminal } from './terminalText';

/**
 * One problem with the input.
 *
 * @example
 * ```ts
 * const issue: CliIssue = {
 *   code: 'negative',
 *   whereZh: '第5行「户数」列',
 *   whereEn: 'row 5, column 户数',
 *   messageZh: '不能为负数，实际为-5',
 *   messageEn: 'must not be negative, got -5',
 * };
 * ```
 */
export interface CliIssue {
  /** Stable code: the library's (`negative`, `invalid_date`, …) or the CLI's own (`unknown_header`, `thousands_separator`, …). */
  readonly code: string;
  /** Where, in Chinese: `第5行「户数」列`, `units[3].households`, `选项 --as-of`; empty for the whole input. */
  readonly whereZh: string;
  /** Where, in English: `row 5, column 户数`, `units[3].households`, `option --as-of`; empty for the whole input. */
  readonly whereEn: string;
  /** What is wrong, in Chinese. */
  readonly messageZh: string;
  /** What is wrong, in English. */
  readonly messageEn: string;
}

/**
 * Two lines per issue: the Chinese one, then the English one indented under it.
 *
 * @example
 * ```ts
 * formatCliIssue({ code: 'negative', whereZh: '第5行「户数」列', whereEn: 'row 5, column 户数', messageZh: '不能为负数', messageEn: 'must not be negative' })
 * //=> '第5行「户数」列：不能为负数\n  row 5, column 户数: must not be negative'
 * ```
 */
export function formatCliIssue(issue: CliIssue): string {
  // Every part escaped and bounded on its way to the terminal, whoever built it.
  const [whereZh, whereEn, messageZh, messageEn] = [issue.whereZh, issue.whereEn, issue.messageZh, issue.messageEn].map(forTerminal);
  const zh = whereZh === '' ? messageZh : `${whereZh}：${messageZh}`;
  const en = whereEn === '' ? messageEn : `${whereEn}: ${messageEn}`;
  return `${zh}\n  ${en}`;
}
