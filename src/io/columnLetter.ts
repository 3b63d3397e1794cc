/**
 * The spreadsheet letter of a 1-based column number: 1 → A, 27 → AA.
 *
 * @example
 * ```ts
 * columnLetter(28)
 * //=> 'AB'
 * ```
 * @category Input · 输入数据
 */
export function columnLetter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
