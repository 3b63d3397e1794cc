/**
 * The error the readers raise: every problem found in a table or workbook, each located the way a person with the
 * spreadsheet open finds it (sheet or file, row, column header and letter), in Chinese and English.
 *
 * @module
 */

/**
 * One problem with a table, located by sheet (or file), row and column.
 *
 * @example
 * ```ts
 * const issue: TableIssue = {
 *   code: 'invalid_flag',
 *   whereZh: '工作表「村（社区）」第5行「有无综合服务设施」列（I）',
 *   whereEn: 'sheet 村（社区）, row 5, column 有无综合服务设施 (I)',
 *   messageZh: '应为 是/否，实际为"也许"',
 *   messageEn: 'expected yes or no, got "也许"',
 * };
 * ```
 * @category Input · 输入数据
 */
export interface TableIssue {
  /** Stable code: `unknown_header`, `thousands_separator`, `invalid_xlsx`, …, or the library's (`negative`, …). */
  readonly code: string;
  /** Where, in Chinese; empty for the whole input. */
  readonly whereZh: string;
  /** Where, in English; empty for the whole input. */
  readonly whereEn: string;
  /** What is wrong, in Chinese. */
  readonly messageZh: string;
  /** What is wrong, in English. */
  readonly messageEn: string;
}

/**
 * A table or workbook that cannot be read: a zip that is not a workbook, a hostile part, a CSV syntax error, a header
 * row that names unknown, duplicated or missing columns. Problems in cells are not thrown; they are listed with the
 * records read (`issues`) so that every one is shown at once.
 *
 * @example
 * ```ts
 * new TableError([{ code: 'empty_csv', whereZh: '第1行', whereEn: 'row 1', messageZh: '表格为空', messageEn: 'the table is empty' }]).issues.length
 * //=> 1
 * ```
 * @category Input · 输入数据
 */
export class TableError extends Error {
  /** The problems found. */
  readonly issues: readonly TableIssue[];

  constructor(issues: readonly TableIssue[]) {
    super(issues.map((i) => `${i.whereEn === '' ? '' : `${i.whereEn}: `}${i.messageEn}`).join('; ') || 'the table cannot be read');
    this.name = 'TableError';
    this.issues = issues;
  }
}

/**
 * A {@link TableError} with one problem.
 *
 * @example
 * ```ts
 * tableError('invalid_xlsx', '', '', '不是 xlsx 工作簿', 'not an xlsx workbook').issues[0]?.code
 * //=> 'invalid_xlsx'
 * ```
 * @category Input · 输入数据
 */
export function tableError(code: string, whereZh: string, whereEn: string, messageZh: string, messageEn: string): TableError {
  return new TableError([{ code, whereZh, whereEn, messageZh, messageEn }]);
}
